"""A printer without hardware: keeps documents in memory and lets tests, the demo and
the screenshot tour switch it into any state."""

from __future__ import annotations

import threading

from devices.printing.base import (
    PdfSource,
    PrintError,
    PrinterState,
    PrinterStatus,
    check_pdf,
    pdf_bytes,
)
from devices.printing.text import TextDocument

__all__ = ["SimulatedPrinter"]


_STATE_DETAIL = {
    PrinterState.NEAR_END: "paper near end (simulated)",
    PrinterState.PAPER_OUT: "paper out (simulated)",
    PrinterState.COVER_OPEN: "cover open (simulated)",
    PrinterState.OFFLINE: "offline (simulated)",
    PrinterState.UNKNOWN: "no status reply (simulated)",
}


class SimulatedPrinter:
    """An in-memory printer whose state tests, the demo and the screenshot tour set.

    ``jobs`` holds ``(name, pdf)`` for every document that "came out". Setting
    ``fail_next`` makes the next print fail after it was accepted (paper jam, cutter
    error), once, which is the case where a drawn number must not be lost.
    """

    def __init__(
        self, state: PrinterState = PrinterState.READY, *, fail_next: bool = False
    ) -> None:
        self._lock = threading.Lock()
        self._state = state
        self._fail_next = fail_next
        self._closed = False
        self._submitted = 0
        self.jobs: list[tuple[str, bytes]] = []

    @property
    def state(self) -> PrinterState:
        with self._lock:
            return self._state

    @state.setter
    def state(self, value: PrinterState) -> None:
        with self._lock:
            self._state = value

    @property
    def fail_next(self) -> bool:
        with self._lock:
            return self._fail_next

    @fail_next.setter
    def fail_next(self, value: bool) -> None:
        with self._lock:
            self._fail_next = value

    def status(self) -> PrinterStatus:
        with self._lock:
            if self._closed:
                return PrinterStatus(PrinterState.OFFLINE, "printer closed")
            return PrinterStatus(self._state, _STATE_DETAIL.get(self._state, ""))

    def print_document(self, source: PdfSource, name: str, text: TextDocument | None = None) -> str:
        """Record the job and return ``sim-<n>``; raise :class:`PrintError` as a real
        printer would when it cannot print or (``fail_next``) fails mid-job."""
        pdf = pdf_bytes(source)
        check_pdf(pdf)
        with self._lock:
            if self._closed:
                raise PrintError("printer closed")
            status = PrinterStatus(self._state, _STATE_DETAIL.get(self._state, ""))
            if not status.can_print:
                raise PrintError(f"printer cannot print: {status.detail}")
            self._submitted += 1
            job_id = f"sim-{self._submitted}"
            if self._fail_next:
                self._fail_next = False
                raise PrintError(f"job {job_id} failed after submission (simulated)")
            self.jobs.append((name, bytes(pdf)))
            return job_id

    def close(self) -> None:
        with self._lock:
            self._closed = True
