"""Read-aloud and sound cues for QML: what is on screen and what is touched, spoken in
the screen's language when the citizen turned it on (EN 301 549, 5.1.3)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.accessibility.spoken import speakable
from ui.audio import Audio
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.session import Session

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class Speech(QObject):
    changed = Signal()
    readRequested = Signal()  # read-aloud just turned on: read the current screen

    def __init__(self, audio: Audio, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._audio = audio
        self._session = session
        self.spoken: list[tuple[str, str]] = []  # (text, language), as the engine got them
        audio.spoken.connect(self._record)
        self._was_on = False
        session.displayChanged.connect(self._display_changed)
        session.ended.connect(self._ended)
        self.rate = 0.0  # -1..1, QTextToSpeech's; the speed keys change it for a session
        self._last = ""
        self._prefix = ""  # said before the next screen (audio mode's introduction)

    @staticmethod
    def create(engine: object) -> Speech:
        return registry.instance("Speech")  # type: ignore[no-any-return]

    @Slot()
    def _display_changed(self) -> None:
        on = self._session.readAloud
        self.changed.emit()
        if on and not self._was_on:
            self.readRequested.emit()
        self._was_on = on

    @Slot(str, str)
    def _record(self, text: str, language: str) -> None:
        self.spoken.append((text, language))

    @Property(bool, notify=changed)
    def enabled(self) -> bool:
        return self._session.readAloud

    @Slot(str)
    def screen(self, text: str) -> None:
        """A new screen: read its texts."""
        prefix, self._prefix = self._prefix, ""
        self.say(f"{prefix} {text}".strip())

    @Slot(str)
    def touched(self, text: str) -> None:
        """A finger on a control: say what it is."""
        self.say(text)

    def say(self, text: str) -> None:
        """Say ``text`` now, cutting off whatever was being said (a citizen moving on
        does not wait for the last sentence); waiting numbers and codes sign by sign."""
        if self._session.readAloud and text.strip():
            self._last = speakable(text)
            self._audio.say(self._last, self._session.language, self._session.volume, self.rate)

    def repeat(self) -> None:
        if self._last:
            self.say(self._last)

    def set_rate(self, rate: float) -> None:
        self.rate = min(1.0, max(-1.0, rate))

    def prefix_next_screen(self, text: str) -> None:
        """Audio mode's introduction goes before the screen that turning speech on reads."""
        self._prefix = text

    @Slot()
    def _ended(self) -> None:
        self._audio.stop()
        self.rate, self._last, self._prefix = 0.0, "", ""

    @Slot(str)
    def cue(self, kind: str) -> None:
        if self._session.soundCues:
            self._audio.cue(kind, self._session.volume)
