"""The help button's state in QML: request, elapsed time, acknowledgement, cancel.

Staff answer in one of two ways (:data:`kiosk.help.protocol.REPLIES`): ``coming``
(someone comes to the terminal; :attr:`Help.responder` is the name they chose to share,
if any) or ``counter`` (the citizen goes to counter :attr:`Help.counter`). The sheet
turns each into a translated sentence; the name and label are shown as plain text."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.help.channel import CATEGORIES, HelpChannel, HelpState, HelpUpdate
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.navigator import Navigator
from ui.viewmodels.session import Session

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlSingleton
class Help(QObject):
    changed = Signal()
    requested = Signal(str)  # category, for statistics
    acknowledgedAfter = Signal(int)  # seconds from request to acknowledgement
    _update = Signal(object)  # from the channel's thread to the GUI thread

    def __init__(
        self,
        channel: HelpChannel,
        session: Session,
        navigator: Navigator,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._channel = channel
        self._nav = navigator
        self._state = HelpState.IDLE
        self._simulated = False
        self._responder = ""
        self._reply = "coming"
        self._counter = ""
        self._requested_at = 0.0
        self._elapsed = 0
        self._level = 0
        self._update.connect(self._apply)
        channel.subscribe(self._update.emit)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        session.ended.connect(self.cancel)

    @staticmethod
    def create(engine: object) -> Help:
        return registry.instance("Help")  # type: ignore[no-any-return]

    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state.value

    @Property(bool, notify=changed)
    def simulated(self) -> bool:
        return self._simulated

    @Property(str, notify=changed)
    def responder(self) -> str:
        return self._responder

    @Property(str, notify=changed)
    def reply(self) -> str:
        """``coming`` or ``counter``: what staff answered (meaningful once acknowledged)."""
        return self._reply

    @Property(str, notify=changed)
    def counter(self) -> str:
        """With reply ``counter``: the counter's label ("3", "B12")."""
        return self._counter

    @Property(int, notify=changed)
    def level(self) -> int:
        """Escalation level: above 0, more staff have been informed."""
        return self._level

    @Property(int, notify=changed)
    def elapsedSeconds(self) -> int:
        return self._elapsed

    @Slot(str)
    def request(self, category: str) -> None:
        if category not in CATEGORIES:
            category = "other"
        if self._state in (HelpState.REQUESTED, HelpState.ACKNOWLEDGED):
            return
        self._requested_at = time.monotonic()
        self._elapsed = 0
        self._ticker.start()
        log.info(
            "help requested", extra={"fields": {"category": category, "screen": self._nav.screen}}
        )
        self.requested.emit(category)
        self._channel.request(category, self._nav.screen)

    @Slot()
    def cancel(self) -> None:
        if self._state in (HelpState.REQUESTED, HelpState.ACKNOWLEDGED):
            self._channel.cancel()
        self._ticker.stop()
        self._set(HelpUpdate(HelpState.IDLE))

    def _set(self, update: HelpUpdate) -> None:
        self._state, self._responder = update.state, update.responder
        self._simulated, self._level = update.simulated, update.level
        self._reply, self._counter = update.reply, update.counter
        self.changed.emit()

    @Slot(object)
    def _apply(self, update: HelpUpdate) -> None:
        if update.state in (HelpState.CANCELLED, HelpState.RESOLVED):
            self._ticker.stop()
            self._set(HelpUpdate(HelpState.IDLE))
        elif (
            self._state is HelpState.IDLE
            and update.state in (HelpState.ACKNOWLEDGED, HelpState.REQUESTED)
            and (update.state is HelpState.ACKNOWLEDGED or update.level > 0)
        ):
            return  # a late acknowledgement or escalation of a call already cancelled
        else:
            if update.state is HelpState.ACKNOWLEDGED and self._state is not HelpState.ACKNOWLEDGED:
                self.acknowledgedAfter.emit(int(time.monotonic() - self._requested_at))
            self._set(update)

    @Slot()
    def _tick(self) -> None:
        self._elapsed = int(time.monotonic() - self._requested_at)
        self.changed.emit()
