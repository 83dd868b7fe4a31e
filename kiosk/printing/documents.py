"""The waiting-number ticket as a PDF for an 80 mm thermal roll, without Qt.

The page is 80 mm wide and exactly as tall as its content (a roll has no page length;
a blank A4 would waste a metre of paper). Layout is measured first, then drawn.

reportlab neither shapes nor reorders right-to-left text, so Arabic lines are joined with
``arabic_reshaper``, put into visual order with ``python-bidi`` and drawn run by run in a
font that has the presentation-form glyphs (Noto Sans Arabic, DejaVu Sans for Latin
letters and symbols it lacks). Fonts are embedded TTFs: the printer's raster conversion
must not depend on which fonts a print server happens to have.

Strings come from the shared catalogue (context "Ticket", English source strings with
Qt-style ``%1`` placeholders); while a language has no .ts file the ticket falls back to
English rather than failing, because a number that cannot be printed cannot be issued.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal

import arabic_reshaper
import qrcode
from bidi import get_display
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk import i18n
from kiosk.privacy.notice import NoticeFacts, notice_lines
from kiosk.queue.base import Ticket, WaitEstimate

__all__ = [
    "PAGE_WIDTH",
    "TICKET_CONTEXT",
    "format_issued",
    "render_receipt",
    "render_ticket",
    "ticket_qr_payload",
]

log = logging.getLogger(__name__)

TICKET_CONTEXT = "Ticket"
PAGE_WIDTH: float = 80 * mm
MARGIN: float = 4 * mm
CONTENT_WIDTH: float = PAGE_WIDTH - 2 * MARGIN

# Source strings (English). Keep in sync with the translators' .ts files.
S_HEADING = "Waiting number"
S_AHEAD = "People ahead of you: %1"
S_WAIT_RANGE = "Expected wait: %1–%2 minutes"
S_WAIT_ABOUT = "Expected wait: about %1 minutes"
S_WAIT_MINUTE = "Expected wait: about a minute"
S_WAIT_UNKNOWN = "Expected wait: unknown"
S_ISSUED = "Issued: %1"
S_FOOTER = "Please watch the display. Your number will be called."
S_RECEIPT = "Receipt"
S_SUBMISSION = "Form already sent, reference: %1"
S_REFERENCE = "Your reference for the counter:"
S_UNSENT = "Filled form – NOT sent"
S_UNSENT_NOTE = "The terminal could not save this form. Please hand in this paper at the counter."
SOURCE_STRINGS = (
    S_HEADING,
    S_AHEAD,
    S_WAIT_RANGE,
    S_WAIT_ABOUT,
    S_WAIT_MINUTE,
    S_WAIT_UNKNOWN,
    S_ISSUED,
    S_FOOTER,
    S_RECEIPT,
    S_SUBMISSION,
    S_REFERENCE,
    S_UNSENT,
    S_UNSENT_NOTE,
)

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_NOTO = Path("/usr/share/fonts/truetype/noto")

Align = Literal["left", "center", "right"]


# --- fonts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Font:
    """A registered TTF plus what layout needs: its characters and line metrics (per pt)."""

    name: str
    chars: frozenset[int]
    ascent: float
    descent: float  # positive, below the baseline
    cap_height: float


@dataclass(frozen=True)
class _Fonts:
    latin: _Font
    latin_bold: _Font
    arabic: _Font
    arabic_bold: _Font


_fonts_lock = threading.Lock()
_fonts_cache: _Fonts | None = None


def _register(name: str, path: Path, ascent: float, descent: float) -> _Font:
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
    return _Font(
        name=name,
        chars=frozenset(face.charToGlyph),
        ascent=ascent,
        descent=descent,
        cap_height=float(face.capHeight) / 1000,
    )


def _fonts() -> _Fonts:
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
            _fonts_cache = _Fonts(latin, latin_bold, arabic, arabic_bold)
        return _fonts_cache


# --- text: translation, shaping, font runs, wrapping -------------------------------------

_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_PLACEHOLDER = re.compile(r"%(\d)")
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
_warned_languages: set[str] = set()


def _is_arabic(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES)


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _load_catalogue(language: str) -> i18n.Catalogue:
    """The language's catalogue, or an empty one (English) if its file is missing or
    broken: a ticket in English beats no ticket. Warns once per language."""
    try:
        return i18n.catalogue(language)
    except (OSError, ET.ParseError) as err:
        if language not in _warned_languages:
            _warned_languages.add(language)
            log.warning("no ticket translations for %r (%s); printing English", language, err)
        return i18n.Catalogue(language, {})


def _fill(template: str, *args: str) -> str:
    """Qt-style ``%1``..``%9`` substitution in one pass (an argument containing "%2" is
    never substituted again); unknown placeholders stay as they are."""

    def repl(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return args[i] if 0 <= i < len(args) else m.group(0)

    return _PLACEHOLDER.sub(repl, template)


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
def _visual(logical: str, rtl: bool) -> str:
    """What reportlab should draw left to right. LTR text passes through unchanged, also
    on an Arabic ticket (a German location or English fallback keeps its order). Cached:
    most lines repeat from ticket to ticket, and wrapping measures the same text again."""
    if not rtl or not _has_rtl(logical):
        return logical
    shaped = arabic_reshaper.reshape(logical)
    display: str = get_display(shaped, base_dir="R")
    return _fix_mirroring(display)


def _runs(visual: str, regular: _Font, arabic: _Font, rtl: bool) -> list[tuple[_Font, str]]:
    """Split a visual line into (font, text) runs: Arabic script in the Arabic font,
    strong Latin/Cyrillic in the Latin font, and digits, spaces and punctuation staying in
    the surrounding font when it has them, so "14:05" does not mix two designs."""
    current = arabic if rtl and any(_is_arabic(ch) for ch in visual) else regular
    runs: list[tuple[_Font, str]] = []
    for ch in visual:
        cp = ord(ch)
        if _is_arabic(ch):
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


def _width(runs: list[tuple[_Font, str]], size: float) -> float:
    return sum(float(pdfmetrics.stringWidth(text, f.name, size)) for f, text in runs)


# --- layout ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TextLine:
    runs: tuple[tuple[_Font, str], ...]  # visual order, left to right
    size: float
    width: float
    above: float  # line box above the baseline
    below: float  # line box below the baseline
    align: Align
    gap: float  # space before the line

    @property
    def height(self) -> float:
        return self.gap + self.above + self.below


@dataclass(frozen=True)
class _Rule:
    gap: float

    @property
    def height(self) -> float:
        return self.gap


@dataclass(frozen=True)
class _QrBlock:
    matrix: tuple[tuple[bool, ...], ...]
    module: float
    gap: float

    @property
    def height(self) -> float:
        return self.gap + self.module * len(self.matrix)


_Block = _TextLine | _Rule | _QrBlock


class _Layout:
    """Collects measured blocks top to bottom for one ticket."""

    def __init__(self, fonts: _Fonts, rtl: bool) -> None:
        self.fonts = fonts
        self.rtl = rtl
        self.start: Align = "right" if rtl else "left"
        self.blocks: list[_Block] = []

    def _line(
        self, visual: str, size: float, bold: bool, align: Align, gap: float, tight: bool = False
    ) -> _TextLine:
        f = self.fonts
        regular, arabic = (f.latin_bold, f.arabic_bold) if bold else (f.latin, f.arabic)
        runs = _runs(visual, regular, arabic, self.rtl)
        used = [font for font, _ in runs] or [regular]
        if tight:  # capitals and digits only: no room for accents or descenders
            above = max(font.cap_height for font in used) * size
            below = 0.12 * size
        else:
            above = max(font.ascent for font in used) * size
            below = max(font.descent for font in used) * size
        return _TextLine(tuple(runs), size, _width(runs, size), above, below, align, gap)

    def text(
        self,
        logical: str,
        size: float,
        *,
        bold: bool = False,
        align: Align | None = None,
        gap: float = 0.0,
        leading: float = 0.15,
    ) -> None:
        """Wrap ``logical`` to the content width (measuring the shaped form, which is what
        gets drawn) and add one block per line."""
        first = True
        for part in self._wrap(logical, size, bold):
            line = self._line(
                _visual(part, self.rtl),
                size,
                bold,
                align or self.start,
                gap if first else leading * size,
            )
            self.blocks.append(line)
            first = False

    def _measure(self, logical: str, size: float, bold: bool) -> float:
        return self._line(_visual(logical, self.rtl), size, bold, "left", 0).width

    def _wrap(self, logical: str, size: float, bold: bool) -> list[str]:
        """Greedy word wrap in logical order; a word wider than the line is cut."""
        words = logical.split()
        if self._measure(" ".join(words), size, bold) <= CONTENT_WIDTH:
            return [" ".join(words)]  # the common case: one measurement
        lines: list[str] = []
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if self._measure(candidate, size, bold) <= CONTENT_WIDTH:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while self._measure(word, size, bold) > CONTENT_WIDTH and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and self._measure(word[:cut], size, bold) > CONTENT_WIDTH:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        if current:
            lines.append(current)
        return lines or [""]

    def number(self, number: str, max_size: float, gap: float) -> None:
        """The called number, as large as fits (long numbers shrink instead of wrapping)."""
        bold = self.fonts.latin_bold
        unit = _width(_runs(number, bold, self.fonts.arabic_bold, False), 1.0) or 1.0
        size = min(max_size, CONTENT_WIDTH / unit)
        self.blocks.append(self._line(number, size, True, "center", gap, tight=True))

    def rule(self, gap: float) -> None:
        self.blocks.append(_Rule(gap))

    def qr(self, payload: str, gap: float) -> float:
        """The QR code; returns its module size so the caller can keep the quiet zone."""
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        code.add_data(payload)
        code.make(fit=True)
        matrix = tuple(tuple(bool(v) for v in row) for row in code.get_matrix())
        n = len(matrix)
        # ~24 mm is easy for phone cameras; 0.5 mm modules are 4 dots at 203 dpi.
        fit = (CONTENT_WIDTH - 8 * 0.5 * mm) / n
        module: float = max(0.5 * mm, min(0.9 * mm, 24 * mm / n, fit))
        self.blocks.append(_QrBlock(matrix, module, max(gap, 4 * module)))
        return module

    @property
    def height(self) -> float:
        return sum(b.height for b in self.blocks)


def _draw(canvas: Canvas, blocks: list[_Block], page_height: float) -> None:
    y = page_height - MARGIN
    for block in blocks:
        y -= block.gap
        if isinstance(block, _Rule):
            canvas.setLineWidth(0.6)
            canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
        elif isinstance(block, _TextLine):
            baseline = y - block.above
            if block.align == "left":
                x = MARGIN
            elif block.align == "right":
                x = PAGE_WIDTH - MARGIN - block.width
            else:
                x = (PAGE_WIDTH - block.width) / 2
            text = canvas.beginText(x, baseline)
            for font, chunk in block.runs:
                text.setFont(font.name, block.size)
                text.textOut(chunk)
            canvas.drawText(text)
            y = baseline - block.below
        else:
            _draw_qr(canvas, block, y)
            y -= block.module * len(block.matrix)


def _draw_qr(canvas: Canvas, block: _QrBlock, top: float) -> None:
    """Dark modules as one filled path of horizontal runs: a single fill leaves no
    hairline seams between neighbouring modules when rasterised, and is small."""
    n = len(block.matrix)
    m = block.module
    left = (PAGE_WIDTH - n * m) / 2
    path = canvas.beginPath()
    for r, row in enumerate(block.matrix):
        y = top - (r + 1) * m
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            path.rect(left + start * m, y, (c - start) * m, m)
    canvas.drawPath(path, stroke=0, fill=1)


# --- content -----------------------------------------------------------------------------

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_issued(when: datetime, language: str) -> str:
    """Date and time as people of that language write them, in the ticket's own timezone
    (the site's local time), 24-hour clock and Western digits like the waiting-room
    display. English uses a month name: 21/11 vs 11/21 would be ambiguous."""
    hm = f"{when:%H:%M}"
    if language == "en":
        return f"{when.day} {_MONTHS_EN[when.month - 1]} {when.year}, {hm}"
    if language == "ar":
        return f"{when:%d/%m/%Y}، {hm}"
    if language == "tr":
        return f"{when:%d.%m.%Y} {hm}"
    return f"{when:%d.%m.%Y}, {hm}"


def _wait_line(t: Callable[[str], str], wait: WaitEstimate) -> str:
    if wait.low_min is None or wait.high_min is None:
        return t(S_WAIT_UNKNOWN)
    low, high = sorted((max(0, wait.low_min), max(0, wait.high_min)))
    if high <= 1:
        return t(S_WAIT_MINUTE)
    if low == high:
        return _fill(t(S_WAIT_ABOUT), str(high))
    return _fill(t(S_WAIT_RANGE), str(low), str(high))


_render_lock = threading.Lock()


def _begin(language: str) -> tuple[_Fonts, _Layout, Callable[[str], str]]:
    """What every printout starts from: the fonts, an empty layout in the language's
    direction, and its translations of the printout strings."""
    fonts = _fonts()
    tr = _load_catalogue(language)
    lang = i18n.LANGUAGES.get(language)

    def t(source: str) -> str:
        return tr.translate(TICKET_CONTEXT, source)

    return fonts, _Layout(fonts, rtl=bool(lang and lang.rtl)), t


def render_ticket(
    ticket: Ticket,
    *,
    concern_name: str,
    location: str,
    language: str,
    submission_reference: str = "",
) -> bytes:
    """The ticket as a one-page PDF, 80 mm wide and as tall as its content.

    ``concern_name`` and ``location`` are printed as given (the caller translates the
    concern). The QR code encodes :func:`ticket_qr_payload`. Thread-safe; renders are
    serialised because reportlab keeps per-document font state in shared font objects.
    """
    fonts, layout, t = _begin(language)
    layout.text(t(S_HEADING), 12, bold=True, align="center")
    layout.number(ticket.number, 60, gap=2.5 * mm)
    layout.rule(gap=3 * mm)
    layout.text(concern_name, 13, bold=True, gap=3 * mm)
    if submission_reference:  # the clerk retrieves the submitted form with it
        layout.text(_fill(t(S_SUBMISSION), submission_reference), 10, bold=True, gap=1.5 * mm)
    if ticket.people_ahead is not None:
        layout.text(_fill(t(S_AHEAD), str(ticket.people_ahead)), 10, gap=2.5 * mm)
    layout.text(
        _wait_line(t, ticket.wait), 10, gap=2.5 * mm if ticket.people_ahead is None else 1.2 * mm
    )
    layout.text(_fill(t(S_ISSUED), format_issued(ticket.issued_at, language)), 10, gap=1.2 * mm)
    if location.strip():
        layout.text(location, 10, gap=1.2 * mm)
    for line in ticket.office_texts:  # the central system's own ticket texts (ZMS)
        layout.text(line, 10, gap=1.2 * mm)
    module = layout.qr(ticket_qr_payload(ticket.reference, submission_reference), gap=3 * mm)
    layout.text(ticket.reference, 7, align="center", gap=4 * module)
    layout.rule(gap=3 * mm)
    layout.text(t(S_FOOTER), 10, gap=3 * mm)

    return _pdf(layout, fonts, language, f"{S_HEADING} {ticket.number}")


def ticket_qr_payload(reference: str, submission_reference: str = "") -> str:
    """What a ticket's QR code carries: the ticket's reference, and after a form the
    form's reference too, separated by a space, so the clerk scans one code for both."""
    return f"{reference} {submission_reference}" if submission_reference else reference


def _pdf(layout: _Layout, fonts: _Fonts, language: str, title: str) -> bytes:
    page_height = layout.height + 2 * MARGIN
    buf = io.BytesIO()
    with _render_lock:
        canvas = Canvas(
            buf,
            pagesize=(PAGE_WIDTH, page_height),
            pageCompression=1,
            initialFontName=fonts.latin.name,
            initialFontSize=10,
            lang=language,
        )
        canvas.setTitle(title)
        canvas.setCreator("buergerbuero-kiosk")
        _draw(canvas, layout.blocks, page_height)
        canvas.showPage()
        canvas.save()
    return buf.getvalue()


def render_receipt(
    *,
    reference: str,
    title: str,
    lines: list[tuple[str, str]],
    issued_at: datetime,
    location: str,
    language: str,
    notice: NoticeFacts | None = None,
) -> bytes:
    """The receipt of a submitted form: reference, what was submitted (only what may
    appear on paper: the caller passes those lines, already translated), a QR code with
    the reference for the clerk, date and time, location and, for the citizen, the short
    privacy notice made from the configuration (:mod:`kiosk.privacy.notice`) with a QR
    code to the full notice. Without a ``reference`` the form was not saved: the paper
    says so, and carries neither reference nor notice."""
    fonts, layout, t = _begin(language)
    heading = t(S_RECEIPT) if reference else t(S_UNSENT)
    layout.text(heading, 12, bold=True, align="center")
    layout.text(title, 13, bold=True, gap=2.5 * mm)
    layout.rule(gap=2.5 * mm)
    for label, value in lines:
        layout.text(label, 9, gap=2 * mm)
        layout.text(value or "–", 11, bold=True, gap=0.5 * mm)
    layout.rule(gap=3 * mm)
    layout.text(_fill(t(S_ISSUED), format_issued(issued_at, language)), 10, gap=2.5 * mm)
    if location.strip():
        layout.text(location, 10, gap=1.2 * mm)
    if not reference:
        layout.rule(gap=3 * mm)
        layout.text(t(S_UNSENT_NOTE), 10, bold=True, gap=2.5 * mm)
        return _pdf(layout, fonts, language, f"{S_UNSENT} {title}")
    layout.text(t(S_REFERENCE), 10, gap=2.5 * mm)
    module = layout.qr(reference, gap=2 * mm)
    layout.text(reference, 9, bold=True, align="center", gap=4 * module)
    if notice is not None:
        layout.rule(gap=3 * mm)
        for sentence in notice_lines(notice, language):
            layout.text(sentence, 8, gap=1.5 * mm)
        if notice.notice_url:
            module = layout.qr(notice.notice_url, gap=2 * mm)
            layout.text(notice.notice_url, 7, align="center", gap=4 * module)
    return _pdf(layout, fonts, language, f"{S_RECEIPT} {reference}")
