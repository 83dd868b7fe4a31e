"""The kiosk's own memory of ZMS draws: one SQLite file in the cache folder.

ZMS's draw is not idempotent (its ``requestId`` is a service id), so the kiosk keeps
which request got which ticket, notes the scope's counters before each write (the basis
of recovering a lost reply) and the emergency numbers it issued while ZMS was down.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk.db import Connection, Migration, SqliteDatabase
from kiosk.queue.base import BackendUnavailable, Ticket, WaitEstimate
from kiosk.queue.zms.model import Scope


@dataclass(frozen=True)
class Pending:
    """A draw that was sent and whose outcome is not known yet."""

    request_id: str
    scope_id: str
    given_before: int | None
    last_before: int | None
    sent_at: float  # time.time(): survives a restart
    counted_at: float | None = None  # time.time() when ZMS reported the counters


# -- journal ---------------------------------------------------------------------------

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS draw (
        request_id   TEXT PRIMARY KEY,
        kind         TEXT NOT NULL,               -- zms, checkin, emergency
        state        TEXT NOT NULL,               -- pending, issued
        scope_id     TEXT,
        given_before INTEGER,
        last_before  INTEGER,
        sent_at      REAL,
        process_id   TEXT,
        ticket       TEXT,                        -- JSON, when issued
        created_at   REAL NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS emergency (
        day         TEXT NOT NULL,
        seq         INTEGER NOT NULL,
        request_id  TEXT NOT NULL UNIQUE,
        reference   TEXT NOT NULL UNIQUE,
        ticket      TEXT NOT NULL,
        scope_id    TEXT NOT NULL,
        reported_at TEXT,
        PRIMARY KEY (day, seq)
    )""",
)
# Versioned (kiosk.db); never edit a released entry. IF NOT EXISTS adopts older files.
MIGRATIONS: list[Migration] = [
    _SCHEMA,
    ("ALTER TABLE draw ADD COLUMN counted_at REAL",),  # how old given_before was
]
_KEEP_DRAWS_S = 3 * 86400.0


def _expire_draws(conn: Connection) -> None:
    """On every new connection: draws older than three days are of no use any more."""
    conn.execute("DELETE FROM draw WHERE created_at < ?", (time.time() - _KEEP_DRAWS_S,))


class Journal:
    """The kiosk's own memory of ZMS draws (idempotency, lost replies) and of the
    emergency numbers it issued; one SQLite file, opened on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = SqliteDatabase(
            path, "kiosk journal", MIGRATIONS, error=BackendUnavailable, setup=_expire_draws
        )

    def _db(self, write: bool = False) -> AbstractContextManager[Connection]:
        return self.db.write() if write else self.db.read()

    def close(self) -> None:
        self.db.close()

    def ticket(self, request_id: str) -> Ticket | None:
        with self._db() as conn:
            row = conn.execute(
                "SELECT ticket FROM draw WHERE request_id = ? AND state = 'issued'", (request_id,)
            ).fetchone()
        return ticket_from_json(row[0]) if row else None

    def pending(self, request_id: str) -> Pending | None:
        with self._db() as conn:
            row = conn.execute(
                "SELECT scope_id, given_before, last_before, sent_at, counted_at FROM draw"
                " WHERE request_id = ? AND state = 'pending'",
                (request_id,),
            ).fetchone()
        return Pending(request_id, *row) if row else None

    def begin(
        self, request_id: str, scope_id: str, scope: Scope | None, counted_at: float
    ) -> Pending:
        """Note the scope's counters before the write, and when ZMS reported them
        (``counted_at``, time.time()): the basis of a later recovery."""
        given = scope.given_count if scope else None
        last = scope.last_given if scope else None
        pending = Pending(request_id, scope_id, given, last, time.time(), counted_at)
        with self.db.write(durable=False) as conn:  # see issued()
            conn.execute(
                "INSERT OR REPLACE INTO draw (request_id, kind, state, scope_id, given_before,"
                " last_before, sent_at, created_at, counted_at)"
                " VALUES (?, 'zms', 'pending', ?, ?, ?, ?, ?, ?)",
                (request_id, scope_id, given, last, pending.sent_at, pending.sent_at, counted_at),
            )
        return pending

    def issued(self, request_id: str, kind: str, ticket: Ticket, process_id: str = "") -> None:
        """Without waiting for the disk (a draw's path): the row survives a crash of the
        kiosk, and a power cut ends the citizen's visit, whose request id it serves; the
        number itself is kept by ZMS. Emergency numbers are written durably."""
        with self.db.write(durable=False) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO draw (request_id, kind, state, process_id, ticket,"
                " created_at) VALUES (?, ?, 'issued', ?, ?, ?)",
                (request_id, kind, process_id, ticket_to_json(ticket), time.time()),
            )

    def forget(self, request_id: str) -> None:
        with self._db(write=True) as conn:
            conn.execute(
                "DELETE FROM draw WHERE request_id = ? AND state = 'pending'", (request_id,)
            )

    def checkin(self, process_id: str) -> Ticket | None:
        """The ticket of an earlier check-in for the appointment, if any."""
        with self._db() as conn:
            row = conn.execute(
                "SELECT ticket FROM draw WHERE kind = 'checkin' AND process_id = ?"
                " ORDER BY created_at LIMIT 1",
                (process_id,),
            ).fetchone()
        return ticket_from_json(row[0]) if row else None

    def emergency(
        self,
        request_id: str,
        day: date,
        first: int,
        last: int,
        make: Callable[[int], Ticket],
        scope_id: str,
    ) -> Ticket | None:
        """The next number of the day's local range (``make(seq)`` builds the ticket),
        the one already issued for ``request_id``, or None when the range is used up."""
        with self._db(write=True) as conn:
            row = conn.execute(
                "SELECT ticket FROM emergency WHERE request_id = ?", (request_id,)
            ).fetchone()
            if row:
                return ticket_from_json(row[0])
            used = conn.execute(
                "SELECT max(seq) FROM emergency WHERE day = ?", (day.isoformat(),)
            ).fetchone()[0]
            seq = first if used is None else max(first, used + 1)
            if seq > last:
                return None
            ticket: Ticket = make(seq)
            text = ticket_to_json(ticket)
            conn.execute(
                "INSERT INTO emergency (day, seq, request_id, reference, ticket, scope_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (day.isoformat(), seq, request_id, ticket.reference, text, scope_id),
            )
            conn.execute(
                "INSERT OR REPLACE INTO draw (request_id, kind, state, ticket, created_at)"
                " VALUES (?, 'emergency', 'issued', ?, ?)",
                (request_id, text, time.time()),
            )
            return ticket

    def emergency_left(self, day: date, first: int, last: int) -> int:
        with self._db() as conn:
            used = conn.execute(
                "SELECT max(seq) FROM emergency WHERE day = ?", (day.isoformat(),)
            ).fetchone()[0]
        return last - (first - 1 if used is None else max(first - 1, used))

    def unreported(self) -> list[Ticket]:
        with self._db() as conn:
            rows = conn.execute(
                "SELECT ticket FROM emergency WHERE reported_at IS NULL ORDER BY day, seq"
            ).fetchall()
        return [ticket_from_json(r[0]) for r in rows]

    def mark_reported(self, references: Iterable[str]) -> int:
        stamp = datetime.now(UTC).isoformat()
        with self._db(write=True) as conn:
            return sum(
                conn.execute(
                    "UPDATE emergency SET reported_at = ? WHERE reference = ?"
                    " AND reported_at IS NULL",
                    (stamp, ref),
                ).rowcount
                for ref in references
            )


def ticket_to_json(ticket: Ticket) -> str:
    return json.dumps(
        {
            "reference": ticket.reference,
            "number": ticket.number,
            "concern_id": ticket.concern_id,
            "group_id": ticket.group_id,
            "issued_at": ticket.issued_at.isoformat(),
            "people_ahead": ticket.people_ahead,
            "wait": [ticket.wait.low_min, ticket.wait.high_min],
            "office_texts": list(ticket.office_texts),
        }
    )


def ticket_from_json(text: str) -> Ticket:
    try:
        d = json.loads(text)
        return Ticket(
            str(d["reference"]),
            str(d["number"]),
            str(d["concern_id"]),
            str(d["group_id"]),
            datetime.fromisoformat(d["issued_at"]),
            d["people_ahead"],
            WaitEstimate(*d["wait"]),
            tuple(str(t) for t in d.get("office_texts") or ()),
        )
    except (ValueError, TypeError, KeyError) as err:
        raise BackendUnavailable(f"kiosk journal: unreadable ticket ({err!r})") from None
