"""A passport's dates as the citizen types them from the photo page (day, month, year:
"TT.MM.JJJJ" in German, issue 22.14) and as BAC's access key needs them (YYMMDD).

Here, not in devices/idcard/mrz.py, so that checking a typed date on the GUI thread loads
nothing of the chip reader (crypto). devices/idcard/mrz.py reads the YYMMDD back with
the same 50-year window (tests/devices/idcard/test_typed_dates.py checks both agree).
"""

from __future__ import annotations

from datetime import date

EXPIRY_WINDOW_YEARS = 50  # as devices.idcard.mrz: no passport is valid for 50 years
OLDEST_YEARS = 130  # a date of birth further back is a typing error


class ImpossibleDate(ValueError):
    """The typed digits are no date (31 February), or not a possible one here."""


def mrz_date(d: date) -> str:
    """YYMMDD, as the MRZ writes a date (the century is dropped)."""
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def typed_date(digits: str) -> date:
    """DDMMYYYY, the order of the printed page and of "TT.MM.JJJJ"."""
    if len(digits) != 8 or not digits.isdigit():
        raise ImpossibleDate("expected day, month and year (8 digits)")
    try:
        return date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        raise ImpossibleDate("no such day") from None


def typed_birth(digits: str, today: date | None = None) -> str:
    """A typed date of birth as YYMMDD: a real day, not in the future, not 130 years ago."""
    today = today or date.today()
    d = typed_date(digits)
    if d > today or d.year < today.year - OLDEST_YEARS:
        raise ImpossibleDate("not a possible date of birth")
    return mrz_date(d)


def typed_expiry(digits: str, today: date | None = None) -> str:
    """A typed expiry date as YYMMDD: within 50 years of today either way, the window in
    which the MRZ's two-digit year is read back unambiguously (expired ones still read)."""
    today = today or date.today()
    d = typed_date(digits)
    if not today.year - EXPIRY_WINDOW_YEARS < d.year <= today.year + EXPIRY_WINDOW_YEARS:
        raise ImpossibleDate("not a possible expiry date")
    return mrz_date(d)
