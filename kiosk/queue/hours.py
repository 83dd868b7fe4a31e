"""Opening hours of the site: when the kiosk may hand out waiting numbers.

The schedule is the ``embedded.opening_hours`` table of the config: per weekday key
(``mon`` .. ``sun``) a list of ``"HH:MM-HH:MM"`` spans in local time; the end may be
``24:00``. A weekday that is missing or has an empty list is closed.

An EMPTY table means ALWAYS OPEN: a site that configures no hours does not want the kiosk
to refuse numbers (the demo and most tests rely on that).

Every comparison is made in UTC. Local wall times are built with the site's ZoneInfo per
calendar day, so a span means the same wall-clock hours in winter and summer time, and a
23- or 25-hour day around a DST change is handled. Two rules for the rare span that touches
the DST hour itself (02:00-03:00 in Europe/Berlin): a wall time that does not exist (spring)
is read with the offset before the change, i.e. one hour later (02:30 -> 03:30 CEST); an
ambiguous one (autumn) means its first occurrence. A span that becomes empty is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SEARCH_DAYS = 14  # how far next_opening looks ahead
_SPAN = re.compile(r"^(\d\d):(\d\d)-(\d\d):(\d\d)$")
_DAY_MINUTES = 24 * 60

Interval = tuple[datetime, datetime]  # [start, end) in UTC


def _minutes(hh: str, mm: str) -> int:
    return int(hh) * 60 + int(mm)


def parse_span(span: str) -> tuple[int, int]:
    """``"08:00-12:30"`` -> (480, 750) minutes after local midnight; ValueError if invalid."""
    m = _SPAN.match(span)
    if not m:
        raise ValueError(f"{span!r} is not a time span like '08:00-12:30'")
    start, end = _minutes(m[1], m[2]), _minutes(m[3], m[4])
    if int(m[2]) > 59 or int(m[4]) > 59 or start >= _DAY_MINUTES or end > _DAY_MINUTES:
        raise ValueError(f"{span!r}: times must lie between 00:00 and 24:00")
    if start >= end:
        raise ValueError(f"{span!r}: the span must end after it starts")
    return start, end


class OpeningHours:
    """A weekly schedule in the site's time zone (empty schedule: always open)."""

    def __init__(self, spans_by_day: Mapping[str, Sequence[str]], tz: ZoneInfo) -> None:
        self.tz = tz
        self.always_open = not spans_by_day
        self._spans: list[list[tuple[int, int]]] = [[] for _ in WEEKDAYS]
        for day, spans in spans_by_day.items():
            if day not in WEEKDAYS:
                raise ValueError(f"unknown weekday {day!r} (use {', '.join(WEEKDAYS)})")
            self._spans[WEEKDAYS.index(day)] = sorted(parse_span(s) for s in spans)

    def __repr__(self) -> str:
        return f"OpeningHours(always_open={self.always_open}, tz={self.tz.key!r})"

    def is_open(self, now: datetime) -> bool:
        """Whether ``now`` (timezone-aware) lies inside an opening span."""
        now_utc = self._utc(now)
        if self.always_open:
            return True
        return any(start <= now_utc < end for start, end in self._intervals(now_utc, 1))

    def next_opening(self, now: datetime) -> datetime | None:
        """The earliest moment >= ``now`` at which the site is open.

        ``now`` itself (as given) when open, else the opening in the site's local time;
        None when no opening lies within ``SEARCH_DAYS`` days.
        """
        now_utc = self._utc(now)
        if self.always_open:
            return now
        for start, end in self._intervals(now_utc, SEARCH_DAYS + 1):
            if end > now_utc:
                return now if start <= now_utc else start.astimezone(self.tz)
        return None

    @staticmethod
    def _utc(now: datetime) -> datetime:
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("opening hours need a timezone-aware datetime")
        return now.astimezone(UTC)

    def _intervals(self, now_utc: datetime, days_ahead: int) -> list[Interval]:
        """Merged UTC intervals of the local days from yesterday to ``days_ahead`` days on.

        Yesterday is included because its span may end at 24:00, i.e. today; adjacent
        intervals (12:00 end, 12:00 start; 24:00 end, next day 00:00 start) are merged.
        """
        today = now_utc.astimezone(self.tz).date()
        raw = sorted(
            iv
            for offset in range(-1, days_ahead + 1)
            for iv in self._day_intervals(today + timedelta(days=offset))
        )
        merged: list[Interval] = []
        for start, end in raw:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def _day_intervals(self, day: date) -> Iterator[Interval]:
        for start_min, end_min in self._spans[day.weekday()]:
            start, end = self._local(day, start_min), self._local(day, end_min)
            if start < end:  # empty only when a span lies inside a skipped DST hour
                yield start, end

    def _local(self, day: date, minutes: int) -> datetime:
        """UTC instant of a local wall time on ``day``; 24:00 is the next midnight."""
        day += timedelta(days=minutes // _DAY_MINUTES)
        minutes %= _DAY_MINUTES
        wall = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=self.tz)
        return wall.astimezone(UTC)
