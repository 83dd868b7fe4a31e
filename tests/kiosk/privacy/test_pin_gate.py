"""The maintenance PIN gate on a full or broken state folder, and escalating lockouts
(issue 16: staff must not be locked out by the disk; guessing must not pay)."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime

import pytest

from kiosk.config import ConfigError, parse
from kiosk.ops.maintenance import PinGate, hash_pin

PIN = hash_pin("246810")


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 12, 7, 9, 0).timestamp()

    def __call__(self) -> float:
        return self.t


def wrong(gate: PinGate, n: int) -> None:
    for _ in range(n):
        assert not gate.attempt("000000")


def test_lockouts_double_per_round_and_persist(tmp_path):
    clock, state = Clock(), tmp_path / "maintenance.json"
    alerts: list[int] = []
    gate = PinGate(PIN, state, 5, 300, clock, daily_cap=100, on_lockout=alerts.append)
    for round_, minutes in enumerate((5, 10, 20, 40), start=1):
        wrong(gate, 5)
        assert gate.locked_for() == minutes * 60, round_
        clock.t += minutes * 60
    assert alerts == [300, 600, 1200, 2400]
    saved = json.loads(state.read_text())
    assert saved["rounds"] == 4 and saved["today"] == 20
    restarted = PinGate(PIN, state, 5, 300, clock, daily_cap=100)
    wrong(restarted, 5)  # the fifth round after a restart: 80 minutes, not 5 again
    assert restarted.locked_for() == 80 * 60


def test_daily_cap_locks_until_midnight_then_a_new_day(tmp_path):
    clock = Clock()
    gate = PinGate(PIN, tmp_path / "m.json", 5, 1, clock, daily_cap=12)
    for _ in range(12):
        clock.t += 10  # past each short lockout
        gate.attempt("000000")
    midnight = datetime(2026, 12, 8, 0, 0).timestamp()
    assert gate.locked_for() == int(midnight - clock.t + 0.999)
    assert not gate.attempt("246810")  # even the right PIN, while locked
    clock.t = midnight + 1
    assert gate.attempt("246810")


def test_full_state_folder_does_not_refuse_the_right_pin(tmp_path):
    folder = tmp_path / "state"
    folder.mkdir()
    gate = PinGate(PIN, folder / "maintenance.json", 3, 60, Clock())
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)  # no writes: as good as full for us
    try:
        if os.access(folder, os.W_OK):  # root ignores the mode: make the write fail
            (folder / "maintenance.json").mkdir()
        wrong(gate, 3)
        assert gate.locked_for() == 60  # counted in memory all the same
        gate._locked_until = 0.0
        assert gate.attempt("246810")
    finally:
        os.chmod(folder, stat.S_IRWXU)


def test_broken_file_is_a_fresh_count_that_goes_on(tmp_path, caplog):
    state = tmp_path / "maintenance.json"
    state.write_text('{"failures": "many", "locked_until": [')
    gate = PinGate(PIN, state, 3, 60, Clock())
    assert gate.attempt("246810")
    wrong(gate, 3)
    assert gate.locked_for() == 60
    assert json.loads(state.read_text())["rounds"] == 1  # repaired by the next write
    assert "unreadable" in caplog.text


def test_daily_cap_comes_from_the_configuration(tmp_path):
    """``[maintenance] daily_cap`` reaches the gate the kiosk builds (PinGate.configured)."""
    cfg = parse(
        f'[maintenance]\npin_hash = "{PIN}"\nmax_failures = 3\nlockout_s = 10\ndaily_cap = 6\n'
    )
    clock = Clock()
    gate = PinGate.from_config(cfg.maintenance, tmp_path / "m.json", clock=clock)
    for _ in range(5):
        clock.t += 100  # past each short lockout
        gate.attempt("000000")
    assert gate.locked_for() <= 100  # five wrong: still a short lockout
    clock.t += 100
    gate.attempt("000000")  # the sixth: locked until midnight
    midnight = datetime(2026, 12, 8, 0, 0).timestamp()
    assert gate.locked_for() == int(midnight - clock.t + 0.999)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("daily_cap = 0", "maintenance.daily_cap: 0 is below the minimum 1"),
        ("max_failures = 5\ndaily_cap = 4", "must not be below maintenance.max_failures"),
    ],
)
def test_daily_cap_is_checked_with_a_one_line_error(text: str, problem: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse(f"[maintenance]\n{text}\n", "kiosk.toml")
    message = str(info.value)
    assert problem in message and "\n" not in message
