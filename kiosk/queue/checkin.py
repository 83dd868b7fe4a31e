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

_ZMS_PAIR = re.compile(r"^(\d{3,12})\s*[-/: ]\s*([A-Za-z0-9]{2,40})$")
_ID_KEYS = ("process", "processid", "id", "vorgang", "vorgangsnummer")
_AUTH_KEYS = ("authkey", "auth", "absagecode", "key")


class CodeError(ValueError):
    """What was scanned or typed is not a booking reference; ``str()`` says why, briefly."""


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


def parse(text: str) -> BookingRef:
    """Accepts: an 8-digit booking code (spaces and dashes allowed), ``TERMIN:<code>``,
    a ZMS process number with its key (``100009-52ec``), or a URL carrying them as query
    parameters (``...?process=100009&authKey=52ec``). Raises CodeError otherwise."""
    if len(text) > MAX_INPUT:
        raise CodeError("too long for a booking code")
    raw = text.strip()
    if not raw:
        raise CodeError("empty")
    if raw.upper().startswith(EMBEDDED_PREFIX):
        raw = raw[len(EMBEDDED_PREFIX) :].strip()
    compact = re.sub(r"[\s-]", "", raw)
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
            if seg.isdigit() and re.fullmatch(r"[A-Za-z0-9]{2,40}", segments[i + 1]):
                ident, key = seg, segments[i + 1]
                break
    if not (ident.isascii() and ident.isdigit()) or len(ident) > 12:
        raise CodeError("the link carries no appointment number")
    if not re.fullmatch(r"[A-Za-z0-9]{0,40}", key):
        raise CodeError("the link carries no valid key")
    return BookingRef(ident, key.lower())


class Timing(enum.Enum):
    IN_TIME = "in_time"
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"


@dataclass(frozen=True)
class Verdict:
    timing: Timing
    come_back_at: datetime | None = None  # for TOO_EARLY: the earliest check-in time


def judge(
    appointment: Appointment, now: datetime, early_minutes: int, late_minutes: int
) -> Verdict:
    """Too early: come back at ``starts_at - early``; too late: after ``starts_at + late``
    the slot is gone and a walk-in number is offered instead."""
    opens = appointment.starts_at - timedelta(minutes=early_minutes)
    closes = appointment.starts_at + timedelta(minutes=late_minutes)
    if now < opens:
        return Verdict(Timing.TOO_EARLY, opens)
    if now > closes:
        return Verdict(Timing.TOO_LATE)
    return Verdict(Timing.IN_TIME)
