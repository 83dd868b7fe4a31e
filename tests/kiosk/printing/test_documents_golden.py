"""Golden images of the waiting ticket in every language: a layout change shows up here.

To accept an intended change, run with KIOSK_UPDATE_GOLDEN=1 and look at the new PNGs in
tests/kiosk/golden/ (the Arabic one especially) before committing them.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from PIL import Image, ImageChops, ImageStat

from kiosk.printing.documents import render_ticket
from kiosk.queue.base import Ticket, WaitEstimate

GOLDEN = Path(__file__).resolve().parent / "golden"
CONCERNS = {
    "de": "Wohnsitz an- oder ummelden",
    "en": "Register or change your address",
    "tr": "İkamet kaydı veya adres değişikliği",
    "uk": "Зареєструвати або змінити адресу",
    "ar": "تسجيل السكن أو تغيير العنوان",
}


def render(language: str) -> Image.Image:
    ticket = Ticket(
        "20261121-B-042",
        "B-042",
        "anmeldung",
        "B",
        datetime(2026, 11, 21, 14, 5, tzinfo=ZoneInfo("Europe/Berlin")),
        7,
        WaitEstimate(15, 25),
    )
    pdf = render_ticket(
        ticket,
        concern_name=CONCERNS[language],
        location="Bürgerbüro Mitte · Rathausplatz 1",
        language=language,
    )
    return pypdfium2.PdfDocument(pdf)[0].render(scale=203 / 72).to_pil().convert("L")


@pytest.mark.parametrize("language", sorted(CONCERNS))
def test_ticket_matches_its_golden_image(language):
    image = render(language)
    path = GOLDEN / f"ticket-{language}.png"
    if os.environ.get("KIOSK_UPDATE_GOLDEN"):
        image.save(path, optimize=True)
    golden = Image.open(path).convert("L")
    assert image.size == golden.size, f"height changed: {image.size} vs {golden.size}"
    diff = ImageChops.difference(image, golden)
    mean = ImageStat.Stat(diff).mean[0]
    # Anti-aliasing may differ by a shade between library builds; a moved line does not.
    assert mean < 1.5, f"{language}: mean pixel difference {mean:.2f}"
    far_off = sum(diff.histogram()[129:])  # pixels more than half a shade range apart
    assert far_off < 0.002 * image.width * image.height
