"""The queue lists of ZMS scopes and the estimates read from them, cached briefly so
one refresh reads each listed scope's queue once, however many groups share it."""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future
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
        cached = self._cache.get(scope_id)
        if cached and time.monotonic() - cached[0] < max_age:
            return cached[1]
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
