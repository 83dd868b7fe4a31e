"""Appointment check-in: reading what a citizen scans or types, and the time window.

A confirmation's QR code or a typed booking code becomes a :class:`BookingRef`; the
backend looks it up; :func:`judge` decides whether it is the right time. The window is
the town's policy (config ``[checkin]``), the same whichever system holds appointments.
"""

from __future__ import annotations

import enum
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit

from kiosk.queue.base import Appointment, BookingRef

EMBEDDED_PREFIX = "TERMIN:"  # QR payload of the embedded backend's confirmations
CODE_LENGTH = 8  # 7 random digits and a Luhn check digit: typos are caught locally
MAX_INPUT = 512  # anything longer is not a booking reference

# ZMS keys: 4 characters until 2026-04-24, 64 hex characters since (both in the field).
KEY = r"[A-Za-z0-9]{2,64}"
_ZMS_PAIR = re.compile(r"^(\d{3,12})\s*[-/: ]\s*(" + KEY + r")$")
# As typed for ZMS: a hex key of either generation may be all digits ("100044-6262"),
# so with an explicit separator it is a key, not more digits of the process number.
_ZMS_TYPED = re.compile(r"^(\d{3,12})\s*[-/:]\s*([0-9A-Fa-f]{4}|[0-9A-Fa-f]{64})$")
_ID_KEYS = ("process", "processid", "id", "vorgang", "vorgangsnummer")
_AUTH_KEYS = ("authkey", "auth", "absagecode", "key")


class CodeError(ValueError):
    """What was scanned or typed is not a booking reference; ``str()`` says why, briefly."""


class KeyMissing(CodeError):
    """A process number without its key: ZMS shows nothing without it. Long (64 hex)
    keys cannot be typed: the citizen scans the confirmation's QR code instead."""


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_code() -> str:
    body = "".join(secrets.choice("0123456789") for _ in range(CODE_LENGTH - 1))
    return body + luhn_digit(body)


def valid_code(code: str) -> bool:
    return (
        len(code) == CODE_LENGTH
        and code.isascii()
        and code.isdigit()
        and luhn_digit(code[:-1]) == code[-1]
    )


def qr_payload(code: str) -> str:
    """What the embedded backend's confirmation QR code carries."""
    return EMBEDDED_PREFIX + code


def parse(text: str, *, keyed: bool = False) -> BookingRef:
    """Accepts: an 8-digit booking code (spaces and dashes allowed), ``TERMIN:<code>``,
    a ZMS process number with its key (``100009-52ec`` or ``100044-<64 hex>``), or a URL
    carrying them as query parameters (``...?process=100009&authKey=<key>``) or path
    segments. Raises CodeError otherwise; KeyMissing for a bare process number when the
    system needs a key (``keyed``: ZMS)."""
    if len(text) > MAX_INPUT:
        raise CodeError("too long for a booking code")
    raw = text.strip()
    if not raw:
        raise CodeError("empty")
    embedded = raw.upper().startswith(EMBEDDED_PREFIX)
    if embedded:
        raw = raw[len(EMBEDDED_PREFIX) :].strip()
    typed = _ZMS_TYPED.match(raw) if keyed and not embedded else None
    if typed:
        return BookingRef(typed.group(1), typed.group(2).lower())
    compact = re.sub(r"[\s-]", "", raw)
    if (
        keyed
        and not embedded
        and compact.isascii()
        and compact.isdigit()
        and 3 <= len(compact) <= 12
    ):
        raise KeyMissing("the booking code needs its key")
    if compact.isascii() and compact.isdigit() and len(compact) == CODE_LENGTH:
        if not valid_code(compact):
            raise CodeError("check digit does not match: probably a typing error")
        return BookingRef(compact)
    if "://" in raw:
        return _from_url(raw)
    m = _ZMS_PAIR.match(raw)
    if m:
        return BookingRef(m.group(1), m.group(2).lower())
    raise CodeError("not a booking code")


def _from_url(url: str) -> BookingRef:
    try:
        parts = urlsplit(url)
    except ValueError:
        raise CodeError("not a valid link") from None
    query = {k.lower(): v for k, v in parse_qs(parts.query).items() if v}
    ident = next((query[k][0] for k in _ID_KEYS if k in query), "")
    key = next((query[k][0] for k in _AUTH_KEYS if k in query), "")
    if not ident:  # .../process/100009/52ec/
        segments = [s for s in parts.path.split("/") if s]
        for i, seg in enumerate(segments[:-1]):
            if seg.isdigit() and re.fullmatch(KEY, segments[i + 1]):
                ident, key = seg, segments[i + 1]
                break
    if not (ident.isascii() and ident.isdigit()) or len(ident) > 12:
        raise CodeError("the link carries no appointment number")
    if not re.fullmatch(r"[A-Za-z0-9]{0,64}", key):
        raise CodeError("the link carries no valid key")
    return BookingRef(ident, key.lower())


class Timing(enum.Enum):
    IN_TIME = "in_time"
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"
    OTHER_DAY = "other_day"  # the appointment is on another day: come then
    CALLED = "called"  # already called or being served: go to the counter
    FINISHED = "finished"  # already served (or waiting for pick-up)
    MISSED = "missed"  # called and not there: ask at the information desk
    WALK_IN = "walk_in"  # a waiting number, not an appointment: nothing to check in
    CANCELLED = "cancelled"  # deleted or blocked in the central system


# Process states (ZMS) and what they mean for a check-in; unknown states check in as usual.
STATUS_TIMING = {
    "called": Timing.CALLED,
    "processing": Timing.CALLED,
    "finished": Timing.FINISHED,
    "pending": Timing.FINISHED,
    "archived": Timing.FINISHED,
    "missed": Timing.MISSED,
    "deleted": Timing.CANCELLED,
    "blocked": Timing.CANCELLED,
}
NO_TICKET = {
    Timing.OTHER_DAY: "the appointment is on another day",
    Timing.CALLED: "already called",
    Timing.FINISHED: "already served",
    Timing.MISSED: "called and missed",
    Timing.CANCELLED: "cancelled",
}


@dataclass(frozen=True)
class Verdict:
    timing: Timing
    come_back_at: datetime | None = None  # TOO_EARLY: the earliest check-in time;
    # OTHER_DAY: the appointment itself


def refusal(appointment: Appointment, now: datetime) -> str:
    """Why a check-in must not give this process a ticket ("" when it may); the
    backends' guard, whatever the time window."""
    timing = STATUS_TIMING.get(appointment.status)
    if timing is None and not appointment.walk_in and _other_day(appointment.starts_at, now):
        timing = Timing.OTHER_DAY
    return NO_TICKET.get(timing, "") if timing else ""


def _other_day(starts_at: datetime, now: datetime) -> bool:
    """A later day, or long past (a slot just before midnight is still "today")."""
    return starts_at.astimezone(now.tzinfo).date() > now.date() or starts_at < now - timedelta(
        hours=12
    )


def judge(
    appointment: Appointment, now: datetime, early_minutes: int, late_minutes: int
) -> Verdict:
    """The process state first (called, finished, missed, cancelled, a walk-in
    number), then the day, then the window. Too early: come back at ``starts_at -
    early``; too late: after ``starts_at + late`` the slot is gone and a walk-in number
    is offered instead."""
    by_status = STATUS_TIMING.get(appointment.status)
    if by_status is not None:
        return Verdict(by_status)
    if appointment.walk_in:
        return Verdict(Timing.WALK_IN)
    if appointment.starts_at.astimezone(now.tzinfo).date() > now.date():
        return Verdict(Timing.OTHER_DAY, appointment.starts_at)  # past days: too late
    opens = appointment.starts_at - timedelta(minutes=early_minutes)
    closes = appointment.starts_at + timedelta(minutes=late_minutes)
    if now < opens:
        return Verdict(Timing.TOO_EARLY, opens)
    if now > closes:
        return Verdict(Timing.TOO_LATE)
    return Verdict(Timing.IN_TIME)
