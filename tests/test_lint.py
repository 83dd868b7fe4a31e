"""Static checks as tests, so CI fails on them: ruff everywhere, mypy on the Qt-free code,
and the one-way arrows ui -> kiosk -> devices."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)


def test_ruff_is_clean():
    result = run(
        str(BIN / "ruff"), "check", "--output-format", "concise", "kiosk", "ui", "devices", "tests"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    """Formatting is ruff's, not a matter of taste in review (pre-commit runs the same)."""
    result = run(str(BIN / "ruff"), "format", "--check", "kiosk", "ui", "devices", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_kiosk_and_devices():
    result = run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout + result.stderr
