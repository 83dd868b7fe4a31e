"""kiosk/session.py: the idle policy's phases and countdown, and what wipe() forgets."""

from __future__ import annotations

import gc
import math
import time
import weakref

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.session import CitizenSession, IdlePhase, IdlePolicy, IdleState, Preferences

POLICY = IdlePolicy(idle_timeout_s=60, warning_s=30)
T0 = 1000.0  # last activity, on the monotonic clock


# --- IdlePolicy --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("idle", "phase", "left"),
    [
        (0.0, IdlePhase.ACTIVE, 60),
        (0.4, IdlePhase.ACTIVE, 60),  # 59.6 s left: rounded up
        (1.0, IdlePhase.ACTIVE, 59),
        (58.5, IdlePhase.ACTIVE, 2),
        (59.0, IdlePhase.ACTIVE, 1),
        (59.9, IdlePhase.ACTIVE, 1),
        (60.0, IdlePhase.WARNING, 30),  # the warning starts exactly at idle_timeout_s
        (60.5, IdlePhase.WARNING, 30),
        (61.0, IdlePhase.WARNING, 29),
        (75.0, IdlePhase.WARNING, 15),
        (89.0, IdlePhase.WARNING, 1),
        (89.9, IdlePhase.WARNING, 1),
        (90.0, IdlePhase.EXPIRED, 0),  # and ends exactly warning_s later
        (90.1, IdlePhase.EXPIRED, 0),
        (3600.0, IdlePhase.EXPIRED, 0),
    ],
)
def test_phase_and_seconds_left(idle: float, phase: IdlePhase, left: int) -> None:
    assert POLICY.state(T0, T0 + idle) == IdleState(phase, left)


def test_clock_before_last_activity_counts_as_no_idle_time() -> None:
    assert POLICY.state(T0, T0 - 5) == IdleState(IdlePhase.ACTIVE, 60)


def test_other_timeouts() -> None:
    policy = IdlePolicy(idle_timeout_s=10, warning_s=20)
    assert policy.state(0, 9.5) == IdleState(IdlePhase.ACTIVE, 1)
    assert policy.state(0, 10) == IdleState(IdlePhase.WARNING, 20)
    assert policy.state(0, 29.5) == IdleState(IdlePhase.WARNING, 1)
    assert policy.state(0, 30) == IdleState(IdlePhase.EXPIRED, 0)


@settings(max_examples=200, deadline=None)
@given(
    timeout=st.integers(10, 3600),
    warning=st.integers(20, 600),
    idle_ms=st.lists(st.integers(0, 5_000_000), min_size=1, max_size=10),
)
def test_countdown_property(timeout: int, warning: int, idle_ms: list[int]) -> None:
    """The phase follows the thresholds exactly; seconds_left is the remaining time rounded
    up and never rises as idle time grows. (The module rounds up with ``int(x + 0.999)``,
    so within the last millisecond before a whole second it may show one second less.)"""
    policy = IdlePolicy(timeout, warning)
    previous: IdleState | None = None
    for ms in sorted(idle_ms):
        now = T0 + ms / 1000
        idle = now - T0
        state = policy.state(T0, now)
        if idle < timeout:
            assert state.phase is IdlePhase.ACTIVE
            remaining = timeout - idle
        elif idle < timeout + warning:
            assert state.phase is IdlePhase.WARNING
            remaining = timeout + warning - idle
        else:
            assert state == IdleState(IdlePhase.EXPIRED, 0)
            remaining = 0
        assert math.ceil(remaining - 0.002) <= state.seconds_left <= math.ceil(remaining)
        if state.phase is IdlePhase.WARNING:
            assert state.seconds_left <= warning
        if previous is not None and previous.phase is state.phase:
            assert state.seconds_left <= previous.seconds_left
        previous = state


# --- CitizenSession ----------------------------------------------------------------------------


class Secret:
    """Stands for personal data; weakly referenceable, so a test can see it is gone."""


def used_session() -> CitizenSession:
    s = CitizenSession(default_language="de")
    s.start(now=5.0)
    s.data["concern"] = "anmeldung"
    s.data["form"] = {"name": "Erika Mustermann", "born": "1964-08-12"}
    s.identity = Secret()
    s.prefs.language = "ar"
    s.prefs.text_scale = 1.5
    s.prefs.high_contrast = True
    return s


def test_new_session_is_plain() -> None:
    s = CitizenSession(default_language="tr")
    assert s.active is False and s.started_at is None
    assert s.data == {} and s.identity is None
    assert s.prefs == Preferences("tr", 1.0, False)


def test_sessions_do_not_share_data() -> None:
    a, b = CitizenSession("de"), CitizenSession("de")
    a.data["x"] = 1
    a.prefs.language = "uk"
    assert b.data == {} and b.prefs.language == "de"


def test_wipe_forgets_everything() -> None:
    s = used_session()
    s.wipe()
    assert s.data == {}
    assert s.identity is None
    assert s.prefs == Preferences("de", 1.0, False)
    assert s.active is False and s.started_at is None
    assert s.default_language == "de"


def test_wipe_empties_the_old_data_dict() -> None:
    """Whoever still holds the old dict (a view model, a worker) sees nothing either."""
    s = used_session()
    old = s.data
    s.wipe()
    assert old == {}


def test_wipe_leaves_no_reference_to_the_old_contents() -> None:
    s = used_session()
    in_data, identity = Secret(), s.identity
    s.data["card"] = in_data
    refs = [weakref.ref(in_data), weakref.ref(identity)]
    del in_data, identity
    s.wipe()
    gc.collect()
    assert [r() for r in refs] == [None, None]


def test_wipe_is_safe_twice_and_on_a_new_session() -> None:
    s = CitizenSession("en")
    s.wipe()
    s.wipe()
    assert s.data == {} and s.prefs == Preferences("en") and not s.active


def test_start_is_idempotent() -> None:
    s = CitizenSession("de")
    s.start(now=10.0)
    s.data["concern"] = "reisepass"
    s.start(now=20.0)
    assert s.active is True
    assert s.started_at == 10.0
    assert s.data == {"concern": "reisepass"}  # a second start is not a new citizen


def test_start_after_wipe_starts_a_new_session() -> None:
    s = CitizenSession("de")
    s.start(now=10.0)
    s.wipe()
    s.start(now=30.0)
    assert s.active is True and s.started_at == 30.0


def test_start_without_time_uses_the_monotonic_clock() -> None:
    s = CitizenSession("de")
    before = time.monotonic()
    s.start()
    after = time.monotonic()
    assert s.started_at is not None and before <= s.started_at <= after
    first = s.started_at
    s.start()
    assert s.started_at == first
