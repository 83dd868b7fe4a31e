"""PDF -> ESC/POS raster: exact GS v 0 framing, bit order, banding, and a real ticket whose
QR code survives the trip at every profile's resolution."""

from __future__ import annotations

import io
import statistics
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import zxingcpp
from fake_escpos import decode_job
from PIL import Image, ImageChops, ImageOps
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from devices.printing.base import PrintError
from devices.printing.profiles import PROFILES, get_profile
from devices.printing.raster import (
    INIT,
    STATUS_CONFIRM,
    document_to_escpos,
    image_to_raster,
    image_to_trimmed_raster,
    motion_units,
    page_sizes,
    render_pages,
)
from kiosk.printing.documents import render_ticket
from kiosk.queue.base import Ticket

REFERENCE = "K1-20250102-A042-7QX"


@pytest.fixture(scope="module")
def ticket_pdf() -> bytes:
    ticket = Ticket(
        reference=REFERENCE,
        number="A-042",
        concern_id="perso",
        group_id="A",
        issued_at=datetime(2025, 1, 2, 9, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        people_ahead=3,
    )
    return render_ticket(
        ticket, concern_name="Personalausweis", location="Bürgerbüro Mitte", language="de"
    )


def simple_pdf(width_mm: float, height_mm: float, pages: int = 1) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width_mm * mm, height_mm * mm))
    for _ in range(pages):
        c.rect(0, 0, width_mm * mm, height_mm * mm, stroke=0, fill=1)  # all black
        c.showPage()
    c.save()
    return buf.getvalue()


def parse_blocks(data: bytes) -> tuple[list[tuple[int, int, bytes]], int]:
    """Split raster bytes into (bytes per row, rows, data) blocks; return them and the end."""
    blocks = []
    i = 0
    while data[i : i + 4] == b"\x1dv0\x00":
        xb = data[i + 4] | data[i + 5] << 8
        rows = data[i + 6] | data[i + 7] << 8
        blocks.append((xb, rows, data[i + 8 : i + 8 + xb * rows]))
        i += 8 + xb * rows
    return blocks, i


def decode(blocks: list[tuple[int, int, bytes]]) -> Image.Image:
    width = blocks[0][0] * 8
    out = Image.new("L", (width, sum(b[1] for b in blocks)), 255)
    y = 0
    for xb, rows, bits in blocks:
        out.paste(ImageOps.invert(Image.frombytes("1", (xb * 8, rows), bits).convert("L")), (0, y))
        y += rows
    return out


def test_exact_bytes_for_a_tiny_image() -> None:
    img = Image.new("L", (16, 2), 255)
    for x in range(8):
        img.putpixel((x, 0), 0)  # left half of row 0 black
    img.putpixel((15, 1), 0)  # last pixel of row 1
    assert image_to_raster(img) == (
        b"\x1dv0\x00" + b"\x02\x00" + b"\x02\x00" + b"\xff\x00" + b"\x00\x01"
    )


def test_threshold_is_a_clean_cut() -> None:
    img = Image.new("L", (8, 1), 255)
    img.putpixel((0, 0), 127)  # darker than 128: ink
    img.putpixel((1, 0), 128)  # not
    img.putpixel((2, 0), 200)
    assert image_to_raster(img)[-1] == 0b1000_0000
    assert image_to_raster(img, threshold=201)[-1] == 0b1110_0000


def test_width_padded_to_whole_bytes() -> None:
    img = Image.new("L", (10, 1), 0)
    data = image_to_raster(img)
    assert data[4:6] == b"\x02\x00"
    assert data[8:] == b"\xff\xc0"  # padding is white


def test_bands_of_at_most_255_rows() -> None:
    img = Image.new("L", (16, 600), 0)
    blocks, end = parse_blocks(image_to_raster(img))
    assert [rows for _, rows, _ in blocks] == [255, 255, 90]
    assert end == 3 * 8 + 600 * 2


def test_two_byte_height_when_allowed() -> None:
    img = Image.new("L", (16, 600), 0)
    data = image_to_raster(img, max_band_rows=1000)
    assert data[:8] == b"\x1dv0\x00\x02\x00\x58\x02"  # 600 = 0x0258, little-endian
    assert len(data) == 8 + 600 * 2


@pytest.mark.parametrize("name", sorted(p for p in PROFILES if not PROFILES[p].trim))
def test_ticket_round_trip_full_raster(ticket_pdf: bytes, name: str) -> None:
    profile = get_profile(name)
    data = document_to_escpos(ticket_pdf, profile)
    assert data.startswith(INIT)
    assert data.endswith(profile.finish + STATUS_CONFIRM)
    blocks, end = parse_blocks(data[len(INIT) :])
    assert end == len(data) - len(INIT) - len(profile.finish) - len(STATUS_CONFIRM)
    assert all(xb == profile.dots // 8 for xb, _, _ in blocks)
    assert all(rows <= profile.max_band_rows for _, rows, _ in blocks)
    image = decode(blocks)
    width_pt, height_pt = page_sizes(ticket_pdf)[0]
    assert image.height == pytest.approx(height_pt * profile.dots / width_pt, abs=1)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [REFERENCE]


def printed(page: Image.Image, width: int, height: int) -> Image.Image:
    """What the head burns for a rendered page: the threshold, on paper of that size."""
    out = Image.new("L", (width, height), 255)
    out.paste(page.point(lambda v: 0 if v < 128 else 255), (0, 0))
    return out


@pytest.mark.parametrize("name", sorted(p for p in PROFILES if PROFILES[p].trim))
def test_trimmed_ticket_prints_the_same_dots_in_a_fraction_of_the_bytes(
    ticket_pdf: bytes, name: str
) -> None:
    profile = get_profile(name)
    data = document_to_escpos(ticket_pdf, profile)
    job, unknown = decode_job(data, profile.dpi)  # parsed as the fake printer does
    assert unknown == [] and job.confirmed
    assert job.commands[:2] == ["ESC @", f"GS P {profile.dpi} {profile.dpi}"]
    assert job.cuts == ([profile.cut] if profile.cut else [])
    assert all(b.rows <= profile.max_band_rows for b in job.blocks)
    assert all(b.x + b.width_bytes * 8 <= profile.dots for b in job.blocks)
    assert any(c.startswith("ESC J") for c in job.commands)  # white went out as feeds
    (page,) = render_pages(ticket_pdf, profile)
    image = job.image()
    assert image.height == page.height  # feeds included: the ticket keeps its length
    expected = printed(page, profile.dots, page.height)
    got = printed(image, profile.dots, page.height)
    assert ImageChops.difference(expected, got).getbbox() is None  # dot for dot
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [REFERENCE]
    full = len(INIT) + len(image_to_raster(page)) + len(profile.finish) + len(STATUS_CONFIRM)
    assert len(data) < full * 0.5


def test_trimmed_raster_without_motion_units_comes_out_squashed(ticket_pdf: bytes) -> None:
    # The fake, like a TM-T88, feeds half a dot per unit until GS P: the command matters.
    profile = get_profile("tm-t88")
    data = document_to_escpos(ticket_pdf, profile).replace(motion_units(profile), b"", 1)
    job, _ = decode_job(data, profile.dpi)
    (page,) = render_pages(ticket_pdf, profile)
    assert job.image().height < page.height


def test_trimmed_bands_and_feeds_exactly() -> None:
    img = Image.new("L", (32, 20), 255)
    img.putpixel((9, 2), 0)  # byte 1 of row 2
    img.putpixel((25, 3), 0)  # byte 3 of row 3
    img.putpixel((0, 19), 0)  # byte 0 of the last row
    assert image_to_trimmed_raster(img) == (
        b"\x1bJ\x02"  # two white rows
        + b"\x1dL\x08\x00"  # left margin 8 dots
        + b"\x1dv0\x00\x03\x00\x02\x00"  # 3 bytes x 2 rows
        + b"\x40\x00\x00"
        + b"\x00\x00\x40"
        + b"\x1bJ\x0f"  # 15 white rows (more than a gap inside a band)
        + b"\x1dL\x00\x00"
        + b"\x1dv0\x00\x01\x00\x01\x00\x80"
    )


def test_page_wider_than_the_paper_is_scaled_to_the_dots() -> None:
    profile = get_profile("tm-t20")
    (page,) = render_pages(simple_pdf(80, 50), profile)
    assert page.width == 576
    assert page.height == pytest.approx(50 * 576 / 80, abs=1)
    assert page.getextrema() == (0, 0)  # the black page fills every dot


def test_narrow_page_keeps_its_size_and_is_centred() -> None:
    profile = get_profile("tm-t20")
    (page,) = render_pages(simple_pdf(40, 20), profile)
    assert page.width == 576
    ink = ImageOps.invert(page).getbbox()
    assert ink is not None
    left, _, right, _ = ink
    assert right - left == pytest.approx(40 / 25.4 * 203, abs=2)  # true size at 203 dpi
    assert left == pytest.approx(576 - right, abs=1)


def test_every_page_is_printed() -> None:
    pages = render_pages(simple_pdf(80, 30, pages=3), get_profile("tm-t88"))
    assert len(pages) == 3


@pytest.mark.parametrize(
    ("pdf", "message"),
    [
        (b"", "not a PDF"),
        (b"hello", "not a PDF"),
        (b"%PDF-1.4 garbage", "cannot read PDF"),
    ],
)
def test_unprintable_documents(pdf: bytes, message: str) -> None:
    with pytest.raises(PrintError, match=message):
        document_to_escpos(pdf, get_profile("tm-t88"))


def test_too_many_pages_or_rows() -> None:
    with pytest.raises(PrintError, match="at most"):
        render_pages(simple_pdf(80, 20, pages=11), get_profile("tm-t88"))
    with pytest.raises(PrintError, match="too long"):
        render_pages(simple_pdf(80, 4000), get_profile("tm-t88"))


def test_ticket_to_escpos_under_30_ms(ticket_pdf: bytes) -> None:
    profile = get_profile("tm-t20")
    document_to_escpos(ticket_pdf, profile)  # warm-up
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        document_to_escpos(ticket_pdf, profile)
        runs.append(time.perf_counter() - start)
    assert statistics.median(runs) < 0.030
