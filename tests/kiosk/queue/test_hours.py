"""Opening hours: spans, 24:00, adjacent spans, always/never open, DST in Europe/Berlin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.queue.hours import WEEKDAYS, OpeningHours, parse_span

BERLIN = ZoneInfo("Europe/Berlin")
WEEK = {day: ["08:00-12:00", "14:00-18:00"] for day in WEEKDAYS[:5]}  # mon..fri


def local(
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    *,
    fold: int = 0,
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=BERLIN, fold=fold)


def test_open_inside_spans_start_inclusive_end_exclusive() -> None:
    hours = OpeningHours(WEEK, BERLIN)
    wed = (2026, 11, 18)
    assert not hours.is_open(local(*wed, 7, 59))
    assert hours.is_open(local(*wed, 8, 0))
    assert hours.is_open(local(*wed, 11, 59))
    assert not hours.is_open(local(*wed, 12, 0))
    assert hours.is_open(local(*wed, 14, 0))
    assert not hours.is_open(local(*wed, 18, 0))
    assert not hours.is_open(local(2026, 11, 21, 10, 0))  # Saturday


def test_next_opening_same_day_next_day_and_after_weekend() -> None:
    hours = OpeningHours(WEEK, BERLIN)
    assert hours.next_opening(local(2026, 11, 18, 12, 30)) == local(2026, 11, 18, 14, 0)
    assert hours.next_opening(local(2026, 11, 18, 19, 0)) == local(2026, 11, 19, 8, 0)
    assert hours.next_opening(local(2026, 11, 21, 10, 0)) == local(2026, 11, 23, 8, 0)


def test_next_opening_while_open_is_now() -> None:
    now = local(2026, 11, 18, 9, 15)
    assert OpeningHours(WEEK, BERLIN).next_opening(now) == now


def test_next_opening_is_local_time_of_the_site() -> None:
    found = OpeningHours(WEEK, BERLIN).next_opening(datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    assert found is not None and found.tzinfo == BERLIN
    assert found == local(2026, 11, 23, 8, 0)


def test_end_24_00_and_adjacent_spans_merge() -> None:
    hours = OpeningHours(
        {"mon": ["08:00-12:00", "12:00-14:00", "20:00-24:00"], "tue": ["00:00-02:00"]}, BERLIN
    )
    mon = (2026, 11, 16)
    assert hours.is_open(local(*mon, 12, 0))
    assert hours.is_open(local(*mon, 23, 59, 59))
    assert hours.is_open(local(2026, 11, 17, 0, 0))
    assert hours.is_open(local(2026, 11, 17, 1, 59))
    assert not hours.is_open(local(2026, 11, 17, 2, 0))
    late = local(*mon, 23, 30)
    assert hours.next_opening(late) == late


def test_always_open_every_day_00_to_24() -> None:
    hours = OpeningHours({d: ["00:00-24:00"] for d in WEEKDAYS}, BERLIN)
    for now in (
        local(2026, 3, 29, 3, 0),
        local(2026, 10, 25, 2, 30, fold=1),
        local(2026, 12, 31, 23, 59, 59),
    ):
        assert hours.is_open(now)
        assert hours.next_opening(now) == now


def test_empty_schedule_means_always_open() -> None:
    hours = OpeningHours({}, BERLIN)
    now = local(2026, 11, 21, 3, 0)
    assert hours.is_open(now) and hours.next_opening(now) == now


def test_days_without_spans_are_closed_and_never_open_gives_none() -> None:
    hours = OpeningHours({"mon": []}, BERLIN)
    assert not hours.is_open(local(2026, 11, 16, 10, 0))
    assert hours.next_opening(local(2026, 11, 16, 10, 0)) is None


def test_next_opening_looks_two_weeks_ahead() -> None:
    hours = OpeningHours({"mon": ["09:00-10:00"]}, BERLIN)
    assert hours.next_opening(local(2026, 11, 16, 11, 0)) == local(2026, 11, 23, 9, 0)


def test_spring_forward_keeps_wall_clock_hours() -> None:
    """29 March 2026: 02:00 CET becomes 03:00 CEST; Monday 08:00 is then 06:00 UTC."""
    hours = OpeningHours(WEEK, BERLIN)
    found = hours.next_opening(local(2026, 3, 27, 19, 0))  # Friday evening, CET
    assert found == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    assert found is not None and found.utcoffset() == timedelta(hours=2)
    assert hours.is_open(datetime(2026, 3, 30, 6, 0, tzinfo=UTC))
    assert not hours.is_open(datetime(2026, 3, 30, 5, 59, tzinfo=UTC))


def test_short_and_long_dst_days_are_fully_covered() -> None:
    hours = OpeningHours({"sun": ["00:00-24:00"]}, BERLIN)
    # 23-hour day: open from 23:00 UTC Saturday to 22:00 UTC Sunday
    assert hours.is_open(datetime(2026, 3, 28, 23, 0, tzinfo=UTC))
    assert hours.is_open(datetime(2026, 3, 29, 21, 59, tzinfo=UTC))
    assert not hours.is_open(datetime(2026, 3, 29, 22, 0, tzinfo=UTC))
    # 25-hour day: the repeated 02:30 is open both times, until 23:00 UTC
    assert hours.is_open(local(2026, 10, 25, 2, 30, fold=0))
    assert hours.is_open(local(2026, 10, 25, 2, 30, fold=1))
    assert hours.is_open(datetime(2026, 10, 25, 22, 59, tzinfo=UTC))
    assert not hours.is_open(datetime(2026, 10, 25, 23, 0, tzinfo=UTC))
    assert hours.next_opening(datetime(2026, 10, 25, 23, 0, tzinfo=UTC)) == local(2026, 11, 1, 0, 0)


def test_skipped_wall_times_move_one_hour_later_and_empty_spans_drop() -> None:
    shifted = OpeningHours({"sun": ["02:15-02:45"]}, BERLIN)
    assert shifted.next_opening(local(2026, 3, 29, 0, 0)) == datetime(
        2026, 3, 29, 1, 15, tzinfo=UTC
    )  # 03:15 CEST
    dropped = OpeningHours({"sun": ["02:30-03:00"]}, BERLIN)  # nothing of it exists
    assert dropped.next_opening(local(2026, 3, 29, 0, 0)) == local(2026, 4, 5, 2, 30)


@pytest.mark.parametrize(
    "span",
    ["8:00-12:00", "12:00-08:00", "10:00-10:00", "24:00-24:00", "08:60-09:00", "08:00-24:01", "x"],
)
def test_invalid_spans_are_rejected(span: str) -> None:
    with pytest.raises(ValueError):
        parse_span(span)


def test_unknown_weekday_and_naive_datetimes_are_rejected() -> None:
    with pytest.raises(ValueError, match="weekday"):
        OpeningHours({"monday": ["08:00-12:00"]}, BERLIN)
    with pytest.raises(ValueError, match="timezone-aware"):
        OpeningHours(WEEK, BERLIN).is_open(datetime(2026, 11, 18, 9, 0))


# -- property: never crashes, next_opening is >= now, open, and the first such moment ----

ZONES = [
    BERLIN,
    ZoneInfo("UTC"),
    ZoneInfo("America/New_York"),
    ZoneInfo("Australia/Lord_Howe"),
    ZoneInfo("Asia/Kolkata"),
]


@st.composite
def spans(draw: st.DrawFn) -> str:
    start = draw(st.integers(0, 24 * 60 - 1))
    end = draw(st.integers(start + 1, 24 * 60))
    return f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"


schedules = st.dictionaries(st.sampled_from(WEEKDAYS), st.lists(spans(), max_size=4))


@settings(max_examples=300, deadline=None)
@given(schedule=schedules, tz=st.sampled_from(ZONES), data=st.data())
def test_random_schedules_and_times(
    schedule: dict[str, list[str]], tz: ZoneInfo, data: st.DataObject
) -> None:
    now = data.draw(
        st.datetimes(
            min_value=datetime(2000, 1, 1), max_value=datetime(2060, 1, 1), timezones=st.just(tz)
        )
    )
    hours = OpeningHours(schedule, tz)
    is_open = hours.is_open(now)
    found = hours.next_opening(now)
    if found is None:
        assert not is_open
        return
    # compare in UTC: datetimes sharing a ZoneInfo compare by wall clock, ignoring fold
    found_utc, now_utc = found.astimezone(UTC), now.astimezone(UTC)
    assert found_utc >= now_utc
    assert hours.is_open(found)
    if is_open:
        assert found_utc == now_utc
    else:
        assert found_utc > now_utc
        assert not hours.is_open(found_utc - timedelta(microseconds=1))
