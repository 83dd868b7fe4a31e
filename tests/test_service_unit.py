"""kiosk.service passes systemd's own checks; its exposure stays low."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parent.parent / "kiosk.service"


def analyze(*args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("systemd-analyze") is None:
        pytest.fail("systemd-analyze is missing: `make test` installs it (package systemd)")
    return subprocess.run(["systemd-analyze", *args], capture_output=True, text=True, timeout=60)


def test_verify_is_clean():
    result = analyze("verify", str(UNIT))
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr
    assert result.stderr.strip() == "", result.stderr


def test_exposure_is_at_most_3():
    result = analyze("security", "--offline=yes", str(UNIT))
    m = re.search(r"Overall exposure level for kiosk\.service: (\d+\.\d+)", result.stdout)
    assert m, result.stdout + result.stderr
    assert float(m.group(1)) <= 3.0


def test_notify_and_watchdog_are_configured():
    text = UNIT.read_text()
    for line in ("Type=notify", "NotifyAccess=all", "Restart=always", "User=kiosk"):
        assert line in text
    assert re.search(r"^WatchdogSec=\d+", text, re.M)
