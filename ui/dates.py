"""Dates as each language writes them, with Latin digits like the display board.

"Dienstag, 8. Dezember", "Tuesday, 8 December", "8 Aralık Salı", "الثلاثاء، 8 ديسمبر":
day and month names from QLocale (genitive month names where the language has them),
the order and punctuation per language; the Arabic comma "،" in Arabic. The year is
added when it is not the current one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from kiosk.i18n import locale_of

# {day}: weekday, {d}: day of month, {month}: month name (the form used after a number).
_PATTERNS = {
    "de": "{day}, {d}. {month}",
    "tr": "{d} {month} {day}",
    "ar": "{day}، {d} {month}",
}
_DEFAULT = "{day}, {d} {month}"
_YEAR = {"de": "{date} {year}", "ar": "{date} {year}"}


def long_day(when: date, language: str, today: date | None = None) -> str:
    """The weekday, day and month of ``when`` in ``language``; with the year when it
    differs from ``today``'s."""
    code = locale_of(language)
    locale = QLocale(code)
    text = _PATTERNS.get(code, _DEFAULT).format(
        day=locale.dayName(when.isoweekday(), QLocale.FormatType.LongFormat),
        d=when.day,
        month=locale.monthName(when.month, QLocale.FormatType.LongFormat),
    )
    if today is not None and when.year != today.year:
        if code == "tr":  # the weekday stays last: "8 Ocak 2027 Cuma"
            head, _, weekday = text.rpartition(" ")
            return f"{head} {when.year} {weekday}"
        text = _YEAR.get(code, "{date} {year}").format(date=text, year=when.year)
    return text


def list_separator(language: str) -> str:
    """ ", " in most languages, "، " in Arabic."""
    return "، " if locale_of(language) == "ar" else ", "
