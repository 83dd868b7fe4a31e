"""The privacy notice says what this kiosk's configuration does, in every language, and
the receipt carries it with a QR code to the full notice."""

from __future__ import annotations

import dataclasses

import pypdfium2
import pytest
import zxingcpp

from kiosk import config
from kiosk.i18n import LANGUAGES
from kiosk.printing.documents import render_receipt
from kiosk.privacy.notice import NOTICE_STRINGS, facts_from, notice_lines

URL = "https://musterstadt.example/datenschutz"


def configured(tmp_path, **privacy: object) -> config.Config:
    cfg = config.load_demo(str(tmp_path / "state"))
    return dataclasses.replace(cfg, privacy=dataclasses.replace(cfg.privacy, **privacy))


def test_embedded_unsealed_folder_printer(tmp_path):
    lines = notice_lines(facts_from(configured(tmp_path, submissions_days=30)), "en")
    text = " ".join(lines)
    assert "stored unencrypted" in text and "deleted after 30 days" in text
    assert "Copies of the printouts are stored on the terminal and deleted after 1 day." in lines
    assert "Responsible" not in text and "Full privacy notice" not in text  # not configured
    assert "Nothing remains" not in text


def test_receiver_sealed_real_printer_with_controller(tmp_path):
    key = tmp_path / "public.pem"
    key.write_text("not read here")
    cfg = configured(tmp_path, public_key=str(key), controller="Stadt Musterstadt", notice_url=URL)
    cfg = dataclasses.replace(
        cfg,
        outbox=dataclasses.replace(cfg.outbox, url="https://receiver.example/outbox"),
        printer=dataclasses.replace(cfg.printer, kind="cups", cups_queue="kiosk"),
    )
    lines = notice_lines(facts_from(cfg), "de")
    text = " ".join(lines)
    assert lines[0] == "Verantwortlich für Ihre Daten: Stadt Musterstadt."
    assert "verschlüsselt" in text and "unverschlüsselt" not in text
    assert "sobald das System des Amtes sie erhalten hat" in text
    assert "nach 7 Tagen gelöscht" in text  # rejected_days
    assert "Ausdrucke" not in text  # a real printer keeps no copy on the terminal
    assert lines[-1] == "Vollständige Datenschutzhinweise:"


def test_printed_days_zero_and_one(tmp_path):
    zero = notice_lines(facts_from(configured(tmp_path, printed_days=0)), "en")
    assert any("within an hour" in s for s in zero)
    two = notice_lines(facts_from(configured(tmp_path, printed_days=2)), "en")
    assert any("deleted after 2 days" in s for s in two)


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - {"en"}))
def test_every_sentence_translated(lang: str, tmp_path) -> None:
    from kiosk import i18n

    cat = i18n.catalogue(lang)
    assert [s for s in NOTICE_STRINGS if not cat.has("Ticket", s)] == []
    lines = notice_lines(facts_from(configured(tmp_path)), lang)
    assert not set(lines) & set(NOTICE_STRINGS)  # nothing left in English


def test_receipt_carries_the_notice_and_its_qr_code(tmp_path):
    from datetime import datetime

    facts = facts_from(configured(tmp_path, controller="Stadt Musterstadt", notice_url=URL))
    pdf = render_receipt(
        reference="MEL-AAAA-BBBB",
        title="Meldebescheinigung",
        lines=[("Art", "einfach")],
        issued_at=datetime(2026, 12, 6, 10, 0).astimezone(),
        location="Bürgerbüro",
        language="de",
        notice=facts,
    )
    page = pypdfium2.PdfDocument(pdf)[0]
    text = " ".join(page.get_textpage().get_text_range().split())
    assert "Stadt Musterstadt" in text and "nach 30 Tagen gelöscht" in text
    assert "Auf dem Terminal bleibt nichts zurück" not in text
    codes = {r.text for r in zxingcpp.read_barcodes(page.render(scale=203 / 72).to_pil())}
    assert codes == {"MEL-AAAA-BBBB", URL}
