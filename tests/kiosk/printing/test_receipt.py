"""The receipt of a submitted form: 80 mm, its QR is the reference, every language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
import zxingcpp
from reportlab.lib.units import mm

from kiosk.printing.documents import render_receipt

LINES = [("Familienname", "Mustermann"), ("Einzugsdatum", "01.11.2026")]


@pytest.mark.parametrize("language", ["de", "en", "tr", "uk", "ar", "ru", "pl", "ls"])
def test_receipt(language):
    pdf = render_receipt(
        reference="AN-7K3P-2Q",
        title="Anmeldung",
        lines=LINES,
        issued_at=datetime(2026, 11, 21, 14, 5, tzinfo=ZoneInfo("Europe/Berlin")),
        location="Rathaus",
        language=language,
    )
    page = pypdfium2.PdfDocument(pdf)[0]
    assert abs(page.get_width() - 80 * mm) < 0.5
    image = page.render(scale=203 / 72).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["AN-7K3P-2Q"]
    assert b"/BaseFont /Helvetica" not in pdf


def test_more_lines_make_a_longer_receipt():
    kwargs = dict(
        reference="R-1",
        title="T",
        location="",
        language="de",
        issued_at=datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")),
    )
    short = pypdfium2.PdfDocument(render_receipt(lines=LINES, **kwargs))[0].get_height()
    long = pypdfium2.PdfDocument(render_receipt(lines=LINES * 4, **kwargs))[0].get_height()
    assert long > short + 30 * mm
