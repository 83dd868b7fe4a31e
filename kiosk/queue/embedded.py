"""The embedded queue: waiting numbers in an SQLite file on the kiosk, or in the site's
PostgreSQL shared by several kiosks (docs/site.md).

A number is handed out inside one write transaction of :class:`kiosk.db.Database`, which
takes the store's write lock before the first read, so kiosks drawing at the same moment
queue up instead of computing the same next number; UNIQUE (day, group, seq) is the last
line of defence. Every database error becomes :class:`BackendUnavailable` with one line;
the next call reconnects unless it was only a lock. No personal data is stored.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Self
from zoneinfo import ZoneInfo

from kiosk import db as kdb
from kiosk.catalogue import Catalogue, Group
from kiosk.config import Config, GroupPolicy
from kiosk.db import Connection, Database
from kiosk.db.site import open_store
from kiosk.privacy.pseudonyms import pseudonym
from kiosk.queue.base import (
    Appointment,
    AppointmentNotFound,
    BackendUnavailable,
    BookingRef,
    Health,
    NumbersExhausted,
    QueueStatus,
    ServiceClosed,
    ServiceState,
    ServiceStatus,
    Ticket,
    WaitEstimate,
)
from kiosk.queue.checkin import make_code
from kiosk.queue.embedded_schema import (
    MIGRATIONS,
    TICKET_COLUMNS,
    GroupSummary,
    TicketRow,
    by_request,
    count_status,
    estimate_wait,
    issued_by_group,
)
from kiosk.queue.embedded_schema import SCHEMA_VERSION as SCHEMA_VERSION  # re-export
from kiosk.queue.hours import OpeningHours

log = logging.getLogger(__name__)

LABEL = "queue database"
MAX_SEQ = 999  # numbers are shown with three digits (A-001 .. A-999)


def describe_error(err: BaseException, path: Path, busy_timeout_s: float) -> str:
    """One line for logs and staff: which queue database file and what is wrong with it."""
    return kdb.describe_error(err, LABEL, path, busy_timeout_s)


class EmbeddedBackend:
    """:class:`kiosk.queue.base.QueueBackend` over the queue database.

    ``path`` is the SQLite file; ``database`` replaces it with another
    :class:`kiosk.db.Database` (the site's PostgreSQL). The connection is opened on first
    use (and again after an error), so the object can be built in one thread and used
    from a worker thread; the database's lock serialises the calls. ``on_connect`` is a
    test hook run on every new connection (e.g. ``PRAGMA max_page_count`` to simulate a
    full disk).
    """

    quick_check_interval_s: float = 300.0

    def __init__(
        self,
        path: Path,
        catalogue: Catalogue,
        groups: dict[str, GroupPolicy],
        hours: OpeningHours,
        tz: ZoneInfo,
        kiosk_id: str,
        busy_timeout_s: float = 2.0,
        *,
        database: Database | None = None,
    ) -> None:
        self.path = Path(path)
        self.db = database or kdb.open_database(
            self.path,
            LABEL,
            MIGRATIONS,
            error=BackendUnavailable,
            busy_timeout_s=busy_timeout_s,
        )
        self.catalogue = catalogue
        self.groups = dict(groups)
        self.hours = hours
        self.tz = tz
        self.kiosk_id = kiosk_id
        self.busy_timeout_s = busy_timeout_s
        self._last_quick_check: float | None = None

    @classmethod
    def from_config(cls, cfg: Config, catalogue: Catalogue) -> Self:
        """The queue as configured: ``<state_dir>/kiosk.db`` (or ``[embedded] database``),
        or the site's PostgreSQL for a ``postgresql://`` database."""
        database = open_store(
            cfg,
            store="queue",
            file=cfg.database_path,
            label=LABEL,
            migrations=MIGRATIONS,
            error=BackendUnavailable,
        )
        return cls(
            cfg.database_path,
            catalogue,
            cfg.embedded.groups,
            OpeningHours(cfg.embedded.opening_hours, cfg.tz),
            cfg.tz,
            cfg.kiosk.id,
            database=database,
        )

    @property
    def on_connect(self) -> Callable[[Any], None] | None:
        return self.db.on_connect

    @on_connect.setter
    def on_connect(self, hook: Callable[[Any], None] | None) -> None:
        self.db.on_connect = hook

    # -- QueueBackend ------------------------------------------------------------------

    def draw_number(
        self, concern_id: str, group_id: str, request_id: str, now: datetime | None = None
    ) -> Ticket:
        """Issue the next number of the group, or return the one issued for ``request_id``.

        Raises ServiceClosed, NumbersExhausted, BackendUnavailable; ValueError for a group
        or concern the catalogue does not have, or a request id reused for another group.
        """
        group = self._group(group_id)
        self._check_concern(concern_id, group_id)
        now = self._now(now)
        with self.db.write() as conn:
            row = by_request(conn, request_id)
            if row is None:
                if not self.hours.is_open(now):
                    raise ServiceClosed(self.hours.next_opening(now))
                row = self._issue(conn, group, concern_id, request_id, now)
            elif row.group_id != group_id:
                raise ValueError(f"request id {request_id!r} was used for group {row.group_id}")
            return self._ticket(conn, row)

    def queue_status(self, group_id: str, now: datetime | None = None) -> QueueStatus:
        """Waiting count of today and the wait a newly drawn ticket would get."""
        day = self._day(self._now(now))
        with self.db.read() as conn:
            waiting = count_status(conn, day, group_id, "waiting")
        return QueueStatus(group_id, waiting, estimate_wait(waiting, self.groups.get(group_id)))

    def service_status(self, now: datetime | None = None) -> ServiceStatus:
        """CLOSED outside opening hours, OUT_OF_SERVICE when the database fails, else OPEN."""
        now = self._now(now)
        if not self.hours.is_open(now):
            return ServiceStatus(ServiceState.CLOSED, next_opening=self.hours.next_opening(now))
        try:
            with self.db.read() as conn:
                issued = issued_by_group(conn, self._day(now))
        except BackendUnavailable as err:
            return ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=str(err))
        exhausted = frozenset(
            g.id for g in self.catalogue.groups if issued.get(g.id, 0) >= self._contingent(g.id)
        )
        return ServiceStatus(ServiceState.OPEN, exhausted_groups=exhausted)

    def health(self) -> Health:
        """Cheap read of the ticket table; the engine's integrity check (SQLite's
        ``PRAGMA quick_check``) at most every few minutes."""
        try:
            with self.db.read() as conn:
                conn.execute("SELECT 1 FROM ticket LIMIT 1").fetchall()
                if self._quick_check_due():
                    problem = self.db.integrity_problem(conn)
                    if problem is not None:
                        return Health(False, problem)
                    self._last_quick_check = time.monotonic()
        except BackendUnavailable as err:
            return Health(False, str(err))
        return Health(True, "ok")

    def find_appointment(self, ref: BookingRef, now: datetime | None = None) -> Appointment:
        """The appointment of a booking code; cancelled ones count as not found."""
        with self.db.read() as conn:
            return self._appointment(conn, ref.appointment_id)

    def check_in(self, ref: BookingRef, request_id: str, now: datetime | None = None) -> Ticket:
        """Record the arrival and give the citizen a number in the group's queue.

        Appointments are booked capacity: the walk-in contingent does not apply. Checking
        in again returns the same ticket. The time window is the caller's policy.
        """
        now = self._now(now)
        with self.db.write() as conn:
            appointment = self._appointment(conn, ref.appointment_id)
            if appointment.checked_in:
                found = conn.execute(
                    f"SELECT {TICKET_COLUMNS} FROM ticket WHERE reference ="
                    " (SELECT ticket_ref FROM appointment WHERE id = ?)",
                    (appointment.appointment_id,),
                ).fetchone()
                return self._appointment_ticket(conn, TicketRow(*found), appointment.starts_at)
            group = self._group(appointment.group_id)
            row = by_request(conn, request_id) or self._issue(
                conn, group, appointment.concern_id, request_id, now, enforce_contingent=False
            )
            conn.execute(
                "UPDATE appointment SET status = 'arrived', arrived_at = ?, ticket_ref = ?"
                " WHERE id = ?",
                (_utc_text(now), row.reference, appointment.appointment_id),
            )
            return self._appointment_ticket(conn, row, appointment.starts_at)

    def book(self, concern_id: str, starts_at: datetime, code: str | None = None) -> Appointment:
        """Book an appointment (demo seeding and tests; real bookings come from the
        central system). Returns it with its booking code."""
        if starts_at.tzinfo is None:
            raise ValueError("the queue needs timezone-aware datetimes")
        try:
            concern = self.catalogue.concern(concern_id)
        except KeyError:
            raise ValueError(f"concern {concern_id!r} is not in the catalogue") from None
        with self.db.write() as conn:
            for _ in range(20):
                candidate = code or make_code()
                exists = conn.execute(
                    "SELECT 1 FROM appointment WHERE id = ?", (candidate,)
                ).fetchone()
                if not exists:
                    break
                if code:
                    raise ValueError(f"booking code {code} exists already")
            conn.execute(
                "INSERT INTO appointment (id, starts_at, concern_id, group_id) VALUES (?, ?, ?, ?)",
                (candidate, _utc_text(starts_at), concern.id, concern.group_id),
            )
            return self._appointment(conn, candidate)

    def appointments(self, now: datetime | None = None) -> list[Appointment]:
        """Today's appointments, earliest first (for the demo and staff)."""
        day = self._day(self._now(now))
        with self.db.read() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM appointment WHERE status != 'cancelled' ORDER BY starts_at"
                ).fetchall()
            ]
            found = [self._appointment(conn, i) for i in ids]
        return [a for a in found if self._day(a.starts_at) == day]

    def close(self) -> None:
        """Release the connection; a later call would open it again."""
        self.db.close()

    # -- staff and admin ---------------------------------------------------------------

    def call_next(self, group_id: str, now: datetime | None = None) -> Ticket | None:
        """Mark today's oldest waiting ticket of the group as called; None if nobody waits."""
        now = self._now(now)
        with self.db.write() as conn:
            found = conn.execute(
                f"SELECT {TICKET_COLUMNS} FROM ticket WHERE day = ? AND group_id = ?"
                " AND status = 'waiting' ORDER BY seq LIMIT 1",
                (self._day(now), group_id),
            ).fetchone()
            if found is None:
                return None
            conn.execute(
                "UPDATE ticket SET status = 'called', called_at = ? WHERE reference = ?",
                (_utc_text(now), found[1]),
            )
            return self._ticket(conn, replace(TicketRow(*found), status="called"))

    def seed_waiting(self, count_per_group: int, now: datetime | None = None) -> list[Ticket]:
        """Demo data: up to ``count_per_group`` waiting tickets per group, regardless of the
        opening hours but never beyond the contingent. Request ids start with "seed-"."""
        now = self._now(now)
        issued: list[Ticket] = []
        with self.db.write() as conn:
            for group in self.catalogue.groups:
                concerns = self.catalogue.concerns_of(group.id)
                if not concerns:
                    continue
                for _ in range(count_per_group):
                    request_id = f"seed-{uuid.uuid4().hex}"
                    try:
                        row = self._issue(conn, group, concerns[0].id, request_id, now)
                    except NumbersExhausted:
                        break
                    issued.append(self._ticket(conn, row))
        return issued

    def summary(self, now: datetime | None = None) -> list[GroupSummary]:
        """Per catalogue group: today's counts, what is left of the contingent, the wait."""
        day = self._day(self._now(now))
        with self.db.read() as conn:
            return [self._group_summary(conn, day, g) for g in self.catalogue.groups]

    def reset_day(self, now: datetime | None = None) -> int:
        """Delete today's tickets so numbering restarts at 001; returns how many went.

        For demos and test mornings: printed tickets of today no longer exist afterwards.
        """
        day = self._day(self._now(now))
        with self.db.write() as conn:
            return conn.execute("DELETE FROM ticket WHERE day = ?", (day,)).rowcount

    # -- issuing -----------------------------------------------------------------------

    def _issue(
        self,
        conn: Connection,
        group: Group,
        concern_id: str,
        request_id: str,
        now: datetime,
        enforce_contingent: bool = True,
    ) -> TicketRow:
        """Insert the next number of ``group`` for today; call inside a write transaction."""
        day = self._day(now)
        last = conn.execute(
            "SELECT coalesce(max(seq), 0) FROM ticket WHERE day = ? AND group_id = ?",
            (day, group.id),
        ).fetchone()[0]
        limit = self._contingent(group.id) if enforce_contingent else MAX_SEQ
        if last >= limit:
            raise NumbersExhausted(group.id)
        seq = last + 1
        number = f"{group.prefix}-{seq:03d}"
        row = TicketRow(
            number,
            f"{_day_key(day)}-{number}",
            concern_id,
            group.id,
            _utc_text(now),
            seq,
            "waiting",
        )
        conn.execute(
            "INSERT INTO ticket (day, group_id, seq, number, reference, request_id,"
            " concern_id, kiosk_id, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                day,
                group.id,
                seq,
                number,
                row.reference,
                request_id,
                concern_id,
                self.kiosk_id,
                row.issued_at,
            ),
        )
        return row

    def _contingent(self, group_id: str) -> int:
        """The group's daily contingent; a group without policy is capped by the format."""
        policy = self.groups.get(group_id)
        return min(policy.daily_contingent, MAX_SEQ) if policy else MAX_SEQ

    def _ticket(self, conn: Connection, row: TicketRow) -> Ticket:
        issued_at = datetime.fromisoformat(row.issued_at).astimezone(self.tz)
        if row.status != "waiting":
            return Ticket(
                row.reference, row.number, row.concern_id, row.group_id, issued_at, people_ahead=0
            )
        ahead = conn.execute(
            "SELECT count(*) FROM ticket WHERE day = ? AND group_id = ? AND status = 'waiting'"
            " AND seq < ?",
            (self._day(issued_at), row.group_id, row.seq),
        ).fetchone()[0]
        return Ticket(
            row.reference,
            row.number,
            row.concern_id,
            row.group_id,
            issued_at,
            ahead,
            estimate_wait(ahead, self.groups.get(row.group_id)),
        )

    def _appointment(self, conn: Connection, code: str) -> Appointment:
        found = conn.execute(
            "SELECT a.id, a.starts_at, a.concern_id, a.group_id, a.status, t.number"
            " FROM appointment a LEFT JOIN ticket t ON t.reference = a.ticket_ref"
            " WHERE a.id = ?",
            (code,),
        ).fetchone()
        if found is None or found[4] == "cancelled":
            raise AppointmentNotFound(f"no appointment with booking code {pseudonym(code)}")
        ident, starts, concern_id, group_id, status, number = found
        try:
            names = (self.catalogue.concern(concern_id).name("de"),)
        except KeyError:
            names = (concern_id,)
        return Appointment(
            ident,
            datetime.fromisoformat(starts).astimezone(self.tz),
            names,
            group_id,
            number or "",
            status == "arrived",
            concern_id,
        )

    def _appointment_ticket(self, conn: Connection, row: TicketRow, starts_at: datetime) -> Ticket:
        """An appointment is served at its slot, not by queue position: the wait is the
        time until the slot (0-10 minutes once it has come)."""
        ticket = self._ticket(conn, row)
        minutes = max(0, int((starts_at - ticket.issued_at).total_seconds() // 60))
        low = minutes // 5 * 5
        return replace(ticket, people_ahead=None, wait=WaitEstimate(low, low + 10))

    # -- queries -----------------------------------------------------------------------

    def _group_summary(self, conn: Connection, day: str, group: Group) -> GroupSummary:
        counts = dict(
            conn.execute(
                "SELECT status, count(*) FROM ticket WHERE day = ? AND group_id = ?"
                " GROUP BY status",
                (day, group.id),
            ).fetchall()
        )
        last_called = conn.execute(
            "SELECT number FROM ticket WHERE day = ? AND group_id = ? AND status = 'called'"
            " ORDER BY called_at DESC, seq DESC LIMIT 1",
            (day, group.id),
        ).fetchone()
        issued = sum(counts.values())
        waiting = counts.get("waiting", 0)
        wait = estimate_wait(waiting, self.groups.get(group.id))
        return GroupSummary(
            group_id=group.id,
            prefix=group.prefix,
            issued=issued,
            waiting=waiting,
            called=counts.get("called", 0),
            done=counts.get("done", 0),
            contingent_left=max(0, self._contingent(group.id) - issued),
            last_called=last_called[0] if last_called else None,
            wait_low_min=wait.low_min,
            wait_high_min=wait.high_min,
        )

    # -- time --------------------------------------------------------------------------

    def _now(self, now: datetime | None) -> datetime:
        if now is None:
            return datetime.now(self.tz)
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("the queue needs timezone-aware datetimes")
        return now.astimezone(self.tz)

    def _day(self, now: datetime) -> str:
        """The local calendar day of the site: the key that makes numbers restart daily."""
        return now.astimezone(self.tz).date().isoformat()

    def _group(self, group_id: str) -> Group:
        try:
            return self.catalogue.group(group_id)
        except KeyError:
            raise ValueError(f"group {group_id!r} is not in the catalogue") from None

    def _check_concern(self, concern_id: str, group_id: str) -> None:
        try:
            concern = self.catalogue.concern(concern_id)
        except KeyError:
            raise ValueError(f"concern {concern_id!r} is not in the catalogue") from None
        if concern.group_id != group_id:
            raise ValueError(f"concern {concern_id!r} does not belong to group {group_id!r}")

    def _quick_check_due(self) -> bool:
        last = self._last_quick_check
        return last is None or time.monotonic() - last >= self.quick_check_interval_s


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _day_key(day: str) -> str:
    return f"{date.fromisoformat(day):%Y%m%d}"
