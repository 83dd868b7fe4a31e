"""Text for the printouts in every script: the embedded fonts, and right-to-left lines
shaped and put into visual order (reportlab does neither).

Arabic lines are joined with ``arabic_reshaper``, reordered with ``python-bidi`` and drawn
run by run in a font that has the presentation-form glyphs (Noto Sans Arabic; DejaVu Sans
for Latin letters and symbols it lacks). Fonts are embedded TTFs: the printer's raster
conversion must not depend on which fonts a print server happens to have.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.i18n import without_isolates

log = logging.getLogger(__name__)


_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


_NOTO = Path("/usr/share/fonts/truetype/noto")


@dataclass(frozen=True)
class Font:
    """A registered TTF plus what layout needs: its characters and line metrics (per pt)."""

    name: str
    chars: frozenset[int]
    ascent: float
    descent: float  # positive, below the baseline
    cap_height: float


@dataclass(frozen=True)
class Fonts:
    latin: Font
    latin_bold: Font
    arabic: Font
    arabic_bold: Font


_fonts_lock = threading.Lock()


_fonts_cache: Fonts | None = None


def _register(name: str, path: Path, ascent: float, descent: float) -> Font:
    """Register once per process. ``ascent``/``descent`` are the extents used for line
    boxes: the fonts' own values are generous (Noto Arabic reserves room for stacked
    vowel marks, which the reshaper removes), and would waste paper."""
    if not path.is_file():
        raise FileNotFoundError(
            f"ticket font {path} not found (Debian: fonts-dejavu-core, fonts-noto-core)"
        )
    font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    face = font.face
    return Font(
        name=name,
        chars=frozenset(face.charToGlyph),
        ascent=ascent,
        descent=descent,
        cap_height=float(face.capHeight) / 1000,
    )


def load_fonts() -> Fonts:
    """Load the four fonts on first use (parsing a TTF takes ~50 ms; later tickets reuse
    it). Without Noto Sans Arabic, DejaVu Sans (which has Arabic presentation forms B)
    stands in, so an Arabic ticket still prints joined letters."""
    global _fonts_cache
    with _fonts_lock:
        if _fonts_cache is None:
            latin = _register("KioskSans", _DEJAVU / "DejaVuSans.ttf", 0.93, 0.24)
            latin_bold = _register("KioskSans-Bold", _DEJAVU / "DejaVuSans-Bold.ttf", 0.93, 0.24)
            try:
                arabic = _register("KioskArabic", _NOTO / "NotoSansArabic-Regular.ttf", 1.05, 0.45)
                arabic_bold = _register(
                    "KioskArabic-Bold", _NOTO / "NotoSansArabic-Bold.ttf", 1.05, 0.45
                )
            except FileNotFoundError as err:
                log.warning("%s; Arabic falls back to DejaVu Sans", err)
                arabic, arabic_bold = latin, latin_bold
            _fonts_cache = Fonts(latin, latin_bold, arabic, arabic_bold)
        return _fonts_cache


_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


_MIRROR = {
    "(": ")",
    ")": "(",
    "[": "]",
    "]": "[",
    "{": "}",
    "}": "{",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
}


_OPENERS = "([{«‹"


def is_arabic(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _fix_mirroring(visual: str) -> str:
    """python-bidi 0.6 reorders but does not mirror (rule L4), so a bracket pair at an
    RTL level comes out as ``)...(``. Re-pair brackets in visual order and flip pairs that
    face the wrong way; pairs that face correctly (LTR levels) are left alone."""
    if not any(ch in _MIRROR for ch in visual):
        return visual
    chars = list(visual)
    stack: list[int] = []
    for i, ch in enumerate(chars):
        if ch not in _MIRROR:
            continue
        if stack and _MIRROR[chars[stack[-1]]] == ch:
            j = stack.pop()
            if chars[j] not in _OPENERS:  # ")...(" : an RTL pair, flip both
                chars[j], chars[i] = _MIRROR[chars[j]], _MIRROR[chars[i]]
        else:
            stack.append(i)
    # Unpaired (the partner is on another line after wrapping): RTL unless strong LTR
    # text is on both sides; a line edge counts as RTL, the paragraph direction.
    for i in stack:
        if not (_strong(visual, i, -1) == "L" == _strong(visual, i, 1)):
            chars[i] = _MIRROR[chars[i]]
    return "".join(chars)


def _strong(text: str, i: int, step: int) -> str:
    """The nearest strong direction ("L" or "R") from ``i`` towards ``step``; "R" at the
    edge (an Arabic paragraph's own direction)."""
    i += step
    while 0 <= i < len(text):
        cls = unicodedata.bidirectional(text[i])
        if cls == "L":
            return "L"
        if cls in ("R", "AL"):
            return "R"
        i += step
    return "R"


@lru_cache(maxsize=512)
def visual(logical: str, rtl: bool) -> str:
    """What reportlab should draw left to right. LTR text passes through unchanged, also
    on an Arabic ticket (a German location or English fallback keeps its order). Cached:
    most lines repeat from ticket to ticket, and wrapping measures the same text again.

    Isolates around filled-in values (:func:`kiosk.i18n.isolate_placeholders`) steer the
    reordering and are then dropped: no font has a glyph for them, they would print as
    boxes."""
    if not rtl or not has_rtl(logical):
        return without_isolates(logical)
    shaped = arabic_reshaper.reshape(logical)
    display: str = get_display(shaped, base_dir="R")
    return _fix_mirroring(without_isolates(display))


def font_runs(visual: str, regular: Font, arabic: Font, rtl: bool) -> list[tuple[Font, str]]:
    """Split a visual line into (font, text) runs: Arabic script in the Arabic font,
    strong Latin/Cyrillic in the Latin font, and digits, spaces and punctuation staying in
    the surrounding font when it has them, so "14:05" does not mix two designs."""
    current = arabic if rtl and any(is_arabic(ch) for ch in visual) else regular
    runs: list[tuple[Font, str]] = []
    for ch in visual:
        cp = ord(ch)
        if is_arabic(ch):
            want, strong = arabic, True
        elif unicodedata.bidirectional(ch) == "L":
            want, strong = regular, True
        else:
            want, strong = current, False
        if cp in want.chars:
            font = want
            if strong:
                current = want
        else:
            font = next((f for f in (regular, arabic) if cp in f.chars), want)
        if runs and runs[-1][0] is font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def text_width(runs: list[tuple[Font, str]], size: float) -> float:
    return sum(float(pdfmetrics.stringWidth(text, f.name, size)) for f, text in runs)
