"""Passport dates as citizens type them (issue 22.14): day, month and year as printed on
the photo page, converted to the YYMMDD that BAC's key needs, and read back to the same
date by the MRZ's century rules (resolve_birth, resolve_expiry)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.idcard.mrz import EXPIRY_WINDOW_YEARS, mrz_key, resolve_birth, resolve_expiry
from kiosk import passport
from kiosk.passport import ImpossibleDate, mrz_date, typed_birth, typed_date, typed_expiry

TODAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


def typed(d: date) -> str:
    return f"{d.day:02d}{d.month:02d}{d.year:04d}"


@given(d=st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_typed_date_is_day_month_year(d: date) -> None:
    assert typed_date(typed(d)) == d
    assert mrz_date(d) == f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


@given(today=TODAYS, age=st.integers(min_value=0, max_value=99 * 366), data=st.data())
def test_birth_round_trips_through_the_mrz(today: date, age: int, data: st.DataObject) -> None:
    born = today - timedelta(days=age)
    yymmdd = typed_birth(typed(born), today)
    assert len(yymmdd) == 6 and yymmdd.isdigit()
    # Under 100 years old: the MRZ's own rule reads back exactly what was typed.
    if born > date(today.year - 100, today.month, 1):
        assert resolve_birth(yymmdd, today) == born


@given(today=TODAYS, offset=st.integers(min_value=-40 * 365, max_value=40 * 365))
def test_expiry_round_trips_across_centuries(today: date, offset: int) -> None:
    """Expired and valid passports alike, incl. expiry dates in the next century (a kiosk
    in 2090 reading a passport valid to 2101 types '2101' and BAC gets '01')."""
    expiry = today + timedelta(days=offset)
    yymmdd = typed_expiry(typed(expiry), today)
    assert yymmdd == mrz_date(expiry)
    assert resolve_expiry(yymmdd, today) == expiry


def test_century_of_expiry_examples() -> None:
    today = date(2095, 6, 1)
    assert typed_expiry("15042101", today) == "010415"
    assert resolve_expiry("010415", today) == date(2101, 4, 15)
    assert typed_expiry("15042012", date(2026, 12, 7)) == "120415"  # ICAO specimen, expired


@pytest.mark.parametrize(
    ("digits", "kind"),
    [
        ("31022000", "birth"),  # no 31 February
        ("01132000", "birth"),  # no month 13
        ("0101200", "birth"),  # 7 digits
        ("700812", "birth"),  # YYMMDD typed by habit: too short, not misread
        ("01012999", "birth"),  # in the future
        ("01011850", "birth"),  # 170 years ago
        ("01012090", "expiry"),  # beyond the window of a passport's validity
        ("01011960", "expiry"),
    ],
)
def test_impossible_dates_are_refused(digits: str, kind: str) -> None:
    check = typed_birth if kind == "birth" else typed_expiry
    with pytest.raises(ImpossibleDate):
        check(digits, date(2026, 12, 7))


def test_typed_specimen_gives_the_icao_key() -> None:
    """ICAO 9303 part 11 worked example: L898902C, born 06.08.1969, expiry 23.06.1994."""
    today = date(2026, 12, 7)
    key = mrz_key("L898902C", typed_birth("06081969", today), typed_expiry("23061994", today))
    assert key == "L898902C<369080619406236"
    assert passport.EXPIRY_WINDOW_YEARS == EXPIRY_WINDOW_YEARS  # one window, both ways
