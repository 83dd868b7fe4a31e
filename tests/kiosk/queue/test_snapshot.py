"""The periodic refresh: each part fails on its own."""

from __future__ import annotations

from kiosk.queue.base import (
    BackendUnavailable,
    Health,
    QueueStatus,
    ServiceState,
    ServiceStatus,
    WaitEstimate,
)
from kiosk.queue.snapshot import snapshot


class Backend:
    def __init__(self, status=None, health=None, queue_fails=()):
        self._status, self._health, self._queue_fails = status, health, queue_fails

    def service_status(self, now=None):
        if isinstance(self._status, Exception):
            raise self._status
        return self._status or ServiceStatus(ServiceState.OPEN)

    def health(self):
        if isinstance(self._health, Exception):
            raise self._health
        return self._health or Health(True)

    def queue_status(self, group_id, now=None):
        if group_id in self._queue_fails:
            raise BackendUnavailable("down")
        return QueueStatus(group_id, 3, WaitEstimate(10, 20))


def test_all_well():
    snap = snapshot(Backend(), ["A", "B"])
    assert snap.status.state is ServiceState.OPEN and snap.health.ok
    assert set(snap.queues) == {"A", "B"}


def test_a_failing_queue_hides_only_itself():
    snap = snapshot(Backend(queue_fails=("B",)), ["A", "B"])
    assert set(snap.queues) == {"A"}


def test_status_failure_is_out_of_service_and_no_queues():
    snap = snapshot(Backend(status=BackendUnavailable("db locked")), ["A"])
    assert snap.status.state is ServiceState.OUT_OF_SERVICE
    assert "db locked" in snap.status.reason and snap.queues == {}


def test_health_failure_is_reported():
    snap = snapshot(Backend(health=BackendUnavailable("slow")), ["A"])
    assert not snap.health.ok and "slow" in snap.health.detail
    assert snap.status.state is ServiceState.OPEN
