"""The outbox on its own worker: form submissions and emergency numbers, durable first."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.config import Config
from ui.worker import SHUTDOWN_WAIT_S, Done, Worker

if TYPE_CHECKING:  # loaded on first use, not at start-up
    from kiosk.outbox.store import Item, Outbox, OutboxWorker
    from kiosk.outbox.submissions import SubmissionStore


DELIVERY_STOP_S = 5.0  # a delivery under way (HTTP with its own timeouts) may finish


class OutboxService:
    """The durable outbox, opened on first use on whichever worker asks first, and its
    delivery thread (HTTP to the town's endpoint, or the local submission store)."""

    def __init__(self, config: Config, worker: Worker) -> None:
        self.config = config
        self.worker = worker
        self._lock = threading.Lock()
        self._outbox: Outbox | None = None
        self._delivery: OutboxWorker | None = None
        self._deliver: object = None  # HTTP delivery holds a connection pool to close
        self.submissions: SubmissionStore | None = None  # the embedded form store, if used

    def get(self) -> Outbox:
        """Call on a worker thread: it may create the database file."""
        from kiosk.outbox.store import OutboxWorker, open_outbox
        from kiosk.outbox.submissions import LocalDelivery, open_submissions

        with self._lock:
            if self._outbox is None:
                self._outbox = open_outbox(self.config)
                local = None if self.config.outbox.url else open_submissions(self.config)
                self.submissions = local
                if local is not None:
                    deliver: Callable[[Item], None] = LocalDelivery(local)
                else:  # only then: the HTTP stack (requests, urllib3, ssl) is ~16 MB
                    from kiosk.outbox.delivery import delivery_from

                    deliver = delivery_from(self.config)
                self._deliver = deliver
                self._delivery = OutboxWorker(self._outbox, deliver)
                self._delivery.start()
            return self._outbox

    def put(self, key: str, payload: dict[str, Any], kind: str, done: Done) -> None:
        """Durably stored (on the outbox worker) before ``done`` runs."""
        self.worker.submit(lambda: self.get().put(kind, payload, key), done)

    def close(self) -> None:
        """Delivery stopped, then the outbox and the form store closed on the outbox
        thread, as its worker's last step (call after the backend worker has stopped:
        it may open the outbox too)."""

        def close_stores() -> None:
            with self._lock:
                if self._delivery is not None:
                    stopped = self._delivery.stop(DELIVERY_STOP_S)
                    close = getattr(self._deliver, "close", None)
                    if stopped and callable(close):  # its keep-alive connection
                        close()
                if self._outbox is not None:
                    self._outbox.close()
                if self.submissions is not None:
                    self.submissions.close()

        self.worker.shutdown(last=close_stores, timeout_s=DELIVERY_STOP_S + SHUTDOWN_WAIT_S)
