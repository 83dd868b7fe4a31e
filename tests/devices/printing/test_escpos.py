"""ESC/POS printer: status bytes (every bit, malformed and missing replies), the print
round trip through a fake network printer, refusals that send nothing, and the GS r 1
confirmation."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import zxingcpp
from fake_escpos import FakeEscposPrinter
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from devices.printing import FolderPrinter, SimulatedPrinter, open_printer
from devices.printing.base import PrintError, PrinterState
from devices.printing.cups import CupsPrinter
from devices.printing.escpos import (
    EscposPrinter,
    TcpTransport,
    TransportError,
    UsbTransport,
    open_escpos,
    parse_reply,
    status_from_replies,
)
from devices.printing.profiles import get_profile
from devices.printing.raster import image_to_raster
from kiosk.printing.documents import render_ticket
from kiosk.queue.base import Ticket

REFERENCE = "K1-20250102-B007-Q4Z"
OK = b"\x12"


@pytest.fixture(scope="module")
def ticket_pdf() -> bytes:
    ticket = Ticket(
        reference=REFERENCE,
        number="B-007",
        concern_id="melde",
        group_id="B",
        issued_at=datetime(2025, 1, 2, 10, 5, tzinfo=ZoneInfo("Europe/Berlin")),
        people_ahead=0,
    )
    return render_ticket(ticket, concern_name="Anmeldung", location="", language="de")


@pytest.fixture
def fake() -> Iterator[FakeEscposPrinter]:
    with FakeEscposPrinter(dpi=180) as printer:  # the tm-t88 the tests print with
        yield printer


def escpos(fake: FakeEscposPrinter, timeout_s: float = 2.0, **kw: float) -> EscposPrinter:
    kw.setdefault("status_timeout_s", 0.3)
    return EscposPrinter(TcpTransport("127.0.0.1", fake.port, timeout_s), "tm-t88", timeout_s, **kw)


# -- status bytes -------------------------------------------------------------------------


def test_every_single_byte_reply() -> None:
    for b in range(256):
        valid = b & 0x12 == 0x12 and not b & 0x81
        assert parse_reply(bytes((b,))) == (b if valid else None)


@pytest.mark.parametrize("data", [None, b"", b"\x12\x12", b"\x12\x00", b"\x00\x12"])
def test_anything_but_one_byte_is_malformed(data: bytes | None) -> None:
    assert parse_reply(data) is None


@pytest.mark.parametrize(
    ("r1", "r2", "r4", "state"),
    [
        (0x12, 0x12, 0x12, PrinterState.READY),
        (0x16, 0x12, 0x12, PrinterState.READY),  # drawer pin: irrelevant
        (0x1A, 0x12, 0x12, PrinterState.OFFLINE),  # n=1 bit 3: offline
        (0x1A, 0x16, 0x12, PrinterState.COVER_OPEN),  # n=2 bit 2
        (0x1A, 0x32, 0x12, PrinterState.PAPER_OUT),  # n=2 bit 5: stopped by paper end
        (0x1A, 0x52, 0x12, PrinterState.OFFLINE),  # n=2 bit 6: error
        (0x12, 0x12, 0x1E, PrinterState.NEAR_END),  # n=4 0x0C
        (0x12, 0x12, 0x16, PrinterState.NEAR_END),  # one near-end bit is enough
        (0x12, 0x12, 0x72, PrinterState.PAPER_OUT),  # n=4 0x60
        (0x12, 0x12, 0x32, PrinterState.PAPER_OUT),  # one paper-out bit is enough
        (0x1A, 0x36, 0x7E, PrinterState.PAPER_OUT),  # paper out wins over cover, near end
        (0x1A, 0x56, 0x12, PrinterState.COVER_OPEN),  # cover wins over error
    ],
)
def test_every_status_bit(r1: int, r2: int, r4: int, state: PrinterState) -> None:
    status = status_from_replies(bytes((r1,)), bytes((r2,)), bytes((r4,)))
    assert status.state is state
    assert status.can_print == (state in (PrinterState.READY, PrinterState.NEAR_END))


@pytest.mark.parametrize("position", range(3))
@pytest.mark.parametrize("bad", [None, b"", b"\x00", b"\xff", b"\x13", b"\x12\x12"])
def test_missing_or_malformed_reply_is_unknown(position: int, bad: bytes | None) -> None:
    replies: list[bytes | None] = [OK, OK, OK]
    replies[position] = bad
    status = status_from_replies(*replies)
    assert status.state is PrinterState.UNKNOWN
    assert f"DLE EOT {(1, 2, 4)[position]}" in status.detail


def _clear(data: bytes | None, error_bits: int) -> bool:
    value = parse_reply(data)
    return value is not None and not value & error_bits


@given(
    st.one_of(st.none(), st.binary(max_size=3)),
    st.one_of(st.none(), st.binary(max_size=3)),
    st.one_of(st.none(), st.binary(max_size=3)),
)
def test_never_ready_unless_valid_and_clear(
    r1: bytes | None, r2: bytes | None, r4: bytes | None
) -> None:
    ready = status_from_replies(r1, r2, r4).state is PrinterState.READY
    assert ready == (_clear(r1, 0x08) and _clear(r2, 0x64) and _clear(r4, 0x6C))


@given(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255))
def test_random_single_bytes_never_print_unless_valid(r1: int, r2: int, r4: int) -> None:
    status = status_from_replies(bytes((r1,)), bytes((r2,)), bytes((r4,)))
    if status.can_print:
        assert all(parse_reply(bytes((b,))) is not None for b in (r1, r2, r4))
        assert not r1 & 0x08 and not r2 & 0x64 and not r4 & 0x60


# -- a scripted transport: exact control over what comes back ------------------------------


class ScriptedTransport:
    """Answers each write through ``respond``; ``read`` never sleeps (empty = timeout)."""

    description = "scripted"

    def __init__(self, respond: Callable[[bytes], bytes]) -> None:
        self.respond = respond
        self.inbox = bytearray()
        self.writes: list[bytes] = []
        self.closes = 0

    def open(self) -> None:
        pass

    def write(self, data: bytes) -> None:
        self.writes.append(data)
        self.inbox += self.respond(data)

    def read(self, size: int, timeout: float) -> bytes:
        chunk = bytes(self.inbox[:size])
        del self.inbox[:size]
        return chunk

    def discard_input(self) -> bytes:
        stale = bytes(self.inbox)
        self.inbox.clear()
        return stale

    def close(self) -> None:
        self.closes += 1
        self.inbox.clear()


def healthy(confirm: bytes = b"\x00") -> Callable[[bytes], bytes]:
    def respond(data: bytes) -> bytes:
        if data.startswith(b"\x10\x04"):
            return OK
        return confirm if data.endswith(b"\x1dr\x01") else b""

    return respond


def test_stray_status_bytes_are_not_taken_for_the_confirmation(ticket_pdf: bytes) -> None:
    # Some models answer "10 04 n" patterns inside image data; XOFF/XON may come too.
    t = ScriptedTransport(healthy(confirm=b"\x12\x16\x13\x11\x00"))
    assert EscposPrinter(t, "tm-t88").print_document(ticket_pdf, "x") == "escpos-1"


def test_only_stray_bytes_is_not_confirmed(ticket_pdf: bytes) -> None:
    t = ScriptedTransport(healthy(confirm=b"\x12\x12"))
    with pytest.raises(PrintError, match="not confirmed"):
        EscposPrinter(t, "tm-t88", timeout_s=0.2).print_document(ticket_pdf, "x")


def test_stale_bytes_are_discarded_before_a_request() -> None:
    t = ScriptedTransport(healthy())
    t.inbox += b"\x1a\x1a"  # a late reply to an earlier, timed-out request
    assert EscposPrinter(t, "tm-t88").status().state is PrinterState.READY


def test_chattering_reply_is_malformed_and_drops_the_connection() -> None:
    t = ScriptedTransport(lambda data: b"\x12\x12")
    status = EscposPrinter(t, "tm-t88").status()
    assert status.state is PrinterState.UNKNOWN
    assert t.closes >= 1


def test_status_requests_are_strictly_sequential() -> None:
    t = ScriptedTransport(healthy())
    EscposPrinter(t, "tm-t88").status()
    assert t.writes == [b"\x10\x04\x01", b"\x10\x04\x02", b"\x10\x04\x04"]


# -- against the fake network printer -------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("ok", PrinterState.READY),
        ("near_end", PrinterState.NEAR_END),
        ("out", PrinterState.PAPER_OUT),
        ("cover_open", PrinterState.COVER_OPEN),
        ("offline", PrinterState.OFFLINE),
        ("error", PrinterState.OFFLINE),
        ("silent", PrinterState.UNKNOWN),
        ("garbage", PrinterState.UNKNOWN),
    ],
)
def test_status_from_the_fake(fake: FakeEscposPrinter, state: str, expected: PrinterState) -> None:
    fake.state = state
    printer = escpos(fake)
    start = time.monotonic()
    assert printer.status().state is expected
    assert time.monotonic() - start < 1.0  # silent: one status timeout (0.3 s), not three
    fake.state = "ok"
    assert printer.status().state is PrinterState.READY  # and it recovers
    printer.close()


def test_status_query_is_fast(fake: FakeEscposPrinter) -> None:
    printer = escpos(fake)
    printer.status()
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        printer.status()
        runs.append(time.perf_counter() - start)
    assert statistics.median(runs) < 0.02
    printer.close()


def test_print_round_trip_reads_the_qr_code(fake: FakeEscposPrinter, ticket_pdf: bytes) -> None:
    printer = escpos(fake)
    assert printer.print_document(ticket_pdf, "B-007") == "escpos-1"
    (job,) = fake.wait_for_jobs(1)
    assert job.confirmed
    assert job.commands[0] == "ESC @" and job.commands[-1] == "GS r 1"
    assert job.cuts == [get_profile("tm-t88").cut]
    assert fake.unknown == []
    image = job.image()
    assert image.width <= 512  # bands as wide as their ink, placed by GS L
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [REFERENCE]
    assert printer.print_document(ticket_pdf, "B-007") == "escpos-2"
    assert len(fake.wait_for_jobs(2)) == 2
    assert fake.connections == 1  # one connection kept for status and jobs
    printer.close()


def test_presenter_profile_sends_its_present_command(
    fake: FakeEscposPrinter, ticket_pdf: bytes
) -> None:
    printer = EscposPrinter(TcpTransport("127.0.0.1", fake.port, 2.0), "vkp80", 2.0)
    printer.print_document(ticket_pdf, "x")
    (job,) = fake.wait_for_jobs(1)
    assert job.presents == [get_profile("vkp80").present] and job.cuts == []
    assert job.image().width <= 576
    printer.close()


@pytest.mark.parametrize("state", ["out", "cover_open", "offline", "error", "silent", "garbage"])
def test_print_refused_without_sending_the_job(
    fake: FakeEscposPrinter, ticket_pdf: bytes, state: str
) -> None:
    fake.state = state
    printer = escpos(fake)
    with pytest.raises(PrintError, match="cannot print"):
        printer.print_document(ticket_pdf, "B-007")
    time.sleep(0.05)
    assert fake.job_bytes == 0 and fake.jobs == []
    assert set(fake.status_requests) <= {1, 2, 4}
    printer.close()


def test_near_end_still_prints(fake: FakeEscposPrinter, ticket_pdf: bytes) -> None:
    fake.state = "near_end"
    printer = escpos(fake)
    printer.print_document(ticket_pdf, "B-007")
    assert fake.wait_for_jobs(1)[0].confirmed
    printer.close()


def test_waits_for_the_confirmation(fake: FakeEscposPrinter, ticket_pdf: bytes) -> None:
    fake.confirm_delay_s = 0.3  # the printer takes its time to print
    printer = escpos(fake)
    start = time.monotonic()
    printer.print_document(ticket_pdf, "B-007")
    assert time.monotonic() - start >= 0.3
    printer.close()


def test_unconfirmed_job_fails_within_the_timeout(
    fake: FakeEscposPrinter, ticket_pdf: bytes
) -> None:
    fake.confirm = False  # e.g. paper jam in the middle of the ticket
    printer = escpos(fake, timeout_s=0.5)
    start = time.monotonic()
    with pytest.raises(PrintError, match=r"not confirmed.*0\.5 s"):
        printer.print_document(ticket_pdf, "B-007")
    assert time.monotonic() - start < 2.0
    fake.confirm = True
    printer.print_document(ticket_pdf, "B-007")  # a fresh connection works again
    printer.close()


def test_image_bytes_are_not_status_requests(fake: FakeEscposPrinter) -> None:
    # A raster row whose bits read 10 04 01 10 04 02 ...: only the parser's framing
    # keeps the fake (like a careful printer) from answering it.
    img = Image.new("L", (48, 4), 255)
    pattern = bytes.fromhex("100401100402") * 4
    bits = Image.frombytes("1", (48, 4), pattern)
    img.paste(0, mask=bits)
    t = TcpTransport("127.0.0.1", fake.port, 2.0)
    t.write(b"\x1b@" + image_to_raster(img) + b"\x1dr\x01")
    assert t.read(1, 2.0) == b"\x00"  # only the GS r 1 reply
    assert t.read(1, 0.1) == b""
    assert fake.status_requests == []
    (job,) = fake.wait_for_jobs(1)
    assert job.blocks[0].data == pattern
    t.close()


def test_reconnects_after_the_printer_drops_the_connection(fake: FakeEscposPrinter) -> None:
    printer = escpos(fake)
    assert printer.status().state is PrinterState.READY
    fake.drop_connection()
    time.sleep(0.05)
    assert printer.status().state is PrinterState.READY
    assert fake.connections == 2
    printer.close()


def test_unreachable_printer_is_offline(ticket_pdf: bytes) -> None:
    with FakeEscposPrinter() as gone:
        port = gone.port
    printer = EscposPrinter(TcpTransport("127.0.0.1", port, 0.5), "tm-t88", 0.5)
    status = printer.status()
    assert status.state is PrinterState.OFFLINE
    assert f"127.0.0.1:{port}" in status.detail
    with pytest.raises(PrintError, match="cannot print"):
        printer.print_document(ticket_pdf, "x")


def test_closed_printer(fake: FakeEscposPrinter, ticket_pdf: bytes) -> None:
    printer = escpos(fake)
    printer.close()
    assert printer.status().state is PrinterState.OFFLINE
    with pytest.raises(PrintError, match="closed"):
        printer.print_document(ticket_pdf, "x")


def test_bad_pdf_is_rejected_before_touching_the_printer(fake: FakeEscposPrinter) -> None:
    printer = escpos(fake)
    with pytest.raises(PrintError, match="not a PDF"):
        printer.print_document(b"hello", "x")
    assert fake.status_requests == [] and fake.job_bytes == 0
    printer.close()


# -- USB without pyusb -------------------------------------------------------------------


def test_usb_without_pyusb_explains_what_to_install(
    monkeypatch: pytest.MonkeyPatch, ticket_pdf: bytes
) -> None:
    monkeypatch.setitem(sys.modules, "usb", None)
    monkeypatch.setitem(sys.modules, "usb.core", None)
    transport = UsbTransport(0x04B8, 0x0202)
    assert not UsbTransport.available()
    with pytest.raises(TransportError, match="pip install pyusb"):
        transport.open()
    printer = EscposPrinter(transport, "tm-t88")
    status = printer.status()
    assert status.state is PrinterState.OFFLINE and "pyusb" in status.detail
    with pytest.raises(PrintError, match="pyusb"):
        printer.print_document(ticket_pdf, "x")


# -- configuration ---------------------------------------------------------------------


def test_open_escpos_uris() -> None:
    p = open_escpos("tcp://printer.local:9101", "tm-t20", 3.0)
    assert isinstance(p.transport, TcpTransport)
    assert (p.transport.host, p.transport.port, p.transport.timeout) == ("printer.local", 9101, 3.0)
    assert p.profile.name == "tm-t20" and p.timeout_s == 3.0
    p = open_escpos("tcp://[::1]", "tm-t88")
    assert isinstance(p.transport, TcpTransport)
    assert (p.transport.host, p.transport.port) == ("::1", 9100)
    p = open_escpos("usb://04b8:0e15", "tm-t20")
    assert isinstance(p.transport, UsbTransport)
    assert (p.transport.vid, p.transport.pid) == (0x04B8, 0x0E15)


@pytest.mark.parametrize(
    "uri",
    ["", "tcp://", "tcp://host:port", "usb://04b8", "usb://xyz:0202", "lpt://1", "usb://10000:1"],
)
def test_bad_uris(uri: str) -> None:
    with pytest.raises(ValueError, match="uri"):
        open_escpos(uri, "tm-t88")


def test_unknown_profile_in_the_factory() -> None:
    with pytest.raises(
        ValueError, match="known: tm-t20, tm-t20-raster, tm-t88, tm-t88v, tsp100, vkp80"
    ):
        open_printer("escpos", Path("/nonexistent"), uri="tcp://h:9100", profile="nope")


def test_open_printer_kinds(tmp_path: Path) -> None:
    assert isinstance(open_printer("folder", tmp_path), FolderPrinter)
    assert isinstance(open_printer("simulated", tmp_path), SimulatedPrinter)
    p = open_printer("escpos", tmp_path, uri="tcp://10.0.0.5:9100", profile="tsp100", timeout_s=7.5)
    assert isinstance(p, EscposPrinter) and p.profile.name == "tsp100" and p.timeout_s == 7.5
    c = open_printer("cups", tmp_path, cups_queue="tickets", timeout_s=9)
    assert isinstance(c, CupsPrinter) and c.queue == "tickets" and c.timeout_s == 9
    with pytest.raises(ValueError, match="unknown printer kind"):
        open_printer("laser", tmp_path)


@pytest.mark.parametrize(("kind", "needs"), [("escpos", "uri"), ("cups", "queue")])
def test_factory_explains_what_is_missing(tmp_path: Path, kind: str, needs: str) -> None:
    with pytest.raises(ValueError, match=f"'{kind}' needs a .*{needs}"):
        open_printer(kind, tmp_path)
