"""The ZMS (eAppointment) adapter: :class:`kiosk.queue.base.QueueBackend` over the ZMS REST API.

Calls used (see shared/zms/README.md): the kiosk's hash (``GET /organisation/{id}/hash/``,
once, then cached), ``GET /ticketprinter/{hash}/`` (enabled?), ``POST /ticketprinter/``
(the button list: which scopes are offered), ``GET /scope/{id}/`` (prefix, contingent,
staffing), ``GET /scope/{id}/queue/`` (people ahead), ``GET /process/{id}/{authKey}/``
(appointments) and the one call that writes, ``GET /scope/{id}/waitingnumber/{hash}/``.

Catalogue concerns map to scopes through ``zms.concerns`` (``"141"``, or ``"141-120335"``
to book ZMS service 120335 in scope 141). A concern without a mapping, or whose scope is
not on the kiosk's button list, is not offered: a catalogue group none of whose concerns
can be served shows up in ``ServiceStatus.exhausted_groups`` (the UI then greys it out),
and drawing for such a concern raises BackendRejected.

Drawing a number is not idempotent in ZMS. Its ``requestId`` parameter is the *service*
(Dienstleistung) id the new process is booked for, validated as a number - not an
idempotency key - so asking again after a lost reply draws a second number. Idempotency
is therefore kept here, in a small SQLite journal in ``cache_dir``: a request id that got
a ticket gets the same ticket again. Before the write the scope's counters are read
(``givenNumberCount``, ``lastGivenNumber``); when the reply is lost (read timeout, dropped
connection, 5xx, unreadable body) the scope is read again instead of resending:

* exactly one number given since -> that number is this kiosk's (prefix + lastGivenNumber);
* none given -> nothing was drawn (yet): the call fails; a retry with the same request id
  draws again only once ``settle_s`` has passed, so a request still in flight at the
  server cannot make a second number;
* more than one given (other kiosks drew meanwhile) -> cannot be told apart: the call
  fails and the citizen is sent to the counter; never a second draw for that request id.

Offline: the ticket-printer and scope configuration is cached as JSON in ``cache_dir``
and used when ZMS cannot be reached (health says "degraded"). With
``offline.emergency_numbers`` the kiosk then hands out numbers from a local per-day range
(``N-900`` ...), marked by a reference starting with ``offline-`` and listed by
:meth:`ZmsBackend.pending_emergency_tickets` until reported; without it drawing fails with
BackendUnavailable("central system unreachable ...").
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.catalogue import Catalogue
from kiosk.config import Config, ConfigError
from kiosk.db import immediate
from kiosk.http import HttpClient, HttpSettings, JsonReply, OutcomeUnknown, refusal
from kiosk.queue.base import (
    UNKNOWN_WAIT,
    Appointment,
    AppointmentNotFound,
    BackendError,
    BackendRejected,
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
from kiosk.queue.zms.model import (
    Button,
    MalformedReply,
    Process,
    QueueEntry,
    Scope,
    Ticketprinter,
    error_name,
    parse_process,
    parse_queue,
    parse_scope,
    parse_ticketprinter,
    people_ahead,
    unwrap,
)

log = logging.getLogger(__name__)

CONFIG_TTL_S = 300.0  # how long drawing trusts the button list before asking again
SITE_CACHE = "zms-site.json"
HASH_CACHE = "zms-hash.json"
JOURNAL = "zms-journal.sqlite"
EMERGENCY_PREFIX = "offline-"  # references of emergency tickets start with this
MAX_BUTTONS = 6  # ZMS refuses longer button lists (TooManyButtons)
UNREACHABLE = "central system unreachable"
EXHAUSTED = "GivenNumberCountExceeded"
_TARGET = re.compile(r"(\d{1,11})(?:-(\d{1,11}))?")
_PROCESS_ID = re.compile(r"\d{1,12}")
_AUTH_KEY = re.compile(r"[A-Za-z0-9]{1,64}")
_HASH = re.compile(r"[A-Za-z0-9]{1,64}")


def is_emergency(ticket: Ticket) -> bool:
    """True for a number the kiosk issued itself while ZMS was unreachable."""
    return ticket.reference.startswith(EMERGENCY_PREFIX)


@dataclass(frozen=True)
class Target:
    """Where a concern's numbers are drawn: a scope and optionally a ZMS service id."""

    scope_id: str
    request_id: str | None = None


def parse_targets(concerns: dict[str, str]) -> dict[str, Target]:
    """``zms.concerns`` values "141" or "141-120335"; ConfigError names a bad one."""
    targets: dict[str, Target] = {}
    for concern_id, value in concerns.items():
        found = _TARGET.fullmatch(value.strip())
        if not found:
            raise ConfigError(
                f"zms.concerns.{concern_id}: {value!r} is not a scope id like '141' "
                "or scope-service like '141-120335'"
            )
        targets[concern_id] = Target(
            str(int(found.group(1))), str(int(found.group(2))) if found.group(2) else None
        )
    return targets


@dataclass(frozen=True)
class _Site:
    """What the kiosk knows of its ZMS set-up; ``from_cache`` when ZMS is unreachable."""

    hash: str
    printer: Ticketprinter
    scopes: dict[str, Scope]
    raw: dict[str, Any]  # the ZMS entities as received: what the cache file keeps
    saved_at: str
    fetched_at: float = 0.0  # time.monotonic() of the fetch
    from_cache: bool = False
    error: str = ""  # why the cache is in use

    def offered(self) -> dict[str, bool]:
        return self.printer.offered_scopes()


@dataclass(frozen=True)
class _Pending:
    """A draw that was sent and whose outcome is not known yet."""

    request_id: str
    scope_id: str
    given_before: int | None
    last_before: int | None
    sent_at: float  # time.time(): survives a restart


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
_KEEP_DRAWS_S = 3 * 86400.0


class _Journal:
    """The kiosk's own memory of ZMS draws (idempotency, lost replies) and of the
    emergency numbers it issued; one SQLite file, opened on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None

    @contextmanager
    def _db(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        try:
            conn = self._connection()
            if not write:
                yield conn
                return
            with immediate(conn):
                yield conn
        except (sqlite3.Error, OSError) as err:
            self.close()
            raise BackendUnavailable(f"kiosk journal {self.path}: {err}") from None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self.path, timeout=2.0, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # an issued number survives power loss
            for statement in _SCHEMA:
                conn.execute(statement)
            conn.execute("DELETE FROM draw WHERE created_at < ?", (time.time() - _KEEP_DRAWS_S,))
            self._conn = conn
        return self._conn

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def ticket(self, request_id: str) -> Ticket | None:
        with self._db() as conn:
            row = conn.execute(
                "SELECT ticket FROM draw WHERE request_id = ? AND state = 'issued'", (request_id,)
            ).fetchone()
        return ticket_from_json(row[0]) if row else None

    def pending(self, request_id: str) -> _Pending | None:
        with self._db() as conn:
            row = conn.execute(
                "SELECT scope_id, given_before, last_before, sent_at FROM draw"
                " WHERE request_id = ? AND state = 'pending'",
                (request_id,),
            ).fetchone()
        return _Pending(request_id, row[0], row[1], row[2], row[3]) if row else None

    def begin(self, request_id: str, scope: Scope) -> _Pending:
        """Note the scope's counters before the write: the basis of a later recovery."""
        pending = _Pending(request_id, scope.id, scope.given_count, scope.last_given, time.time())
        with self._db(write=True) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO draw (request_id, kind, state, scope_id, given_before,"
                " last_before, sent_at, created_at) VALUES (?, 'zms', 'pending', ?, ?, ?, ?, ?)",
                (
                    request_id,
                    scope.id,
                    scope.given_count,
                    scope.last_given,
                    pending.sent_at,
                    pending.sent_at,
                ),
            )
        return pending

    def issued(self, request_id: str, kind: str, ticket: Ticket, process_id: str = "") -> None:
        with self._db(write=True) as conn:
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
        self, request_id: str, day: date, first: int, last: int, make: Any, scope_id: str
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
        )
    except (ValueError, TypeError, KeyError) as err:
        raise BackendUnavailable(f"kiosk journal: unreadable ticket ({err!r})") from None


# -- the backend -----------------------------------------------------------------------


class ZmsBackend:
    """:class:`kiosk.queue.base.QueueBackend` over ZMS. Nothing is contacted until the first
    call; calls are serialised by a lock (the UI calls from one worker thread anyway).

    ``settle_s``: how long after a draw whose reply was lost (and which ZMS does not show)
    a retry with the same request id waits before drawing again - a request still being
    processed by a slow server must not produce a second number.
    """

    def __init__(
        self,
        cfg: Config,
        catalogue: Catalogue,
        *,
        http: HttpClient | None = None,
        settle_s: float | None = None,
        config_ttl_s: float = CONFIG_TTL_S,
    ) -> None:
        self.zms = cfg.zms
        self.offline = cfg.offline
        self.tz: ZoneInfo = cfg.tz
        self.kiosk_id = cfg.kiosk.id
        self.cache_dir = cfg.cache_dir
        self.catalogue = catalogue
        self.targets = parse_targets(cfg.zms.concerns)
        self.http = http or HttpClient(HttpSettings.from_zms(cfg.zms, cfg.kiosk.id))
        self.settle_s = settle_s if settle_s is not None else max(30.0, 3 * cfg.zms.read_timeout_s)
        self.config_ttl_s = config_ttl_s
        self._journal = _Journal(self.cache_dir / JOURNAL)
        self._site: _Site | None = None
        self._hash = ""
        self._lock = threading.RLock()

    # -- QueueBackend ------------------------------------------------------------------

    def draw_number(
        self, concern_id: str, group_id: str, request_id: str, now: datetime | None = None
    ) -> Ticket:
        """A walk-in number from ZMS (or an emergency number offline); the same ticket
        again for a known ``request_id``. Raises NumbersExhausted, ServiceClosed,
        BackendRejected (not offered, disabled), BackendUnavailable."""
        now = self._now(now)
        with self._lock:
            known = self._journal.ticket(request_id)
            if known is not None:
                return known
            target = self._target(concern_id, group_id)
            pending = self._journal.pending(request_id)
            if pending is not None:
                return self._recover(
                    pending,
                    target,
                    concern_id,
                    group_id,
                    now,
                    "an earlier attempt got no reply",
                    allow_redraw=True,
                )
            return self._draw(target, concern_id, group_id, request_id, now)

    def queue_status(self, group_id: str, now: datetime | None = None) -> QueueStatus:
        """People waiting in the group's scopes and the wait a new number would get."""
        now = self._now(now)
        with self._lock:
            scope_ids = self._scopes_of(group_id)
            if not scope_ids:
                return QueueStatus(group_id, None)
            try:
                counts = [self._waiting(sid, now) for sid in scope_ids]
            except BackendUnavailable:
                if self.offline.emergency_numbers:
                    return QueueStatus(group_id, None)
                raise
        return QueueStatus(group_id, sum(n for n, _ in counts), _widest([w for _, w in counts]))

    def service_status(self, now: datetime | None = None) -> ServiceStatus:
        """OPEN with the groups that cannot be served, CLOSED when every offered scope
        reports closed, OUT_OF_SERVICE when disabled or unreachable (unless emergency
        numbers are configured)."""
        self._now(now)
        with self._lock:
            try:
                site = self._site_fresh(max_age=0.0)
            except BackendRejected as err:
                return ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=str(err))
            except BackendUnavailable as err:
                return self._offline_status(now, str(err))
            if site.from_cache:
                return self._offline_status(now, site.error)
            if not site.printer.enabled:
                return ServiceStatus(
                    ServiceState.OUT_OF_SERVICE, reason="this kiosk is disabled in ZMS"
                )
            return self._online_status(site)

    def health(self) -> Health:
        """ok when ZMS answers and the kiosk is enabled; "degraded" when running on the
        cached configuration."""
        with self._lock:
            try:
                printer = self._printer(self._kiosk_hash())
            except BackendRejected as err:
                return Health(False, str(err))
            except BackendUnavailable as err:
                cached = self._site or self._load_cache()
                if cached is None:
                    return Health(False, str(err))
                return Health(
                    False, f"degraded: {err}; using the configuration cached at {cached.saved_at}"
                )
        if not printer.enabled:
            return Health(False, "this kiosk is disabled in ZMS")
        return Health(True, f"ZMS at {self.http.settings.host} answers")

    def find_appointment(self, ref: BookingRef, now: datetime | None = None) -> Appointment:
        """The appointment behind a booking code and its access key (authKey)."""
        self._now(now)
        with self._lock:
            process, starts = self._appointment(ref)
            return Appointment(
                appointment_id=process.id,
                starts_at=datetime.fromtimestamp(starts, self.tz),
                concern_names=process.request_names,
                group_id=process.scope_id or "",
                number=self._process_number(process),
                checked_in=self._checked_in(process.id),
                concern_id=self._concern_of(process.scope_id),
            )

    def check_in(self, ref: BookingRef, request_id: str, now: datetime | None = None) -> Ticket:
        """ZMS has no arrival call: the appointment joins the queue by itself. Checking in
        looks it up and returns its number and the wait as a ticket (reference = process
        id); the same request id or appointment returns the ticket given before (the key
        is checked with ZMS first)."""
        now = self._now(now)
        with self._lock:
            known = self._journal.ticket(request_id)
            if known is not None:
                return known
            process, _ = self._appointment(ref)
            earlier = self._journal.checkin(process.id)
            if earlier is not None:
                self._remember(request_id, "checkin", earlier, process.id)
                return earlier
            scope = self._scope_or_none(process.scope_id)
            ahead, wait = self._position(scope, process.number, process.arrival, now)
            ticket = Ticket(
                reference=process.id,
                number=self._process_number(process, scope),
                concern_id=self._concern_of(process.scope_id),
                group_id=process.scope_id or "",
                issued_at=now,
                people_ahead=ahead,
                wait=wait,
            )
            self._remember(request_id, "checkin", ticket, process.id)
            return ticket

    def close(self) -> None:
        with self._lock:
            self.http.close()
            self._journal.close()

    # -- emergency numbers -------------------------------------------------------------

    def pending_emergency_tickets(self) -> list[Ticket]:
        """Emergency numbers issued offline and not yet reported (oldest first)."""
        with self._lock:
            return self._journal.unreported()

    def mark_emergency_reported(self, references: Iterable[str]) -> int:
        """Mark emergency tickets as reported to ZMS staff; returns how many changed."""
        with self._lock:
            return self._journal.mark_reported(references)

    # -- drawing -----------------------------------------------------------------------

    def _draw(
        self, target: Target, concern_id: str, group_id: str, request_id: str, now: datetime
    ) -> Ticket:
        try:
            site = self._site_fresh(max_age=self.config_ttl_s)
            scope = self._scope(target.scope_id)
        except BackendRejected:
            raise
        except BackendUnavailable as err:
            return self._emergency(target, concern_id, group_id, request_id, now, str(err))
        self._check_drawable(site, scope, group_id)
        pending = self._journal.begin(request_id, scope)
        try:
            process = self._waitingnumber(site.hash, target, group_id)
        except OutcomeUnknown as err:
            log.warning("reply lost while drawing a number: %s", err)
            return self._recover(
                pending, target, concern_id, group_id, now, str(err), allow_redraw=False
            )
        except BackendUnavailable as err:  # never sent: nothing was drawn
            self._journal.forget(request_id)
            return self._emergency(target, concern_id, group_id, request_id, now, str(err))
        except BackendError as err:
            self._journal.forget(request_id)
            if isinstance(err, BackendRejected):  # e.g. kiosk disabled: ask ZMS again next time
                self._site = replace(site, fetched_at=float("-inf"))
            raise
        ahead, wait = self._position(scope, process.number, process.arrival, now)
        ticket = Ticket(
            process.id, process.shown_number(scope.prefix), concern_id, group_id, now, ahead, wait
        )
        self._remember(request_id, "zms", ticket, process.id)
        return ticket

    def _remember(self, request_id: str, kind: str, ticket: Ticket, process_id: str = "") -> None:
        """Journal an issued ticket; a journal failure must not cost the citizen the
        number ZMS has already given (only the idempotency of this request is lost)."""
        try:
            self._journal.issued(request_id, kind, ticket, process_id)
        except BackendUnavailable as err:
            log.error("ticket %s issued but not journaled: %s", ticket.number, err)

    def _check_drawable(self, site: _Site, scope: Scope, group_id: str) -> None:
        if not site.printer.enabled:
            raise BackendRejected("this kiosk is disabled in ZMS")
        if scope.id not in site.offered():
            raise BackendRejected(f"scope {scope.id} is not on this kiosk's ZMS button list")
        if scope.deactivated:
            text = f": {scope.deactivated_text}" if scope.deactivated_text else ""
            raise BackendRejected(f"ticket printing is deactivated for scope {scope.id}{text}")
        if scope.opened is False:
            raise ServiceClosed(None)
        if scope.exhausted:
            raise NumbersExhausted(group_id)

    def _waitingnumber(self, hash_: str, target: Target, group_id: str) -> Process:
        """The write. Never retried; an unreadable success is an unknown outcome too."""
        label = f"GET /scope/{target.scope_id}/waitingnumber/"
        params = {"requestId": target.request_id} if target.request_id else None
        reply = self.http.call(
            "GET",
            f"/scope/{target.scope_id}/waitingnumber/{hash_}/",
            idempotent=False,
            params=params,
            label=label,
        )
        if not reply.ok:
            name = error_name(reply.body)
            if name == EXHAUSTED:
                raise NumbersExhausted(group_id)
            raise refusal(reply, f"ZMS {label}", name)
        try:
            process = parse_process(unwrap(reply.body, label)[1])
            if not process.shown_number():
                raise MalformedReply(f"ZMS reply to {label} carries no waiting number")
        except MalformedReply as err:
            raise OutcomeUnknown(f"{err}; a number may have been drawn") from None
        return process

    def _recover(
        self,
        pending: _Pending,
        target: Target,
        concern_id: str,
        group_id: str,
        now: datetime,
        cause: str,
        *,
        allow_redraw: bool,
    ) -> Ticket:
        """Find out by reading the scope whether a lost draw took effect (module doc)."""
        try:
            scope = self._scope(pending.scope_id)
        except BackendError:
            raise BackendUnavailable(
                f"no reply while drawing a number ({cause}) and ZMS cannot be asked what "
                "happened; please ask at the counter"
            ) from None
        drawn = _drawn_since(pending, scope)
        if drawn == 1 and scope.last_given is not None:
            ticket = self._recovered_ticket(scope, concern_id, group_id, now)
            log.warning(
                "lost draw recovered from the scope's counter",
                extra={"fields": {"scope": scope.id, "number": ticket.number}},
            )
            self._remember(pending.request_id, "zms", ticket)
            return ticket
        if drawn == 0:
            if allow_redraw and time.time() - pending.sent_at >= self.settle_s:
                self._journal.forget(pending.request_id)
                return self._draw(target, concern_id, group_id, pending.request_id, now)
            raise BackendUnavailable(
                f"no reply while drawing a number ({cause}); ZMS has not issued it (yet), "
                "please try again in a moment"
            )
        why = (
            "ZMS does not report its counters"
            if drawn is None
            else f"{drawn} numbers were drawn meanwhile, so this kiosk's cannot be told apart"
        )
        raise BackendUnavailable(
            f"no reply while drawing a number ({cause}) and {why}; please ask at the counter"
        )

    def _recovered_ticket(
        self, scope: Scope, concern_id: str, group_id: str, now: datetime
    ) -> Ticket:
        """A ticket for a number known only from the scope's counter: no process id, so
        the reference is scope-day-number (unique, like a process id)."""
        raw = str(scope.last_given)
        ahead, wait = self._position(scope, raw, None, now)
        reference = f"{scope.id}-{now:%Y%m%d}-{raw}"
        return Ticket(reference, scope.shown_number(raw), concern_id, group_id, now, ahead, wait)

    def _emergency(
        self,
        target: Target,
        concern_id: str,
        group_id: str,
        request_id: str,
        now: datetime,
        cause: str,
    ) -> Ticket:
        """A local number while ZMS is unreachable, only when configured and only for a
        kiosk that ZMS has enabled before (it must have been reached once)."""
        if not self.offline.emergency_numbers:
            raise BackendUnavailable(f"{UNREACHABLE}: {cause}")
        site = self._site or self._load_cache()
        if site is None:
            raise BackendUnavailable(
                f"{UNREACHABLE} and never reached before, so no emergency numbers: {cause}"
            )
        if not site.printer.enabled:
            raise BackendRejected("this kiosk is disabled in ZMS (last known state)")
        if target.scope_id not in site.offered():
            raise BackendRejected(f"scope {target.scope_id} is not on this kiosk's button list")
        o = self.offline
        day = now.date()

        def make(seq: int) -> Ticket:
            ref = f"{EMERGENCY_PREFIX}{self.kiosk_id}-{day:%Y%m%d}-{seq:03d}"
            return Ticket(ref, f"{o.emergency_prefix}-{seq:03d}", concern_id, group_id, now, None)

        ticket = self._journal.emergency(
            request_id, day, o.emergency_first, o.emergency_last, make, target.scope_id
        )
        if ticket is None:
            raise NumbersExhausted(group_id)
        log.warning(
            "emergency number issued while ZMS is unreachable",
            extra={"fields": {"number": ticket.number, "cause": cause}},
        )
        return ticket

    # -- status ------------------------------------------------------------------------

    def _online_status(self, site: _Site) -> ServiceStatus:
        offered = site.offered()
        usable = {sid for sid, enabled in offered.items() if enabled and _usable(site, sid)}
        mapped = {t.scope_id for t in self.targets.values() if t.scope_id in offered}
        scopes = [site.scopes[sid] for sid in mapped if sid in site.scopes]
        if not usable and scopes and all(s.opened is False for s in scopes):
            return ServiceStatus(ServiceState.CLOSED)
        return ServiceStatus(ServiceState.OPEN, exhausted_groups=self._groups_without(usable))

    def _offline_status(self, now: datetime | None, cause: str) -> ServiceStatus:
        site = self._site or self._load_cache()
        if not self.offline.emergency_numbers or site is None:
            return ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=f"{UNREACHABLE}: {cause}")
        if not site.printer.enabled:
            return ServiceStatus(
                ServiceState.OUT_OF_SERVICE,
                reason="this kiosk is disabled in ZMS (last known state)",
            )
        o = self.offline
        if (
            self._journal.emergency_left(self._now(now).date(), o.emergency_first, o.emergency_last)
            <= 0
        ):
            usable: set[str] = set()
        else:
            usable = set(site.offered())
        return ServiceStatus(ServiceState.OPEN, exhausted_groups=self._groups_without(usable))

    def _groups_without(self, usable: set[str]) -> frozenset[str]:
        """Catalogue groups none of whose concerns maps to a usable scope."""
        return frozenset(
            g.id
            for g in self.catalogue.groups
            if not any(
                self.targets.get(c.id, Target("")).scope_id in usable
                for c in self.catalogue.concerns_of(g.id)
            )
        )

    def _scopes_of(self, group_id: str) -> list[str]:
        """The scopes behind a catalogue group; a scope id stands for itself."""
        ids = [
            self.targets[c.id].scope_id
            for c in self.catalogue.concerns_of(group_id)
            if c.id in self.targets
        ]
        if not ids and group_id in {t.scope_id for t in self.targets.values()}:
            ids = [group_id]
        return sorted(set(ids))

    def _waiting(self, scope_id: str, now: datetime) -> tuple[int, WaitEstimate]:
        scope = self._scope(scope_id)
        count = people_ahead(self._queue(scope_id), None, None, int(now.timestamp()))
        return count, scope.wait_for(count)

    def _position(
        self, scope: Scope | None, number: str | None, arrival: int | None, now: datetime
    ) -> tuple[int | None, WaitEstimate]:
        """People ahead of ``number`` and the wait; unknown when the queue cannot be read
        (the number is drawn already: that must not fail the draw)."""
        if scope is None:
            return None, UNKNOWN_WAIT
        try:
            queue = self._queue(scope.id)
        except BackendError as err:
            log.info("queue of scope %s not readable: %s", scope.id, err)
            return None, UNKNOWN_WAIT
        if arrival is None:
            arrival = next((e.arrival for e in queue if e.number == number), None)
        ahead = people_ahead(queue, number, arrival, int(now.timestamp()))
        return ahead, scope.wait_for(ahead)

    # -- appointments ------------------------------------------------------------------

    def _appointment(self, ref: BookingRef) -> tuple[Process, int]:
        """The process and its appointment time (unix) from GET /process/{id}/{authKey}/;
        403 (wrong key), 404 and a process without appointment are AppointmentNotFound."""
        pid, key = ref.appointment_id.strip(), ref.auth_key.strip()
        if not _PROCESS_ID.fullmatch(pid) or not _AUTH_KEY.fullmatch(key):
            raise AppointmentNotFound("booking code or access key is not valid")
        label = f"GET /process/{pid}/.../"  # the authKey stays out of logs
        reply = self.http.call("GET", f"/process/{pid}/{key}/", idempotent=True, label=label)
        if reply.status in (403, 404):
            raise AppointmentNotFound("no appointment for that booking code")
        process = parse_process(self._data(reply, label))
        if process.appointment_at is None:
            raise AppointmentNotFound("no appointment for that booking code")
        return process, process.appointment_at

    def _process_number(self, process: Process, scope: Scope | None = None) -> str:
        """displayNumber, else prefix + queue number; appointments are called by their
        process id when ZMS gives no number."""
        known = (
            scope
            or process.scope
            or (self._site.scopes.get(process.scope_id or "") if self._site else None)
        )
        return process.shown_number(known.prefix if known else "") or process.id

    def _checked_in(self, process_id: str) -> bool:
        """Whether this kiosk checked the appointment in (ZMS itself does not know)."""
        try:
            return self._journal.checkin(process_id) is not None
        except BackendUnavailable as err:  # the lookup matters more than this flag
            log.error("%s", err)
            return False

    def _concern_of(self, scope_id: str | None) -> str:
        matches = sorted(c for c, t in self.targets.items() if t.scope_id == scope_id)
        return matches[0] if len(matches) == 1 else ""

    # -- configuration -----------------------------------------------------------------

    def _site_fresh(self, max_age: float) -> _Site:
        """The ZMS set-up, fetched when older than ``max_age``; the cached one (marked
        ``from_cache``) when ZMS cannot be reached; BackendUnavailable without either."""
        site = self._site
        if site and not site.from_cache and time.monotonic() - site.fetched_at < max_age:
            return site
        try:
            site = self._fetch_site()
        except BackendRejected:
            raise
        except BackendUnavailable as err:
            cached = self._site or self._load_cache()
            if cached is None:
                raise
            self._site = replace(cached, from_cache=True, error=str(err))
            return self._site
        self._site = site
        self._save_site(site)
        return site

    def _fetch_site(self) -> _Site:
        hash_ = self._kiosk_hash()
        try:
            printer_data = self._get(f"/ticketprinter/{hash_}/", "GET /ticketprinter/")
        except BackendRejected:
            if self.zms.ticketprinter_hash:
                raise
            log.warning("ZMS refuses the kiosk's stored hash (deleted there?): registering again")
            hash_ = self._hash = self._register()
            printer_data = self._get(f"/ticketprinter/{hash_}/", "GET /ticketprinter/")
        printer = parse_ticketprinter(printer_data)
        scope_data: dict[str, Any] = {}
        if printer.enabled:
            printer = replace(printer, buttons=self._buttons(hash_))
            for sid in sorted(printer.offered_scopes()):
                try:
                    scope_data[sid] = self._get(f"/scope/{sid}/", f"GET /scope/{sid}/")
                except BackendRejected as err:  # one broken scope must not stop the others
                    log.warning("scope %s left out: %s", sid, err)
        return self._site_from(
            hash_, printer_data, scope_data, datetime.now(UTC).isoformat(), printer
        )

    def _site_from(
        self,
        hash_: str,
        printer_data: Any,
        scope_data: dict[str, Any],
        saved_at: str,
        printer: Ticketprinter | None = None,
    ) -> _Site:
        raw = {
            "ticketprinter": printer_data,
            "scopes": scope_data,
            "buttons": [asdict(b) for b in printer.buttons] if printer else None,
        }
        return _Site(
            hash=hash_,
            printer=printer or parse_ticketprinter(printer_data),
            scopes={sid: parse_scope(d) for sid, d in scope_data.items()},
            raw=raw,
            saved_at=saved_at,
            fetched_at=time.monotonic(),
        )

    def _buttons(self, hash_: str) -> tuple[Button, ...]:
        """POST /ticketprinter/: reads the button configuration, writes nothing, so it
        is retried like a GET. A single-scope list whose contingent is used up is
        refused with GivenNumberCountExceeded: its buttons are then simply disabled."""
        buttonlist = self._buttonlist()
        label = "POST /ticketprinter/"
        reply = self.http.call(
            "POST",
            "/ticketprinter/",
            idempotent=True,
            label=label,
            json_body={"hash": hash_, "buttonlist": buttonlist},
        )
        if not reply.ok and error_name(reply.body) == EXHAUSTED:
            return tuple(
                Button("scope", "", False, sid, None)
                for sid in re.findall(r"(?:^|,)[sr](\d+)", buttonlist)
            )
        return parse_ticketprinter(self._data(reply, label)).buttons

    def _buttonlist(self) -> str:
        """``zms.buttonlist``, else one scope button per mapped scope ("s141,s142")."""
        if self.zms.buttonlist:
            return self.zms.buttonlist
        scopes = sorted({t.scope_id for t in self.targets.values()}, key=int)
        if not scopes:
            raise BackendRejected("no concern is mapped to a ZMS scope (zms.concerns)")
        if len(scopes) > MAX_BUTTONS:
            raise BackendRejected(
                f"{len(scopes)} scopes mapped, ZMS allows {MAX_BUTTONS} buttons; set zms.buttonlist"
            )
        return ",".join(f"s{sid}" for sid in scopes)

    def _kiosk_hash(self) -> str:
        """``zms.ticketprinter_hash``, else the one obtained earlier (cached), else a new
        one from ZMS. Obtaining registers a ticket printer, so it is done once and not
        retried; the hash identifies, it does not authenticate."""
        if self.zms.ticketprinter_hash:
            return self.zms.ticketprinter_hash
        if not self._hash:
            self._hash = self._cached_hash() or self._register()
        return self._hash

    def _register(self) -> str:
        org = self.zms.organisation_id
        if not org:
            raise BackendRejected(
                "zms.organisation_id or zms.ticketprinter_hash is needed to identify the kiosk"
            )
        label = f"GET /organisation/{org}/hash/"
        reply = self.http.call(
            "GET",
            f"/organisation/{org}/hash/",
            idempotent=False,
            params={"name": self.zms.kiosk_name or self.kiosk_id},
            label=label,
        )
        hash_ = parse_ticketprinter(self._data(reply, label)).hash
        self._write_json(
            HASH_CACHE, {"base_url": self.zms.base_url, "organisation": org, "hash": hash_}
        )
        log.info("kiosk registered with ZMS organisation %s", org)
        return hash_

    def _cached_hash(self) -> str:
        data = self._read_json(HASH_CACHE)
        hash_ = data.get("hash") if isinstance(data, dict) else None
        if (
            isinstance(hash_, str)
            and _HASH.fullmatch(hash_)
            and data.get("base_url") == self.zms.base_url
            and data.get("organisation") == self.zms.organisation_id
        ):
            return hash_
        return ""

    def _printer(self, hash_: str) -> Ticketprinter:
        return parse_ticketprinter(self._get(f"/ticketprinter/{hash_}/", "GET /ticketprinter/"))

    # -- calls -------------------------------------------------------------------------

    def _get(self, path: str, label: str) -> Any:
        return self._data(self.http.call("GET", path, idempotent=True, label=label), label)

    def _data(self, reply: JsonReply, label: str) -> Any:
        """The envelope's data, or the refusal as BackendRejected with ZMS's reason."""
        if not reply.ok:
            raise refusal(reply, f"ZMS {label}", error_name(reply.body))
        return unwrap(reply.body, label)[1]

    def _scope(self, scope_id: str) -> Scope:
        return parse_scope(self._get(f"/scope/{scope_id}/", f"GET /scope/{scope_id}/"))

    def _scope_or_none(self, scope_id: str | None) -> Scope | None:
        if not scope_id:
            return None
        try:
            return self._scope(scope_id)
        except BackendError as err:
            log.info("scope %s not readable: %s", scope_id, err)
            return None

    def _queue(self, scope_id: str) -> tuple[QueueEntry, ...]:
        label = f"GET /scope/{scope_id}/queue/"
        return parse_queue(self._get(f"/scope/{scope_id}/queue/", label))

    # -- cache files -------------------------------------------------------------------

    def _save_site(self, site: _Site) -> None:
        self._write_json(
            SITE_CACHE,
            {
                "format": 1,
                "base_url": self.zms.base_url,
                "saved_at": site.saved_at,
                "hash": site.hash,
                **site.raw,
            },
        )

    def _load_cache(self) -> _Site | None:
        """The cached set-up, or None when absent, for another server, or unreadable."""
        data = self._read_json(SITE_CACHE)
        if not isinstance(data, dict) or data.get("base_url") != self.zms.base_url:
            return None
        if self.zms.ticketprinter_hash and data.get("hash") != self.zms.ticketprinter_hash:
            return None
        try:
            buttons = tuple(Button(**b) for b in data.get("buttons") or ())
            printer = replace(parse_ticketprinter(data.get("ticketprinter")), buttons=buttons)
            site = self._site_from(
                str(data.get("hash")),
                data.get("ticketprinter"),
                dict(data.get("scopes") or {}),
                str(data.get("saved_at")),
                printer,
            )
        except (BackendError, TypeError, ValueError) as err:
            log.warning("ignoring the ZMS cache %s: %s", self.cache_dir / SITE_CACHE, err)
            return None
        return replace(site, from_cache=True)

    def _read_json(self, name: str) -> Any:
        try:
            return json.loads((self.cache_dir / name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:
            log.warning("cannot read %s: %s", self.cache_dir / name, err)
            return None

    def _write_json(self, name: str, data: Any) -> None:
        """Atomically (write, then rename): a power cut leaves the old file or the new."""
        target = self.cache_dir / name
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, target)
        except OSError as err:
            log.warning("cannot write %s: %s", target, err)

    # -- helpers -----------------------------------------------------------------------

    def _target(self, concern_id: str, group_id: str) -> Target:
        try:
            concern = self.catalogue.concern(concern_id)
        except KeyError:
            raise ValueError(f"concern {concern_id!r} is not in the catalogue") from None
        if concern.group_id != group_id:
            raise ValueError(f"concern {concern_id!r} does not belong to group {group_id!r}")
        target = self.targets.get(concern_id)
        if target is None:
            raise BackendRejected(
                f"concern {concern_id!r} is not offered here: no ZMS scope in zms.concerns"
            )
        return target

    def _now(self, now: datetime | None) -> datetime:
        if now is None:
            return datetime.now(self.tz)
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("the queue needs timezone-aware datetimes")
        return now.astimezone(self.tz)


def _usable(site: _Site, scope_id: str) -> bool:
    scope = site.scopes.get(scope_id)
    return scope is not None and not (scope.deactivated or scope.exhausted or scope.opened is False)


def _drawn_since(pending: _Pending, scope: Scope) -> int | None:
    if pending.given_before is None or scope.given_count is None:
        return None
    return scope.given_count - pending.given_before


def _widest(waits: list[WaitEstimate]) -> WaitEstimate:
    """Several scopes behind one group: the range spanning them; unknown if any is."""
    if not waits or not all(w.known for w in waits):
        return UNKNOWN_WAIT
    return WaitEstimate(min(w.low_min or 0 for w in waits), max(w.high_min or 0 for w in waits))
