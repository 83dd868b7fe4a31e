"""Booking references from scans and typing, and the check-in time window."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.queue import checkin
from kiosk.queue.base import Appointment, BookingRef

TZ = ZoneInfo("Europe/Berlin")


def test_made_codes_are_valid_and_typos_are_caught():
    for _ in range(200):
        code = checkin.make_code()
        assert checkin.valid_code(code)
        wrong = code[:3] + str((int(code[3]) + 1) % 10) + code[4:]
        assert not checkin.valid_code(wrong)  # Luhn catches every single-digit error


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TERMIN:{code}", BookingRef("{code}")),
        ("{code}", BookingRef("{code}")),
        (" {spaced} ", BookingRef("{code}")),
        ("100009-52ec", BookingRef("100009", "52ec")),
        ("100009/52EC", BookingRef("100009", "52ec")),
        ("https://termine.example.de/?process=100009&authKey=52ec", BookingRef("100009", "52ec")),
        ("https://termine.example.de/process/100009/52ec/", BookingRef("100009", "52ec")),
    ],
)
def test_accepted_forms(text, expected):
    code = checkin.make_code()
    spaced = f"{code[:4]} {code[4:]}"
    result = checkin.parse(text.format(code=code, spaced=spaced))
    assert result == BookingRef(expected.appointment_id.format(code=code), expected.auth_key)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "hello", "12345678", "TERMIN:abc", "https://example.de/?foo=1", "x" * 600, "1-!"],
)
def test_rejected_with_a_reason(text):
    with pytest.raises(checkin.CodeError) as err:
        checkin.parse(text)
    assert str(err.value) and "\n" not in str(err.value)


@given(st.text(max_size=700))
def test_parse_never_fails_otherwise(text):
    try:
        ref = checkin.parse(text)
    except checkin.CodeError:
        return
    assert ref.appointment_id.isdigit()


@given(st.integers(min_value=0, max_value=10**7 - 1))
def test_every_code_round_trips_through_its_qr_payload(n):
    body = f"{n:07d}"
    code = body + checkin.luhn_digit(body)
    assert checkin.parse(checkin.qr_payload(code)) == BookingRef(code)


def appointment(starts: datetime) -> Appointment:
    return Appointment("12345674", starts, ("Reisepass",))


def test_window():
    slot = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
    verdict = checkin.judge(appointment(slot), slot - timedelta(minutes=45), 30, 15)
    assert verdict.timing is checkin.Timing.TOO_EARLY
    assert verdict.come_back_at == slot - timedelta(minutes=30)
    assert (
        checkin.judge(appointment(slot), slot - timedelta(minutes=30), 30, 15).timing
        is checkin.Timing.IN_TIME
    )
    assert (
        checkin.judge(appointment(slot), slot + timedelta(minutes=15), 30, 15).timing
        is checkin.Timing.IN_TIME
    )
    assert (
        checkin.judge(appointment(slot), slot + timedelta(minutes=16), 30, 15).timing
        is checkin.Timing.TOO_LATE
    )
