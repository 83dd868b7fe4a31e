"""The staff console's view-model (QML module ``Staff.Models``): open calls and the fleet.

Changes come from :class:`kiosk.help.console.StaffConsole` on paho's thread; :meth:`post`
queues them to the GUI thread, where two list models apply them row by row (one
``dataChanged`` per update, never a reset of the whole list), so a large fleet stays
cheap to update. Buttons call :meth:`StaffModel.acknowledge` and friends, which send a
command; the rows change only when the kiosk publishes its new state.
"""

from __future__ import annotations

import bisect
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.help.console import (
    CallChanged,
    CallClosed,
    CallView,
    Change,
    KioskChanged,
    KioskRemoved,
    KioskView,
    LinkChanged,
    Reset,
)
from kiosk.help.protocol import COUNTER, Action
from ui.qt import Property

QML_IMPORT_NAME = "Staff.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

# (kiosk key, call id, action, staff name, counter label or "" for "someone is coming")
Sender = Callable[[str, str, Action, str, str], bool]
AnyIndex = QModelIndex | QPersistentModelIndex

CATEGORY_LABELS = {"form": "Formular", "technical": "Technik", "other": "Sonstiges"}
STEP_LABELS = {
    "welcome": "Start",
    "concerns": "Anliegen",
    "checkin": "Termin-Check-in",
    "ticket": "Wartenummer",
    "closed": "Geschlossen",
    "out_of_service": "Außer Betrieb",
    "exhausted": "Kontingent erschöpft",
    "unknown": "unbekannt",
}
PRINTER_LABELS = {
    "ready": "Papier ok",
    "near_end": "Papier fast leer",
    "paper_out": "Papier leer",
    "cover_open": "Klappe offen",
    "offline": "Drucker aus",
    "unknown": "Drucker ?",
    "": "–",
}
BACKEND_LABELS = {
    "ok": "System ok",
    "degraded": "System langsam",
    "closed": "geschlossen",
    "out_of_service": "System gestört",
    "unknown": "System ?",
    "": "–",
}
READER_LABELS = {
    "present": "Leser ok",
    "absent": "kein Leser",
    "error": "Leser Fehler",
    "unknown": "Leser ?",
    "": "–",
}

_instance: StaffModel | None = None


def install(model: StaffModel) -> None:
    """The instance QML gets for the ``StaffModel`` singleton (set before loading QML)."""
    global _instance
    _instance = model


class _Rows(QAbstractListModel):
    """A keyed list of rows; subclasses say how rows are ordered and shown."""

    ROLES: tuple[str, ...] = ()
    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._sort_keys: list[Any] = []
        self._rows: dict[str, Any] = {}
        self._roles = {
            Qt.ItemDataRole.UserRole + i: name.encode() for i, name in enumerate(self.ROLES)
        }
        self._by_name = {name: Qt.ItemDataRole.UserRole + i for i, name in enumerate(self.ROLES)}

    def sort_key(self, row: Any) -> Any:
        raise NotImplementedError

    def value(self, row: Any, role: str) -> Any:
        raise NotImplementedError

    # Qt model API
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._keys)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name) for role, name in self._roles.items()}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        name = self._roles.get(role)
        if name is None:
            return None
        return self.value(self._rows[self._keys[index.row()]], name.decode())

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._keys)

    # keyed updates
    def get(self, key: str) -> Any:
        return self._rows.get(key)

    def ordered_keys(self) -> list[str]:
        return list(self._keys)

    def _position(self, key: str) -> int:
        sort = self.sort_key(self._rows[key])
        i = bisect.bisect_left(self._sort_keys, sort)
        if i < len(self._keys) and self._keys[i] == key:
            return i
        return self._keys.index(key)  # equal sort keys: fall back to a scan

    def upsert(self, key: str, row: Any) -> None:
        new_sort = self.sort_key(row)
        if key in self._rows:
            i = self._position(key)
            if self._sort_keys[i] == new_sort:
                self._rows[key] = row
                index = self.index(i, 0)
                self.dataChanged.emit(index, index)
                return
            self.remove(key)
        i = bisect.bisect_right(self._sort_keys, new_sort)
        self.beginInsertRows(QModelIndex(), i, i)
        self._keys.insert(i, key)
        self._sort_keys.insert(i, new_sort)
        self._rows[key] = row
        self.endInsertRows()
        self.countChanged.emit()

    def remove(self, key: str) -> None:
        if key not in self._rows:
            return
        i = self._position(key)
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._keys[i]
        del self._sort_keys[i]
        del self._rows[key]
        self.endRemoveRows()
        self.countChanged.emit()

    def refresh(self, key: str) -> None:
        """The row's derived values changed (e.g. its kiosk went offline)."""
        if key in self._rows:
            index = self.index(self._position(key), 0)
            self.dataChanged.emit(index, index)

    def clear(self) -> None:
        if not self._keys:
            return
        self.beginResetModel()
        self._keys.clear()
        self._sort_keys.clear()
        self._rows.clear()
        self.endResetModel()
        self.countChanged.emit()


class CallList(_Rows):
    """Open calls: stale ones last, then the most escalated, then the longest waiting."""

    ROLES = (
        "key",
        "callId",
        "kioskId",
        "site",
        "location",
        "category",
        "categoryLabel",
        "step",
        "stepLabel",
        "callState",
        "level",
        "requestedAt",
        "staff",
        "reply",
        "counter",
        "stale",
    )

    def sort_key(self, row: CallView) -> Any:
        return (row.stale, -row.call.level, row.call.requested_at, row.key)

    def value(self, row: CallView, role: str) -> Any:
        c = row.call
        return {
            "key": row.key,
            "callId": c.call_id,
            "kioskId": c.kiosk,
            "site": row.site,
            "location": c.location or c.kiosk,
            "category": c.category,
            "categoryLabel": CATEGORY_LABELS.get(c.category, c.category),
            "step": c.step,
            "stepLabel": STEP_LABELS.get(c.step, c.step),
            "callState": c.state.value,
            "level": c.level,
            "requestedAt": c.requested_at,
            "staff": c.staff,
            "reply": c.reply,
            "counter": c.counter,
            "stale": row.stale,
        }[role]


class FleetList(_Rows):
    """Every kiosk, by site and id."""

    ROLES = (
        "key",
        "kioskId",
        "site",
        "location",
        "online",
        "known",
        "screen",
        "screenLabel",
        "printer",
        "printerLabel",
        "cardReader",
        "readerLabel",
        "backend",
        "backendLabel",
        "version",
        "hasCall",
    )

    def __init__(self, has_call: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._has_call = has_call

    def sort_key(self, row: KioskView) -> Any:
        return row.key

    def value(self, row: KioskView, role: str) -> Any:
        return {
            "key": row.key,
            "kioskId": row.kiosk,
            "site": row.site,
            "location": row.location or row.kiosk,
            "online": row.online is True,
            "known": row.online is not None,
            "screen": row.screen,
            "screenLabel": STEP_LABELS.get(row.screen, row.screen or "–"),
            "printer": row.printer,
            "printerLabel": PRINTER_LABELS.get(row.printer, row.printer),
            "cardReader": row.card_reader,
            "readerLabel": READER_LABELS.get(row.card_reader, row.card_reader),
            "backend": row.backend,
            "backendLabel": BACKEND_LABELS.get(row.backend, row.backend),
            "version": row.version,
            "hasCall": self._has_call(row.key),
        }[role]


@QmlElement
@QmlSingleton
class StaffModel(QObject):
    connectedChanged = Signal()
    nowChanged = Signal()
    staffNameChanged = Signal()
    counterChanged = Signal()
    noticeChanged = Signal()
    countsChanged = Signal()
    newCall = Signal(str)  # key of a call new to this console, or escalated: ring
    _incoming = Signal(object)  # list[Change], from paho's thread

    def __init__(
        self,
        send: Sender | None = None,
        *,
        chime: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.time,
        tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._send = send
        self._chime = chime
        self._clock = clock
        self._connected = False
        self._staff_name = ""
        self._counter = ""
        self._notice = ""
        self._calls = CallList(self)
        self._fleet = FleetList(lambda key: self._calls.get(key) is not None, self)
        self._now = clock()
        self._incoming.connect(self.apply)
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_ms)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    @staticmethod
    def create(engine: object) -> StaffModel:
        if _instance is None:
            raise RuntimeError("StaffModel requested before ui.staff.models.install()")
        return _instance

    def set_sender(self, send: Sender) -> None:
        self._send = send

    def post(self, changes: list[Change]) -> None:
        """Thread-safe entry point for the console's listener."""
        self._incoming.emit(list(changes))

    def stop(self) -> None:
        self._ticker.stop()

    # -- properties ----------------------------------------------------------------------

    @Property(QObject, constant=True)
    def calls(self) -> CallList:
        return self._calls

    @Property(QObject, constant=True)
    def fleet(self) -> FleetList:
        return self._fleet

    @Property(bool, notify=connectedChanged)
    def connected(self) -> bool:
        return self._connected

    @Property(float, notify=nowChanged)
    def now(self) -> float:
        """Wall-clock seconds, ticking: the waiting times in QML count from it."""
        return self._now

    @Property(int, notify=countsChanged)
    def openCalls(self) -> int:
        return self._calls.rowCount()

    @Property(int, notify=countsChanged)
    def offlineKiosks(self) -> int:
        return sum(1 for k in self._fleet.ordered_keys() if self._fleet.get(k).online is False)

    @Property(str, notify=noticeChanged)
    def notice(self) -> str:
        return self._notice

    @Property(str, notify=staffNameChanged)
    def staffName(self) -> str:
        """The name this member of staff shares with the citizen (optional)."""
        return self._staff_name

    @staffName.setter  # type: ignore[no-redef]
    def staffName(self, name: str) -> None:
        name = name.strip()[:40]
        if name != self._staff_name:
            self._staff_name = name
            self.staffNameChanged.emit()

    @Property(str, notify=counterChanged)
    def counter(self) -> str:
        """This console's counter ("3", "B12"): "Zum Schalter schicken" sends the citizen
        there. Kept as typed; :attr:`counterValid` says whether it can be sent."""
        return self._counter

    @counter.setter  # type: ignore[no-redef]
    def counter(self, label: str) -> None:
        label = label.strip()
        if label != self._counter:
            self._counter = label
            self.counterChanged.emit()

    @Property(bool, notify=counterChanged)
    def counterValid(self) -> bool:
        return bool(COUNTER.fullmatch(self._counter))

    # -- actions ----------------------------------------------------------------------------

    def _command(self, key: str, action: Action, counter: str = "") -> bool:
        row = self._calls.get(key)
        if row is None or self._send is None:
            return False
        try:
            sent = self._send(key, row.call.call_id, action, self._staff_name, counter)
        except ValueError as err:  # e.g. a control character in the name field
            log.warning("command not sent", extra={"fields": {"error": str(err)}})
            sent = False
        self._set_notice("" if sent else "Nicht verbunden – bitte erneut versuchen.")
        return sent

    @Slot(str, result=bool)
    def acknowledge(self, key: str) -> bool:
        """Take the call: the citizen reads "Someone is coming to you"."""
        return self._command(key, Action.ACK)

    @Slot(str, result=bool)
    def sendToCounter(self, key: str) -> bool:
        """Take the call by asking the citizen to come to this console's counter."""
        if not self.counterValid:
            self._set_notice("Bitte zuerst eine gültige Schalter-Nummer eintragen.")
            return False
        return self._command(key, Action.ACK, self._counter)

    @Slot(str, result=bool)
    def resolve(self, key: str) -> bool:
        return self._command(key, Action.RESOLVE)

    @Slot(str, result=bool)
    def cancelCall(self, key: str) -> bool:
        """The citizen has left: close the call without helping."""
        return self._command(key, Action.CANCEL)

    def _set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.noticeChanged.emit()

    # -- applying changes (GUI thread) -------------------------------------------------------

    @Slot(object)
    def apply(self, changes: list[Change]) -> None:
        ring = False
        for change in changes:
            if isinstance(change, KioskChanged):
                self._fleet.upsert(change.view.key, change.view)
            elif isinstance(change, KioskRemoved):
                self._fleet.remove(change.key)
            elif isinstance(change, CallChanged):
                old = self._calls.get(change.view.key)
                self._calls.upsert(change.view.key, change.view)
                if old is None:
                    self._fleet.refresh(change.view.key)
                escalated = (
                    old is not None
                    and old.call.call_id == change.view.call.call_id
                    and change.view.call.level > old.call.level
                )
                if (change.new or escalated) and not change.view.stale:
                    ring = True  # a new call, or nobody took it in time: ring again
                    self.newCall.emit(change.view.key)
            elif isinstance(change, CallClosed):
                self._calls.remove(change.key)
                self._fleet.refresh(change.key)
            elif isinstance(change, LinkChanged):
                if change.connected != self._connected:
                    self._connected = change.connected
                    self.connectedChanged.emit()
                    if change.connected:
                        self._set_notice("")
            elif isinstance(change, Reset):
                self._calls.clear()
                self._fleet.clear()
        self.countsChanged.emit()
        if ring and self._chime is not None:
            try:
                self._chime()
            except Exception:
                log.exception("new-call sound failed")

    @Slot()
    def _tick(self) -> None:
        self._now = self._clock()
        self.nowChanged.emit()
