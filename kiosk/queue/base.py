"""What the kiosk needs from a queue system, whichever system answers.

The UI only ever talks to a :class:`QueueBackend`; the embedded SQLite backend and the
central-system adapters (ZMS) implement it. Everything here is plain data so it can cross
threads and be logged without personal data (a ticket carries none).
"""

from __future__ import annotations

import enum
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


@dataclass(frozen=True)
class QueueStatus:
    group_id: str
    waiting: int | None
    wait: WaitEstimate = UNKNOWN_WAIT


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


class ServiceState(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"
    OUT_OF_SERVICE = "out_of_service"


@dataclass(frozen=True)
class ServiceStatus:
    state: ServiceState
    next_opening: datetime | None = None  # when CLOSED
    reason: str = ""  # when OUT_OF_SERVICE: for logs and staff, not shown to citizens
    exhausted_groups: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Health:
    ok: bool
    detail: str = ""


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
