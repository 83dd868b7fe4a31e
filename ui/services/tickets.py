"""A waiting number end to end: status, draw, render, print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from devices.printing.base import PrinterStatus, Printout
from kiosk.queue.base import BookingRef, Ticket
from ui.services.printing import Printing
from ui.services.queue import QueueService
from ui.worker import Done

if TYPE_CHECKING:  # loaded on first use, not at start-up
    pass


class TicketService:
    """The blocking steps of the ticket flow (ui.viewmodels.ticketing.TicketOps)."""

    def __init__(self, queue: QueueService, printing: Printing, location: str) -> None:
        self._queue = queue
        self._printing = printing
        self._location = location

    def printer_ready(self, done: Done) -> None:
        """A fresh status from the device, right before a number is drawn."""

        def checked(status: PrinterStatus | None, error: BaseException | None) -> None:
            if status is None:
                done(None, error)
            else:
                done((status.can_print, status.summary), None)

        self._printing.poll(checked)

    def draw(self, concern_id: str, group_id: str, request_id: str, done: Done) -> None:
        self._queue.draw(concern_id, group_id, request_id, done)

    def prepare_draw(self) -> None:
        self._queue.prepare_draw()

    def check_in(self, ref: BookingRef, request_id: str, done: Done) -> None:
        self._queue.check_in(ref, request_id, done)

    def print_ticket(
        self,
        ticket: Ticket,
        concern_name: str,
        language: str,
        submission_reference: str,
        done: Done,
    ) -> None:
        location = self._location

        def render() -> Printout:
            # reportlab loads with the first ticket, on the render thread (an import reads files)
            from kiosk.printing.documents import render_ticket_printout

            return render_ticket_printout(
                ticket,
                concern_name=concern_name,
                location=location,
                language=language,
                submission_reference=submission_reference,
            )

        self._printing.print_pdf(render, f"ticket-{ticket.number}", done)

    def qr_code(self, payload: str, done: Done) -> None:
        """The QR code for the screen, drawn on the render thread."""

        def make() -> str:
            from ui.viewmodels.ticketing import qr_data_uri  # qrcode loads here, not at start

            return qr_data_uri(payload)

        self._printing.render_worker.submit(make, done)
