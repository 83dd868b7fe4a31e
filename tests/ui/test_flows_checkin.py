"""Issue 22.2 and 22.8: appointments are compared by date in the configured zone, another
day says which day, yesterday's checked-in appointment is not printed again, and when
appointments cannot be checked a waiting number is offered."""

from __future__ import annotations

import sqlite3
from datetime import datetime, time, timedelta

from kiosk import catalogue as catalogue_mod
from kiosk.queue import open_embedded
from kiosk.queue.base import BackendError
from ui.dates import long_day


def book_at(cfg, concern: str, start: datetime) -> str:
    backend = open_embedded(cfg, catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages))
    code = backend.book(concern, start).appointment_id
    backend.close()
    return code


def look_up(d, code: str, lang: str = "de") -> None:
    d.tap(f"language_{lang}")
    d.tap("appointmentButton")
    for digit in code:
        d.tap(f"pad_{digit}")
    d.tap("checkinSubmit")
    d.wait_until(lambda: d.ui.context.checkin.state not in ("entry", "looking"))


def test_tomorrow_and_next_year_say_the_day(make_ui, make_config):
    cfg = make_config()
    now = datetime.now(cfg.tz)
    tomorrow = datetime.combine(now.date() + timedelta(days=1), time(10, 30), cfg.tz)
    code = book_at(cfg, "reisepass", tomorrow)
    d = make_ui(cfg)
    look_up(d, code)
    assert d.ui.context.checkin.state == "other_day"
    assert d.ui.context.checkin.day == "later"
    shown = d.text("checkinTime")
    assert "Heute" not in shown
    assert shown == f"Am {long_day(tomorrow.date(), 'de')} um 10:30 Uhr"
    assert not d.item("checkinConfirm").isVisible()

    later = datetime.combine(now.date() + timedelta(days=300), time(8, 0), cfg.tz)
    code = book_at(cfg, "reisepass", later)
    d.ui.context.session.finish()
    d.pump(50)
    look_up(d, code, "ar")
    assert d.ui.context.checkin.state == "other_day"
    shown = d.text("checkinTime")
    assert "،" in shown and "08:00" in shown
    assert (str(later.year) in shown) == (later.year != now.year)


def test_yesterdays_checked_in_appointment_is_not_printed_again(make_ui, make_config):
    cfg = make_config()
    now = datetime.now(cfg.tz)
    yesterday = datetime.combine(now.date() - timedelta(days=1), time(9, 0), cfg.tz)
    code = book_at(cfg, "reisepass", yesterday)
    with sqlite3.connect(cfg.database_path) as db:
        db.execute(
            "UPDATE appointment SET status = 'arrived', ticket_ref = 'old' WHERE id = ?", (code,)
        )
    d = make_ui(cfg)
    look_up(d, code)
    checkin = d.ui.context.checkin
    assert checkin.state == "too_late" and checkin.day == "earlier"
    assert not d.item("checkinConfirm").isVisible()
    assert "Heute" not in d.text("checkinTime")
    assert d.ui.context.ticketing.printState == "none"
    d.tap("checkinWalkIn")  # a new number for today instead
    assert d.screen() == "concerns"


def test_backend_down_offers_a_waiting_number(make_ui, make_config):
    d = make_ui(make_config())
    checkin = d.ui.context.checkin

    def down(_ref, done):  # the backend worker's answer when the system is unreachable
        done(None, BackendError("connection refused"))

    checkin._lookup = down
    look_up(d, "12345674")
    assert checkin.state == "error"
    assert "Wartenummer" in d.text("checkinAdvice")
    d.tap("checkinWalkIn")
    assert d.screen() == "concerns"


def test_opening_times_are_written_as_each_language_writes_dates(qapp):
    """22.17: "Montag, 7. Dezember, 08:00"; Arabic with its own comma, not "الاثنين, 07.12."."""
    from zoneinfo import ZoneInfo

    from ui.viewmodels.services import format_opening

    tz = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 12, 6, 22, 0, tzinfo=tz)
    monday = datetime(2026, 12, 7, 8, 0, tzinfo=tz)
    assert format_opening(monday, "de", now) == "Montag, 7. Dezember, 08:00"
    assert format_opening(monday, "en", now) == "Monday, 7 December, 08:00"
    arabic = format_opening(monday, "ar", now)
    assert arabic == "الاثنين، 7 ديسمبر، 08:00" and "," not in arabic
    assert format_opening(now.replace(hour=23), "de", now) == "23:00"  # today: the time only
