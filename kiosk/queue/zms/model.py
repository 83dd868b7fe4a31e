"""ZMS replies parsed leniently into small typed records.

Real ZMS replies mix ``"141"`` and ``141`` for the same field, carry nulls, PHP arrays that
arrive as objects (``{"0": ...}``) and fields no schema names. The parsers here accept all
of that and ignore what the kiosk does not need. What they cannot accept (not an envelope,
a missing required field) raises :class:`MalformedReply` - a BackendUnavailable with one
line - and nothing else: no KeyError, TypeError or ValueError ever leaves this module.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.queue.base import UNKNOWN_WAIT, BackendUnavailable, WaitEstimate

# Queue states that still wait to be called, as ZMS counts them (QueueList): "fake" is
# the dummy entry ZMS adds where a new number would go; the rest are called, served, gone.
WAITING_STATES = frozenset({"queued", "confirmed", "reserved", "fake"})
FAKE = "fake"
_INT = re.compile(r"[+-]?\d{1,18}")
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
OPTIMISTIC_FACTOR = 0.8  # ZMS shows "optimistic - estimate" with optimistic = 0.8 x estimate


class MalformedReply(BackendUnavailable):
    """A ZMS reply that does not follow the contract (not an envelope, required field
    missing): treated like an unavailable server, never as a crash."""


# -- lenient scalars -------------------------------------------------------------------


def as_int(value: object) -> int | None:
    """141, "141", 141.0 and " 141 " are 141; bools, fractions and junk are None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        if _INT.fullmatch(text):
            return int(text)
        number = as_float(text)
        return as_int(number) if number is not None else None
    return None


def as_float(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and len(value) <= 40:
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def as_bool(value: object, default: bool = False) -> bool:
    """true/1/"1"/"true"/"yes" are True; false/0/"0"/""/"false" are False; else default."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off", ""):
            return False
    return default


def as_text(value: object) -> str:
    """Strings as they are, integral numbers as digits, everything else ""."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return ""
    number = as_int(value)
    return str(number) if number is not None else ""


def as_id(value: object) -> str | None:
    """An identifier as canonical text: 141 and "141" and "0141" become "141"."""
    number = as_int(value)
    if number is not None:
        return str(number)
    text = as_text(value).strip()
    return text if _ID.fullmatch(text) else None


def obj(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def items(value: object) -> list[Any]:
    """A JSON list, or the values of a PHP array that was encoded as an object."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    return []


def path(value: object, *keys: str) -> Any:
    """``path(scope, "status", "queue", "givenNumberCount")`` or None on any gap."""
    for key in keys:
        value = obj(value).get(key)
    return value


# -- envelope --------------------------------------------------------------------------


@dataclass(frozen=True)
class Meta:
    error: bool
    exception: str  # the PHP class's short name, e.g. "GivenNumberCountExceeded"
    message: str
    server: str


def unwrap(body: object, what: str, *, need_data: bool = True) -> tuple[Meta, Any]:
    """Split ``{"meta": ..., "data": ...}``; MalformedReply when it is not an envelope."""
    if not isinstance(body, dict) or not isinstance(body.get("meta"), dict):
        raise MalformedReply(f"ZMS reply to {what} is not a ZMS envelope")
    meta = body["meta"]
    exception = as_text(meta.get("exception")).rsplit("\\", 1)[-1]
    parsed = Meta(
        error=as_bool(meta.get("error")),
        exception=exception[:120],
        message=" ".join(as_text(meta.get("message")).split())[:200],
        server=as_text(meta.get("server"))[:120],
    )
    if need_data and body.get("data") is None:
        raise MalformedReply(f"ZMS reply to {what} has no data")
    return parsed, body.get("data")


def error_name(body: object) -> str:
    """The exception a ZMS error reply names ("" when none or not an envelope)."""
    try:
        return unwrap(body, "error", need_data=False)[0].exception
    except MalformedReply:
        return ""


def _required_id(data: object, key: str, what: str) -> str:
    found = as_id(obj(data).get(key))
    if found is None:
        raise MalformedReply(f"ZMS {what} without a valid {key!r}")
    return found


def _entity(data: object, what: str) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise MalformedReply(f"ZMS {what} is not an object")
    return data


# -- ticket printer --------------------------------------------------------------------


@dataclass(frozen=True)
class Button:
    kind: str  # scope, cluster, request, link
    name: str
    enabled: bool
    scope_id: str | None
    request_id: str | None
    url: str = ""  # link buttons: where they point
    scope: Scope | None = None  # the full scope ZMS embeds (with workstationCount)


@dataclass(frozen=True)
class Ticketprinter:
    hash: str
    enabled: bool
    name: str
    buttonlist: str
    buttons: tuple[Button, ...]

    def offered_scopes(self) -> dict[str, bool]:
        """scope id -> enabled, over the scope and request buttons."""
        offered: dict[str, bool] = {}
        for b in self.buttons:
            if b.scope_id and b.kind in ("scope", "request"):
                offered[b.scope_id] = offered.get(b.scope_id, False) or b.enabled
        return offered

    def scope(self, scope_id: str) -> Scope | None:
        """The full scope a button of this printer embeds, if any."""
        return next(
            (b.scope for b in self.buttons if b.scope_id == scope_id and b.scope is not None),
            None,
        )


def parse_ticketprinter(data: object) -> Ticketprinter:
    tp = _entity(data, "ticket printer")
    hash_ = as_text(tp.get("hash")).strip()
    if not _ID.fullmatch(hash_):
        raise MalformedReply("ZMS ticket printer without a valid 'hash'")
    return Ticketprinter(
        hash=hash_,
        enabled=as_bool(tp.get("enabled")),
        name=as_text(tp.get("name"))[:200],
        buttonlist=as_text(tp.get("buttonlist"))[:500],
        buttons=tuple(_button(b) for b in items(tp.get("buttons")) if isinstance(b, dict)),
    )


def _button(b: Mapping[str, Any]) -> Button:
    kind = as_text(b.get("type"))
    scope_data = b.get("scope")
    return Button(
        kind=kind,
        name=as_text(b.get("name"))[:200],
        enabled=as_bool(b.get("enabled")),
        scope_id=as_id(obj(scope_data).get("id")),
        request_id=as_id(b.get("requestId")),
        url=as_text(b.get("url"))[:500] if kind == "link" else "",
        scope=_embedded_scope(scope_data) if kind in ("scope", "request") else None,
    )


# -- scope -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    id: str
    name: str
    prefix: str  # preferences.queue.displayNumberPrefix
    first_number: int | None
    last_number: int | None
    max_contingent: int | None  # preferences.queue.maxNumberContingent, 0/None = none
    processing_minutes: float | None  # preferences.queue.processingTimeAverage
    workstations: int | None  # status.queue.workstationCount
    ghost_workstations: int | None  # status.queue.ghostWorkstationCount
    given_count: int | None  # status.queue.givenNumberCount (today)
    last_given: int | None  # status.queue.lastGivenNumber
    deactivated: bool  # status.ticketprinter.deactivated
    deactivated_text: str
    opened: bool | None  # status.availability.isOpened, None when not sent
    contact_name: str = ""  # contact.name: printed on ZMS's own tickets
    print_texts: tuple[str, ...] = ()  # ticketprinter printText, customText1, customText2
    has_status: bool = True  # False for an anonymous (reduced) read: no counters at all

    @property
    def capacity(self) -> int | None:
        """Numbers per day: the contingent if set, else the size of the number range."""
        if self.max_contingent and self.max_contingent > 0:
            return self.max_contingent
        if self.first_number is not None and self.last_number is not None:
            return max(0, self.last_number - self.first_number + 1)
        return None

    @property
    def exhausted(self) -> bool:
        cap = self.capacity
        return cap is not None and self.given_count is not None and self.given_count >= cap

    @property
    def staffed(self) -> int | None:
        """Workstations the estimate divides by, as ZMS counts them: workstationCount
        (already the ghost count when one is set) with 0 counted as 1; None when the
        scope says nothing about staffing (an anonymous, reduced read)."""
        if self.workstations is not None:
            return max(1, self.workstations)
        if self.ghost_workstations is not None and self.ghost_workstations > 0:
            return self.ghost_workstations
        return None

    @property
    def wait_unknown(self) -> bool:
        """ZMS shows "unbekannt" only when the ghost workstation count is set to 0."""
        return self.ghost_workstations == 0

    def wait_for(self, people_ahead: int) -> WaitEstimate:
        """As ZMS computes it: one slot of processingTimeAverage*60/workstations seconds
        per client ahead, optimistic = 0.8 x estimate, as a range in whole minutes;
        unknown when the ghost count is 0 or staffing or the average is not known.
        Only a fallback: the kiosk prefers the estimate ZMS puts into the queue list."""
        staffed, minutes = self.staffed, self.processing_minutes
        if (
            self.wait_unknown
            or staffed is None
            or minutes is None
            or minutes <= 0
            or people_ahead < 0
        ):
            return UNKNOWN_WAIT
        estimate_s = people_ahead * minutes * 60 / staffed
        low = math.floor(round(estimate_s * OPTIMISTIC_FACTOR / 60, 6))
        high = math.ceil(round(estimate_s / 60, 6))
        return WaitEstimate(low, max(low, high))

    def shown_number(self, number: str) -> str:
        return f"{self.prefix}{number}"

    @property
    def ticket_texts(self) -> tuple[str, ...]:
        """ZMS's own ticket prints these besides the number (contact name, print texts)."""
        return tuple(t for t in (self.contact_name, *self.print_texts) if t)


def parse_scope(data: object) -> Scope:
    scope = _entity(data, "scope")
    q_pref = path(scope, "preferences", "queue")
    q_stat = path(scope, "status", "queue")
    opened = path(scope, "status", "availability", "isOpened")
    name = (
        as_text(path(scope, "preferences", "ticketprinter", "buttonName"))
        or as_text(path(scope, "contact", "name"))
        or as_text(scope.get("shortName"))
    )
    return Scope(
        id=_required_id(scope, "id", "scope"),
        name=name.strip()[:200],
        prefix=as_text(obj(q_pref).get("displayNumberPrefix")).strip()[:8],
        first_number=as_int(obj(q_pref).get("firstNumber")),
        last_number=as_int(obj(q_pref).get("lastNumber")),
        max_contingent=as_int(obj(q_pref).get("maxNumberContingent")),
        processing_minutes=as_float(obj(q_pref).get("processingTimeAverage")),
        workstations=as_int(obj(q_stat).get("workstationCount")),
        ghost_workstations=as_int(obj(q_stat).get("ghostWorkstationCount")),
        given_count=as_int(obj(q_stat).get("givenNumberCount")),
        last_given=as_int(obj(q_stat).get("lastGivenNumber")),
        deactivated=as_bool(path(scope, "status", "ticketprinter", "deactivated")),
        deactivated_text=as_text(path(scope, "preferences", "ticketprinter", "deactivatedText"))[
            :300
        ],
        opened=None if opened is None else as_bool(opened, default=True),
        contact_name=as_text(path(scope, "contact", "name")).strip()[:200],
        print_texts=tuple(
            text
            for key in ("printText", "customText1", "customText2")
            if (text := " ".join(as_text(path(scope, "preferences", "ticketprinter", key)).split()))
        ),
        has_status=isinstance(scope.get("status"), dict),
    )


# -- queue -----------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueEntry:
    number: str
    arrival: int  # unix time: joined the queue, or the appointment time
    status: str
    with_appointment: bool
    estimate_min: int | None = None  # waitingTimeEstimate, computed by ZMS
    optimistic_min: int | None = None  # waitingTimeOptimistic

    @property
    def wait(self) -> WaitEstimate:
        """ZMS's own range for this entry; unknown when it sent none."""
        if self.estimate_min is None or self.estimate_min < 0:
            return UNKNOWN_WAIT
        low = self.optimistic_min if self.optimistic_min is not None else self.estimate_min
        low = max(0, min(low, self.estimate_min))
        return WaitEstimate(low, self.estimate_min)

    @property
    def waiting(self) -> bool:
        return self.status in WAITING_STATES


def parse_queue_entry(data: object) -> QueueEntry:
    entry = _entity(data, "queue entry")
    number = as_text(entry.get("number")).strip()
    arrival = as_int(entry.get("arrivalTime"))
    if not number or arrival is None:
        raise MalformedReply("ZMS queue entry without 'number' or 'arrivalTime'")
    return QueueEntry(
        number=number[:32],
        arrival=arrival,
        status=as_text(entry.get("status")).strip().lower()[:32],
        with_appointment=as_bool(entry.get("withAppointment")),
        estimate_min=as_int(entry.get("waitingTimeEstimate")),
        optimistic_min=as_int(entry.get("waitingTimeOptimistic")),
    )


def parse_queue(data: object) -> tuple[QueueEntry, ...]:
    if not isinstance(data, list | dict):
        raise MalformedReply("ZMS queue is not a list")
    return tuple(parse_queue_entry(e) for e in items(data))


def people_ahead(
    queue: tuple[QueueEntry, ...], number: str | None, arrival: int | None, now_ts: int
) -> int:
    """Waiting entries that are due and come before ``number`` (arrival order, as ZMS
    calls); everyone due when ``number`` is None (a number drawn next). The dummy
    "fake" entry stands for the next number and is never somebody ahead."""
    due = [
        e
        for e in queue
        if e.waiting and e.status != FAKE and e.arrival <= now_ts and e.number != number
    ]
    if number is None or arrival is None:
        return len(due)
    return sum(1 for e in due if e.arrival <= arrival)


# -- process ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Process:
    id: str
    auth_key: str
    scope_id: str | None
    scope: Scope | None  # when the reply embeds the whole scope
    number: str | None  # queue.number
    display_number: str  # displayNumber, "" when the server sends none
    arrival: int | None  # queue.arrivalTime
    appointment_at: int | None  # appointments[0].date, None for none or 0
    request_names: tuple[str, ...]
    status: str
    request_ids: tuple[str, ...] = ()
    wait: WaitEstimate = UNKNOWN_WAIT  # queue.waitingTimeEstimate/Optimistic, when sent
    with_appointment: bool = True  # queue.withAppointment; False for a walk-in number

    def shown_number(self, prefix: str = "") -> str:
        """What the call display shows: displayNumber, else prefix + queue number."""
        if self.display_number:
            return self.display_number
        return f"{prefix}{self.number}" if self.number else ""


def parse_process(data: object) -> Process:
    proc = _entity(data, "process")
    queue = obj(proc.get("queue"))
    first = next((a for a in items(proc.get("appointments")) if isinstance(a, dict)), {})
    scope_data = proc.get("scope")
    scope_id = as_id(obj(scope_data).get("id")) or as_id(path(first, "scope", "id"))
    when = as_int(obj(first).get("date"))
    number = as_text(queue.get("number")).strip()[:32]
    return Process(
        id=_required_id(proc, "id", "process"),
        auth_key=as_text(proc.get("authKey"))[:64],
        scope_id=scope_id,
        scope=_embedded_scope(scope_data),
        number=number if number and number != "0" else None,
        display_number=as_text(proc.get("displayNumber")).strip()[:32],
        arrival=as_int(queue.get("arrivalTime")),
        appointment_at=when if when and when > 0 else None,
        request_names=tuple(
            as_text(r.get("name"))[:200]
            for r in items(proc.get("requests"))
            if isinstance(r, dict) and as_text(r.get("name"))
        ),
        status=as_text(proc.get("status")).strip().lower()[:32],
        request_ids=tuple(
            rid
            for r in items(proc.get("requests"))
            if isinstance(r, dict) and (rid := as_id(r.get("id")))
        ),
        wait=_process_wait(queue),
        with_appointment=as_bool(queue.get("withAppointment"), default=when is not None),
    )


def _process_wait(queue: Mapping[str, Any]) -> WaitEstimate:
    if "waitingTimeEstimate" not in queue:
        return UNKNOWN_WAIT
    return QueueEntry(
        "",
        0,
        "",
        False,
        as_int(queue.get("waitingTimeEstimate")),
        as_int(queue.get("waitingTimeOptimistic")),
    ).wait


def _embedded_scope(data: object) -> Scope | None:
    """A process carries its whole scope in some replies and only ``{"id": ...}`` in
    others; only the whole one is worth parsing."""
    if not isinstance(data, dict) or "preferences" not in data:
        return None
    try:
        return parse_scope(data)
    except MalformedReply:
        return None
