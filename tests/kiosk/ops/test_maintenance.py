"""Maintenance PIN (hashed, lockout that survives restarts) and the out-of-service flag."""

from __future__ import annotations

import pytest

from kiosk.ops.maintenance import PinGate, ServiceSwitch, check_pin, hash_pin


def test_hash_is_salted_and_verifies():
    a, b = hash_pin("123456"), hash_pin("123456")
    assert a != b and "123456" not in a
    assert check_pin("123456", a) and not check_pin("123457", a)
    assert not check_pin("123456", "garbage") and not check_pin("1", "md5$x$y")


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_lockout_after_repeated_failures_survives_a_restart(tmp_path):
    clock = Clock()
    state = tmp_path / "maintenance.json"
    gate = PinGate(hash_pin("246810"), state, max_failures=3, lockout_s=60, clock=clock)
    assert not gate.attempt("000000")
    assert not gate.attempt("111111")
    assert gate.locked_for() == 0
    assert not gate.attempt("222222")
    assert gate.locked_for() == 60
    restarted = PinGate(gate._hash, state, max_failures=3, lockout_s=60, clock=clock)
    assert not restarted.attempt("246810")  # even the right PIN, while locked
    clock.t += 61
    assert restarted.attempt("246810")


def test_no_pin_configured_means_closed(tmp_path):
    gate = PinGate("", tmp_path / "m.json")
    assert not gate.configured and not gate.attempt("")


def test_service_switch(tmp_path):
    switch = ServiceSwitch(tmp_path / "oos.json")
    assert switch.get() is None
    switch.set("fault")
    assert ServiceSwitch(tmp_path / "oos.json").get().message == "fault"
    with pytest.raises(ValueError):
        switch.set("Frau Müller ist krank")
    switch.clear()
    assert switch.get() is None
