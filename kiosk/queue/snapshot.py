"""One refresh of what the welcome and concern screens show: service state, backend
health and each group's queue. Run periodically on the backend worker (config
``backend.sync_interval_s``); a failing part never hides the others."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from kiosk.queue.base import (
    BackendError,
    Health,
    QueueBackend,
    QueueStatus,
    ServiceState,
    ServiceStatus,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    status: ServiceStatus
    health: Health
    queues: dict[str, QueueStatus] = field(default_factory=dict)


def snapshot(backend: QueueBackend, group_ids: Iterable[str]) -> Snapshot:
    try:
        status = backend.service_status()
    except BackendError as err:
        status = ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=str(err))
    try:
        health = backend.health()
    except BackendError as err:
        health = Health(False, str(err))
    queues: dict[str, QueueStatus] = {}
    if status.state is ServiceState.OPEN:
        for group_id in group_ids:
            try:
                queues[group_id] = backend.queue_status(group_id)
            except (BackendError, ValueError) as err:
                log.debug("queue status of %s unavailable: %s", group_id, err)
    if not health.ok:
        log.warning("backend degraded", extra={"fields": {"detail": health.detail}})
    return Snapshot(status, health, queues)
