"""Speech and sound off the GUI thread.

Creating a text-to-speech engine can block for seconds while speech-dispatcher starts,
and audio backends can hang without a sound device. So both live in their own QThread:
the GUI thread only emits queued signals and never waits. What was asked to be spoken is
recorded (``spoken``), which the tests read with the mock engine.
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QThread, QUrl, Signal, Slot

from kiosk.i18n import locale_of

log = logging.getLogger(__name__)


def _tone(path: Path, freq: float, ms: int, volume: float = 0.4) -> Path:
    """A short sine tone with fade-in/out, written once as WAV (no binary assets)."""
    rate = 22050
    n = int(rate * ms / 1000)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = bytearray()
        for i in range(n):
            fade = min(1.0, i / 200, (n - i) / 200)
            frames += struct.pack(
                "<h", int(32767 * volume * fade * math.sin(2 * math.pi * freq * i / rate))
            )
        w.writeframes(bytes(frames))
    return path


class AudioWorker(QObject):
    """Lives in the audio thread; creates the engines there on first use."""

    spoken = Signal(str, str)  # text, language: for tests and the log

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine_name = engine
        self._tts: object | None = None
        self._effects: dict[str, object] = {}
        self._dir = Path(tempfile.mkdtemp(prefix="kiosk-sounds-"))

    def _speech(self) -> object | None:
        if self._engine_name == "none":
            return None
        if self._tts is None:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                self._tts = QTextToSpeech(self._engine_name)
            except Exception as err:  # no engine: read-aloud stays silent, nothing else breaks
                log.warning("text to speech unavailable", extra={"fields": {"error": str(err)}})
                self._engine_name = "none"
                return None
        return self._tts

    @Slot(str, str, float)
    def say(self, text: str, language: str, volume: float) -> None:
        self.spoken.emit(text, language)
        tts = self._speech()
        if tts is None or not text:
            return
        tts.stop()  # type: ignore[attr-defined]
        tts.setLocale(QLocale(locale_of(language)))  # type: ignore[attr-defined]
        tts.setVolume(volume)  # type: ignore[attr-defined]
        tts.say(text)  # type: ignore[attr-defined]

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()  # type: ignore[attr-defined]

    @Slot()
    def close(self) -> None:
        """In the audio thread: drop the engines here, where they were made (a QObject
        destroyed from another thread can crash), then end the thread's loop."""
        if self._tts is not None:
            self._tts.stop()  # type: ignore[attr-defined]
        self._tts = None
        self._effects.clear()
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()

    @Slot(str, float)
    def cue(self, kind: str, volume: float) -> None:
        effect = self._effects.get(kind)
        if effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect

                freq, ms = {"tap": (880.0, 40), "done": (660.0, 220)}.get(kind, (440.0, 80))
                effect = QSoundEffect()
                effect.setSource(
                    QUrl.fromLocalFile(str(_tone(self._dir / f"{kind}.wav", freq, ms)))
                )
                self._effects[kind] = effect
            except Exception as err:
                log.warning("sound cues unavailable", extra={"fields": {"error": str(err)}})
                self._effects[kind] = False
                return
        if effect:
            effect.setVolume(volume)  # type: ignore[attr-defined]
            effect.play()  # type: ignore[attr-defined]


class Audio(QObject):
    """The GUI-side handle: queued calls into the audio thread, never a wait."""

    _say = Signal(str, str, float)
    _stop = Signal()
    _cue = Signal(str, float)
    _close = Signal()

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("audio")
        self.worker = AudioWorker(engine)
        self.worker.moveToThread(self._thread)
        self._say.connect(self.worker.say)
        self._stop.connect(self.worker.stop)
        self._cue.connect(self.worker.cue)
        self._close.connect(self.worker.close)
        self._thread.start()

    def say(self, text: str, language: str, volume: float) -> None:
        self._say.emit(text, language, volume)

    def stop(self) -> None:
        self._stop.emit()

    def cue(self, kind: str, volume: float) -> None:
        self._cue.emit(kind, volume)

    def shutdown(self) -> None:
        self._close.emit()  # the worker releases its engines and quits its own loop
        if not self._thread.wait(3000):  # a hung audio backend must not hang the exit
            log.warning("audio thread did not stop in time")
            self._thread.quit()
