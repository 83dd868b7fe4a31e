"""One refresh of what the welcome and concern screens show: service state, backend
health and each group's queue. Run periodically on the backend worker (config
``backend.sync_interval_s``); a failing part never hides the others."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from kiosk.catalogue import Catalogue
from kiosk.queue.base import (
    Availability,
    BackendError,
    BackendUnavailable,
    ConcernReport,
    ConcernTile,
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
    tiles: tuple[ConcernTile, ...] = ()  # the concern screen from the central system's buttons


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
    tiles = _tiles(backend)
    if status.state is ServiceState.OPEN:
        for scope_id in dict.fromkeys(t.group_id for t in tiles if t.group_id):
            if scope_id not in queues:  # buttons mode: its groups are scopes
                try:
                    queues[scope_id] = backend.queue_status(scope_id)
                except (BackendError, ValueError) as err:
                    log.debug("queue status of %s unavailable: %s", scope_id, err)
    return Snapshot(status, health, queues, tiles)


def _tiles(backend: QueueBackend) -> tuple[ConcernTile, ...]:
    """The backend's own concern tiles (ZMS buttons mode), link QR codes drawn here:
    this runs on the backend worker, never on the GUI thread."""
    own = getattr(backend, "concern_tiles", None)
    if not callable(own):
        return ()
    try:
        tiles: tuple[ConcernTile, ...] = own()
    except BackendError as err:
        log.info("concern tiles unavailable: %s", err)
        return ()
    return tuple(replace(t, qr=qr_svg(t.url)) if t.url else t for t in tiles)


@functools.lru_cache(maxsize=16)
def qr_svg(payload: str) -> str:
    """A QR code as an SVG data URI (cached: links rarely change)."""
    import base64
    import io

    import qrcode
    import qrcode.image.svg

    img = qrcode.make(payload, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10)
    buf = io.BytesIO()
    img.save(buf)
    return "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def concern_report(
    backend: QueueBackend, catalogue: Catalogue, now: datetime | None = None
) -> list[ConcernReport]:
    """Per concern what a citizen choosing it would get now (``kiosk queue status``).

    A backend that knows more (ZMS: per-scope availability and ZMS's own estimate)
    answers itself through ``concern_report``; any other is asked the generic way.
    """
    own = getattr(backend, "concern_report", None)
    if callable(own):
        rows: list[ConcernReport] = own(now)
        return rows
    status = backend.service_status(now)
    if status.state is ServiceState.OUT_OF_SERVICE:  # the embedded queue: its database failed
        raise BackendUnavailable(status.reason or "the queue is out of service")
    queues: dict[str, QueueStatus] = {}
    rows = []
    for concern in catalogue.concerns:
        gid = concern.group_id
        if status.state is ServiceState.CLOSED:
            state = Availability.CLOSED
        else:
            state = status.group_state(gid).availability
        ahead, wait, source = None, None, ""
        if state is Availability.OPEN:
            if gid not in queues:
                queues[gid] = backend.queue_status(gid, now)
            q = queues[gid]
            ahead, source = q.waiting, q.source
            if q.wait.known:
                wait = (q.wait.low_min or 0, q.wait.high_min or 0)
        rows.append(ConcernReport(concern.id, gid, state.value, ahead, wait, source))
    return rows
