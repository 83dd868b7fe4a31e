"""What the kiosk needs from a queue system, whichever system answers.

The UI only ever talks to a :class:`QueueBackend`; the embedded SQLite backend and the
central-system adapters (ZMS) implement it. Everything here is plain data so it can cross
threads and be logged without personal data (a ticket carries none).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


class BackendError(Exception):
    """A queue operation failed; ``str(err)`` is a clear one-line reason for logs and staff."""


class BackendUnavailable(BackendError):
    """The backend cannot issue numbers now (database locked, corrupt, disk full, down)."""


class NumbersExhausted(BackendError):
    """The daily contingent of a group is used up."""

    def __init__(self, group_id: str) -> None:
        super().__init__(f"daily contingent of group {group_id} is exhausted")
        self.group_id = group_id


class ServiceClosed(BackendError):
    """Outside opening hours; ``next_opening`` is None when no opening is known."""

    def __init__(self, next_opening: datetime | None) -> None:
        when = next_opening.isoformat(timespec="minutes") if next_opening else "unknown"
        super().__init__(f"closed, next opening {when}")
        self.next_opening = next_opening


class AppointmentNotFound(BackendError):
    """No appointment for that booking code (or a wrong access key): the citizen retypes."""


class BackendRejected(BackendError):
    """The central system answered with a clear refusal that a retry will not change
    (e.g. the kiosk is disabled, the scope is unknown). ``str(err)`` says which."""


class TicketsDeactivated(BackendRejected):
    """Staff switched off ticket printing for this office; ``text`` is what the central
    system asks the kiosk to show instead (may be empty)."""

    def __init__(self, group_id: str, text: str = "") -> None:
        super().__init__(f"ticket printing is deactivated for {group_id}: {text or 'no text'}")
        self.group_id = group_id
        self.text = text


class Misconfigured(BackendRejected):
    """The kiosk's own set-up does not match the central system (a concern without a
    scope, a scope missing from the button list, a button list the server refuses).
    Citizens see "out of service"; ``str(err)`` names the setting to fix."""


@dataclass(frozen=True)
class WaitEstimate:
    """Expected wait in minutes as a range; both None means "unknown"."""

    low_min: int | None = None
    high_min: int | None = None

    @property
    def known(self) -> bool:
        return self.low_min is not None and self.high_min is not None


UNKNOWN_WAIT = WaitEstimate()


@dataclass(frozen=True)
class Ticket:
    """A drawn waiting number. ``reference`` is unique across days and kiosks (QR payload)."""

    reference: str
    number: str  # as called out in the waiting room, e.g. "A-042"
    concern_id: str
    group_id: str
    issued_at: datetime  # timezone-aware, local time of the site
    people_ahead: int | None
    wait: WaitEstimate = UNKNOWN_WAIT
    # what the central system prints on its own tickets (ZMS: the office's name and its
    # printText / customText1 / customText2), printed as given
    office_texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class QueueStatus:
    group_id: str
    waiting: int | None
    wait: WaitEstimate = UNKNOWN_WAIT
    source: str = "kiosk"  # who computed the estimate: "kiosk" or the central system


@dataclass(frozen=True)
class BookingRef:
    """What a confirmation's QR code or a typed booking code identifies.

    ``auth_key`` is the second factor some systems (ZMS) require to read an appointment;
    the embedded backend has none. Neither is personal data.
    """

    appointment_id: str
    auth_key: str = ""


@dataclass(frozen=True)
class Appointment:
    """An appointment as the kiosk may show it: time and concern, nothing personal."""

    appointment_id: str
    starts_at: datetime  # timezone-aware
    concern_names: tuple[str, ...]  # as the central system names them (German)
    group_id: str = ""  # embedded: the catalogue group; ZMS: the scope id
    number: str = ""  # the waiting number, once it has one ("B-017" or ZMS displayNumber)
    checked_in: bool = False
    concern_id: str = ""  # the catalogue concern, when the backend knows it (embedded)
    status: str = ""  # the central system's process status (ZMS: confirmed, called, ...)
    walk_in: bool = False  # a waiting number, not an appointment (no time of day)


class ServiceState(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"
    OUT_OF_SERVICE = "out_of_service"


class Availability(enum.Enum):
    """Why a concern group can or cannot get numbers now; each has its own citizen text."""

    OPEN = "open"
    CLOSED = "closed"  # outside opening hours
    EXHAUSTED = "exhausted"  # the day's contingent is used up
    DEACTIVATED = "deactivated"  # staff switched ticket printing off
    MISCONFIGURED = "misconfigured"  # the kiosk's set-up is wrong: out of service


@dataclass(frozen=True)
class GroupState:
    """A group that cannot get numbers: why, and the text to show (deactivated)."""

    availability: Availability
    text: str = ""  # DEACTIVATED: the central system's text; MISCONFIGURED: for staff


@dataclass(frozen=True)
class ServiceStatus:
    state: ServiceState
    next_opening: datetime | None = None  # when CLOSED
    reason: str = ""  # when OUT_OF_SERVICE: for logs and staff, not shown to citizens
    exhausted_groups: frozenset[str] = field(default_factory=frozenset)  # every group
    # that cannot get numbers now (greyed out); ``groups`` says why, where known
    groups: Mapping[str, GroupState] = field(default_factory=dict)

    def group_state(self, group_id: str) -> GroupState:
        """Why ``group_id`` cannot get numbers (OPEN when it can)."""
        if group_id in self.groups:
            return self.groups[group_id]
        if group_id in self.exhausted_groups:
            return GroupState(Availability.EXHAUSTED)
        return GroupState(Availability.OPEN)


@dataclass(frozen=True)
class ConcernReport:
    """One line of ``kiosk queue status``: what a citizen choosing this concern gets."""

    concern_id: str
    group_id: str
    state: str  # open, closed, exhausted, deactivated, misconfigured
    people_ahead: int | None
    wait_minutes: tuple[int, int] | None
    source: str  # where the estimate comes from: "zms", "kiosk", "" (none)


@dataclass(frozen=True)
class ConcernTile:
    """A tile of a concern screen built from the central system's own buttons (ZMS),
    rather than from the kiosk's catalogue."""

    id: str  # the catalogue concern the admin mapped, else "zms:<scope>[-<service>]"
    name: str  # as the central system names the button (German)
    group_id: str  # the scope; "" for a link
    group_name: str
    prefix: str  # the scope's display prefix
    available: bool
    reason: str  # an Availability value
    reason_text: str = ""
    url: str = ""  # link buttons: shown as a QR code
    qr: str = ""  # the link's QR code (data URI), made off the GUI thread


@dataclass(frozen=True)
class Health:
    ok: bool
    detail: str = ""
    fix: str = ""  # what an admin should do, when the cause is known


class QueueBackend(Protocol):
    """A queue system. Calls may block on I/O: the UI calls them from a worker thread.

    ``request_id`` makes drawing idempotent: the same id returns the same ticket, so a
    double tap or a retry after a lost reply never draws two numbers.
    """

    def draw_number(
        self, concern_id: str, group_id: str, request_id: str, now: datetime | None = None
    ) -> Ticket: ...

    def queue_status(self, group_id: str, now: datetime | None = None) -> QueueStatus: ...

    def service_status(self, now: datetime | None = None) -> ServiceStatus: ...

    def health(self) -> Health: ...

    def find_appointment(self, ref: BookingRef, now: datetime | None = None) -> Appointment:
        """Raises AppointmentNotFound for an unknown code or a wrong key."""
        ...

    def check_in(self, ref: BookingRef, request_id: str, now: datetime | None = None) -> Ticket:
        """Record the arrival (where the system can) and return the number to show and
        print. Idempotent by ``request_id`` and by appointment: checking in twice returns
        the same ticket. Time windows (too early / too late) are the caller's policy."""
        ...

    def close(self) -> None: ...
