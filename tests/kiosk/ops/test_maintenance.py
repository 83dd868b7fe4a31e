"""Maintenance PIN (hashed, lockout that survives restarts) and the out-of-service flag."""

from __future__ import annotations

import threading

import pytest

from kiosk.ops.maintenance import (
    SWITCH_REASON,
    OutOfService,
    PinGate,
    ServiceSwitch,
    check_pin,
    hash_pin,
    with_switch,
)
from kiosk.queue.base import Health, ServiceState, ServiceStatus
from kiosk.queue.snapshot import Snapshot


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


def test_service_switch_reads_its_file_once(tmp_path):
    """QML asks for the flag on every evaluation: after the first read it comes from memory."""
    path = tmp_path / "oos.json"
    ServiceSwitch(path).set("fault")
    switch = ServiceSwitch(path)
    assert switch.get().message == "fault"
    path.write_text("not json")  # nobody else writes this file; a read now would see this
    assert switch.get().message == "fault"
    switch.clear()
    assert switch.get() is None and not path.exists()


def test_two_writers_never_share_a_temporary_file(tmp_path):
    """The maintenance screen and a remote command may set the flag at the same moment."""
    path = tmp_path / "oos.json"
    errors: list[BaseException] = []

    def hammer(switch: ServiceSwitch, message: str) -> None:
        try:
            for _ in range(300):
                switch.set(message)
        except BaseException as err:
            errors.append(err)

    threads = [
        threading.Thread(target=hammer, args=(ServiceSwitch(path), m))
        for m in ("fault", "maintenance", "closed_today")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert ServiceSwitch(path).get().message in ServiceSwitch.PRESETS
    assert [p.name for p in tmp_path.iterdir()] == ["oos.json"]  # no temporary file left


def test_pin_gate_keeps_its_state_in_memory(tmp_path):
    state = tmp_path / "maintenance.json"
    gate = PinGate(hash_pin("1"), state, max_failures=1, lockout_s=60, clock=Clock())
    assert not gate.attempt("2")
    state.unlink()  # the count lives on in memory (and was written for a restart)
    assert gate.locked_for() == 60


def test_staff_switch_wins_over_the_backend():
    health = Health(True, "ok")
    for state in ServiceState:
        snap = Snapshot(ServiceStatus(state, reason="backend says"), health)
        assert with_switch(snap, None) == snap
        switched = with_switch(snap, OutOfService("fault", 0.0, "remote"))
        assert switched.status == ServiceStatus(
            ServiceState.OUT_OF_SERVICE, reason=f"{SWITCH_REASON}fault"
        )
        assert switched.health == health
