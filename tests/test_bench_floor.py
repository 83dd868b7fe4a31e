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


TAP_SCRIPT = """
import sys, tempfile, time
sys.path[:0] = [{root!r}, {support!r}]
import touch
from PySide6.QtCore import QCoreApplication
from kiosk import config
from ui.app import KioskUi
from ui.finder import find, settle

def pump_until(cond):
    end = time.monotonic() + 20
    while not cond():
        assert time.monotonic() < end, "timed out"
        QCoreApplication.processEvents()

with tempfile.TemporaryDirectory() as tmp:
    ui = KioskUi(config.load_demo(tmp), size=(1080, 1920))
    ui.show(False)
    pump_until(lambda: ui.window.isExposed())
    settled = time.monotonic() + 0.3
    pump_until(lambda: time.monotonic() > settled)
    for name, screen in (("language_de", "concerns"), ("concern_ausweis", "ticket")):
        pump_until(lambda: find(ui.window, name) is not None)
        item = find(ui.window, name)
        settle(item)
        touch.tap(ui.window, item)
        pump_until(lambda: ui.context.navigator.screen == screen)
    pump_until(lambda: ui.context.ticketing.printState == "printed")
    ui.context.outboxes.get()  # the demo's form store: local, no HTTP
    print("loaded:", *sorted(m for m in ("PySide6.QtWidgets", "requests") if m in sys.modules))
    ui.close()
"""


def test_the_bench_taps_like_a_finger_and_loads_only_the_kiosk() -> None:
    """rss_mb is the kiosk's: the bench's taps (tests/support/touch.py) work on the real UI
    without Qt Test, which would load Qt Widgets; the demo (local form store) does not
    load the HTTP stack."""
    root = Path(__file__).resolve().parent.parent
    script = TAP_SCRIPT.format(root=str(root), support=str(root / "tests" / "support"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "loaded:", result.stdout
