"""Rendering and printing: PDFs on the render worker, the device on its own thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from devices.printing.base import PrinterStatus, Printout
from devices.printing.worker import PrinterWorker
from ui.worker import Done, Worker

if TYPE_CHECKING:  # loaded on first use, not at start-up
    pass


class Printing:
    """Render on the render thread, print on the printer's own thread."""

    def __init__(self, render_worker: Worker, printer_worker: PrinterWorker) -> None:
        self.render_worker = render_worker
        self.printer_worker = printer_worker

    def print_pdf(self, render: Callable[[], bytes | Printout], name: str, done: Done) -> None:
        """``render`` returns the PDF, or (a ticket) the PDF with its text version."""

        def rendered(pdf: bytes | Printout | None, error: BaseException | None) -> None:
            if pdf is None:
                done(None, error)
                return
            printout = pdf if isinstance(pdf, Printout) else Printout(pdf)
            job = self.printer_worker.submit(printout.pdf, name, text=printout.text)
            self.render_worker.relay(job, done)

        self.render_worker.submit(render, rendered)

    def poll(self, done: Callable[[PrinterStatus | None, BaseException | None], None]) -> None:
        """A fresh status from the device."""
        self.render_worker.relay(self.printer_worker.poll_now(), done)
