"""The concerns on offer and whether tickets can be drawn now (open, closed, out of service)."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Property, QLocale, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.catalogue import Catalogue
from kiosk.queue import ServiceState, ServiceStatus
from ui.viewmodels import registry
from ui.viewmodels.session import Session

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


def format_opening(when: datetime, language: str, now: datetime) -> str:
    """"heute 14:00", "Montag, 24.11., 08:00": Latin digits in every language, like the
    numbers on the display board."""
    locale = QLocale(language)
    time_text = f"{when:%H:%M}"
    if when.date() == now.date():
        return time_text
    day = locale.dayName(when.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{day}, {when:%d.%m.}, {time_text}"


@QmlElement
@QmlSingleton
class Services(QObject):
    groupsChanged = Signal()
    statusChanged = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        session: Session,
        location: str,
        fetch_status: object,  # Callable[[Callable[[ServiceStatus|None, err], None]], None]
        refresh_ms: int = 30_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._session = session
        self._location = location
        self._fetch_status = fetch_status
        self._status = ServiceStatus(ServiceState.OPEN)
        self._known = False
        session.languageChanged.connect(self.groupsChanged)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    @staticmethod
    def create(engine: object) -> Services:
        return registry.instance("Services")  # type: ignore[no-any-return]

    @Property(str, constant=True)
    def location(self) -> str:
        return self._location

    @Property("QVariantList", notify=groupsChanged)
    def groups(self) -> list[dict[str, object]]:
        lang = self._session.language
        exhausted = self._status.exhausted_groups
        return [
            {
                "id": g.id,
                "prefix": g.prefix,
                "name": g.name(lang),
                "concerns": [
                    {
                        "id": c.id,
                        "name": c.name(lang),
                        "hint": c.hint(lang),
                        "icon": c.icon,
                        "available": g.id not in exhausted,
                    }
                    for c in self._catalogue.concerns_of(g.id)
                ],
            }
            for g in self._catalogue.groups
        ]

    @Property(str, notify=statusChanged)
    def state(self) -> str:
        return self._status.state.value

    @Property(str, notify=statusChanged)
    def nextOpening(self) -> str:
        when = self._status.next_opening
        if when is None:
            return ""
        return format_opening(when, self._session.language, datetime.now(when.tzinfo))

    @property
    def status(self) -> ServiceStatus:
        return self._status

    def set_status(self, status: ServiceStatus) -> None:
        changed_groups = status.exhausted_groups != self._status.exhausted_groups
        if status != self._status:
            if status.state != self._status.state:
                log.info("service state", extra={"fields": {"state": status.state.value,
                                                             "reason": status.reason}})
            self._status = status
            self.statusChanged.emit()
        if changed_groups:
            self.groupsChanged.emit()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def refresh(self) -> None:
        def done(status: ServiceStatus | None, error: BaseException | None) -> None:
            if status is not None:
                self.set_status(status)
            elif error is not None:
                self.set_status(ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=str(error)))

        self._fetch_status(done)  # type: ignore[operator]

    @Slot(result=str)
    def entryScreen(self) -> str:
        """Where a citizen goes after choosing a language."""
        return {
            ServiceState.OPEN: "concerns",
            ServiceState.CLOSED: "closed",
            ServiceState.OUT_OF_SERVICE: "out_of_service",
        }[self._status.state]
