"""Help calls: the one state machine behind "I need help", and its wire format.

Qt-free, no I/O, and the clock is injected, so every transition is unit-tested without a
broker. The kiosk owns its call: it alone writes the retained state, consoles only send
commands, and :class:`HelpCallMachine` decides here whether one applies (the first
acknowledgement wins, later ones and stale call ids are rejected). That keeps two
consoles from ever disagreeing about who is coming.

States: ``requested -> acknowledged -> resolved``; ``requested`` escalates (``level`` +1)
each time ``escalate_after_s`` passes without an acknowledgement; ``cancelled`` from any
open state (the citizen, a session reset, staff, a kiosk restart or shutdown).

Privacy: a payload carries the kiosk id, the location label from the configuration, a
coarse category, the screen name, times, state, level, the call id and, once staff
acknowledge, the name or counter *they* chose to share. Nothing a citizen entered can
get in: every free-text field is checked against a narrow pattern on the way out and
again on the way in.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
import re
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.help.channel import CATEGORIES

SCHEMA = 1  # "v" in every payload; a console refuses what it does not understand
MAX_PAYLOAD = 4096  # bytes; anything larger is not ours


_KIOSK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")  # as kiosk.config's ids
_CALL_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
# A screen name: short, lower-case, no digits runs or punctuation that could carry a date
# or a name typed by a citizen ("Mustermann" and "1964-08-12" both fail).
_STEP = re.compile(r"[a-z][a-z_]{0,31}")
_VERSION = re.compile(r"[0-9A-Za-z.+-]{1,32}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_STAFF = 40  # "Schalter 3", "Frau K." - what staff choose to show
MAX_LOCATION = 80
UNKNOWN_STEP = "unknown"

REASONS = ("", "kiosk", "staff", "restart", "shutdown")

PRINTER_STATES = ("ready", "near_end", "paper_out", "cover_open", "offline", "unknown")
READER_STATES = ("present", "absent", "error", "unknown")
BACKEND_STATES = ("ok", "degraded", "closed", "out_of_service", "unknown")


class ProtocolError(ValueError):
    """A payload that is not a valid message: the caller logs it and ignores it."""


class CallState(enum.Enum):
    REQUESTED = "requested"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    CANCELLED = "cancelled"

    @property
    def open(self) -> bool:
        return self in (CallState.REQUESTED, CallState.ACKNOWLEDGED)


class Action(enum.Enum):
    ACK = "ack"
    RESOLVE = "resolve"
    CANCEL = "cancel"


# -- checks shared by both directions ------------------------------------------------


def clean_step(step: str) -> str:
    """The screen name if it looks like one, else ``unknown`` (never the raw text)."""
    return step if isinstance(step, str) and _STEP.fullmatch(step) else UNKNOWN_STEP


def _text(value: Any, limit: int, what: str) -> str:
    if not isinstance(value, str):
        raise ProtocolError(f"{what}: expected a string")
    if len(value) > limit or _CONTROL.search(value):
        raise ProtocolError(f"{what}: too long or contains control characters")
    return value


def clean_staff(value: str) -> str:
    """A staff label trimmed to what a console may send; raises ProtocolError otherwise."""
    return _text(value, MAX_STAFF, "staff").strip()


def _time(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ProtocolError(f"{what}: expected a number")
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ProtocolError(f"{what}: not a time")
    return number


def _choice(value: Any, choices: tuple[str, ...], what: str) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ProtocolError(f"{what}: not one of {', '.join(choices)}")
    return value


def _pattern(value: Any, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ProtocolError(f"{what}: malformed")
    return value


def _decode(payload: bytes) -> dict[str, Any]:
    """A JSON object from ``payload`` of at most MAX_PAYLOAD bytes, schema ``v`` 1."""
    if len(payload) > MAX_PAYLOAD:
        raise ProtocolError(f"payload of {len(payload)} bytes is too large")
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise ProtocolError(f"not JSON: {type(err).__name__}") from None
    if not isinstance(data, dict):
        raise ProtocolError("not a JSON object")
    if data.get("v", SCHEMA) != SCHEMA or isinstance(data.get("v"), bool):
        raise ProtocolError("unknown schema version")
    return data


def _encode(data: Mapping[str, Any]) -> bytes:
    return json.dumps(
        {"v": SCHEMA, **data}, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def _no_extra(data: Mapping[str, Any], allowed: frozenset[str], what: str) -> None:
    extra = set(data) - allowed
    if extra:
        raise ProtocolError(f"{what}: unknown keys {', '.join(sorted(map(str, extra)))}")


# -- the call ------------------------------------------------------------------------


@dataclass(frozen=True)
class HelpCall:
    """One call's whole state, as published retained on ``.../help``."""

    call_id: str
    kiosk: str
    location: str
    category: str
    step: str
    state: CallState
    level: int  # 0 when asked; +1 per escalation
    requested_at: float  # epoch seconds (wall clock: consoles show the waiting time)
    updated_at: float
    staff: str = ""  # shared name or counter of whoever acknowledged
    reason: str = ""  # why it was cancelled

    def to_json(self) -> bytes:
        data = dataclasses.asdict(self)
        data["state"] = self.state.value
        data["requested_at"] = round(self.requested_at, 3)
        data["updated_at"] = round(self.updated_at, 3)
        return _encode(data)


_CALL_KEYS = frozenset({"v", *(f.name for f in dataclasses.fields(HelpCall))})


def parse_call(payload: bytes) -> HelpCall:
    """A published call state, strictly checked (consoles and the kiosk's own recovery)."""
    data = _decode(payload)
    _no_extra(data, _CALL_KEYS, "call")
    try:
        level = data["level"]
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 1000:
            raise ProtocolError("level: expected 0..1000")
        return HelpCall(
            call_id=_pattern(data["call_id"], _CALL_ID, "call_id"),
            kiosk=_pattern(data["kiosk"], _KIOSK_ID, "kiosk"),
            location=_text(data["location"], MAX_LOCATION, "location"),
            category=_choice(data["category"], CATEGORIES, "category"),
            step=_pattern(data["step"], _STEP, "step"),
            state=CallState(_choice(data["state"], tuple(s.value for s in CallState), "state")),
            level=level,
            requested_at=_time(data["requested_at"], "requested_at"),
            updated_at=_time(data["updated_at"], "updated_at"),
            staff=_text(data.get("staff", ""), MAX_STAFF, "staff"),
            reason=_choice(data.get("reason", ""), REASONS, "reason"),
        )
    except KeyError as err:
        raise ProtocolError(f"call: missing {err.args[0]}") from None


# -- commands from consoles ------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    """What a console asks of a kiosk: ``{call_id, action, staff}`` on ``.../help/cmd``."""

    call_id: str
    action: Action
    staff: str = ""

    def to_json(self) -> bytes:
        return _encode({"call_id": self.call_id, "action": self.action.value, "staff": self.staff})


_COMMAND_KEYS = frozenset({"v", "call_id", "action", "staff"})


def parse_command(payload: bytes) -> Command:
    """Strict: unknown keys, wrong types, odd ids or labels raise ProtocolError."""
    data = _decode(payload)
    _no_extra(data, _COMMAND_KEYS, "command")
    if "call_id" not in data or "action" not in data:
        raise ProtocolError("command: call_id and action are required")
    return Command(
        call_id=_pattern(data["call_id"], _CALL_ID, "call_id"),
        action=Action(_choice(data["action"], tuple(a.value for a in Action), "action")),
        staff=clean_staff(data.get("staff", "")),
    )


# -- kiosk status ----------------------------------------------------------------------


def _reader(value: Any) -> str:
    if isinstance(value, bool):
        return "present" if value else "absent"
    return _choice(value, READER_STATES, "card_reader")


# What a kiosk may report about itself, each with its check. Nothing else gets through.
STATUS_FIELDS: dict[str, Callable[[Any], Any]] = {
    "screen": lambda v: _pattern(v, _STEP, "screen"),
    "printer": lambda v: _choice(v, PRINTER_STATES, "printer"),
    "card_reader": _reader,
    "backend": lambda v: _choice(v, BACKEND_STATES, "backend"),
    "version": lambda v: _pattern(v, _VERSION, "version"),
}


def clean_status(fields: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The fields that pass their check, and the names of those dropped (for the log)."""
    kept: dict[str, Any] = {}
    dropped: list[str] = []
    for key, value in fields.items():
        check = STATUS_FIELDS.get(key)
        if check is None:
            dropped.append(str(key))
            continue
        try:
            kept[key] = check(value)
        except ProtocolError:
            dropped.append(key)
    return kept, dropped


def status_payload(
    kiosk: str, location: str, fields: Mapping[str, Any], *, online: bool, now: float
) -> bytes:
    """The retained ``.../status`` message; ``fields`` must have passed clean_status."""
    return _encode(
        {
            "online": online,
            "kiosk": kiosk,
            "location": location,
            **fields,
            "updated_at": round(now, 3),
        }
    )


def offline_payload(kiosk: str, location: str) -> bytes:
    """The Last Will (and the goodbye on a clean shutdown)."""
    return _encode({"online": False, "kiosk": kiosk, "location": location})


@dataclass(frozen=True)
class KioskStatus:
    online: bool
    kiosk: str = ""
    location: str = ""
    screen: str = ""
    printer: str = ""
    card_reader: str = ""
    backend: str = ""
    version: str = ""
    updated_at: float | None = None


def parse_status(payload: bytes) -> KioskStatus:
    """A kiosk's status. Unknown keys are ignored (newer kiosks may report more); known
    keys are checked like on the way out."""
    data = _decode(payload)
    online = data.get("online")
    if not isinstance(online, bool):
        raise ProtocolError("status: online must be true or false")
    values: dict[str, Any] = {}
    for key, check in STATUS_FIELDS.items():
        if key in data:
            values[key] = check(data[key])
    if "kiosk" in data:
        values["kiosk"] = _pattern(data["kiosk"], _KIOSK_ID, "kiosk")
    if "location" in data:
        values["location"] = _text(data["location"], MAX_LOCATION, "location")
    if "updated_at" in data:
        values["updated_at"] = _time(data["updated_at"], "updated_at")
    return KioskStatus(online=online, **values)


# -- topics ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Topics:
    """``<prefix>/<site>/kiosk/<id>/{status,help,help/cmd}`` of one kiosk."""

    prefix: str
    site: str
    kiosk: str

    @property
    def base(self) -> str:
        return f"{self.prefix}/{self.site}/kiosk/{self.kiosk}"

    @property
    def status(self) -> str:
        return f"{self.base}/status"

    @property
    def help(self) -> str:
        return f"{self.base}/help"

    @property
    def cmd(self) -> str:
        return f"{self.base}/help/cmd"

    @property
    def service(self) -> str:
        """Commands for the kiosk itself: out of service (with a preset message) or back."""
        return f"{self.base}/service"


SERVICE_ACTIONS = ("out_of_service", "in_service")
SERVICE_MESSAGES = ("maintenance", "fault", "closed_today")


def parse_service_command(payload: bytes) -> tuple[str, str]:
    """``{"action": "out_of_service", "message": "fault"}`` -> (action, message); strict:
    anything else raises ProtocolError (and is ignored by the kiosk)."""
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise ProtocolError(f"not JSON: {err}") from None
    if not isinstance(data, dict) or set(data) - {"action", "message", "staff"}:
        raise ProtocolError("unexpected fields")
    action, message = data.get("action"), data.get("message", "maintenance")
    if action not in SERVICE_ACTIONS:
        raise ProtocolError(f"unknown action {action!r}")
    if message not in SERVICE_MESSAGES:
        raise ProtocolError(f"unknown message {message!r}")
    return str(action), str(message)


def console_filters(prefix: str) -> list[str]:
    """What a console subscribes to: every kiosk's status and help state, all sites."""
    return [f"{prefix}/+/kiosk/+/status", f"{prefix}/+/kiosk/+/help"]


def split_topic(prefix: str, topic: str) -> tuple[str, str, str] | None:
    """``(site, kiosk, kind)`` with kind ``status``, ``help`` or ``cmd``; None if foreign."""
    parts = topic.split("/")
    if len(parts) < 5 or parts[0] != prefix or parts[2] != "kiosk":
        return None
    site, kiosk, rest = parts[1], parts[3], "/".join(parts[4:])
    kind = {"status": "status", "help": "help", "help/cmd": "cmd"}.get(rest)
    if kind is None or not _KIOSK_ID.fullmatch(site) or not _KIOSK_ID.fullmatch(kiosk):
        return None
    return site, kiosk, kind


# -- the kiosk's state machine ----------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """The kiosk's answer to a command: accepted with the new state, or why not."""

    accepted: bool
    reason: str
    call: HelpCall | None = None


class HelpCallMachine:
    """The kiosk side: one call at a time. Not thread-safe; the channel holds a lock."""

    def __init__(
        self,
        kiosk_id: str,
        location: str,
        escalate_after_s: float,
        *,
        clock: Callable[[], float] = time.time,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        _pattern(kiosk_id, _KIOSK_ID, "kiosk id")
        if not escalate_after_s > 0:
            raise ValueError("escalate_after_s must be positive")
        self.kiosk_id = kiosk_id
        # The label comes from the configuration, but it still goes out to every console.
        self.location = _CONTROL.sub(" ", location)[:MAX_LOCATION]
        self.escalate_after_s = escalate_after_s
        self._clock = clock
        self._new_id = new_id
        self._current: HelpCall | None = None
        self._last_closed: HelpCall | None = None

    def _now(self) -> float:
        # Millisecond precision, as on the wire: a parsed payload equals the call.
        return round(self._clock(), 3)

    @property
    def current(self) -> HelpCall | None:
        """The open call, if any."""
        return self._current

    @property
    def last_closed(self) -> HelpCall | None:
        return self._last_closed

    def _close(self, call: HelpCall) -> HelpCall:
        self._current = None
        self._last_closed = call
        return call

    def request(self, category: str, step: str) -> HelpCall:
        """A new call (replacing an open one: the citizen asked again)."""
        if category not in CATEGORIES:
            raise ValueError(f"unknown help category {category!r}")
        now = self._now()
        call = HelpCall(
            self._new_id(),
            self.kiosk_id,
            self.location,
            category,
            clean_step(step),
            CallState.REQUESTED,
            0,
            now,
            now,
        )
        self._current = call
        return call

    def cancel(self, reason: str = "kiosk") -> HelpCall | None:
        """Cancel the open call (citizen, session reset, shutdown); None if there is none."""
        if reason not in REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        cur = self._current
        if cur is None:
            return None
        return self._close(
            dataclasses.replace(
                cur, state=CallState.CANCELLED, updated_at=self._now(), reason=reason
            )
        )

    def command(self, cmd: Command) -> Decision:
        cur = self._current
        if cur is None or cmd.call_id != cur.call_id:
            return Decision(False, "stale call id")
        now = self._now()
        if cmd.action is Action.ACK:
            if cur.state is not CallState.REQUESTED:
                return Decision(False, "already acknowledged")
            new = dataclasses.replace(
                cur, state=CallState.ACKNOWLEDGED, staff=cmd.staff, updated_at=now
            )
            self._current = new
            return Decision(True, "acknowledged", new)
        staff = cmd.staff or cur.staff
        if cmd.action is Action.RESOLVE:
            new = dataclasses.replace(cur, state=CallState.RESOLVED, staff=staff, updated_at=now)
        else:
            new = dataclasses.replace(
                cur, state=CallState.CANCELLED, staff=staff, updated_at=now, reason="staff"
            )
        return Decision(True, new.state.value, self._close(new))

    def escalate(self) -> HelpCall | None:
        """The escalated call when a level is due now, else None. After a long gap (a
        stopped timer) it jumps straight to the level the waiting time deserves."""
        cur = self._current
        if cur is None or cur.state is not CallState.REQUESTED:
            return None
        now = self._now()
        due = int((now - cur.requested_at) // self.escalate_after_s)
        if due <= cur.level:
            return None
        self._current = dataclasses.replace(cur, level=due, updated_at=now)
        return self._current

    def seconds_to_escalation(self) -> float | None:
        """When to call :meth:`escalate` next; never more than one period (the wall
        clock may be set back)."""
        cur = self._current
        if cur is None or cur.state is not CallState.REQUESTED:
            return None
        due_at = cur.requested_at + (cur.level + 1) * self.escalate_after_s
        return min(max(0.0, due_at - self._now()), self.escalate_after_s)

    def reconcile(self, retained: HelpCall) -> HelpCall | None:
        """What to announce about a call the broker still holds for this kiosk.

        Found when (re)subscribing: an open call that is not the current one was left by
        an earlier run (a crash or power cut) or closed while the broker was out of
        reach. The kiosk's UI no longer shows it, so it is closed, never re-announced:
        with the state it really ended in if this run closed it, else ``cancelled`` with
        reason ``restart``. None means nothing to do.
        """
        cur = self._current
        if not retained.state.open or retained.kiosk != self.kiosk_id:
            return None
        if cur is not None and retained.call_id == cur.call_id:
            return None
        last = self._last_closed
        if last is not None and last.call_id == retained.call_id:
            return last
        return dataclasses.replace(
            retained, state=CallState.CANCELLED, reason="restart", updated_at=self._now()
        )
