"""Appointment check-in through the UI: typed on the pad, scanned, and the time window."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import catalogue as catalogue_mod
from kiosk.queue import open_embedded
from tests.ui.test_flows_checkin import look_up


def noon(cfg) -> datetime:
    """Today's noon at the town hall: the hour these tests pretend it is (``make_ui(cfg,
    clock=lambda: at)``). Near midnight the real clock puts "in five minutes" or "an hour
    ago" on another day, where a check-in rightly answers otherwise; CI runs at any hour."""
    return datetime.now(cfg.tz).replace(hour=12, minute=0, second=0, microsecond=0)


def book(cfg, concern: str, minutes_from_noon: int) -> tuple[str, datetime]:
    """A booking ``minutes_from_noon`` after today's noon; returns it and that noon."""
    at = noon(cfg)
    return book_at(cfg, concern, at + timedelta(minutes=minutes_from_noon)), at


def book_at(cfg, concern: str, start: datetime) -> str:
    backend = open_embedded(cfg, catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages))
    code = backend.book(concern, start).appointment_id
    backend.close()
    return code


def test_type_the_code_and_check_in(make_ui, make_config, tmp_path):
    cfg = make_config()
    code, at = book(cfg, "anmeldung", 5)
    d = make_ui(cfg, clock=lambda: at)
    d.tap("language_de")
    d.tap("appointmentButton")
    assert d.screen() == "checkin"
    for digit in code:
        d.tap(f"pad_{digit}")
    assert d.text("checkinCode") == code
    d.tap("checkinSubmit")
    d.wait_until(lambda: d.ui.context.checkin.state == "found")
    assert d.text("checkinConcern") == "Wohnsitz an- oder ummelden"
    d.tap("checkinConfirm")
    d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
    assert d.screen() == "ticket"
    assert d.text("ticketNumber").startswith("B-")
    assert d.item("ticketAppointment").isVisible()
    with sqlite3.connect(cfg.database_path) as db:
        status, ticket_ref = db.execute(
            "SELECT status, ticket_ref FROM appointment WHERE id = ?", (code,)
        ).fetchone()
    assert status == "arrived" and ticket_ref == d.ui.context.ticketing.reference


def test_a_scan_on_the_welcome_screen_starts_the_check_in(make_ui, make_config):
    cfg = make_config()
    code, at = book(cfg, "reisepass", 0)
    d = make_ui(cfg, clock=lambda: at)
    assert d.screen() == "welcome"
    for ch in f"TERMIN:{code}":  # a scanner types within milliseconds
        QTest.keyClick(d.window, ch)
    QTest.keyClick(d.window, Qt.Key.Key_Return)
    d.wait_until(lambda: d.ui.context.checkin.state == "found")
    assert d.screen() == "checkin"
    assert d.ui.context.session.active


def test_slow_typing_is_not_taken_for_a_scan(make_ui, make_config):
    cfg = make_config()
    code, at = book(cfg, "reisepass", 0)
    d = make_ui(cfg, clock=lambda: at)
    for ch in code:  # a person: 100 ms between keys
        QTest.keyClick(d.window, ch)
        time.sleep(0.1)
    QTest.keyClick(d.window, Qt.Key.Key_Return)
    d.pump(100)
    assert d.screen() == "welcome"


def test_too_early_says_when_to_come_back(make_ui, make_config):
    cfg = make_config()
    code, at = book(cfg, "reisepass", 0)
    d = make_ui(cfg, clock=lambda: at - timedelta(hours=2))
    look_up(d, code)
    d.wait_until(lambda: d.ui.context.checkin.state == "too_early")
    expected = at - timedelta(minutes=cfg.checkin.early_minutes)
    assert f"{expected:%H:%M}" in d.text("checkinAdvice")
    assert not d.item("checkinConfirm").isVisible()


def test_too_late_offers_a_walk_in_number(make_ui, make_config):
    cfg = make_config()
    code, at = book(cfg, "reisepass", -60)
    d = make_ui(cfg, clock=lambda: at)
    look_up(d, code, lang="en")
    d.wait_until(lambda: d.ui.context.checkin.state == "too_late")
    d.tap("checkinWalkIn")
    assert d.screen() == "concerns"


def test_typos_and_unknown_codes(make_ui):
    d = make_ui()
    d.tap("language_de")
    d.tap("appointmentButton")
    for digit in "12345678":  # wrong check digit
        d.tap(f"pad_{digit}")
    d.tap("checkinSubmit")
    assert d.ui.context.checkin.state == "invalid"
    assert "kein gültiger" in d.text("checkinMessage")
    d.tap("padBackspace")
    d.tap("pad_4")  # 12345674 passes the check but is not booked
    d.tap("checkinSubmit")
    d.wait_until(lambda: d.ui.context.checkin.state == "not_found")
    assert "keinen Termin" in d.text("checkinMessage")


def test_a_long_zms_key_cannot_be_typed_and_the_pad_says_so(make_ui, tmp_path):
    import fake_zms

    server = fake_zms.FakeZms().start()
    try:
        server.add_scope(141, "Bürgeramt Mitte", prefix="A")
        state = tmp_path / "state"
        path = tmp_path / "kiosk.toml"
        path.write_text(
            server.kiosk_toml(state, {"ausweis": 141}) + "[display]\nfullscreen = false\n"
        )
        from kiosk import config

        d = make_ui(config.load(path))
        d.tap("language_de")
        d.tap("appointmentButton")
        for digit in "100044":
            d.tap(f"pad_{digit}")
        d.tap("checkinSubmit")  # a process number without its key
        assert d.ui.context.checkin.state == "key_missing"
        assert "QR-Code" in d.text("checkinMessage")
        for _ in range(20):  # typing on past what a short key needs
            d.tap("pad_A")
        assert d.ui.context.checkin.state == "key_missing"
    finally:
        server.stop()


def test_an_appointment_of_another_day_says_when(make_ui, tmp_path):
    import fake_zms

    server = fake_zms.FakeZms().start()
    try:
        server.add_scope(141, "Bürgeramt Mitte", prefix="A")
        tomorrow = datetime.now(fake_zms.LOCAL).replace(hour=9, minute=30, second=0) + timedelta(
            days=1
        )
        pid, key = server.add_appointment(141, tomorrow)
        path = tmp_path / "kiosk.toml"
        path.write_text(
            server.kiosk_toml(tmp_path / "state", {"ausweis": 141})
            + "[display]\nfullscreen = false\n"
        )
        from kiosk import config

        d = make_ui(config.load(path))
        d.tap("language_de")
        d.ui.context.checkin.scanned(f"https://service.example.de/?process={pid}&authKey={key}")
        d.wait_until(lambda: d.ui.context.checkin.state == "other_day")
        shown = d.text("checkinTime")
        assert "09:30" in shown and not shown.startswith("Heute")  # the day, not "today"
        assert not d.item("checkinConfirm").isVisible()
    finally:
        server.stop()
