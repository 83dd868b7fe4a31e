"""A text document as native ESC/POS: the printer's own font and its own QR code.

A raster ticket is 17-19 KB even trimmed; the same ticket as text is well under 1 KB,
and the printer starts at once instead of waiting for the image. That works only when
every character is in one code page the model has and needs no shaping: Latin scripts
(German, English, Turkish, Polish) and, on models with the page, Cyrillic. Anything
else (Arabic, a character no page has, a control character in a text from outside)
makes :func:`native_job` return None, and the caller prints the PDF as raster.

The job: ``ESC @``, ``GS P`` (one-dot motion units, so ``ESC J`` gaps are in dots),
``ESC t n`` (the code page), ``ESC R 0`` (the USA set of ASCII), then per item ``ESC a``
(alignment), ``ESC E`` (bold), ``GS !`` (character size: the waiting number as large as
the paper allows), the text and ``LF``; a rule as a two-dot ``GS v 0`` bar; the QR code
with ``GS ( k`` (model 2, module size, error correction M like the PDF's, store the data,
print it); the profile's cut and presenter command, and ``GS r 1`` whose reply confirms
the job.
"""

from __future__ import annotations

import textwrap
import unicodedata
from typing import Final

from devices.printing.base import PdfSource, pdf_bytes
from devices.printing.profiles import CODE_PAGES, PrinterProfile
from devices.printing.raster import (
    DEFAULT_THRESHOLD,
    INIT,
    STATUS_CONFIRM,
    document_to_escpos,
    motion_units,
)
from devices.printing.text import Line, Rule, Style, TextDocument

__all__ = ["FONT_A_DOTS", "choose_code_page", "escpos_job", "native_job", "qr_commands"]

FONT_A_DOTS: Final = 12  # Font A is 12 x 24 dots
FONT_A_ROWS: Final = 24
MAX_NUMBER_SIZE: Final = 6  # GS ! 1..8; 6 x 24 dots is about the PDF's 60 pt number

# Typographic punctuation a page may lack, and its plain stand-in (letters are never
# substituted: a name must print as written, or not natively at all).
_PLAIN_PUNCTUATION = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": ",",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2026": "...",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
# Invisible in print: soft hyphens (word-part breaks on screen), zero-width characters.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))

# QR model 2, error correction M: the most bytes each version holds (byte mode). The
# printer chooses the version itself; this only sizes the modules to about 24 mm.
_QR_M_BYTES: Final = (14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412)
QR_MAX_BYTES: Final = 2331  # version 40 at level M
_QR_MM: Final = 24.0


def _printable_alone(text: str) -> bool:
    """True when a printer can print ``text`` one character after the other: no
    right-to-left letters, no combining marks (shaping), no control characters."""
    for ch in text:
        if unicodedata.bidirectional(ch) in ("R", "AL", "AN"):
            return False
        if unicodedata.category(ch)[0] in "MC":
            return False
    return True


def _encode(text: str, codec: str) -> bytes | None:
    """``text`` in ``codec``, with plain punctuation where the page lacks the typographic
    one; None if a letter is missing."""
    for candidate in (text, text.translate(_PLAIN_PUNCTUATION)):
        try:
            return candidate.encode(codec)
        except UnicodeEncodeError:
            continue
    return None


def choose_code_page(texts: list[str], pages: tuple[int, ...]) -> tuple[int, str] | None:
    """The first of ``pages`` (ESC t numbers) that has every character of ``texts``, with
    its codec; None when a text needs shaping or no page has all its characters."""
    cleaned = [t.translate(_INVISIBLE) for t in texts]
    if not all(_printable_alone(t) for t in cleaned):
        return None
    for n in pages:
        codec = CODE_PAGES[n]
        if all(_encode(t, codec) is not None for t in cleaned):
            return n, codec
    return None


def _qr_module_dots(size: int, profile: PrinterProfile) -> int:
    """Module size in dots (GS ( k function 167: 1..16) for about 24 mm of code."""
    version = next((v for v, cap in enumerate(_QR_M_BYTES, 1) if size <= cap), 16)
    modules = 17 + 4 * version
    target = round(_QR_MM / 25.4 * profile.dpi / modules)
    return max(3, min(8, target, profile.dots // modules))


def _gs_k(fn: int, params: bytes) -> bytes:
    """``GS ( k pL pH cn fn params`` for the QR code (cn 49)."""
    length = len(params) + 2
    return b"\x1d(k" + length.to_bytes(2, "little") + bytes((49, fn)) + params


def qr_commands(payload: str, profile: PrinterProfile) -> bytes | None:
    """Select model 2, set the module size and error correction M, store the data, print
    it; None when the payload cannot be a native QR code (empty, too long, controls)."""
    data = payload.encode("utf-8")
    if not data or len(data) > QR_MAX_BYTES or any(b < 0x20 or b == 0x7F for b in data):
        return None
    return (
        _gs_k(65, b"\x32\x00")  # function 165: model 2
        + _gs_k(67, bytes((_qr_module_dots(len(data), profile),)))  # 167: module size
        + _gs_k(69, b"\x31")  # 169: error correction M (15 %)
        + _gs_k(80, b"\x30" + data)  # 180: store the data
        + _gs_k(81, b"\x30")  # 181: print the stored code
    )


def _feed(profile: PrinterProfile, mm: float) -> bytes:
    """``ESC J n``: feed ``mm`` (one motion unit is one dot after ``GS P``)."""
    return b"\x1bJ" + bytes((min(255, round(mm / 25.4 * profile.dpi)),))


def _lines(text: str, columns: int) -> list[str]:
    """Word-wrapped to ``columns``; a word longer than a line is broken."""
    return textwrap.wrap(text, columns, break_on_hyphens=False) or [""]


def _number_size(text: str, profile: PrinterProfile) -> int:
    """The largest character size (1..MAX_NUMBER_SIZE) at which ``text`` fits one line."""
    return max(1, min(MAX_NUMBER_SIZE, profile.dots // (FONT_A_DOTS * max(1, len(text)))))


# Per style: alignment (ESC a), bold (ESC E), the space above in mm.
_LOOK: Final = {
    Style.HEADING: (1, True, 0.0),
    Style.NUMBER: (1, True, 2.0),
    Style.TITLE: (0, True, 2.5),
    Style.STRONG: (0, True, 1.0),
    Style.BODY: (0, False, 0.5),
    Style.CAPTION: (1, False, 1.0),
}


def _text(line: Line, codec: str, profile: PrinterProfile) -> bytes | None:
    """The line's commands and text; None if a part does not encode (never after
    :func:`choose_code_page` accepted the text, but then the raster must print it)."""
    align, bold, above = _LOOK[line.style]
    text = line.text.translate(_INVISIBLE)
    size = _number_size(text, profile) if line.style is Style.NUMBER else 1
    height = 2 if line.style is Style.TITLE else size
    out = bytearray(_feed(profile, above) if above else b"")
    out += b"\x1ba" + bytes((align,)) + b"\x1bE" + bytes((int(bold),))
    out += b"\x1d!" + bytes(((size - 1) << 4 | (height - 1),))
    for part in _lines(text, profile.columns // size):
        encoded = _encode(part, codec)
        if encoded is None:
            return None
        out += encoded + b"\n"
    return bytes(out)


def _rule(profile: PrinterProfile) -> bytes:
    """A bar two dots high across the printable width, with 2 mm above and 1 mm below."""
    width = profile.bytes_per_row
    bar = b"\x1dv0\x00" + width.to_bytes(2, "little") + b"\x02\x00" + b"\xff" * (2 * width)
    return _feed(profile, 2.0) + bar + _feed(profile, 1.0)


def native_job(doc: TextDocument, profile: PrinterProfile) -> bytes | None:
    """The whole job for ``doc`` on ``profile``, or None when it must go as raster (the
    model has no native text, or a text or the QR payload cannot be printed natively)."""
    if not profile.native_text:
        return None
    page = choose_code_page(doc.texts(), profile.code_pages)
    if page is None:
        return None
    n, codec = page
    # ESC R 0: the USA set, whatever the printer's own default (a German one prints
    # "@", "[", "]", "{", "}" and "~" as "§", "Ä", "Ü", "ä", "ü" and "ß").
    out = bytearray(INIT + motion_units(profile) + b"\x1bt" + bytes((n,)) + b"\x1bR\x00")
    for item in doc.items:
        if isinstance(item, Rule):
            out += _rule(profile)
            continue
        if isinstance(item, Line):
            part = _text(item, codec, profile)
        else:
            qr = qr_commands(item.payload, profile)
            part = None if qr is None else _feed(profile, 3.0) + b"\x1ba\x01" + qr
        if part is None:
            return None
        out += part
    out += b"\x1ba\x00\x1bE\x00\x1d!\x00" + _feed(profile, 3.0)
    out += profile.finish + STATUS_CONFIRM
    return bytes(out)


def escpos_job(
    pdf: PdfSource,
    profile: PrinterProfile,
    text: TextDocument | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> bytes:
    """What goes on the wire for a document: its text natively where the profile and
    the text allow (the PDF is then not even rendered), else the PDF as raster."""
    if text is not None:
        job = native_job(text, profile)
        if job is not None:
            return job
    return document_to_escpos(pdf_bytes(pdf), profile, threshold)
