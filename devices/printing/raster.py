"""PDF -> ESC/POS raster bytes for thermal ticket printers.

Printing the rendered page as an image instead of text mode makes every script come out
right (Arabic shaping, umlauts, Cyrillic) regardless of the printer's code pages, and the
ticket looks exactly like the PDF the kiosk archived.

Pipeline: pypdfium2 renders each page in grayscale at the profile's dpi, scaled down to
the printable dot width where the page is wider (an 80 mm page onto 72 mm of dots);
a fixed threshold turns it into 1-bit (tickets are text and QR codes: dithering would
only fringe the edges and blur QR modules); the bits go out as ``GS v 0`` blocks.

A ticket is mostly white (a full raster was 50-64 KB, 80 % of it white). Where the profile
allows (``trim``), the job first sets the motion units to one dot (``GS P``), white rows
go out as paper feeds (``ESC J``) and each band of ink only as wide as its ink, placed
with the left margin (``GS L``): the same dots on paper in a fraction of the bytes.
"""

from __future__ import annotations

import threading
from typing import Any, Final

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PIL import Image

from devices.printing.base import PrintError
from devices.printing.profiles import PrinterProfile

__all__ = [
    "INIT",
    "MAX_PAGES",
    "MAX_ROWS",
    "STATUS_CONFIRM",
    "document_to_escpos",
    "image_to_raster",
    "image_to_trimmed_raster",
    "motion_units",
    "page_sizes",
    "render_pages",
]

INIT: Final = b"\x1b@"  # ESC @: clear the buffer, power-on modes (no stray styles)
STATUS_CONFIRM: Final = b"\x1dr\x01"  # GS r 1: answered after everything before it
MAX_PAGES: Final = 10
MAX_ROWS: Final = 20_000  # ~2.5 m at 203 dpi: anything longer is not a ticket
DEFAULT_THRESHOLD: Final = 128

# PDFium is not thread-safe: one render at a time per process.
_PDFIUM_LOCK = threading.Lock()


def _ink_lut(threshold: int) -> list[int]:
    """Grey value -> 255 where the printer should burn a dot (darker than threshold)."""
    if not 1 <= threshold <= 255:
        raise ValueError("threshold must be 1..255")
    return [255 if v < threshold else 0 for v in range(256)]


_LUTS: dict[int, list[int]] = {}


def _open(pdf: bytes) -> Any:
    """Open ``pdf`` with PDFium (caller holds the lock); PrintError if it cannot."""
    if not pdf.startswith(b"%PDF-"):
        raise PrintError("document is not a PDF")
    try:
        return pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as err:
        raise PrintError(f"cannot read PDF: {err}") from None


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of every page in PDF points (1/72 inch)."""
    with _PDFIUM_LOCK:
        doc = _open(pdf)
        try:
            sizes = []
            for index in range(len(doc)):
                page = doc[index]
                try:
                    w, h = page.get_size()
                finally:
                    page.close()
                sizes.append((float(w), float(h)))
            return sizes
        finally:
            doc.close()


def render_pages(pdf: bytes, profile: PrinterProfile) -> list[Image.Image]:
    """Each page as a grayscale ("L") image exactly ``profile.dots`` wide.

    Pages narrower than the printable width are rendered at the true dpi and centred,
    wider ones are scaled to fit. Raises :class:`PrintError` for anything that is not a
    printable PDF (the message is safe for logs).
    """
    images: list[Image.Image] = []
    rows = 0
    with _PDFIUM_LOCK:
        doc = _open(pdf)
        try:
            if len(doc) == 0:
                raise PrintError("PDF has no pages")
            if len(doc) > MAX_PAGES:
                raise PrintError(f"PDF has {len(doc)} pages; a ticket has at most {MAX_PAGES}")
            for index in range(len(doc)):
                page = doc[index]
                try:
                    width_pt, height_pt = page.get_size()
                    if width_pt <= 0 or height_pt <= 0:
                        raise PrintError(f"page {index + 1} has no size")
                    scale = min(profile.dpi / 72.0, profile.dots / width_pt)
                    rows += round(height_pt * scale)
                    if rows > MAX_ROWS:
                        raise PrintError("document too long for a ticket")
                    bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
                    try:
                        img: Image.Image = bitmap.to_pil().convert("L")  # copies the buffer
                    finally:
                        bitmap.close()
                finally:
                    page.close()
                images.append(_fit_width(img, profile.dots))
        finally:
            doc.close()
    return images


def _fit_width(img: Image.Image, dots: int) -> Image.Image:
    """Centre ``img`` on a white canvas ``dots`` wide (cropping a rounding overshoot)."""
    if img.width == dots:
        return img
    if img.width > dots:
        left = (img.width - dots) // 2
        return img.crop((left, 0, left + dots, img.height))
    canvas = Image.new("L", (dots, img.height), 255)
    canvas.paste(img, ((dots - img.width) // 2, 0))
    return canvas


def image_to_raster(
    img: Image.Image, max_band_rows: int = 255, threshold: int = DEFAULT_THRESHOLD
) -> bytes:
    """``GS v 0`` blocks for a grayscale image: ``1D 76 30 m xL xH yL yH d1..dk``.

    ``xL + xH*256`` is bytes per row, ``yL + yH*256`` the rows in the block, bits MSB
    first with 1 = print a dot. The image is cut into bands of ``max_band_rows`` because
    many printers reject or stall on one large block (small input buffers).
    """
    bits, row_bytes = _bits(img, threshold)
    x = row_bytes.to_bytes(2, "little")
    out = bytearray()
    height = len(bits) // row_bytes
    for top in range(0, height, max_band_rows):
        n = min(max_band_rows, height - top)
        out += b"\x1dv0\x00" + x + n.to_bytes(2, "little")
        out += bits[top * row_bytes : (top + n) * row_bytes]
    return bytes(out)


# White gaps up to this many rows stay inside a band: a new band costs 12 bytes of
# commands, a feed 3, a white row of a narrow band only its width.
_GAP_ROWS: Final = 4


def _bits(img: Image.Image, threshold: int) -> tuple[bytes, int]:
    """The image packed one bit per dot (1 = ink), rows padded to whole bytes."""
    if img.mode != "L":
        img = img.convert("L")
    if img.width % 8:
        padded = Image.new("L", (img.width + 8 - img.width % 8, img.height), 255)
        padded.paste(img, (0, 0))
        img = padded
    lut = _LUTS.get(threshold)
    if lut is None:
        lut = _LUTS.setdefault(threshold, _ink_lut(threshold))
    # In mode "1", 255 packs as a set bit: set = ink, exactly the ESC/POS convention.
    return img.point(lut, "1").tobytes(), img.width // 8


def _feed(rows: int) -> bytes:
    """``ESC J n`` feeds of ``rows`` dots in all (one motion unit = one dot after GS P)."""
    out = bytearray()
    while rows > 0:
        n = min(rows, 255)
        out += b"\x1bJ" + bytes((n,))
        rows -= n
    return bytes(out)


def _ink_spans(bits: bytes, row_bytes: int, height: int) -> list[tuple[int, int] | None]:
    """Per row: the first and one past the last byte with ink, or None for a white row."""
    spans: list[tuple[int, int] | None] = []
    for top in range(0, height * row_bytes, row_bytes):
        row = bits[top : top + row_bytes]
        stripped = row.lstrip(b"\x00")
        if not stripped:
            spans.append(None)
            continue
        left = row_bytes - len(stripped)
        spans.append((left, left + len(stripped.rstrip(b"\x00"))))
    return spans


def image_to_trimmed_raster(
    img: Image.Image, max_band_rows: int = 255, threshold: int = DEFAULT_THRESHOLD
) -> bytes:
    """The image as bands of ink and feeds over white: ``GS L`` left margin (in dots),
    ``GS v 0`` as wide as the band's ink, ``ESC J`` for white rows. Needs the motion units
    set to one dot (``GS P``, see :func:`document_to_escpos`); ends with the margin at 0."""
    bits, row_bytes = _bits(img, threshold)
    spans = _ink_spans(bits, row_bytes, img.height)
    out = bytearray()
    margin = 0
    row = 0
    height = img.height
    while row < height:
        if spans[row] is None:
            start = row
            while row < height and spans[row] is None:
                row += 1
            out += _feed(row - start)
            continue
        # A band: rows with ink, white gaps up to _GAP_ROWS, at most max_band_rows.
        start, end, white = row, row, 0
        left, right = row_bytes, 0
        while row < height and row - start < max_band_rows:
            span = spans[row]
            row += 1
            if span is None:
                white += 1
                if white > _GAP_ROWS:
                    break
                continue
            white = 0
            end = row
            left, right = min(left, span[0]), max(right, span[1])
        row = end  # trailing white rows of the band go out as a feed
        if left != margin:
            out += b"\x1dL" + (left * 8).to_bytes(2, "little")
            margin = left
        out += b"\x1dv0\x00" + (right - left).to_bytes(2, "little")
        out += (end - start).to_bytes(2, "little")
        for top in range(start * row_bytes, end * row_bytes, row_bytes):
            out += bits[top + left : top + right]
    if margin:
        out += b"\x1dL\x00\x00"
    return bytes(out)


def motion_units(profile: PrinterProfile) -> bytes:
    """``GS P x y``: horizontal and vertical motion units of 1/dpi inch, one dot each."""
    return b"\x1dP" + bytes((profile.dpi, profile.dpi))


def document_to_escpos(
    pdf: bytes, profile: PrinterProfile, threshold: int = DEFAULT_THRESHOLD
) -> bytes:
    """The complete print job: ``ESC @``, the pages as raster (trimmed where the profile
    allows), the profile's cut and presenter command, and ``GS r 1`` whose reply confirms
    the printer got this far."""
    out = bytearray(INIT)
    if profile.trim:
        out += motion_units(profile)
    for page in render_pages(pdf, profile):
        if profile.trim:
            out += image_to_trimmed_raster(page, profile.max_band_rows, threshold)
        else:
            out += image_to_raster(page, profile.max_band_rows, threshold)
    out += profile.finish
    out += STATUS_CONFIRM
    return bytes(out)
