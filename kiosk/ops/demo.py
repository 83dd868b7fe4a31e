"""Demo data, so the demo shows every path without a server: a few appointments today,
one on time, one too early and one too late for check-in."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from kiosk.queue.base import Appointment
from kiosk.queue.embedded import EmbeddedBackend

log = logging.getLogger(__name__)

DEMO_SLOTS = (("anmeldung", 5), ("reisepass", 120), ("fuehrungszeugnis", -60))


def seed_appointments(backend: EmbeddedBackend, now: datetime | None = None) -> list[Appointment]:
    """Book the demo appointments unless today already has some; returns today's."""
    now = now or datetime.now(backend.tz)
    existing = backend.appointments(now)
    if existing:
        return existing
    for concern_id, minutes in DEMO_SLOTS:
        start = (now + timedelta(minutes=minutes)).replace(second=0, microsecond=0)
        if start.date() != now.date():  # just after midnight or before: stay today
            start = now.replace(second=0, microsecond=0)
        backend.book(concern_id, start)
    log.info("demo appointments booked", extra={"fields": {"count": len(DEMO_SLOTS)}})
    return backend.appointments(now)
