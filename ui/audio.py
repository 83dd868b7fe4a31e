"""Speech and sound off the GUI thread, in ONE audio thread for the whole process.

Creating a text-to-speech engine can block for seconds while speech-dispatcher starts,
and audio backends can hang without a sound device, so the engines live in their own
QThread and the GUI thread only emits queued signals, never waits.

Why one thread for the process, started once and never ended before exit: Qt Multimedia
and Qt TextToSpeech keep process-wide objects (the media integration, its audio device
list, the PulseAudio context, loaded plugins) that belong to the thread that first used
them. With a thread per kiosk window, the first window's thread made them and finished,
and every later QSoundEffect talked to objects of a dead thread; and when a busy machine
made ``shutdown()`` give up waiting, Python freed the worker from the GUI thread while
the audio thread was still inside ``QSoundEffect()``: the segfault seen in the tests.
Now the workers (one per engine name) and the engines they make live as long as the
thread, are created and destroyed only in it, and the thread is stopped once at exit.

No sound device, no sound server or no speech engine is not an error for the kiosk:
it keeps serving silently, logs it once, and :func:`health` says so for the
maintenance screen (``kiosk doctor`` checks the same from the outside).
"""

from __future__ import annotations

import atexit
import ctypes
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Q_ARG, QLocale, QMetaObject, QObject, Qt, QThread, Signal, Slot

from kiosk.i18n import locale_of
from ui.worker import wait_for_first_frame as first_frame_done

if TYPE_CHECKING:
    from ui.tones import TonePlayer

log = logging.getLogger(__name__)

OK, SILENT = "ok", "silent"
_STOP_WAIT_MS = 5000


# Sound cues: (frequency Hz, length ms); any other kind is a short 440 Hz beep.
CUES = {"tap": (880.0, 40), "done": (660.0, 220)}


def _queued(target: object, method: str, *args: object) -> None:
    """Call a slot of ``target`` from its thread's event loop, not from Python."""
    QMetaObject.invokeMethod(target, method, Qt.ConnectionType.QueuedConnection, *args)  # type: ignore[call-overload]


class _Health:
    """What the audio thread found out, readable from any thread; each problem is
    logged the first time it is seen, not on every cue or sentence."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parts: dict[str, tuple[str, str]] = {}

    def set(self, part: str, state: str, detail: str) -> None:
        with self._lock:
            before = self._parts.get(part)
            self._parts[part] = (state, detail)
        if state != OK and before != (state, detail):
            log.warning(f"{part} unavailable", extra={"fields": {"detail": detail}})

    def get(self) -> dict[str, tuple[str, str]]:
        with self._lock:
            return dict(self._parts)


_health = _Health()


def health() -> tuple[str, str]:
    """("ok" | "silent" | "unknown", one line) for the maintenance screen."""
    parts = _health.get()
    if not parts:
        return "unknown", "not checked yet"
    state = OK if all(s == OK for s, _ in parts.values()) else SILENT
    return state, "; ".join(f"{name}: {detail}" for name, (_, detail) in sorted(parts.items()))


class AudioWorker(QObject):
    """Lives in the audio thread for the whole process; makes its engines there on
    first use and destroys them there at exit."""

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine_name = engine
        self._tts: object | None = None
        self._tones: TonePlayer | None = None  # the cues' stream, opened by _sound()
        self._sound_ok: bool | None = None

    @Slot()
    def probe(self) -> None:
        """Find out early (and log once) whether speech and sound will be heard."""
        first_frame_done()  # loading the engines competed with the window's first frame
        self._speech()
        self._sound()

    def _speech(self) -> object | None:
        if self._engine_name == "none":
            _health.set("speech", OK, "off (accessibility.speech_engine = 'none')")
            return None
        if self._tts is None:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                tts = QTextToSpeech(self._engine_name)
                if tts.state() == QTextToSpeech.State.Error:
                    reason = tts.errorString() or "the engine reported an error"
                    raise RuntimeError(reason)
                self._tts = tts
                _health.set("speech", OK, f"engine {self._engine_name}")
            except Exception as err:  # no engine: read-aloud stays silent, nothing else breaks
                _health.set("speech", SILENT, f"engine {self._engine_name}: {err}")
                self._engine_name = "none"
                return None
        return self._tts

    def _sound(self) -> bool:
        """Whether cues can be heard; opens the cues' stream (ui/tones.py) the first time."""
        if self._sound_ok is None:
            from ui.tones import NoAudioOutput, TonePlayer

            try:
                self._tones = TonePlayer(self)
                _health.set("sound", OK, self._tones.description)
            except NoAudioOutput as err:
                _health.set("sound", SILENT, str(err))
            except Exception as err:  # no Qt Multimedia (libpulse), no stream, a format
                _health.set("sound", SILENT, f"Qt Multimedia: {err}")
            self._sound_ok = self._tones is not None
        return self._sound_ok

    @Slot(str, str, float, float)
    def say(self, text: str, language: str, volume: float, rate: float = 0.0) -> None:
        tts = self._speech()
        if tts is None or not text:
            return
        # Each call is queued to this thread's event loop and made there by Qt, without
        # Python's lock: a Qt call made holding it can wait for a mutex of Qt's shared
        # pool that the GUI thread holds while it waits for Python's lock (the hang the
        # sound cues had, see README "Status"). Queued calls run in the order sent.
        _queued(tts, "stop")
        _queued(tts, "setLocale", Q_ARG(QLocale, QLocale(locale_of(language))))
        _queued(tts, "setVolume", Q_ARG(float, volume))
        _queued(tts, "setRate", Q_ARG(float, rate))
        _queued(tts, "say", Q_ARG(str, text))

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            _queued(self._tts, "stop")

    @Slot(str, float)
    def cue(self, kind: str, volume: float) -> None:
        if not self._sound() or self._tones is None:
            return  # told once by _sound(); Qt would warn on every cue
        if not self._tones.has(kind):
            from ui.tones import tone

            freq, ms = CUES.get(kind, (440.0, 80))
            self._tones.add(kind, tone(freq, ms))
        self._tones.play(kind, volume)

    @Slot()
    def release(self) -> None:
        """At exit, in the audio thread: destroy the engines where they were made."""
        if self._tts is not None:
            self._tts.stop()  # type: ignore[attr-defined]
        self._tts = None
        if self._tones is not None:
            self._tones.deleteLater()  # this thread's loop deletes it before it ends
        self._tones = None


class _Quitter(QObject):
    @Slot()
    def quit(self) -> None:
        """Last event of the audio thread: after every worker released its engines."""
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()


class _AudioThread(QObject):
    """The process's audio thread and its workers (made on the GUI thread, used there
    only through queued signals)."""

    _release = Signal()
    _quit = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.qthread = QThread()
        self.qthread.setObjectName("audio")
        self.workers: dict[str, AudioWorker] = {}
        self._quitter = _Quitter()
        self._quitter.moveToThread(self.qthread)
        self._quit.connect(self._quitter.quit)
        self.qthread.start()

    def worker(self, engine: str) -> AudioWorker:
        w = self.workers.get(engine)
        if w is None:
            w = AudioWorker(engine)
            w.moveToThread(self.qthread)
            self._release.connect(w.release)
            self.workers[engine] = w
        return w

    def stop(self) -> None:
        self._release.emit()  # queued: runs after whatever the thread is doing
        self._quit.emit()  # and this after the releases
        if self.qthread.wait(_STOP_WAIT_MS):
            self.workers.clear()  # the thread is over: freeing its objects is safe now
            self._quitter = None  # type: ignore[assignment]
            return
        # A hung audio backend: never free objects a running thread still uses. The
        # process is ending anyway; keep them alive on purpose so Python cannot.
        log.warning("audio thread did not stop in time; leaving it to the exit")
        for obj in (self.qthread, self._quitter, *self.workers.values()):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


_thread: _AudioThread | None = None


def _audio_thread() -> _AudioThread:
    global _thread
    if _thread is None:
        _thread = _AudioThread()
        atexit.register(stop_audio_thread)
    return _thread


def stop_audio_thread() -> None:
    """Release the engines in the audio thread and end it (at exit; waits up to 5 s)."""
    global _thread
    if _thread is not None:
        t, _thread = _thread, None
        t.stop()


class Audio(QObject):
    """One window's handle: queued calls into the shared audio thread, never a wait."""

    spoken = Signal(str, str)  # text, language: what was asked to be read (tests, log)
    _say = Signal(str, str, float, float)
    _stop = Signal()
    _cue = Signal(str, float)
    _probe = Signal()

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        worker = _audio_thread().worker(engine)
        self._say.connect(worker.say)
        self._stop.connect(worker.stop)
        self._cue.connect(worker.cue)
        self._probe.connect(worker.probe)
        self._closed = False
        self._probe.emit()  # learn early whether anything will be heard (logged once)

    def say(self, text: str, language: str, volume: float, rate: float = 0.0) -> None:
        if self._closed:
            return
        self.spoken.emit(text, language)
        self._say.emit(text, language, volume, rate)

    def stop(self) -> None:
        if not self._closed:
            self._stop.emit()

    def cue(self, kind: str, volume: float) -> None:
        if not self._closed:
            self._cue.emit(kind, volume)

    def shutdown(self) -> None:
        """The window is closing: stop its speech; the engines stay for the next one."""
        if not self._closed:
            self._stop.emit()
            self._closed = True
