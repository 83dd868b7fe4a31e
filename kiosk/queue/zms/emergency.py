"""Emergency numbers: a local per-day range (``N-900`` ...) while ZMS is unreachable.

Only when ``offline.emergency_numbers`` is set, and only for a kiosk that ZMS enabled
before (it must have been reached once). Each number is journaled with a reference
starting with ``offline-`` and reported to staff through the outbox later.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from kiosk.config import OfflineSection
from kiosk.queue.base import BackendRejected, BackendUnavailable, NumbersExhausted, Ticket
from kiosk.queue.zms.buttons import Target
from kiosk.queue.zms.journal import Journal
from kiosk.queue.zms.site import Site

log = logging.getLogger(__name__)

EMERGENCY_PREFIX = "offline-"  # references of emergency tickets start with this
UNREACHABLE = "central system unreachable"


def is_emergency(ticket: Ticket) -> bool:
    """True for a number the kiosk issued itself while ZMS was unreachable."""
    return ticket.reference.startswith(EMERGENCY_PREFIX)


class Emergency:
    def __init__(self, offline: OfflineSection, journal: Journal, kiosk_id: str) -> None:
        self.offline = offline
        self.journal = journal
        self.kiosk_id = kiosk_id

    def left(self, day: date) -> int:
        o = self.offline
        return self.journal.emergency_left(day, o.emergency_first, o.emergency_last)

    def issue(
        self,
        site: Site | None,
        target: Target,
        concern_id: str,
        group_id: str,
        request_id: str,
        now: datetime,
        cause: str,
    ) -> Ticket:
        """A local number, or BackendUnavailable ("unreachable") when not configured."""
        if not self.offline.emergency_numbers:
            raise BackendUnavailable(f"{UNREACHABLE}: {cause}")
        if site is None:
            raise BackendUnavailable(
                f"{UNREACHABLE} and never reached before, so no emergency numbers: {cause}"
            )
        if not site.enabled:
            raise BackendRejected(f"{site.disabled_text()} (last known state)")
        if target.scope_id not in site.offered():
            raise BackendRejected(f"scope {target.scope_id} is not on this kiosk's button list")
        o = self.offline
        day = now.date()

        def make(seq: int) -> Ticket:
            ref = f"{EMERGENCY_PREFIX}{self.kiosk_id}-{day:%Y%m%d}-{seq:03d}"
            return Ticket(ref, f"{o.emergency_prefix}-{seq:03d}", concern_id, group_id, now, None)

        ticket = self.journal.emergency(
            request_id, day, o.emergency_first, o.emergency_last, make, target.scope_id
        )
        if ticket is None:
            raise NumbersExhausted(group_id)
        log.warning(
            "emergency number issued while ZMS is unreachable",
            extra={"fields": {"number": ticket.number, "cause": cause}},
        )
        return ticket
