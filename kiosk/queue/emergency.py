"""Reporting the emergency numbers a backend handed out while the central system was down.

A backend that can issue numbers offline (ZMS with ``offline.emergency_numbers``) keeps
them until they are reported; the kiosk puts each into the durable outbox, which delivers
them to staff, and only then marks them reported. Putting one twice is harmless: the
ticket reference is the outbox's idempotency key.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from kiosk.queue.base import Ticket

log = logging.getLogger(__name__)

OUTBOX_KIND = "emergency_ticket"


@runtime_checkable
class IssuesEmergencyNumbers(Protocol):
    """A backend that hands out numbers from a local range when it is offline."""

    def pending_emergency_tickets(self) -> list[Ticket]: ...

    def mark_emergency_reported(self, references: Iterable[str]) -> int: ...


class Queueable(Protocol):
    """Where the reports go: the durable outbox (kiosk.outbox.store.Outbox)."""

    def put(
        self, kind: str, payload: dict[str, Any], idempotency_key: str | None = None
    ) -> str: ...


def report_payload(ticket: Ticket, kiosk_id: str) -> dict[str, Any]:
    """What staff learn of an emergency number: which, where, when; nothing of the citizen."""
    return {
        "kiosk": kiosk_id,
        "number": ticket.number,
        "reference": ticket.reference,
        "concern": ticket.concern_id,
        "group": ticket.group_id,
        "issued_at": ticket.issued_at.isoformat(),
    }


def report_emergency_numbers(backend: object, outbox: Queueable, kiosk_id: str) -> int:
    """Queue every unreported emergency number, then mark them reported; returns how many.

    A backend without emergency numbers reports nothing. Errors propagate: a number not
    queued stays pending and is tried again at the next status refresh."""
    if not isinstance(backend, IssuesEmergencyNumbers):
        return 0
    tickets = backend.pending_emergency_tickets()
    for ticket in tickets:
        outbox.put(OUTBOX_KIND, report_payload(ticket, kiosk_id), idempotency_key=ticket.reference)
    if tickets:
        backend.mark_emergency_reported(t.reference for t in tickets)
        log.info(
            "emergency numbers queued for reporting", extra={"fields": {"count": len(tickets)}}
        )
    return len(tickets)
