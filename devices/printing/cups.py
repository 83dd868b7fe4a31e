"""Ticket printers behind CUPS (vendor drivers), through pycups.

CUPS tells less than ESC/POS: ``printer-state`` (3 idle, 4 processing, 5 stopped) and the
keywords in ``printer-state-reasons``, which backends and filters update only while a job
runs. Two consequences shape this module:

* A stopped queue (state 5) is the reliable "cannot print" signal. ``printer-is-accepting-
  jobs`` stays true while stopped, so it is not enough on its own.
* On an idle queue (state 3) the reasons are the last report of a finished job. After
  staff refill paper and re-enable the queue, ``media-empty-error`` is still listed until
  the next job succeeds; treating it as current would block the kiosk for good. So on an
  idle queue only ``media-low`` (harmless) is taken at face value; stale blocking reasons
  are shown in the detail, and a job that then fails is caught by following it.

A job is followed to the end (``job-state`` 9 completed, 7 cancelled, 8 aborted). If the
queue stops with our job pending, or it does not finish in time, the job is cancelled:
otherwise it would print later, after the kiosk has already given up on that number.

Receipts carry names and addresses, so nothing of a job stays with CUPS: once it is
completed (or given up) it is purged (IPP Cancel-Job with ``purge-job``, as ``cancel -x``),
which removes its document (``d*``) and attribute (``c*``) files from the spool and the job
from the history, whatever ``PreserveJobFiles`` / ``PreserveJobHistory`` say. The job title,
which CUPS also writes to its ``page_log``, is only the document's kind ("receipt"), never
the name the kiosk gives it (that may hold a reference).
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import re
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any, Final

import cups  # type: ignore[import-not-found]

from devices.printing.base import PdfSource, PrintError, PrinterState, PrinterStatus, pdf_bytes
from devices.printing.raster import page_sizes
from devices.printing.text import TextDocument

__all__ = [
    "CupsPrinter",
    "job_title",
    "media_for",
    "normalise_reasons",
    "status_from_attributes",
]

log = logging.getLogger(__name__)

IDLE, PROCESSING, STOPPED = 3, 4, 5
JOB_PENDING, JOB_HELD, JOB_PROCESSING, JOB_STOPPED = 3, 4, 5, 6
JOB_CANCELLED, JOB_ABORTED, JOB_COMPLETED = 7, 8, 9

PRINTER_ATTRIBUTES: Final = [
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-is-accepting-jobs",
]
JOB_ATTRIBUTES: Final = ["job-state", "job-state-reasons", "job-printer-state-message"]

# Reason keyword (without severity suffix) -> state, in order of precedence.
BLOCKING_REASONS: Final[tuple[tuple[PrinterState, frozenset[str]], ...]] = (
    (PrinterState.PAPER_OUT, frozenset({"media-empty", "media-needed"})),
    (PrinterState.COVER_OPEN, frozenset({"cover-open", "door-open", "interlock-open"})),
    (
        PrinterState.OFFLINE,
        frozenset(
            {"offline", "connecting-to-device", "stopped", "shutdown", "paused", "media-jam"}
        ),
    ),
)
NEAR_END_REASONS: Final = frozenset({"media-low"})
_LABELS: Final = {
    PrinterState.PAPER_OUT: "paper out",
    PrinterState.COVER_OPEN: "cover open",
    PrinterState.OFFLINE: "offline",
    PrinterState.NEAR_END: "paper near end",
}
_SUFFIXES: Final = ("-error", "-warning", "-report")


def normalise_reasons(value: object) -> list[str]:
    """``printer-state-reasons`` as a list of raw keywords without ``none``.

    pycups gives a list for several values and a plain string for one.
    """
    items: Iterable[object] = (
        [value] if isinstance(value, str) else (value if isinstance(value, list | tuple) else [])
    )
    return [str(r) for r in items if str(r) and str(r) != "none"]


def _strip(reason: str) -> str:
    for suffix in _SUFFIXES:
        if reason.endswith(suffix):
            return reason[: -len(suffix)]
    return reason


def status_from_attributes(attrs: Mapping[str, Any]) -> PrinterStatus:
    """Map a queue's ``printer-state``, reasons and accepting flag (see module doc)."""
    state = attrs.get("printer-state")
    raw = normalise_reasons(attrs.get("printer-state-reasons"))
    reasons = {_strip(r) for r in raw}
    message = str(attrs.get("printer-state-message") or "").strip()
    listed = ", ".join(raw)

    def detail(label: str) -> str:
        extra = "; ".join(x for x in (message, listed) if x)
        return f"{label} ({extra})" if extra else label

    if state not in (IDLE, PROCESSING, STOPPED):
        return PrinterStatus(PrinterState.UNKNOWN, f"unexpected printer-state {state!r}")
    if state in (PROCESSING, STOPPED):
        for mapped, keywords in BLOCKING_REASONS:
            if reasons & keywords:
                return PrinterStatus(mapped, detail(_LABELS[mapped]))
        if state == STOPPED:
            return PrinterStatus(PrinterState.OFFLINE, detail("queue stopped"))
    if attrs.get("printer-is-accepting-jobs") is False:
        return PrinterStatus(PrinterState.OFFLINE, detail("queue not accepting jobs"))
    if reasons & NEAR_END_REASONS:
        return PrinterStatus(PrinterState.NEAR_END, detail(_LABELS[PrinterState.NEAR_END]))
    if listed:  # idle with a leftover report: printable, but say what was last seen
        return PrinterStatus(PrinterState.READY, f"last reported: {listed}")
    return PrinterStatus(PrinterState.READY)


def media_for(pdf: bytes, width_mm: float = 80.0) -> str:
    """``Custom.{w}x{h}mm`` for the roll width and the tallest page (rounded up to whole
    millimetres so nothing is cut off); without it CUPS falls back to A4."""
    sizes = page_sizes(pdf)
    if not sizes:
        raise PrintError("PDF has no pages")
    height_mm = max(h for _, h in sizes) / 72 * 25.4
    return f"Custom.{width_mm:g}x{math.ceil(height_mm - 1e-6)}mm"


def job_title(name: str) -> str:
    """What CUPS records as the job's title: the kind of document the kiosk's job name
    starts with ("receipt-ANM-7K3P-2QXD" -> "receipt"), never a reference."""
    kind = re.match(r"[A-Za-z]+", name)
    return kind.group(0).lower() if kind else "ticket"


def _server_address(server: str | None) -> tuple[str, int] | tuple[str] | tuple[()]:
    """Connection arguments for "host", "host:port", "[v6]:port" or a socket path."""
    value = (server if server is not None else os.environ.get("CUPS_SERVER", "")).strip()
    if not value:
        return ()
    if value.startswith("/"):
        return (value,)
    host, sep, port = value.rpartition(":")
    if sep and port.isdigit() and host and (not host.count(":") or host.endswith("]")):
        return (host.strip("[]"), int(port))
    return (value,)


class CupsPrinter:
    """A CUPS queue as a :class:`~devices.printing.base.Printer`.

    ``server`` ("host:port" or a socket path) defaults to ``CUPS_SERVER`` and then to the
    libcups default; it is resolved once, because libcups caches the server per thread
    and this printer is used from a worker thread. A fresh connection per call survives
    cupsd restarts. ``timeout_s`` bounds one print from submission to completion.
    """

    def __init__(
        self,
        queue: str,
        timeout_s: float = 5.0,
        *,
        server: str | None = None,
        paper_width_mm: float = 80.0,
        stopped_grace_s: float = 0.5,
        poll_s: float = 0.1,
    ) -> None:
        if not queue:
            raise ValueError("a CUPS queue name is required")
        self.queue = queue
        self.timeout_s = timeout_s
        self.paper_width_mm = paper_width_mm
        self.stopped_grace_s = stopped_grace_s
        self.poll_s = poll_s
        self._address = _server_address(server)
        self._lock = threading.Lock()
        self._closed = False

    @property
    def server(self) -> str:
        if len(self._address) == 2:
            host, port = self._address
            return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        return self._address[0] if self._address else "default CUPS server"

    def _connect(self) -> Any:
        try:
            if len(self._address) == 2:
                return cups.Connection(host=self._address[0], port=self._address[1])
            if len(self._address) == 1:
                return cups.Connection(host=self._address[0])
            return cups.Connection()
        except RuntimeError as err:
            raise PrintError(f"CUPS server {self.server} unreachable: {err}") from None

    def _attributes(self, conn: Any) -> PrinterStatus:
        try:
            attrs = conn.getPrinterAttributes(self.queue, requested_attributes=PRINTER_ATTRIBUTES)
        except cups.IPPError as err:
            status, text = err.args if len(err.args) == 2 else (None, str(err))
            if status == cups.IPP_NOT_FOUND:
                return PrinterStatus(PrinterState.OFFLINE, f"CUPS queue {self.queue!r} not found")
            return PrinterStatus(PrinterState.UNKNOWN, f"CUPS error: {text}")
        except (cups.HTTPError, RuntimeError) as err:
            return PrinterStatus(PrinterState.UNKNOWN, f"CUPS error: {err}")
        return status_from_attributes(attrs)

    def status(self) -> PrinterStatus:
        with self._lock:
            if self._closed:
                return PrinterStatus(PrinterState.OFFLINE, "printer closed")
            try:
                conn = self._connect()
            except PrintError as err:
                return PrinterStatus(PrinterState.OFFLINE, str(err))
            return self._attributes(conn)

    def print_document(self, source: PdfSource, name: str, text: TextDocument | None = None) -> str:
        """Submit ``pdf`` and wait until CUPS reports it completed; return the job id.

        Refuses (nothing submitted) when the queue cannot print. Note that "completed"
        means the backend delivered the data, not that paper came out.
        """
        pdf = pdf_bytes(source)
        if not pdf:
            raise PrintError("empty document")
        media = media_for(pdf, self.paper_width_mm)
        with self._lock:
            if self._closed:
                raise PrintError("printer closed")
            conn = self._connect()
            status = self._attributes(conn)
            if not status.can_print:
                raise PrintError(f"printer cannot print: {status.detail or status.state.value}")
            job_id = self._submit(conn, pdf, name, media)
            try:
                self._follow(conn, job_id)
            except BaseException:
                self._cancel(conn, job_id)
                raise
            self._purge(conn, job_id)
            return str(job_id)

    def _submit(self, conn: Any, pdf: bytes, name: str, media: str) -> int:
        with tempfile.NamedTemporaryFile(prefix="kiosk-print-", suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            try:
                job_id: int = conn.printFile(self.queue, f.name, job_title(name), {"media": media})
            except (cups.IPPError, cups.HTTPError, RuntimeError) as err:
                raise PrintError(f"CUPS refused the job: {err}") from None
        return job_id

    def _follow(self, conn: Any, job_id: int) -> None:
        deadline = time.monotonic() + self.timeout_s
        stopped_since: float | None = None
        while True:
            try:
                job = conn.getJobAttributes(job_id, requested_attributes=JOB_ATTRIBUTES)
            except (cups.IPPError, cups.HTTPError, RuntimeError) as err:
                raise PrintError(f"lost track of CUPS job {job_id}: {err}") from None
            state = job.get("job-state")
            message = str(job.get("job-printer-state-message") or "").strip()
            if state == JOB_COMPLETED:
                return
            if state == JOB_CANCELLED:
                raise PrintError(f"CUPS job {job_id} was cancelled")
            if state == JOB_ABORTED:
                raise PrintError(f"CUPS job {job_id} aborted: {message or 'no reason given'}")
            now = time.monotonic()
            if state in (JOB_PENDING, JOB_HELD, JOB_STOPPED):
                printer = self._attributes_raw(conn)
                if printer.get("printer-state") == STOPPED:
                    stopped_since = stopped_since or now
                    if now - stopped_since >= self.stopped_grace_s:
                        reason = status_from_attributes(printer).detail
                        raise PrintError(f"printer stopped: {reason}")
                else:
                    stopped_since = None
            if now >= deadline:
                raise PrintError(
                    f"CUPS job {job_id} not completed within {self.timeout_s:g} s"
                    f" (job-state {state}{': ' + message if message else ''})"
                )
            time.sleep(min(self.poll_s, max(0.0, deadline - now)))

    def _attributes_raw(self, conn: Any) -> Mapping[str, Any]:
        try:
            attrs: Mapping[str, Any] = conn.getPrinterAttributes(
                self.queue, requested_attributes=PRINTER_ATTRIBUTES
            )
        except (cups.IPPError, cups.HTTPError, RuntimeError):
            return {}
        return attrs

    def _cancel(self, conn: Any, job_id: int) -> None:
        """Best effort: a job we gave up on must not print later (and is purged)."""
        try:
            conn.cancelJob(job_id, purge_job=True)
        except (cups.IPPError, cups.HTTPError, RuntimeError):
            # The connection may be the broken part: one more try on a fresh one.
            with contextlib.suppress(PrintError, cups.IPPError, cups.HTTPError, RuntimeError):
                self._connect().cancelJob(job_id, purge_job=True)

    def _purge(self, conn: Any, job_id: int) -> None:
        """A completed job's files and history go at once. The paper is out, so a failure
        is logged for the admin (CUPS then keeps the job by its own settings)."""
        try:
            conn.cancelJob(job_id, purge_job=True)
        except (cups.IPPError, cups.HTTPError, RuntimeError) as err:
            log.warning("CUPS job %s printed but not purged from the spool: %s", job_id, err)

    def close(self) -> None:
        with self._lock:
            self._closed = True
