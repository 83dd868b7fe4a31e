"""The bench's floor (a bare Qt Quick window with the welcome content) must start and
load its QML without a warning, or the ratios in build/bench.json mean nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BARE = Path(__file__).resolve().parent / "support" / "bare_qt.py"


def test_bare_window_reaches_its_first_frame_cleanly() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    result = subprocess.run(
        [sys.executable, str(BARE)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.split("first_frame_ms=")[1]) > 0
    assert "qml" not in result.stderr.lower(), result.stderr
