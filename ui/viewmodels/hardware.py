"""Where this kiosk model's devices sit ([hardware] in the config), for QML: the pictures
and the words that show where to hold a code, lay a card or take the ticket."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.config import HardwareSection
from ui.qt import Property
from ui.viewmodels import registry

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class Hardware(QObject):
    """Each position is "below" (under the screen) or "right" (beside it)."""

    def __init__(self, section: HardwareSection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._section = section

    @staticmethod
    def create(engine: object) -> Hardware:
        return registry.instance("Hardware")  # type: ignore[no-any-return]

    @Property(str, constant=True)
    def scannerPosition(self) -> str:
        return self._section.scanner_position

    @Property(str, constant=True)
    def readerPosition(self) -> str:
        return self._section.reader_position

    @Property(str, constant=True)
    def printerPosition(self) -> str:
        return self._section.printer_position
