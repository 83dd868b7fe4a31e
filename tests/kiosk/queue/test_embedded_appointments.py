"""Appointments in the embedded queue: booking, look-up, a real check-in."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk import catalogue as catalogue_mod
from kiosk.config import ASSETS, GroupPolicy
from kiosk.queue.base import AppointmentNotFound, BookingRef
from kiosk.queue.embedded import EmbeddedBackend
from kiosk.queue.hours import OpeningHours

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 9, 50, tzinfo=TZ)


@pytest.fixture
def backend(tmp_path: Path):
    cat = catalogue_mod.load(ASSETS / "catalogue.toml", ["de", "en", "tr", "uk", "ar"])
    policy = GroupPolicy(counters=1, handling_minutes=10, daily_contingent=2)
    b = EmbeddedBackend(
        tmp_path / "q.db", cat, {"A": policy, "B": policy}, OpeningHours({}, TZ), TZ, "test-kiosk"
    )
    yield b
    b.close()


def test_book_find_and_check_in(backend, tmp_path):
    slot = NOW + timedelta(minutes=10)
    booked = backend.book("reisepass", slot)
    found = backend.find_appointment(BookingRef(booked.appointment_id), NOW)
    assert found.starts_at == slot and found.group_id == "A" and not found.checked_in
    assert found.concern_id == "reisepass" and found.concern_names == ("Reisepass beantragen",)

    ticket = backend.check_in(BookingRef(booked.appointment_id), "req-1", NOW)
    assert ticket.number == "A-001" and ticket.group_id == "A"
    assert ticket.wait.low_min == 10 and ticket.wait.high_min == 20
    again = backend.check_in(BookingRef(booked.appointment_id), "req-2", NOW)
    assert again.reference == ticket.reference  # checking in twice: the same number

    after = backend.find_appointment(BookingRef(booked.appointment_id), NOW)
    assert after.checked_in and after.number == "A-001"
    with sqlite3.connect(tmp_path / "q.db") as db:
        arrived = db.execute("SELECT status, arrived_at FROM appointment").fetchone()
        queued = db.execute("SELECT status FROM ticket WHERE number = 'A-001'").fetchone()
    assert arrived[0] == "arrived" and arrived[1]
    assert queued == ("waiting",)  # the appointment joined the queue


def test_appointments_ignore_the_walk_in_contingent(backend):
    for i in range(2):
        backend.draw_number("ausweis", "A", f"walk-{i}", NOW)
    booked = backend.book("ausweis", NOW)
    assert backend.check_in(BookingRef(booked.appointment_id), "req", NOW).number == "A-003"


def test_unknown_code(backend):
    with pytest.raises(AppointmentNotFound):
        backend.find_appointment(BookingRef("12345674"), NOW)
    with pytest.raises(AppointmentNotFound):
        backend.check_in(BookingRef("12345674"), "x", NOW)


def test_todays_appointments(backend):
    backend.book("anmeldung", NOW + timedelta(hours=1))
    backend.book("anmeldung", NOW + timedelta(days=1))
    assert len(backend.appointments(NOW)) == 1
