"""Walk-in numbers from a local range while the site database cannot be reached.

With a ``postgresql://`` site database and ``[offline] emergency_numbers = true`` a kiosk
that loses the server keeps handing out numbers: ``N-900``, ``N-901`` ... from its own
per-day range (``emergency_first`` .. ``emergency_last``; give each kiosk of a site its
own range, see docs/site.md). They are kept in a small SQLite file in the kiosk's state
folder, each under the citizen's request id, so asking again gives the same number, and
also once the server is back. Reconciled later: the kiosk reports every emergency number
through its outbox (``kiosk.queue.emergency``), which delivers them to the site's form
store, where clerks see them (``kiosk submissions list``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from kiosk.catalogue import Catalogue
from kiosk.config import Config, OfflineSection
from kiosk.db import Migration, SqliteDatabase
from kiosk.queue.base import (
    UNKNOWN_WAIT,
    BackendUnavailable,
    Health,
    NumbersExhausted,
    ServiceClosed,
    ServiceState,
    ServiceStatus,
    Ticket,
)
from kiosk.queue.embedded import EmbeddedBackend

log = logging.getLogger(__name__)

EMERGENCY_PREFIX = "offline-"  # references of emergency tickets start with this
LABEL = "emergency numbers"

MIGRATIONS: list[Migration] = [
    (
        """CREATE TABLE emergency (
            day         TEXT    NOT NULL,             -- local date, YYYY-MM-DD
            seq         INTEGER NOT NULL,
            request_id  TEXT    NOT NULL UNIQUE,
            reference   TEXT    NOT NULL UNIQUE,
            ticket      TEXT    NOT NULL,             -- JSON
            reported_at TEXT,                         -- UTC, when queued for staff
            PRIMARY KEY (day, seq)
        )""",
    ),
]


class SiteEmergency:
    """The kiosk's own emergency range (see the module docstring)."""

    def __init__(self, path: Path, offline: OfflineSection, kiosk_id: str) -> None:
        self.offline = offline
        self.kiosk_id = kiosk_id
        self.db = SqliteDatabase(path, LABEL, MIGRATIONS, error=BackendUnavailable)

    def find(self, request_id: str) -> Ticket | None:
        """The emergency number already given for ``request_id``, if any."""
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT ticket FROM emergency WHERE request_id = ?", (request_id,)
            ).fetchone()
        return _ticket(row[0]) if row else None

    def issue(self, concern_id: str, group_id: str, request_id: str, now: datetime) -> Ticket:
        """The next number of today's range (or the one ``request_id`` got before);
        NumbersExhausted when the range is used up."""
        o = self.offline
        day = now.date().isoformat()
        with self.db.write() as conn:
            row = conn.execute(
                "SELECT ticket FROM emergency WHERE request_id = ?", (request_id,)
            ).fetchone()
            if row:
                return _ticket(row[0])
            used = conn.execute("SELECT max(seq) FROM emergency WHERE day = ?", (day,)).fetchone()
            seq = o.emergency_first if used[0] is None else max(o.emergency_first, used[0] + 1)
            if seq > o.emergency_last:
                raise NumbersExhausted(group_id)
            number = f"{o.emergency_prefix}-{seq:03d}"
            ticket = Ticket(
                f"{EMERGENCY_PREFIX}{self.kiosk_id}-{now:%Y%m%d}-{number}",
                number,
                concern_id,
                group_id,
                now,
                None,  # unknown: the site's queue cannot be read
                UNKNOWN_WAIT,
            )
            conn.execute(
                "INSERT INTO emergency (day, seq, request_id, reference, ticket)"
                " VALUES (?, ?, ?, ?, ?)",
                (day, seq, request_id, ticket.reference, _json(ticket)),
            )
        return ticket

    def pending(self) -> list[Ticket]:
        """Emergency numbers not yet queued for staff, oldest first."""
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT ticket FROM emergency WHERE reported_at IS NULL ORDER BY day, seq"
            ).fetchall()
        return [_ticket(r[0]) for r in rows]

    def mark_reported(self, references: Iterable[str]) -> int:
        stamp = datetime.now(UTC).isoformat()
        with self.db.write() as conn:
            return sum(
                conn.execute(
                    "UPDATE emergency SET reported_at = ? WHERE reference = ?"
                    " AND reported_at IS NULL",
                    (stamp, ref),
                ).rowcount
                for ref in references
            )

    def close(self) -> None:
        self.db.close()


class SiteBackend(EmbeddedBackend):
    """The embedded queue on the site database, with the kiosk's emergency range when
    ``[offline] emergency_numbers`` is set (without it, exactly an EmbeddedBackend)."""

    emergency: SiteEmergency | None = None

    @classmethod
    def from_config(cls, cfg: Config, catalogue: Catalogue) -> Self:
        backend = super().from_config(cfg, catalogue)
        if cfg.offline.emergency_numbers:
            path = cfg.state_dir / "site-emergency.db"
            backend.emergency = SiteEmergency(path, cfg.offline, cfg.kiosk.id)
        return backend

    def draw_number(
        self, concern_id: str, group_id: str, request_id: str, now: datetime | None = None
    ) -> Ticket:
        """As EmbeddedBackend; when the site database cannot be reached (not merely
        busy), a number from the emergency range. A request id keeps its number."""
        if self.emergency is None:
            return super().draw_number(concern_id, group_id, request_id, now)
        earlier = self.emergency.find(request_id)
        if earlier is not None:
            return earlier
        try:
            return super().draw_number(concern_id, group_id, request_id, now)
        except BackendUnavailable as err:
            if self.db.last_failure_lock:
                raise
            moment = self._now(now)
            if not self.hours.is_open(moment):
                raise ServiceClosed(self.hours.next_opening(moment)) from None
            ticket = self.emergency.issue(concern_id, group_id, request_id, moment)
            log.warning("site database unreachable, emergency number %s: %s", ticket.number, err)
            return ticket

    def service_status(self, now: datetime | None = None) -> ServiceStatus:
        """Open while the emergency range can stand in for an unreachable database."""
        status = super().service_status(now)
        if status.state is ServiceState.OUT_OF_SERVICE and self._standing_in():
            return replace(status, state=ServiceState.OPEN, reason=f"degraded: {status.reason}")
        return status

    def health(self) -> Health:
        health = super().health()
        if not health.ok and self._standing_in():
            return Health(
                False,
                f"degraded: {health.detail}; walk-in numbers from the emergency range",
                "check the network and the site database (docs/site.md)",
            )
        return health

    def pending_emergency_tickets(self) -> list[Ticket]:
        return [] if self.emergency is None else self.emergency.pending()

    def mark_emergency_reported(self, references: Iterable[str]) -> int:
        return 0 if self.emergency is None else self.emergency.mark_reported(references)

    def close(self) -> None:
        super().close()
        if self.emergency is not None:
            self.emergency.close()

    def _standing_in(self) -> bool:
        return self.emergency is not None and not self.db.last_failure_lock


def _json(ticket: Ticket) -> str:
    return json.dumps(
        {
            "reference": ticket.reference,
            "number": ticket.number,
            "concern_id": ticket.concern_id,
            "group_id": ticket.group_id,
            "issued_at": ticket.issued_at.isoformat(),
        }
    )


def _ticket(text: str) -> Ticket:
    d = json.loads(text)
    return Ticket(
        d["reference"],
        d["number"],
        d["concern_id"],
        d["group_id"],
        datetime.fromisoformat(d["issued_at"]),
        None,
        UNKNOWN_WAIT,
    )
