"""The staff's maintenance screen: hidden gesture, PIN, device status and switches.

Staff-facing and in German only (the staff language); citizens never see it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.log import RING
from kiosk.ops.maintenance import PinGate, ServiceSwitch
from ui.viewmodels import registry
from ui.viewmodels.navigator import Navigator

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

TAPS_NEEDED = 5
TAP_WINDOW_S = 4.0
MAX_PIN = 12

Job = Callable[[Callable[[Any, BaseException | None], None]], None]


@QmlElement
@QmlSingleton
class Maintenance(QObject):
    changed = Signal()

    def __init__(
        self,
        gate: PinGate,
        switch: ServiceSwitch,
        navigator: Navigator,
        status_job: Job,
        print_test_job: Job,
        card_test_job: Job,
        on_switch: Callable[[], None],
        allow_exit: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._gate = gate
        self._switch = switch
        self._nav = navigator
        self._status_job = status_job
        self._print_test_job = print_test_job
        self._card_test_job = card_test_job
        self._on_switch = on_switch
        self._allow_exit = allow_exit
        self._taps: list[float] = []
        self._pin = ""
        self._pin_open = False
        self._message = ""
        self._status: list[dict[str, str]] = []

    @staticmethod
    def create(engine: object) -> Maintenance:
        return registry.instance("Maintenance")  # type: ignore[no-any-return]

    @Property(bool, notify=changed)
    def pinOpen(self) -> bool:
        return self._pin_open

    @Property(int, notify=changed)
    def pinLength(self) -> int:
        return len(self._pin)

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(bool, notify=changed)
    def allowExit(self) -> bool:
        return self._allow_exit

    @Property(bool, notify=changed)
    def outOfService(self) -> bool:
        return self._switch.get() is not None

    @Property("QVariantList", notify=changed)
    def status(self) -> list[dict[str, str]]:
        return self._status

    @Property(str, notify=changed)
    def logTail(self) -> str:
        return "\n".join(list(RING.lines)[-40:])

    # -- the way in -------------------------------------------------------------------
    @Slot()
    def cornerTap(self) -> None:
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t < TAP_WINDOW_S] + [now]
        if len(self._taps) >= TAPS_NEEDED:
            self._taps.clear()
            self._pin = ""
            locked = self._gate.locked_for()
            self._message = (
                f"Gesperrt: noch {locked} s"
                if locked
                else ""
                if self._gate.configured
                else "Keine Wartungs-PIN eingerichtet (maintenance.pin_hash)"
            )
            self._pin_open = True
            self.changed.emit()

    @Slot(str)
    def pinKey(self, digit: str) -> None:
        if len(self._pin) < MAX_PIN and digit.isdigit():
            self._pin += digit
            self.changed.emit()

    @Slot()
    def pinBackspace(self) -> None:
        self._pin = self._pin[:-1]
        self.changed.emit()

    @Slot()
    def pinCancel(self) -> None:
        self._pin, self._pin_open, self._message = "", False, ""
        self.changed.emit()

    @Slot()
    def pinSubmit(self) -> None:
        pin, self._pin = self._pin, ""
        if self._gate.attempt(pin):
            log.info("maintenance opened")
            self._pin_open, self._message = False, ""
            self._nav.go("maintenance")
            self.refresh()
        else:
            locked = self._gate.locked_for()
            log.warning("maintenance PIN refused", extra={"fields": {"locked_s": locked}})
            self._message = f"Gesperrt: noch {locked} s" if locked else "Falsche PIN"
        self.changed.emit()

    # -- on the maintenance screen ----------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        def done(rows: list[dict[str, str]] | None, error: BaseException | None) -> None:
            self._status = rows or [{"name": "Status", "state": "fail", "detail": str(error)}]
            self.changed.emit()

        self._status_job(done)
        self.changed.emit()

    @Slot()
    def printTest(self) -> None:
        def done(_result: object, error: BaseException | None) -> None:
            self._message = f"Testdruck fehlgeschlagen: {error}" if error else "Testdruck gesendet"
            self.changed.emit()

        self._message = "Testdruck läuft …"
        self.changed.emit()
        self._print_test_job(done)

    @Slot()
    def readTestCard(self) -> None:
        def done(result: str | None, error: BaseException | None) -> None:
            self._message = f"Kartenleser: {result}" if error is None else f"Kartenleser: {error}"
            self.changed.emit()

        self._message = "Kartenleser wird geprüft …"
        self.changed.emit()
        self._card_test_job(done)

    @Slot(str)
    def setOutOfService(self, preset: str) -> None:
        self._switch.set(preset)
        log.warning("kiosk put out of service", extra={"fields": {"message": preset}})
        self._on_switch()
        self.changed.emit()

    @Slot()
    def clearOutOfService(self) -> None:
        self._switch.clear()
        log.info("kiosk back in service")
        self._on_switch()
        self.changed.emit()

    @Slot()
    def restart(self) -> None:
        """Reload the configuration: systemd (Restart=always) starts the kiosk again."""
        log.info("restart requested from maintenance")
        QCoreApplication.exit(0)

    @Slot()
    def exitKiosk(self) -> None:
        if self._allow_exit:
            log.warning("kiosk left from maintenance")
            QCoreApplication.exit(0)

    @Slot()
    def leave(self) -> None:
        self._message = ""
        self._nav.go("welcome")
        self.changed.emit()
