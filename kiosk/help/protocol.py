"""The help channel's wire format: topics, payloads and their strict parsers.

Qt-free and without I/O. Every message is JSON, UTF-8, ``"v": 1``, at most MAX_PAYLOAD
bytes and at most MAX_DEPTH levels deep (checked before parsing, so a deeply nested
message is refused without a RecursionError); unknown keys, wrong types and odd ids or
labels raise :class:`ProtocolError`, which the receiver logs (by reason, never by
content) and ignores.

Privacy: a payload carries the kiosk id, the location label from the configuration, a
coarse category, the screen name, times, state, level, the call id and, once staff
acknowledge, their answer: ``reply`` ``coming`` (someone comes to the terminal, with the
name they chose to share, if any) or ``counter`` (please go to counter ``counter``, a
short label: "3", "B12"); without ``reply`` it is ``coming``. Nothing a citizen entered
can get in: every free-text field is checked against a narrow pattern on the way out
and again on the way in.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.config.sections import COUNTER_LABEL
from kiosk.help.channel import CATEGORIES

SCHEMA = 1  # "v" in every payload; a console refuses what it does not understand
MAX_PAYLOAD = 4096  # bytes; anything larger is not ours
MAX_DEPTH = 4  # our messages are flat objects; a deeper one is not ours


KIOSK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")  # as kiosk.config's ids
_CALL_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
# A screen name: short, lower-case, no digits runs or punctuation that could carry a date
# or a name typed by a citizen ("Mustermann" and "1964-08-12" both fail).
_STEP = re.compile(r"[a-z][a-z_]{0,31}")
_VERSION = re.compile(r"[0-9A-Za-z.+-]{1,32}")
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_STAFF = 40  # "Frau K." - what staff choose to show
REPLIES = ("coming", "counter")  # someone comes to the terminal / go to counter N
COUNTER = COUNTER_LABEL  # declared with the setting that holds it (staff.counter)
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
    if len(value) > limit or CONTROL_CHARS.search(value):
        raise ProtocolError(f"{what}: too long or contains control characters")
    return value


def clean_staff(value: str) -> str:
    """A staff label trimmed to what a console may send; raises ProtocolError otherwise."""
    return _text(value, MAX_STAFF, "staff").strip()


def clean_reply(reply: Any, counter: Any) -> tuple[str, str]:
    """``(reply, counter)`` checked together: ``counter`` names a counter label, ``coming``
    has none. Raises ProtocolError otherwise."""
    reply = _choice(reply, REPLIES, "reply")
    if reply == "coming":
        if counter != "":
            raise ProtocolError("counter: only with reply counter")
        return reply, ""
    return reply, check_pattern(counter, COUNTER, "counter")


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


def check_pattern(value: Any, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ProtocolError(f"{what}: malformed")
    return value


def _depth(text: str) -> int:
    """The deepest nesting of arrays and objects in JSON ``text`` (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _decode(payload: bytes) -> dict[str, Any]:
    """A JSON object from ``payload`` of at most MAX_PAYLOAD bytes and MAX_DEPTH levels,
    schema ``v`` 1 (or no ``v``: the first kiosks sent none)."""
    if len(payload) > MAX_PAYLOAD:
        raise ProtocolError(f"payload of {len(payload)} bytes is too large")
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError("not UTF-8") from None
    if _depth(text) > MAX_DEPTH:
        raise ProtocolError(f"nested deeper than {MAX_DEPTH} levels")
    try:
        data = json.loads(text)
    except ValueError as err:
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
    staff: str = ""  # shared name of whoever acknowledged
    reason: str = ""  # why it was cancelled
    reply: str = "coming"  # once acknowledged: "coming" or "counter"
    counter: str = ""  # with reply "counter": where the citizen should go

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
        reply, counter = clean_reply(data.get("reply", "coming"), data.get("counter", ""))
        return HelpCall(
            call_id=check_pattern(data["call_id"], _CALL_ID, "call_id"),
            kiosk=check_pattern(data["kiosk"], KIOSK_ID, "kiosk"),
            location=_text(data["location"], MAX_LOCATION, "location"),
            category=_choice(data["category"], CATEGORIES, "category"),
            step=check_pattern(data["step"], _STEP, "step"),
            state=CallState(_choice(data["state"], tuple(s.value for s in CallState), "state")),
            level=level,
            requested_at=_time(data["requested_at"], "requested_at"),
            updated_at=_time(data["updated_at"], "updated_at"),
            staff=_text(data.get("staff", ""), MAX_STAFF, "staff"),
            reason=_choice(data.get("reason", ""), REASONS, "reason"),
            reply=reply,
            counter=counter,
        )
    except KeyError as err:
        raise ProtocolError(f"call: missing {err.args[0]}") from None


# -- commands from consoles ------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    """What a console asks of a kiosk: ``{call_id, action, staff, reply, counter}`` on
    ``.../help/cmd``; ``reply`` and ``counter`` matter for ``ack`` only."""

    call_id: str
    action: Action
    staff: str = ""
    reply: str = "coming"
    counter: str = ""

    def to_json(self) -> bytes:
        return _encode(dataclasses.asdict(self) | {"action": self.action.value})


_COMMAND_KEYS = frozenset({"v", "call_id", "action", "staff", "reply", "counter"})


def parse_command(payload: bytes) -> Command:
    """Strict: unknown keys, wrong types, odd ids or labels raise ProtocolError."""
    data = _decode(payload)
    _no_extra(data, _COMMAND_KEYS, "command")
    if "call_id" not in data or "action" not in data:
        raise ProtocolError("command: call_id and action are required")
    reply, counter = clean_reply(data.get("reply", "coming"), data.get("counter", ""))
    return Command(
        call_id=check_pattern(data["call_id"], _CALL_ID, "call_id"),
        action=Action(_choice(data["action"], tuple(a.value for a in Action), "action")),
        staff=clean_staff(data.get("staff", "")),
        reply=reply,
        counter=counter,
    )


# -- kiosk status ----------------------------------------------------------------------


def _reader(value: Any) -> str:
    if isinstance(value, bool):
        return "present" if value else "absent"
    return _choice(value, READER_STATES, "card_reader")


# What a kiosk may report about itself, each with its check. Nothing else gets through.
STATUS_FIELDS: dict[str, Callable[[Any], Any]] = {
    "screen": lambda v: check_pattern(v, _STEP, "screen"),
    "printer": lambda v: _choice(v, PRINTER_STATES, "printer"),
    "card_reader": _reader,
    "backend": lambda v: _choice(v, BACKEND_STATES, "backend"),
    "version": lambda v: check_pattern(v, _VERSION, "version"),
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
        values["kiosk"] = check_pattern(data["kiosk"], KIOSK_ID, "kiosk")
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
MAX_COMMAND_AGE_S = 120.0  # older (or this far in the future) is stale: never replayed
_SENDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}")


@dataclass(frozen=True)
class ServiceCommand:
    """``out_of_service`` (with a preset message) or ``in_service``, from a console.

    Sent non-retained with the sender's wall-clock time and a sequence number that only
    grows per sender, so the kiosk can refuse a stale or replayed one (a retained copy,
    a broker restored from old persistence, a recording played back)."""

    action: str
    message: str
    sent_at: float
    seq: int
    sender: str

    def to_json(self) -> bytes:
        return _encode(
            {
                "action": self.action,
                "message": self.message,
                "sent_at": round(self.sent_at, 3),
                "seq": self.seq,
                "sender": self.sender,
            }
        )


_SERVICE_KEYS = frozenset({"v", "action", "message", "sent_at", "seq", "sender", "staff"})


def parse_service_command(payload: bytes) -> ServiceCommand:
    """Strict, like the help parsers: size, depth, version, known keys, types. Raises
    ProtocolError (the kiosk logs the reason and ignores the message)."""
    data = _decode(payload)
    _no_extra(data, _SERVICE_KEYS, "service command")
    for key in ("action", "sent_at", "seq", "sender"):
        if key not in data:
            raise ProtocolError(f"service command: missing {key}")
    seq = data["seq"]
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq < 2**63:
        raise ProtocolError("seq: expected a non-negative integer")
    if "staff" in data:
        clean_staff(data["staff"])
    return ServiceCommand(
        action=_choice(data["action"], SERVICE_ACTIONS, "action"),
        message=_choice(data.get("message", "maintenance"), SERVICE_MESSAGES, "message"),
        sent_at=_time(data["sent_at"], "sent_at"),
        seq=seq,
        sender=check_pattern(data["sender"], _SENDER, "sender"),
    )


class ServiceGate:
    """The kiosk's memory of service commands: applies each one at most once, in order.

    A command is refused when it is older than MAX_COMMAND_AGE_S (or as far in the
    future), or when its sender already had a command with this or a higher sequence
    number. Senders are forgotten once their last command would be stale anyway."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._last: dict[str, tuple[int, float]] = {}  # sender -> (seq, sent_at)

    def admit(self, cmd: ServiceCommand) -> str | None:
        """None when ``cmd`` is to be applied (and remembered), else why not."""
        now = self._clock()
        self._last = {s: v for s, v in self._last.items() if abs(now - v[1]) <= MAX_COMMAND_AGE_S}
        if abs(now - cmd.sent_at) > MAX_COMMAND_AGE_S:
            return "stale"
        last = self._last.get(cmd.sender)
        if last is not None and cmd.seq <= last[0]:
            return "replayed"
        self._last[cmd.sender] = (cmd.seq, cmd.sent_at)
        return None


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
    if kind is None or not KIOSK_ID.fullmatch(site) or not KIOSK_ID.fullmatch(kiosk):
        return None
    return site, kiosk, kind
