"""Dates: the ISO form values are stored in, what citizens type, and bounds relative to
today ("not in the future" = ``today``, "at least 14 years ago" = ``today-14y``)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.forms.errors import Invalid

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_GERMAN = re.compile(r"(\d{1,2})[. /-](\d{1,2})[. /-](\d{4})")
# Day, month and year typed into the three boxes without separators (issue 22.12).
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")
_RELATIVE = re.compile(r"today(?:\s*([+-])\s*(\d{1,4})\s*([dwmy]))?")


def parse_date(value: object) -> date | None:
    """A date from a date object, ISO text (2025-03-01), German text (1.3.2025, also with
    spaces or slashes) or day, month and year as 8 digits (01032025)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    m = _ISO.fullmatch(text)
    parts = (m.group(1), m.group(2), m.group(3)) if m else None
    if not m and (g := _GERMAN.fullmatch(text) or _DIGITS.fullmatch(text)):
        parts = (g.group(3), g.group(2), g.group(1))
    if not parts:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:  # 2025-02-30
        return None


def add_months(d: date, months: int) -> date:
    """Calendar months; the 31st becomes the last day of a shorter month."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


@dataclass(frozen=True)
class DateBound:
    """``today``, ``today+3d``, ``today-14y`` (d, w, m, y) or a fixed ISO date."""

    text: str
    fixed: date | None = None
    days: int = 0
    months: int = 0

    def resolve(self, today: date) -> date:
        if self.fixed is not None:
            return self.fixed
        try:
            return add_months(today, self.months) + timedelta(days=self.days)
        except OverflowError:
            return date.max if self.days > 0 else date.min


def parse_bound(raw: object, where: str) -> DateBound:
    if isinstance(raw, date):
        return DateBound(raw.isoformat(), fixed=raw)
    if not isinstance(raw, str):
        raise Invalid(where, "expected 'today', 'today+3d', 'today-14y' or a date")
    text = raw.strip()
    m = _RELATIVE.fullmatch(text)
    if m:
        n = int(m.group(2) or 0) * (-1 if m.group(1) == "-" else 1)
        unit = m.group(3) or "d"
        days = {"d": n, "w": 7 * n}.get(unit, 0)
        months = {"m": n, "y": 12 * n}.get(unit, 0)
        return DateBound(text, days=days, months=months)
    if _ISO.fullmatch(text) and (fixed := parse_date(text)):
        return DateBound(text, fixed=fixed)
    raise Invalid(where, f"{text!r} is not 'today', 'today+3d', 'today-14y' or a date")
