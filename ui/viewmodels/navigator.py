"""Which screen is shown. Python owns it so the idle reset, the tour and tests can move the
UI without reaching into QML."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from ui.qt import Property
from ui.viewmodels import registry

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

SCREENS = (
    "welcome",
    "concerns",
    "concern_choice",
    "form",
    "idcard",
    "checkin",
    "ticket",
    "closed",
    "out_of_service",
    "exhausted",
    "maintenance",
)


@QmlElement
@QmlSingleton
class Navigator(QObject):
    screenChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screen = "welcome"

    @staticmethod
    def create(engine: object) -> Navigator:
        return registry.instance("Navigator")  # type: ignore[no-any-return]

    @Property(str, notify=screenChanged)
    def screen(self) -> str:
        return self._screen

    @Slot(str)
    def go(self, screen: str) -> None:
        if screen not in SCREENS:
            raise ValueError(f"unknown screen {screen!r}")
        if screen != self._screen:
            self._screen = screen
            self.screenChanged.emit()
