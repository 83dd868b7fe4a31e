"""The queue lists of ZMS scopes and the estimates read from them, cached briefly so
one refresh reads each listed scope's queue once, however many groups share it."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from concurrent.futures import Executor, Future
from datetime import datetime

from kiosk.queue.base import BackendError
from kiosk.queue.zms import status as st
from kiosk.queue.zms.client import ZmsCalls
from kiosk.queue.zms.model import Process, QueueEntry, Scope, parse_queue
from kiosk.queue.zms.site import Site

log = logging.getLogger(__name__)


class Queues:
    def __init__(self, calls: ZmsCalls, ttl_s: float) -> None:
        self.calls = calls
        self.ttl_s = ttl_s
        self._cache: dict[str, tuple[float, tuple[QueueEntry, ...]]] = {}
        self._ahead: dict[str, Future[tuple[QueueEntry, ...]]] = {}  # read_ahead in flight

    def read_ahead(self, scope_ids: Iterable[str], pool: Executor) -> None:
        """Start reading the queues a refresh will need, alongside its button list read:
        a refresh then takes one round trip, not one per scope after it (a citizen's draw
        waits behind the refresh on the backend worker)."""
        if self.ttl_s <= 0:  # nothing is reused: a read ahead would be read twice
            return
        for scope_id in scope_ids:
            cached = self._cache.get(scope_id)
            if cached and time.monotonic() - cached[0] < self.ttl_s:
                continue
            running = self._ahead.get(scope_id)
            if running is None or running.done():
                self._ahead[scope_id] = pool.submit(self._read, scope_id)

    def next_number(self, site: Site, scope_id: str, now: datetime) -> st.Estimate:
        queue = self.queue(scope_id, self.ttl_s)
        return st.next_number(queue, site.scope(scope_id), int(now.timestamp()))

    def position(self, scope: Scope | None, process: Process, now: datetime) -> st.Estimate | None:
        """People ahead of a drawn or booked number and its wait; None when the queue
        cannot be read (the number exists already: that must not fail the draw)."""
        scope_id = (scope.id if scope else None) or process.scope_id
        if not scope_id:
            return None
        try:
            queue = self.queue(scope_id, 0.0)
        except BackendError as err:
            log.info("queue of scope %s not readable: %s", scope_id, err)
            return None
        return st.for_number(
            queue, scope, process.number, process.arrival, int(now.timestamp()), process.wait
        )

    def for_number(
        self, scope: Scope, number: str, arrival: int | None, now: datetime
    ) -> st.Estimate | None:
        try:
            queue = self.queue(scope.id, 0.0)
        except BackendError:
            return None
        return st.for_number(queue, scope, number, arrival, int(now.timestamp()))

    def queue(self, scope_id: str, max_age: float) -> tuple[QueueEntry, ...]:
        """The scope's queue list, read when the cached one is older than ``max_age``
        (0: always; such a read never waits for a read-ahead, it may run beside one)."""
        ahead = self._ahead.pop(scope_id, None) if max_age > 0 else None
        if ahead is not None:
            try:
                ahead.result()  # fills the cache
            except BackendError as err:
                log.debug("queue of scope %s not read ahead: %s", scope_id, err)
        cached = self._cache.get(scope_id)
        if cached and time.monotonic() - cached[0] < max_age:
            return cached[1]
        return self._read(scope_id)

    def _read(self, scope_id: str) -> tuple[QueueEntry, ...]:
        label = f"GET /scope/{scope_id}/queue/"
        queue = parse_queue(self.calls.get(f"/scope/{scope_id}/queue/", label))
        self._cache[scope_id] = (time.monotonic(), queue)
        return queue

    def after_draw(
        self,
        before: Future[tuple[QueueEntry, ...]],
        scope: Scope | None,
        process: Process,
        now: datetime,
    ) -> st.Estimate | None:
        """A new number's position from the queue read just before the draw: everyone
        due is ahead of it; the wait is the one ZMS sent with the process, else the one
        it computed for the next number. None when that queue could not be read."""
        try:
            queue = before.result()
        except BackendError as err:
            log.info("queue of scope %s not readable: %s", process.scope_id, err)
            return None
        now_ts = int(now.timestamp())
        estimate = st.for_number(
            queue, scope, process.number, process.arrival, now_ts, process.wait
        )
        if not estimate.wait.known and not (scope and scope.wait_unknown):
            ahead = st.next_number(queue, scope, now_ts)
            return st.Estimate(estimate.people_ahead, ahead.wait, ahead.source)
        return estimate
