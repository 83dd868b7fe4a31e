"""The queue backend on its worker: drawing, check-in, the screen snapshot."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from kiosk.catalogue import Catalogue
from kiosk.config import Config
from kiosk.ops.maintenance import ServiceSwitch, with_switch
from kiosk.queue import open_backend
from kiosk.queue.base import BookingRef, QueueBackend
from kiosk.queue.emergency import report_emergency_numbers
from kiosk.queue.snapshot import Snapshot, snapshot
from ui.services.outbox import OutboxService
from ui.worker import Done, Worker

if TYPE_CHECKING:  # loaded on first use, not at start-up
    pass

log = logging.getLogger(__name__)


class QueueService:
    """The queue backend: opened, used and closed only on the backend worker."""

    def __init__(
        self,
        config: Config,
        catalogue: Catalogue,
        worker: Worker,
        outbox: OutboxService,
        switch: ServiceSwitch,
    ) -> None:
        self.config = config
        self.worker = worker
        self._groups = [g.id for g in catalogue.groups]
        self._outbox = outbox
        self._switch = switch
        # Opened on the backend thread: it may create the database file.
        opening = worker.submit(lambda: open_backend(config, catalogue))
        assert opening is not None  # a new worker is open
        self._backend: Future[QueueBackend] = opening

    def backend(self) -> QueueBackend:
        """Only call on the backend thread (after the open queued before any call)."""
        return self._backend.result()

    def draw(self, concern_id: str, group_id: str, request_id: str, done: Done) -> None:
        self.worker.submit(
            lambda: self.backend().draw_number(concern_id, group_id, request_id), done
        )

    def check_in(self, ref: BookingRef, request_id: str, done: Done) -> None:
        self.worker.submit(lambda: self.backend().check_in(ref, request_id), done)

    def prepare_draw(self) -> None:
        """A citizen is choosing: a backend that checks the central system before a draw
        (ZMS's button list) may do so now, so the draw itself is one round trip."""

        def prepare() -> None:
            ahead = getattr(self.backend(), "prepare_draw", None)
            if callable(ahead):
                ahead()

        self.worker.submit(prepare)

    def look_up(self, ref: BookingRef, done: Done) -> None:
        self.worker.submit(lambda: self.backend().find_appointment(ref), done)

    def fetch_status(self, done: Callable[[Snapshot | None, BaseException | None], None]) -> None:
        """The backend's status with the staff switch applied; on the way, emergency
        numbers issued offline are queued for reporting."""

        def fetch() -> Snapshot:
            backend = self.backend()
            snap = snapshot(backend, self._groups)
            try:
                report_emergency_numbers(backend, self._outbox.get(), self.config.kiosk.id)
            except Exception as err:  # reporting must never break the status refresh
                log.error("emergency numbers not queued", extra={"fields": {"error": str(err)}})
            return with_switch(snap, self._switch.get())

        self.worker.submit(fetch, done)

    def seed_demo(self) -> None:
        """Demo appointments in the embedded backend (on the backend thread)."""
        from kiosk.ops.demo import seed_appointments
        from kiosk.queue.embedded import EmbeddedBackend

        backend = self.backend()
        if isinstance(backend, EmbeddedBackend):
            seed_appointments(backend)

    def close(self) -> None:
        """The backend's database (and a ZMS journal and HTTP session) closed on the
        backend thread, as its worker's last step; a backend never opened is left."""

        def close_backend() -> None:
            opening = self._backend
            if opening.done() and not opening.cancelled() and opening.exception() is None:
                opening.result().close()

        self.worker.shutdown(last=close_backend)
