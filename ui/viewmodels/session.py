"""The citizen session in QML: language, display choices, and the idle countdown."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.i18n import LANGUAGES
from kiosk.session import CitizenSession, IdlePhase, IdlePolicy
from ui.qt import Property
from ui.viewmodels import registry

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

TEXT_SCALES = (1.0, 1.25, 1.5)


@QmlElement
@QmlSingleton
class Session(QObject):
    """Starts at the first touch; after the idle time a warning counts down, then
    :meth:`end` wipes everything and listeners (help call, ticket, navigation) reset."""

    activeChanged = Signal()
    languageChanged = Signal()
    displayChanged = Signal()
    idleChanged = Signal()
    ended = Signal()

    def __init__(
        self,
        session: CitizenSession,
        policy: IdlePolicy,
        languages: list[str],
        apply_language: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
        lowered_fraction: float = 0.35,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = session
        self._policy = policy
        self._languages = languages
        self._apply_language = apply_language
        self._clock = clock
        self._lowered_fraction = lowered_fraction
        self._last_activity = clock()
        self._warning = False
        self._seconds_left = 0
        self.last_end: tuple[str, float] = ("", 0.0)  # reason and length, for statistics
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)

    @staticmethod
    def create(engine: object) -> Session:
        return registry.instance("Session")  # type: ignore[no-any-return]

    @property
    def core(self) -> CitizenSession:
        return self._core

    # -- properties -------------------------------------------------------------------
    @Property(bool, notify=activeChanged)
    def active(self) -> bool:
        return self._core.active

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._core.prefs.language

    @Property(bool, notify=languageChanged)
    def rtl(self) -> bool:
        return LANGUAGES[self._core.prefs.language].rtl

    @Property(bool, notify=languageChanged)
    def readsGerman(self) -> bool:  # QML name
        """German or a variety of it (Leichte Sprache): the office's own German texts
        (ZMS) are shown as they are, not marked as German."""
        return LANGUAGES[self._core.prefs.language].locale == "de"

    @Property("QVariantList", notify=languageChanged)  # constant, but qmllint wants a notify
    def languages(self) -> list[dict[str, object]]:
        return [
            {"code": c, "name": LANGUAGES[c].native_name, "rtl": LANGUAGES[c].rtl}
            for c in self._languages
        ]

    @Property(float, notify=displayChanged)
    def textScale(self) -> float:  # QML name
        return self._core.prefs.text_scale

    @Property(bool, notify=displayChanged)
    def highContrast(self) -> bool:
        return self._core.prefs.high_contrast

    @Property(bool, notify=displayChanged)
    def lowered(self) -> bool:
        return self._core.prefs.lowered

    @Property(float, notify=displayChanged)
    def loweredFraction(self) -> float:
        """Lowered layout: this share of the screen's height, at the top, holds no control."""
        return self._lowered_fraction

    @Property(bool, notify=displayChanged)
    def readAloud(self) -> bool:
        return self._core.prefs.read_aloud

    @Property(float, notify=displayChanged)
    def volume(self) -> float:
        return self._core.prefs.volume

    @Property(bool, notify=displayChanged)
    def soundCues(self) -> bool:
        return self._core.prefs.sound_cues

    @Property(bool, notify=idleChanged)
    def warning(self) -> bool:
        return self._warning

    @Property(int, notify=idleChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    # -- activity and idle ------------------------------------------------------------
    def activity(self) -> None:
        """Called by the input filter on every touch, click or key."""
        self._last_activity = self._clock()
        if not self._core.active:
            self._core.start(self._last_activity)
            self._timer.start()
            log.info("session started")
            self.activeChanged.emit()
        if self._warning:
            self._set_idle(False, 0)

    @Slot()
    def extend(self) -> None:
        """The citizen answered "Ja, ich bin noch da"."""
        self.activity()

    def _set_idle(self, warning: bool, seconds_left: int) -> None:
        if (warning, seconds_left) != (self._warning, self._seconds_left):
            self._warning, self._seconds_left = warning, seconds_left
            self.idleChanged.emit()

    @Slot()
    def _tick(self) -> None:
        state = self._policy.state(self._last_activity, self._clock())
        if state.phase is IdlePhase.EXPIRED:
            log.info("session ended", extra={"fields": {"reason": "idle"}})
            self.end("idle")
        elif state.phase is IdlePhase.WARNING:
            self._set_idle(True, state.seconds_left)
        else:
            self._set_idle(False, 0)

    def stop(self) -> None:
        """The kiosk is shutting down: no more idle checks."""
        self._timer.stop()

    @Slot()
    def finish(self) -> None:
        """The citizen is done (e.g. took the ticket)."""
        log.info("session ended", extra={"fields": {"reason": "finished"}})
        self.end("finished")

    def end(self, reason: str = "reset") -> None:
        self._timer.stop()
        started = self._core.started_at
        self.last_end = (reason, self._clock() - started if started is not None else 0.0)
        language_before = self._core.prefs.language
        display_before = self._display()
        self._core.wipe()
        self._set_idle(False, 0)
        if self._core.prefs.language != language_before:
            self._apply_language(self._core.prefs.language)
            self.languageChanged.emit()
        if self._display() != display_before:
            self.displayChanged.emit()
        self.activeChanged.emit()
        self.ended.emit()

    # -- choices ----------------------------------------------------------------------
    @Slot(str)
    def chooseLanguage(self, code: str) -> None:
        if code not in self._languages:
            log.warning("language not offered", extra={"fields": {"language": code}})
            return
        self.activity()
        if code != self._core.prefs.language:
            self._core.prefs.language = code
            self._apply_language(code)
            self.languageChanged.emit()

    @Slot()
    def cycleTextScale(self) -> None:
        scales = TEXT_SCALES
        current = self._core.prefs.text_scale
        nxt = scales[(scales.index(current) + 1) % len(scales)] if current in scales else 1.0
        self.setTextScale(nxt)

    @Slot(float)
    def setTextScale(self, scale: float) -> None:
        scale = min(max(scale, TEXT_SCALES[0]), TEXT_SCALES[-1])
        if scale != self._core.prefs.text_scale:
            self._core.prefs.text_scale = scale
            self.displayChanged.emit()

    def _display(self) -> tuple[object, ...]:
        p = self._core.prefs
        return (p.text_scale, p.high_contrast, p.lowered, p.read_aloud, p.volume, p.sound_cues)

    def _set_pref(self, name: str, value: object) -> None:
        if getattr(self._core.prefs, name) != value:
            setattr(self._core.prefs, name, value)
            self.displayChanged.emit()

    @Slot(bool)
    def setLowered(self, on: bool) -> None:
        self._set_pref("lowered", on)

    @Slot(bool)
    def setReadAloud(self, on: bool) -> None:
        self._set_pref("read_aloud", on)

    @Slot(float)
    def setVolume(self, volume: float) -> None:
        self._set_pref("volume", round(min(1.0, max(0.1, volume)), 2))

    @Slot(bool)
    def setSoundCues(self, on: bool) -> None:
        self._set_pref("sound_cues", on)

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        if on != self._core.prefs.high_contrast:
            self._core.prefs.high_contrast = on
            self.displayChanged.emit()
