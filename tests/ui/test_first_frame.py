"""The first frame is reported once: one log line, one READY, no libpyside warning."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtQuick import QQuickWindow

from ui.app import application, on_first_frame

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def test_two_frames_swapped_before_the_gui_thread_runs_give_one_call():
    """The render thread swaps two frames before the GUI thread gets to the queued call
    (threaded render loop, busy start-up): the handler still runs once, on the GUI thread."""
    application()
    window = QQuickWindow()
    calls: list[str] = []
    on_first_frame(window, lambda: calls.append(threading.current_thread().name))

    def render_thread() -> None:
        window.frameSwapped.emit()
        window.frameSwapped.emit()

    t = threading.Thread(target=render_thread)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a failed disconnect is a RuntimeWarning
        t.start()
        t.join()
        QCoreApplication.processEvents()
        window.frameSwapped.emit()  # a later frame on the GUI thread: nothing either
        QCoreApplication.processEvents()
    assert calls == [threading.main_thread().name]


@pytest.mark.parametrize("render_loop", ["basic", "threaded"])
def test_kiosk_run_logs_the_first_frame_once(tmp_path, render_loop):
    env = dict(
        os.environ,
        XDG_STATE_HOME=str(tmp_path / "xdg"),
        QT_QPA_PLATFORM="offscreen",
        QT_QUICK_BACKEND="software",
        QSG_RENDER_LOOP=render_loop,
    )
    result = subprocess.run(
        [KIOSK, "run", "--demo", "--exit-after-first-frame"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    first = [line for line in result.stderr.splitlines() if 'msg="first frame"' in line]
    assert len(first) == 1, result.stderr
    assert "RuntimeWarning" not in result.stderr
    assert "Failed to disconnect" not in result.stderr
    assert result.stdout.count("first_frame_ms=") == 1
