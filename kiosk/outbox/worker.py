"""The outbox's delivery thread: drains due items in put order, pauses after failures.

It needs only what :class:`DrainableOutbox` names (``kiosk.outbox.store.Outbox`` has
it), so this module does not import the store: the store re-exports the worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from kiosk.outbox.items import DeliveryError, DeliveryRejected, Item, error_line

log = logging.getLogger("kiosk.outbox.store")  # one logger name for the outbox's lines


class DrainableOutbox(Protocol):
    """What the worker uses of the outbox."""

    path: Path
    retry_max_s: float
    clock: Callable[[], float]

    def due(self, now: float | None = None, limit: int = 100) -> list[Item]: ...

    def next_due_at(self) -> float | None: ...

    def delivered(self, key: str, now: float | None = None) -> None: ...

    def failed(self, key: str, error: str, now: float | None = None) -> float | None: ...

    def rejected(self, key: str, error: str, now: float | None = None) -> None: ...

    def backoff_s(self, attempts: int) -> float: ...

    def purge(self, now: float | None = None) -> int: ...

    def add_put_listener(self, listener: Callable[[], None]) -> None: ...

    def remove_put_listener(self, listener: Callable[[], None]) -> None: ...


class OutboxWorker:
    """A background thread (no Qt) that delivers due items in put order.

    ``deliver(item)`` returns when the receiver has the item, raises DeliveryRejected when
    it refuses it for good, and raises anything else for a failure worth retrying.

    After a failure the whole worker pauses (the outbox's backoff for the run of
    consecutive failures, or the receiver's Retry-After): when the central side is down,
    1000 due items cost one attempt per pause, not 1000. A put() in this process wakes
    the worker at once, even from a pause; other processes' puts are seen within
    ``idle_poll_s``. ``stop()`` never waits longer than its timeout; the thread is a
    daemon, so an attempt stuck in I/O cannot keep the process alive either.
    """

    def __init__(
        self,
        outbox: DrainableOutbox,
        deliver: Callable[[Item], None],
        *,
        batch: int = 50,
        idle_poll_s: float = 30.0,
        purge_every_s: float = 3600.0,
        name: str = "outbox-worker",
    ) -> None:
        self.outbox = outbox
        self.deliver = deliver
        self.batch = batch
        self.idle_poll_s = idle_poll_s
        self.purge_every_s = purge_every_s
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._failures = 0  # consecutive, across items
        self._last_purge: float | None = None
        self._scrub = False  # items left since the last purge: purge when idle
        self.delivered_total = 0
        self.failed_total = 0
        self.rejected_total = 0

    def start(self) -> None:
        self.outbox.add_put_listener(self.wake)
        self._thread.start()

    def wake(self) -> None:
        """Look for due items now (cuts a sleep or a failure pause short)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the thread to finish after the current attempt; True if it ended in time."""
        self.outbox.remove_put_listener(self.wake)
        self._stopping.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        stopped = not self._thread.is_alive()
        if not stopped:
            log.warning("outbox: worker still busy with an attempt after %.1f s", timeout)
        return stopped

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        log.info("outbox: worker started", extra={"fields": {"path": str(self.outbox.path)}})
        while not self._stopping.is_set():
            self._wake.clear()  # a put() from here on makes the wait below return at once
            try:
                self._maybe_purge()
                pause = self._round()
            except Exception as err:  # the database failed: say so once per try, go on
                self._failures += 1
                pause = self.outbox.backoff_s(self._failures)
                log.error("outbox: %s; next try in %.1f s", error_line(err), pause)
            if pause > 0:
                self._wake.wait(pause)
        log.info("outbox: worker stopped")

    def _round(self) -> float:
        """Deliver one batch; returns how long to sleep before the next round."""
        items = self.outbox.due(limit=self.batch)
        if not items and self._scrub:
            self._scrub = False
            self.outbox.purge()  # delivered rows gone, the log emptied of their payloads
        if not items:
            next_at = self.outbox.next_due_at()
            if next_at is None:
                return self.idle_poll_s
            # at least a little: never spin, whatever the clock does
            return min(self.idle_poll_s, max(0.01, next_at - self.outbox.clock()))
        for item in items:
            if self._stopping.is_set():
                return 0.0
            try:
                self.deliver(item)
            except DeliveryRejected as err:
                self.outbox.rejected(item.key, error_line(err))
                self.rejected_total += 1
                self._failures = 0  # the receiver answered: it is up
                continue
            except Exception as err:
                self.failed_total += 1
                self._failures += 1
                self.outbox.failed(item.key, error_line(err))
                pause = self.outbox.backoff_s(self._failures)
                hint = err.retry_after_s if isinstance(err, DeliveryError) else None
                if hint is not None:
                    pause = max(pause, min(hint, self.outbox.retry_max_s))
                return pause
            self.outbox.delivered(item.key)
            self._scrub = True
            self.delivered_total += 1
            self._failures = 0
        return 0.0

    def _maybe_purge(self) -> None:
        now = self.outbox.clock()
        if self._last_purge is None or now - self._last_purge >= self.purge_every_s:
            self._last_purge = now
            self.outbox.purge(now)
