"""One thread that owns the ticket printer: status polls and print jobs, in order.

Printer calls block on I/O (network, USB, CUPS), many printer interfaces accept a single
connection, and a status poll racing a job would read the job's confirmation as its own
reply. So exactly one thread talks to the device: it polls the status every ``poll_s``
while idle and runs submitted jobs one after another, polling again after each job (the
ticket may have used the last paper). Results go out through callbacks, called on the
worker thread; the UI wraps them into Qt signals. Qt-free on purpose.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from types import TracebackType
from typing import Final

from devices.printing.base import PdfSource, Printer, PrintError, PrinterState, PrinterStatus
from devices.printing.text import TextDocument

__all__ = ["JobResult", "PrinterWorker"]

log = logging.getLogger(__name__)

NOT_POLLED: Final = PrinterStatus(PrinterState.UNKNOWN, "not checked yet")
STOPPED: Final = PrinterStatus(PrinterState.OFFLINE, "printer worker stopped")


@dataclass(frozen=True)
class JobResult:
    """How a submitted document ended: ``job_id`` when printed, ``error`` otherwise."""

    name: str
    job_id: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


StatusCallback = Callable[[PrinterStatus], None]
JobCallback = Callable[[JobResult], None]


@dataclass(frozen=True)
class _Job:
    pdf: PdfSource
    name: str
    callback: JobCallback | None
    future: Future[str]
    text: TextDocument | None = None


@dataclass(frozen=True)
class _Poll:
    future: Future[PrinterStatus]


_WAKE: Final = object()


class PrinterWorker:
    """Owns ``printer`` from :meth:`start` until :meth:`stop` (which also closes it).

    ``on_status`` is called with every *changed* status (the first poll always counts as
    a change). Callbacks must be quick; an exception in one is logged and ignored.
    """

    def __init__(
        self,
        printer: Printer,
        poll_s: float,
        *,
        on_status: StatusCallback | None = None,
        name: str = "printer",
    ) -> None:
        if not poll_s > 0:
            raise ValueError("poll_s must be positive")
        self.printer = printer
        self.poll_s = poll_s
        self.on_status = on_status
        self._queue: queue.Queue[object] = queue.Queue()
        self._lock = threading.Lock()
        self._status = NOT_POLLED
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._started = False

    # -- public API (any thread) ------------------------------------------------------

    def start(self) -> PrinterWorker:
        with self._lock:
            if not self._started:
                self._started = True
                self._thread.start()
        return self

    @property
    def status(self) -> PrinterStatus:
        """The last status the device reported (UNKNOWN before the first poll)."""
        with self._lock:
            return self._status

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self._stopping.is_set()

    def submit(
        self,
        pdf: PdfSource,
        name: str,
        callback: JobCallback | None = None,
        *,
        text: TextDocument | None = None,
    ) -> Future[str]:
        """Queue a document (``pdf``: the PDF or the function rendering it, called on
        this worker's thread only when the printer needs the PDF; ``text``: its text
        version, for printers that print text natively); ``callback(JobResult)`` and the
        future report how it ended.

        After :meth:`stop` the job fails at once (callback on the calling thread).
        """
        job = _Job(pdf if callable(pdf) else bytes(pdf), name, callback, Future(), text)
        if not self._enqueue(job):
            self._finish(job, None, "printer worker stopped")
        return job.future

    def poll_now(self) -> Future[PrinterStatus]:
        """Ask for a fresh status (after queued jobs), e.g. right before drawing a number."""
        poll = _Poll(Future())
        if not self._enqueue(poll):
            poll.future.set_result(STOPPED)
        return poll.future

    def _enqueue(self, item: _Job | _Poll) -> bool:
        """Queue ``item`` unless stopping; under the lock, so nothing slips in after the
        worker's final drain."""
        with self._lock:
            if self._stopping.is_set():
                return False
            self._queue.put(item)
            return True

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop polling, fail jobs not yet started (at once, their callbacks on the calling
        thread), close the printer; True when the thread ended within ``timeout``. A job
        already on the wire is bounded by the device's own timeout; the printer is closed
        by the worker as soon as that returns, never under a running call."""
        with self._lock:
            self._stopping.set()
        self._drain()
        self._queue.put(_WAKE)
        if not self._started:
            self._close_printer()
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def __enter__(self) -> PrinterWorker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- worker thread ----------------------------------------------------------------

    def _run(self) -> None:
        next_poll = time.monotonic()
        try:
            while not self._stopping.is_set():
                wait = next_poll - time.monotonic()
                try:
                    item = self._queue.get(timeout=wait) if wait > 0 else self._queue.get_nowait()
                except queue.Empty:
                    item = None
                if self._stopping.is_set():
                    self._reject(item)
                    break
                if item is None:
                    self._poll()
                elif isinstance(item, _Job):
                    self._run_job(item)
                    if not self._stopping.is_set():
                        self._poll()  # the ticket may have used the last paper
                elif isinstance(item, _Poll):
                    item.future.set_result(self._poll())
                else:
                    continue  # a wake-up: re-check, do not reset the poll timer
                next_poll = time.monotonic() + self.poll_s
        finally:
            self._drain()
            self._close_printer()

    def _poll(self) -> PrinterStatus:
        try:
            status = self.printer.status()
        except Exception as err:  # a device bug must not end polling
            log.exception("printer status check failed")
            status = PrinterStatus(PrinterState.UNKNOWN, f"status check failed: {err}")
        with self._lock:
            changed = status != self._status
            self._status = status
        if changed and self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:
                log.exception("printer status callback failed")
        return status

    def _run_job(self, job: _Job) -> None:
        try:
            if job.text is None:
                job_id = self.printer.print_document(job.pdf, job.name)
            else:
                job_id = self.printer.print_document(job.pdf, job.name, job.text)
        except PrintError as err:
            self._finish(job, None, str(err))
        except Exception as err:
            log.exception("printing failed unexpectedly")  # the name may hold a reference
            self._finish(job, None, f"unexpected printer error: {err!r}")
        else:
            self._finish(job, job_id, None)

    def _finish(self, job: _Job, job_id: str | None, error: str | None) -> None:
        if error is None:
            assert job_id is not None
            job.future.set_result(job_id)
        else:
            job.future.set_exception(PrintError(error))
        if job.callback is not None:
            try:
                job.callback(JobResult(job.name, job_id, error))
            except Exception:
                log.exception("print job callback failed")

    def _reject(self, item: object) -> None:
        if isinstance(item, _Job):
            self._finish(item, None, "printer worker stopped")
        elif isinstance(item, _Poll):
            item.future.set_result(STOPPED)

    def _drain(self) -> None:
        while True:
            try:
                self._reject(self._queue.get_nowait())
            except queue.Empty:
                return

    def _close_printer(self) -> None:
        try:
            self.printer.close()
        except Exception:
            log.exception("closing the printer failed")
