"""The staff's maintenance screen: hidden gesture, PIN, device status and switches.

Staff-facing and in German only (the staff language); citizens never see it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.log import RING
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.navigator import Navigator
from ui.worker import Done

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

TAPS_NEEDED = 5
TAP_WINDOW_S = 4.0
MAX_PIN = 12


class MaintenanceOps(Protocol):
    """The blocking steps, run on worker threads (ui.services.MaintenanceService)."""

    @property
    def pin_configured(self) -> bool: ...

    def locked_for(self, done: Done) -> None: ...  # result: seconds

    def unlock(self, pin: str, done: Done) -> None: ...  # result: (opened, seconds locked)

    def out_of_service(self, done: Done) -> None: ...  # result: OutOfService | None

    def switch(self, preset: str | None, by: str, done: Done) -> None: ...

    def status(self, done: Done) -> None: ...  # result: rows

    def print_test(self, done: Done) -> None: ...

    def card_test(self, done: Done) -> None: ...


@QmlElement
@QmlSingleton
class Maintenance(QObject):
    changed = Signal()

    def __init__(
        self,
        ops: MaintenanceOps,
        navigator: Navigator,
        on_switch: Callable[[], None],
        allow_exit: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._nav = navigator
        self._on_switch = on_switch
        self._allow_exit = allow_exit
        self._taps: list[float] = []
        self._pin = ""
        self._pin_open = False
        self._checking = False  # a PIN is being checked: further taps on OK do nothing
        self._message = ""
        self._status: list[dict[str, str]] = []
        # The flag as last read or set on the worker: QML reads it often, never the file.
        self._out_of_service = False
        ops.out_of_service(lambda flag, _error: self.service_switched(flag is not None))

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
        return self._out_of_service

    def service_switched(self, out_of_service: bool) -> None:
        """The flag changed (here, from the console or the CLI): on the GUI thread."""
        if out_of_service != self._out_of_service:
            self._out_of_service = out_of_service
            self.changed.emit()

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
            self._message = (
                ""
                if self._ops.pin_configured
                else "Keine Wartungs-PIN eingerichtet (maintenance.pin_hash)"
            )
            self._pin_open = True
            self.changed.emit()
            if self._ops.pin_configured:
                self._ops.locked_for(self._show_lock)

    def _show_lock(self, locked: int | None, error: BaseException | None) -> None:
        if locked and self._pin_open:
            self._message = f"Gesperrt: noch {locked} s"
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
        """The check (scrypt, a file write) runs on a worker; the answer comes back here."""
        if self._checking:
            return
        pin, self._pin = self._pin, ""
        self._checking = True
        self._message = "PIN wird geprüft …"
        self.changed.emit()
        self._ops.unlock(pin, self._unlocked)

    def _unlocked(self, result: tuple[bool, int] | None, error: BaseException | None) -> None:
        self._checking = False
        opened, locked = result if result is not None else (False, 0)
        if error is not None:
            log.error("maintenance PIN not checked", extra={"fields": {"error": str(error)}})
        if not self._pin_open:
            return  # cancelled meanwhile
        if opened:
            log.info("maintenance opened")
            self._pin_open, self._message = False, ""
            self._nav.go("maintenance")
            self.refresh()
        else:
            log.warning("maintenance PIN refused", extra={"fields": {"locked_s": locked}})
            self._message = (
                f"Gesperrt: noch {locked} s"
                if locked
                else f"PIN nicht geprüft: {error}"
                if error is not None
                else "Falsche PIN"
            )
        self.changed.emit()

    # -- on the maintenance screen ----------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        def done(rows: list[dict[str, str]] | None, error: BaseException | None) -> None:
            self._status = rows or [{"name": "Status", "state": "fail", "detail": str(error)}]
            self.changed.emit()

        self._ops.status(done)
        self.changed.emit()

    @Slot()
    def printTest(self) -> None:
        def done(_result: object, error: BaseException | None) -> None:
            self._message = f"Testdruck fehlgeschlagen: {error}" if error else "Testdruck gesendet"
            self.changed.emit()

        self._message = "Testdruck läuft …"
        self.changed.emit()
        self._ops.print_test(done)

    @Slot()
    def readTestCard(self) -> None:
        def done(result: str | None, error: BaseException | None) -> None:
            self._message = f"Kartenleser: {result}" if error is None else f"Kartenleser: {error}"
            self.changed.emit()

        self._message = "Kartenleser wird geprüft …"
        self.changed.emit()
        self._ops.card_test(done)

    @Slot(str)
    def setOutOfService(self, preset: str) -> None:
        self._switch(preset)

    @Slot()
    def clearOutOfService(self) -> None:
        self._switch(None)

    def _switch(self, preset: str | None) -> None:
        def done(_flag: object, error: BaseException | None) -> None:
            if error is not None:
                self._message = f"Nicht umgeschaltet: {error}"
                self.changed.emit()
                return
            if preset is None:
                log.info("kiosk back in service")
            else:
                log.warning("kiosk put out of service", extra={"fields": {"message": preset}})
            self.service_switched(preset is not None)
            self._on_switch()

        self._ops.switch(preset, "maintenance", done)

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
