"""The printer-owning thread: polls while idle, runs jobs one at a time in order, reports
through callbacks, and stops within its timeout even when the device hangs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from fake_escpos import FakeEscposPrinter

from devices.printing import SimulatedPrinter
from devices.printing.base import PrintError, PrinterState, PrinterStatus
from devices.printing.escpos import EscposPrinter, TcpTransport
from devices.printing.worker import JobResult, PrinterWorker
from kiosk.printing.documents import render_ticket, render_ticket_printout
from kiosk.queue.base import Ticket

PDF = b"%PDF-1.4 test"
WAIT = 5.0  # generous upper bound for anything that should happen "soon"


def wait_until(check: Callable[[], bool], timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.005)


class Recorder:
    def __init__(self) -> None:
        self.statuses: list[PrinterStatus] = []
        self.results: list[JobResult] = []
        self.threads: set[str] = set()

    def status(self, status: PrinterStatus) -> None:
        self.threads.add(threading.current_thread().name)
        self.statuses.append(status)

    def result(self, result: JobResult) -> None:
        self.threads.add(threading.current_thread().name)
        self.results.append(result)


class ExclusivePrinter(SimulatedPrinter):
    """Fails the test if two calls ever overlap; each print takes a little time."""

    def __init__(self) -> None:
        super().__init__()
        self.busy = threading.Lock()
        self.overlaps = 0
        self.status_calls = 0
        self.closed_by: str | None = None

    def _enter(self) -> None:
        if not self.busy.acquire(blocking=False):
            self.overlaps += 1
            self.busy.acquire()

    def status(self) -> PrinterStatus:
        self._enter()
        try:
            self.status_calls += 1
            return super().status()
        finally:
            self.busy.release()

    def print_document(self, pdf: bytes, name: str) -> str:
        self._enter()
        try:
            time.sleep(0.01)
            return super().print_document(pdf, name)
        finally:
            self.busy.release()

    def close(self) -> None:
        self.closed_by = threading.current_thread().name
        super().close()


class HangingPrinter(SimulatedPrinter):
    """``print_document`` blocks until released: a device without a working timeout."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.entered = threading.Event()
        self.closed = threading.Event()

    def print_document(self, pdf: bytes, name: str) -> str:
        self.entered.set()
        self.release.wait(30)
        return super().print_document(pdf, name)

    def close(self) -> None:
        self.closed.set()
        super().close()


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


@pytest.fixture
def printer() -> ExclusivePrinter:
    return ExclusivePrinter()


@pytest.fixture
def worker(printer: ExclusivePrinter, rec: Recorder) -> Iterator[PrinterWorker]:
    w = PrinterWorker(printer, poll_s=0.02, on_status=rec.status, name="printer-test")
    yield w
    assert w.stop(timeout=WAIT)


def test_polls_and_reports_changes_only(
    worker: PrinterWorker, printer: ExclusivePrinter, rec: Recorder
) -> None:
    assert worker.status.state is PrinterState.UNKNOWN  # nothing known before the first poll
    worker.start()
    wait_until(lambda: printer.status_calls >= 5)
    assert [s.state for s in rec.statuses] == [PrinterState.READY]
    assert worker.status.state is PrinterState.READY
    printer.state = PrinterState.PAPER_OUT
    wait_until(lambda: len(rec.statuses) == 2)
    assert rec.statuses[-1].state is PrinterState.PAPER_OUT
    assert worker.status.state is PrinterState.PAPER_OUT
    printer.state = PrinterState.READY
    wait_until(lambda: len(rec.statuses) == 3)
    assert rec.threads == {"printer-test"}  # callbacks come from the worker thread


def test_jobs_run_in_order_one_at_a_time(
    worker: PrinterWorker, printer: ExclusivePrinter, rec: Recorder
) -> None:
    worker.start()
    futures = [worker.submit(PDF, f"job-{i}", rec.result) for i in range(8)]
    assert [f.result(WAIT) for f in futures] == [f"sim-{i}" for i in range(1, 9)]
    assert [r.name for r in rec.results] == [f"job-{i}" for i in range(8)]
    assert all(r.ok for r in rec.results)
    assert [name for name, _ in printer.jobs] == [f"job-{i}" for i in range(8)]
    assert printer.overlaps == 0  # status polls never interleave with a job


def test_failed_job_reports_the_reason_and_the_status(
    worker: PrinterWorker, printer: ExclusivePrinter, rec: Recorder
) -> None:
    worker.start()
    wait_until(lambda: len(rec.statuses) == 1)
    printer.state = PrinterState.COVER_OPEN
    future = worker.submit(PDF, "A-001", rec.result)
    with pytest.raises(PrintError, match="cover open"):
        future.result(WAIT)
    (result,) = rec.results
    assert not result.ok and result.job_id is None and "cover open" in (result.error or "")
    wait_until(lambda: worker.status.state is PrinterState.COVER_OPEN)


def test_poll_now_gives_a_fresh_status(worker: PrinterWorker, printer: ExclusivePrinter) -> None:
    slow = PrinterWorker(printer, poll_s=3600)
    slow.start()
    try:
        assert slow.poll_now().result(WAIT).state is PrinterState.READY
        printer.state = PrinterState.NEAR_END
        assert slow.poll_now().result(WAIT).state is PrinterState.NEAR_END
        assert slow.status.state is PrinterState.NEAR_END
    finally:
        assert slow.stop(WAIT)


def test_device_and_callback_errors_do_not_end_the_worker(rec: Recorder) -> None:
    class Broken(SimulatedPrinter):
        def status(self) -> PrinterStatus:
            raise RuntimeError("driver bug")

        def print_document(self, pdf: bytes, name: str) -> str:
            raise ValueError("driver bug")

    def bad_callback(result: JobResult) -> None:
        raise RuntimeError("UI bug")

    with PrinterWorker(Broken(), poll_s=0.02, on_status=rec.status) as w:
        with pytest.raises(PrintError, match="unexpected printer error"):
            w.submit(PDF, "x", bad_callback).result(WAIT)
        assert w.status.state is PrinterState.UNKNOWN
        assert "driver bug" in w.status.detail
        assert w.poll_now().result(WAIT).state is PrinterState.UNKNOWN
        assert w.running


def test_stop_fails_waiting_jobs_and_closes_the_printer_on_its_thread(
    printer: ExclusivePrinter, rec: Recorder
) -> None:
    hanging = HangingPrinter()
    w = PrinterWorker(hanging, poll_s=0.02).start()
    first = w.submit(PDF, "first", rec.result)
    assert hanging.entered.wait(WAIT)
    queued = [w.submit(PDF, f"queued-{i}", rec.result) for i in range(3)]
    start = time.monotonic()
    assert w.stop(timeout=0.2) is False  # the device hangs: stop returns, it does not hang
    assert time.monotonic() - start < 1.0
    for f in queued:
        with pytest.raises(PrintError, match="stopped"):
            f.result(WAIT)
    with pytest.raises(PrintError, match="stopped"):
        w.submit(PDF, "late", rec.result).result(0)
    assert w.poll_now().result(0).state is PrinterState.OFFLINE
    assert not hanging.closed.is_set()  # never closed under a running call
    hanging.release.set()
    assert first.result(WAIT) == "sim-1"  # the job on the wire finishes normally
    assert hanging.closed.wait(WAIT)
    assert [r.name for r in rec.results if not r.ok] == ["queued-0", "queued-1", "queued-2", "late"]


def test_stop_closes_the_printer(worker: PrinterWorker, printer: ExclusivePrinter) -> None:
    worker.start()
    wait_until(lambda: printer.status_calls >= 1)
    assert worker.stop(WAIT)
    assert printer.closed_by == "printer-test"
    assert not worker.running
    assert worker.stop(WAIT)  # idempotent


def test_stop_before_start(printer: ExclusivePrinter, rec: Recorder) -> None:
    w = PrinterWorker(printer, poll_s=1)
    future = w.submit(PDF, "never", rec.result)
    assert w.stop(WAIT)
    with pytest.raises(PrintError, match="stopped"):
        future.result(0)
    assert printer.closed_by is not None


def test_invalid_poll_interval(printer: ExclusivePrinter) -> None:
    with pytest.raises(ValueError):
        PrinterWorker(printer, poll_s=0)


def test_with_an_escpos_printer(rec: Recorder) -> None:
    ticket = Ticket(
        reference="K1-X",
        number="D-001",
        concern_id="c",
        group_id="D",
        issued_at=datetime(2025, 1, 2, 12, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        people_ahead=None,
    )
    pdf = render_ticket(ticket, concern_name="Fundbüro", location="", language="en")
    with FakeEscposPrinter() as fake:
        # A generous status timeout: on a loaded CI machine a 0.2 s one can lapse and
        # report a transient OFFLINE, which is right for a printer but not this test.
        device = EscposPrinter(
            TcpTransport("127.0.0.1", fake.port, 2.0), "tm-t20", 2.0, status_timeout_s=1.5
        )
        with PrinterWorker(device, poll_s=0.02, on_status=rec.status) as w:
            assert w.submit(pdf, "D-001", rec.result).result(WAIT) == "escpos-1"
            fake.state = "out"
            wait_until(lambda: w.status.state is PrinterState.PAPER_OUT)
            with pytest.raises(PrintError, match="paper out"):
                w.submit(pdf, "D-002").result(WAIT)
            fake.state = "ok"
            wait_until(lambda: w.status.state is PrinterState.READY)
        assert len(fake.jobs) == 1 and fake.connections == 1
        states = [s.state for s in rec.statuses]
        # READY, then PAPER_OUT, then READY again. A poll that straddles the switch of
        # the fake's state may read a mixed (OFFLINE) answer in between: allowed, since
        # a real printer being refilled can answer that way too.
        assert states[0] is PrinterState.READY and states[-1] is PrinterState.READY
        assert PrinterState.PAPER_OUT in states
        assert set(states) <= {
            PrinterState.READY,
            PrinterState.PAPER_OUT,
            PrinterState.OFFLINE,
            PrinterState.UNKNOWN,
        }


def test_a_ticket_text_reaches_the_printer_through_the_worker() -> None:
    """A submitted text version is what a native printer prints; the PDF alone is raster."""
    ticket = Ticket(
        reference="K1-Y",
        number="D-002",
        concern_id="c",
        group_id="D",
        issued_at=datetime(2025, 1, 2, 12, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        people_ahead=None,
    )
    printout = render_ticket_printout(ticket, concern_name="Fundbüro", location="", language="de")
    with FakeEscposPrinter() as fake:
        device = EscposPrinter(
            TcpTransport("127.0.0.1", fake.port, 2.0), "tm-t20", 2.0, status_timeout_s=1.5
        )
        with PrinterWorker(device, poll_s=5.0) as w:
            w.submit(printout.pdf, "D-002", text=printout.text).result(WAIT)
            w.submit(printout.pdf, "D-002").result(WAIT)
        native, raster = fake.jobs
        assert "Fundbüro" in native.text() and [q.payload for q in native.qrs] == ["K1-Y"]
        assert native.blocks and all(b.rows == 2 for b in native.blocks)  # the rules only
        assert raster.lines == [] and raster.image().height > 300
        assert fake.errors == []
