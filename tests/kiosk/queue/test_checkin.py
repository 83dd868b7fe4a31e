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


# -- current ZMS: 64-hex keys and process states -----------------------------------------

KEY64 = "9f" * 32  # Process::setRandomAuthKey() since 2026-04-24: bin2hex(random_bytes(32))


@pytest.mark.parametrize(
    "text",
    [
        f"100044-{KEY64}",
        f"https://service.example.de/terminvereinbarung/?process=100044&authKey={KEY64}",
        f"https://service.example.de/process/100044/{KEY64}/",
    ],
)
def test_both_key_generations_are_accepted(text):
    assert checkin.parse(text) == BookingRef("100044", KEY64)
    assert checkin.parse("100044-57c2") == BookingRef("100044", "57c2")  # the old generation


def test_a_key_longer_than_any_zms_key_is_refused():
    with pytest.raises(checkin.CodeError):
        checkin.parse(f"100044-{KEY64}ab")


def test_a_bare_process_number_asks_for_the_key_where_the_system_needs_one():
    with pytest.raises(checkin.KeyMissing):
        checkin.parse("100044", keyed=True)
    with pytest.raises(checkin.KeyMissing):
        checkin.parse("1000 44", keyed=True)
    code = checkin.make_code()
    assert checkin.parse(f"TERMIN:{code}", keyed=True) == BookingRef(code)


def _appointment(at: datetime, status: str = "confirmed", walk_in: bool = False) -> Appointment:
    return Appointment("100044", at, ("Personalausweis",), status=status, walk_in=walk_in)


@pytest.mark.parametrize(
    ("status", "timing"),
    [
        ("called", checkin.Timing.CALLED),
        ("processing", checkin.Timing.CALLED),
        ("finished", checkin.Timing.FINISHED),
        ("pending", checkin.Timing.FINISHED),
        ("missed", checkin.Timing.MISSED),
        ("deleted", checkin.Timing.CANCELLED),
        ("confirmed", checkin.Timing.IN_TIME),
        ("queued", checkin.Timing.IN_TIME),
    ],
)
def test_the_process_status_comes_before_the_window(status, timing):
    now = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
    verdict = checkin.judge(_appointment(now, status), now, 30, 15)
    assert verdict.timing is timing
    refused = checkin.refusal(_appointment(now, status), now)
    assert bool(refused) is (timing not in (checkin.Timing.IN_TIME,))


def test_an_appointment_of_another_day_is_not_today():
    now = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
    tomorrow = now + timedelta(days=1)
    verdict = checkin.judge(_appointment(tomorrow), now, 30, 15)
    assert verdict.timing is checkin.Timing.OTHER_DAY and verdict.come_back_at == tomorrow
    assert checkin.refusal(_appointment(now - timedelta(days=2)), now) == (
        "the appointment is on another day"
    )
    # a past day is "too late" (a waiting number is offered), not a day to come back on
    assert checkin.judge(_appointment(now - timedelta(days=1)), now, 30, 15).timing is (
        checkin.Timing.TOO_LATE
    )


def test_a_walk_in_number_is_not_an_appointment():
    now = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
    midnight = now.replace(hour=0)
    verdict = checkin.judge(_appointment(midnight, "queued", walk_in=True), now, 30, 15)
    assert verdict.timing is checkin.Timing.WALK_IN


@pytest.mark.parametrize("key", ["6262", "0815", "1" * 64])
def test_a_zms_key_of_digits_only_is_a_key(key):
    """Hex keys can be all digits (about one old 4-character key in seven): typed with its
    separator it is the key, not more digits of the process number."""
    assert checkin.parse(f"100044-{key}", keyed=True) == BookingRef("100044", key)
    assert checkin.parse(f"100044 / {key}", keyed=True) == BookingRef("100044", key)
    assert checkin.parse(f"100044-{key}") == BookingRef("100044", key)
