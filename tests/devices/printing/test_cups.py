"""CUPS printer: the state mapping as a table, then a real private cupsd with a CUPS-PDF
queue (real PDFs, 80 mm wide) and a backend that runs out of paper."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import cups_rig
import pypdfium2 as pdfium
import pytest
import zxingcpp

from devices.printing.base import PrintError, PrinterState
from devices.printing.cups import (
    CupsPrinter,
    _server_address,
    job_title,
    media_for,
    normalise_reasons,
    status_from_attributes,
)
from devices.printing.raster import page_sizes
from kiosk.printing.documents import render_receipt, render_ticket
from kiosk.queue.base import Ticket

REFERENCE = "K1-20250102-C013-M2P"


@pytest.fixture(scope="module")
def ticket_pdf() -> bytes:
    ticket = Ticket(
        reference=REFERENCE,
        number="C-013",
        concern_id="kfz",
        group_id="C",
        issued_at=datetime(2025, 1, 2, 11, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        people_ahead=5,
    )
    return render_ticket(
        ticket, concern_name="Kfz-Zulassung", location="Rathaus, Raum 12", language="de"
    )


# -- mapping ------------------------------------------------------------------------------


def attrs(
    state: int, reasons: Any = "none", message: str = "", accepting: bool = True
) -> dict[str, Any]:
    return {
        "printer-state": state,
        "printer-state-reasons": reasons,
        "printer-state-message": message,
        "printer-is-accepting-jobs": accepting,
    }


@pytest.mark.parametrize(
    ("state", "reasons", "expected"),
    [
        (3, ["none"], PrinterState.READY),
        (4, "none", PrinterState.READY),
        (5, ["media-empty-error", "paused"], PrinterState.PAPER_OUT),
        (4, ["media-empty-warning"], PrinterState.PAPER_OUT),
        (5, ["media-needed-report"], PrinterState.PAPER_OUT),
        (5, ["cover-open-error"], PrinterState.COVER_OPEN),
        (4, ["door-open-warning"], PrinterState.COVER_OPEN),
        (4, ["offline-report"], PrinterState.OFFLINE),
        (4, ["connecting-to-device"], PrinterState.OFFLINE),
        (5, ["stopped"], PrinterState.OFFLINE),
        (5, ["paused"], PrinterState.OFFLINE),  # cupsdisable
        (5, ["none"], PrinterState.OFFLINE),  # stopped without a reason still stops
        (5, ["cover-open-error", "media-empty-error"], PrinterState.PAPER_OUT),
        (3, ["media-low-report"], PrinterState.NEAR_END),
        (4, "media-low-warning", PrinterState.NEAR_END),  # pycups: one value = a string
        (5, ["media-low-report", "paused"], PrinterState.OFFLINE),
        (3, ["media-empty-error"], PrinterState.READY),  # idle: a leftover report
        (3, ["cover-open-error"], PrinterState.READY),
        (7, ["none"], PrinterState.UNKNOWN),
        (None, ["none"], PrinterState.UNKNOWN),
    ],
)
def test_state_and_reasons(state: Any, reasons: Any, expected: PrinterState) -> None:
    assert status_from_attributes(attrs(state, reasons)).state is expected


def test_leftover_reason_is_reported_in_the_detail() -> None:
    status = status_from_attributes(attrs(3, ["media-empty-error"]))
    assert status.detail == "last reported: media-empty-error"


def test_detail_names_message_and_reasons() -> None:
    status = status_from_attributes(attrs(5, ["media-empty-error", "paused"], "Paper out"))
    assert status.detail == "paper out (Paper out; media-empty-error, paused)"


def test_accepting_is_not_enough_but_rejecting_blocks() -> None:
    assert status_from_attributes(attrs(5, ["paused"], accepting=True)).state is (
        PrinterState.OFFLINE
    )
    assert status_from_attributes(attrs(3, ["none"], accepting=False)).state is (
        PrinterState.OFFLINE
    )


def test_normalise_reasons() -> None:
    assert normalise_reasons("none") == []
    assert normalise_reasons(["none"]) == []
    assert normalise_reasons("media-low-report") == ["media-low-report"]
    assert normalise_reasons(None) == []


def test_media_follows_the_page_height(ticket_pdf: bytes) -> None:
    ((_, height_pt),) = page_sizes(ticket_pdf)
    height_mm = height_pt / 72 * 25.4
    media = media_for(ticket_pdf)
    assert media.startswith("Custom.80x") and media.endswith("mm")
    assert 0 <= int(media[len("Custom.80x") : -2]) - height_mm < 1


@pytest.mark.parametrize(
    ("server", "expected"),
    [
        ("127.0.0.1:6310", ("127.0.0.1", 6310)),
        ("printserver", ("printserver",)),
        ("/run/cups/cups.sock", ("/run/cups/cups.sock",)),
        ("[::1]:631", ("::1", 631)),
        ("", ()),
    ],
)
def test_server_address(server: str, expected: tuple[Any, ...]) -> None:
    assert _server_address(server) == expected


# -- a real cupsd -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rig() -> Iterator[cups_rig.CupsRig]:
    cups_rig.require()
    with cups_rig.CupsRig() as r:
        yield r


@pytest.fixture
def cupsd(rig: cups_rig.CupsRig) -> Iterator[cups_rig.CupsRig]:
    """The rig with both queues enabled, accepting, empty, and the backend healthy."""
    rig.set_backend_mode("ok")
    conn = rig.connection()
    for queue in (rig.pdf_queue, rig.backend_queue):
        conn.enablePrinter(queue)
        conn.acceptJobs(queue)
    yield rig
    for job_id in rig.connection().getJobs(which_jobs="not-completed"):
        rig.connection().cancelJob(job_id)


def active_jobs(rig: cups_rig.CupsRig) -> dict[int, Any]:
    jobs: dict[int, Any] = rig.connection().getJobs(which_jobs="not-completed")
    return jobs


def all_jobs(rig: cups_rig.CupsRig) -> int:
    return len(rig.connection().getJobs(which_jobs="all"))


def test_ready(cupsd: cups_rig.CupsRig) -> None:
    assert CupsPrinter(cupsd.pdf_queue, server=cupsd.server).status().state is (PrinterState.READY)


def test_cups_pdf_writes_a_real_80mm_ticket(cupsd: cups_rig.CupsRig, ticket_pdf: bytes) -> None:
    printer = CupsPrinter(cupsd.pdf_queue, timeout_s=20)  # server from CUPS_SERVER
    assert printer.server == cupsd.server
    job_id = printer.print_document(ticket_pdf, "ticket C-013")
    out = cupsd.wait_for_pdf(int(job_id))
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    ((width_pt, height_pt),) = page_sizes(data)
    assert width_pt / 72 * 25.4 == pytest.approx(80, abs=0.5)
    assert height_pt == pytest.approx(page_sizes(ticket_pdf)[0][1], abs=3)
    doc = pdfium.PdfDocument(data)
    image = doc[0].render(scale=203 / 72, grayscale=True).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [REFERENCE]


def test_paper_out_stops_the_queue_and_the_job_is_withdrawn(
    cupsd: cups_rig.CupsRig, ticket_pdf: bytes
) -> None:
    printer = CupsPrinter(cupsd.backend_queue, timeout_s=10, server=cupsd.server)
    cupsd.set_backend_mode("paper-out")
    start = time.monotonic()
    with pytest.raises(PrintError, match="printer stopped: paper out"):
        printer.print_document(ticket_pdf, "ticket C-013")
    assert time.monotonic() - start < 5
    assert active_jobs(cupsd) == {}  # cancelled: it must not print after a refill
    status = printer.status()
    assert status.state is PrinterState.PAPER_OUT
    assert "media-empty-error" in status.detail

    submitted = all_jobs(cupsd)
    with pytest.raises(PrintError, match="cannot print: paper out"):
        printer.print_document(ticket_pdf, "ticket C-014")
    assert all_jobs(cupsd) == submitted  # refused before submitting

    # Staff refill the paper and resume the queue.
    cupsd.set_backend_mode("ok")
    cupsd.resume()
    assert printer.status().can_print
    before = len(cupsd.backend_outputs())
    assert printer.print_document(ticket_pdf, "ticket C-015")
    outputs = cupsd.backend_outputs()
    assert len(outputs) == before + 1 and outputs[-1].read_bytes() == ticket_pdf
    assert printer.status().state is PrinterState.READY
    assert printer.status().detail == ""


def test_job_not_completed_in_time_is_cancelled(cupsd: cups_rig.CupsRig, ticket_pdf: bytes) -> None:
    cupsd.set_backend_mode("slow")
    printer = CupsPrinter(cupsd.backend_queue, timeout_s=1.0, server=cupsd.server)
    start = time.monotonic()
    with pytest.raises(PrintError, match="not completed within 1 s"):
        printer.print_document(ticket_pdf, "ticket")
    assert time.monotonic() - start < 3
    deadline = time.monotonic() + 5
    while active_jobs(cupsd) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert active_jobs(cupsd) == {}


def test_disabled_or_rejecting_queue_refuses(cupsd: cups_rig.CupsRig, ticket_pdf: bytes) -> None:
    printer = CupsPrinter(cupsd.backend_queue, server=cupsd.server)
    conn = cupsd.connection()
    conn.disablePrinter(cupsd.backend_queue)
    assert printer.status().state is PrinterState.OFFLINE
    conn.enablePrinter(cupsd.backend_queue)
    conn.rejectJobs(cupsd.backend_queue)
    assert printer.status().state is PrinterState.OFFLINE
    with pytest.raises(PrintError, match="not accepting"):
        printer.print_document(ticket_pdf, "ticket")


def test_unknown_queue(cupsd: cups_rig.CupsRig, ticket_pdf: bytes) -> None:
    printer = CupsPrinter("no-such-queue", server=cupsd.server)
    status = printer.status()
    assert status.state is PrinterState.OFFLINE and "not found" in status.detail
    with pytest.raises(PrintError, match="not found"):
        printer.print_document(ticket_pdf, "ticket")


def test_unreachable_server(ticket_pdf: bytes) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    printer = CupsPrinter("tickets", server=f"127.0.0.1:{port}")
    status = printer.status()
    assert status.state is PrinterState.OFFLINE and "unreachable" in status.detail
    with pytest.raises(PrintError, match="unreachable"):
        printer.print_document(ticket_pdf, "ticket")
    printer.close()
    assert printer.status().detail == "printer closed"


def test_missing_cupsd_skips_locally_and_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cups_rig, "CUPSD", None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="cupsd not installed"):
        cups_rig.require()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cupsd not installed"):
        cups_rig.require()


# -- nothing of a receipt stays with CUPS (issue 16) --------------------------------------

PERSONAL = ("Zwetschgenallee", "Quakenbrueck")


def spool_hits(rig: cups_rig.CupsRig, values: tuple[str, ...]) -> dict[str, list[str]]:
    """Spool files holding one of ``values``: in their bytes or, for PDFs, their text."""
    hits: dict[str, list[str]] = {}
    for path in (rig.dir / "spool").rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        text = ""
        if data.startswith(b"%PDF"):
            text = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(data))
        for v in values:
            if v.encode() in data or v in text:
                hits.setdefault(path.name, []).append(v)
    return hits


def wait_completed(rig: cups_rig.CupsRig, job_id: int) -> None:
    deadline = time.monotonic() + 20
    while job_id in active_jobs(rig):
        assert time.monotonic() < deadline, "job not completed"
        time.sleep(0.1)


def test_a_printed_receipt_leaves_nothing_in_the_spool(tmp_path) -> None:
    """CUPS set to keep job files (PreserveJobFiles Yes, the history kept): a receipt the
    kiosk printed is purged, its d-file and c-file are gone, and its title in CUPS'
    page_log is only "receipt". A job sent past the kiosk stays: the control that the
    spool search finds what CUPS keeps."""
    cups_rig.require()
    receipt = render_receipt(
        reference="ANM-7K3P-2QXD",
        title="Anmeldung",
        lines=[("Straße", PERSONAL[0]), ("Ort", PERSONAL[1])],
        issued_at=datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        location="Rathaus",
        language="de",
    )
    with cups_rig.CupsRig(preserve_job_files=True) as rig:
        control = tmp_path / "control.pdf"
        control.write_bytes(receipt)
        kept = rig.connection().printFile(rig.pdf_queue, str(control), "control", {})
        wait_completed(rig, kept)
        assert spool_hits(rig, PERSONAL) == {f"d{kept:05d}-001": list(PERSONAL)}
        rig.connection().cancelJob(kept, purge_job=True)
        assert spool_hits(rig, PERSONAL) == {}

        printer = CupsPrinter(rig.pdf_queue, timeout_s=20, server=rig.server)
        job_id = int(printer.print_document(receipt, "receipt-ANM-7K3P-2QXD"))
        assert rig.wait_for_pdf(job_id).read_bytes().startswith(b"%PDF")  # it printed
        assert spool_hits(rig, (*PERSONAL, "ANM-7K3P-2QXD")) == {}
        names = [p.name for p in (rig.dir / "spool").iterdir()]
        assert not [n for n in names if n in (f"c{job_id:05d}", f"d{job_id:05d}-001")], names
        assert job_id not in rig.connection().getJobs(which_jobs="all")  # nor in the history
        page_log = (rig.dir / "log" / "page_log").read_text()
        assert " receipt " in page_log and "ANM-7K3P-2QXD" not in page_log


@pytest.mark.parametrize(
    ("name", "title"),
    [("receipt-ANM-7K3P-2QXD", "receipt"), ("ticket-C-013", "ticket"), ("", "ticket")],
)
def test_job_title_is_the_kind_only(name: str, title: str) -> None:
    assert job_title(name) == title
