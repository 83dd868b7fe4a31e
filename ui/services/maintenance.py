"""Maintenance on the local worker: PIN checks (scrypt) and the out-of-service flag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from devices.printing.base import PrinterStatus, Printout
from kiosk.config import Config
from kiosk.ops.maintenance import OutOfService, PinGate, ServiceSwitch
from ui.audio import health as audio_health
from ui.services.card import CardService
from ui.services.printing import Printing
from ui.services.queue import QueueService
from ui.worker import Done, Worker

if TYPE_CHECKING:  # loaded on first use, not at start-up
    pass


Row = dict[str, str]


class MaintenanceService:
    """The maintenance screen's steps (ui.viewmodels.maintenance.MaintenanceOps): the PIN
    check (scrypt) and the out-of-service flag on the local worker, the only writer of
    their files; the status rows from the printer, backend and card threads."""

    def __init__(
        self,
        config: Config,
        worker: Worker,
        gate: PinGate,
        switch: ServiceSwitch,
        queue: QueueService,
        printing: Printing,
        cards: CardService,
    ) -> None:
        self.config = config
        self.worker = worker
        self._gate = gate
        self._switch = switch
        self._queue = queue
        self._printing = printing
        self._cards = cards

    @property
    def pin_configured(self) -> bool:
        return self._gate.configured

    def locked_for(self, done: Done) -> None:
        """Seconds until another PIN try is allowed."""
        self.worker.submit(self._gate.locked_for, done)

    def unlock(self, pin: str, done: Done) -> None:
        """Result: (opened, seconds locked)."""
        self.worker.submit(lambda: (self._gate.attempt(pin), self._gate.locked_for()), done)

    def out_of_service(self, done: Done) -> None:
        """Result: the flag (OutOfService) or None."""
        self.worker.submit(self._switch.get, done)

    def switch(self, preset: str | None, by: str, done: Done) -> None:
        """Out of service with ``preset``, or back in service with None."""

        def apply() -> OutOfService | None:
            if preset is None:
                self._switch.clear()
                return None
            return self._switch.set(preset, by=by)

        self.worker.submit(apply, done)

    def print_test(self, done: Done) -> None:
        config = self.config

        def render() -> Printout:
            from kiosk.cli.printer import test_ticket  # loaded on the render thread

            return test_ticket(config)

        self._printing.print_pdf(render, "test-ticket", done)

    def card_test(self, done: Done) -> None:
        self._cards.test(done)

    def status(self, done: Done) -> None:
        """Rows for the maintenance screen: printer, backend, switch, help, card reader."""
        rows: list[Row] = []

        def printer_row(status: PrinterStatus | None, error: BaseException | None) -> None:
            if status is None:
                rows.append({"name": "Drucker", "state": "fail", "detail": str(error)})
            else:
                state = "ok" if status.can_print else "fail"
                rows.append({"name": "Drucker", "state": state, "detail": status.summary})
            self._queue.worker.submit(backend_rows, done)

        def backend_rows() -> list[Row]:
            health = self._queue.backend().health()
            rows.append(
                {
                    "name": "Terminsystem",
                    "state": "ok" if health.ok else "fail",
                    "detail": f"{self.config.backend.kind}: {health.detail}",
                }
            )
            flag = self._switch.get()
            rows.append(
                {
                    "name": "Betrieb",
                    "state": "fail" if flag else "ok",
                    "detail": f"außer Betrieb ({flag.message})" if flag else "in Betrieb",
                }
            )
            rows.append({"name": "Hilferuf", "state": "ok", "detail": self.config.help.kind})
            state = self._cards.state()
            rows.append(
                {
                    "name": "Kartenleser",
                    "state": "ok" if state == "present" else "fail",
                    "detail": f"{self.config.cardreader.kind}: {state}",
                }
            )
            sound, detail = audio_health()  # what the audio thread found (ui/audio.py)
            rows.append({"name": "Ton/Vorlesen", "state": sound, "detail": detail})
            return rows

        self._printing.poll(printer_row)
