"""Bench figure keypress_to_speech_ms_p95: a keypad key (Tab) pressed on the kiosk window
until the mock speech engine, in the audio thread, starts speaking the announcement of the
newly focused control. Run by tests/bench.py."""

from __future__ import annotations

import dataclasses
import statistics
import tempfile
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk import config
from ui import audio
from ui.app import KioskUi


def _pump(until: float) -> None:
    while time.monotonic() < until:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def keypress_to_speech(count: int = 40) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        cfg = config.load_demo(tmp)
        cfg = dataclasses.replace(
            cfg, accessibility=dataclasses.replace(cfg.accessibility, speech_engine="mock")
        )
        ui = KioskUi(cfg, size=(1080, 1920))
        ui.show(False)
        _pump(time.monotonic() + 0.5)
        ctx = ui.context
        ctx.session.chooseLanguage("de")
        ctx.navigator.go("concerns")
        ctx.focus.startAudioMode()  # speech on; the engine is made in the audio thread
        worker = audio._audio_thread().worker("mock")
        deadline = time.monotonic() + 10
        while worker._tts is None and time.monotonic() < deadline:
            _pump(time.monotonic() + 0.02)
        tts = worker._tts
        if not isinstance(tts, QTextToSpeech):
            raise RuntimeError("the mock speech engine did not start")
        started: list[float] = []

        def state(s: QTextToSpeech.State) -> None:  # runs in the audio thread
            if s == QTextToSpeech.State.Speaking:
                started.append(time.perf_counter())

        tts.stateChanged.connect(state, Qt.ConnectionType.DirectConnection)
        times: list[float] = []
        for _ in range(count):
            n = len(started)
            t0 = time.perf_counter()
            QTest.keyClick(ui.window, Qt.Key.Key_Tab)
            end = time.monotonic() + 2
            while len(started) == n and time.monotonic() < end:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
            if len(started) == n:
                raise RuntimeError("no speech started within 2 s of a key")
            times.append((started[-1] - t0) * 1000)
        tts.stateChanged.disconnect(state)
        ui.close()
    warm = sorted(times[3:])
    p95 = statistics.quantiles(warm, n=20)[-1] if len(warm) > 1 else warm[0]
    return {"keypress_to_speech_ms_p95": round(p95, 1)}


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    print(keypress_to_speech())
