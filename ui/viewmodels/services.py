"""The concerns on offer and whether tickets can be drawn now (open, closed, out of service)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.catalogue import Catalogue
from kiosk.ops.maintenance import SWITCH_REASON
from kiosk.queue.base import (
    UNKNOWN_WAIT,
    ConcernTile,
    QueueStatus,
    ServiceState,
    ServiceStatus,
    WaitEstimate,
)
from kiosk.queue.snapshot import Snapshot
from kiosk.queue.waiting import wait_phrase
from ui.dates import list_separator, long_day
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.session import Session

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


def format_opening(when: datetime, language: str, now: datetime) -> str:
    """ "14:00" today, else "Montag, 24. November, 08:00" as the language writes dates
    ("الاثنين، 24 نوفمبر، 08:00" with the Arabic comma); Latin digits in every language,
    like the numbers on the display board."""
    time_text = f"{when:%H:%M}"
    if when.date() == now.date():
        return time_text
    return f"{long_day(when.date(), language, now.date())}{list_separator(language)}{time_text}"


def _wait_fields(wait: WaitEstimate) -> dict[str, object]:
    """The wait as the concern screen says it: the sentence (``waitKind``) and its
    numbers, decided like the ticket's (kiosk.queue.waiting)."""
    phrase = wait_phrase(wait)
    return {"waitKind": phrase.kind, "waitLow": phrase.low, "waitHigh": phrase.high}


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
        fetch: Callable[[Callable[[Snapshot | None, BaseException | None], None]], None],
        refresh_ms: int = 15_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._session = session
        self._location = location
        self._fetch = fetch
        self._status = ServiceStatus(ServiceState.OPEN)
        self._health_ok = True
        self._queues: dict[str, QueueStatus] = {}
        self._tiles: tuple[ConcernTile, ...] = ()  # buttons mode (ZMS); () otherwise
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
        if self._tiles:
            return self._button_groups()
        lang = self._session.language
        exhausted = self._status.exhausted_groups
        return [
            {
                "id": g.id,
                "prefix": g.prefix,
                "name": g.name(lang),
                **self._wait(g.id),
                "concerns": [
                    {
                        "id": c.id,
                        "name": c.name(lang),
                        "hint": c.hint(lang),
                        "icon": c.icon,
                        "hasForm": bool(c.form),
                        "available": g.id not in exhausted,
                        # why not: closed, exhausted, deactivated (with the office's text),
                        # misconfigured; "open" when available
                        "reason": self._status.group_state(g.id).availability.value,
                        "reasonText": self._status.group_state(g.id).text,
                    }
                    for c in self._catalogue.concerns_of(g.id)
                ],
                "links": [],
            }
            for g in self._catalogue.groups
        ]

    def _button_groups(self) -> list[dict[str, object]]:
        """The concern screen from the central system's buttons (ZMS): one group per
        scope with ZMS's names, the catalogue's translation and hint where the admin
        mapped a button to a concern, and the link buttons as QR codes at the end."""
        lang = self._session.language
        groups: dict[str, dict[str, object]] = {}
        links: list[dict[str, str]] = []
        for t in self._tiles:
            if t.url:
                links.append({"name": t.name, "url": t.url, "qr": t.qr})
                continue
            group = groups.setdefault(
                t.group_id,
                {
                    "id": t.group_id,
                    "prefix": t.prefix,
                    "name": t.group_name,
                    **self._wait(t.group_id),
                    "concerns": [],
                    "links": [],
                },
            )
            concern = next((c for c in self._catalogue.concerns if c.id == t.id), None)
            group["concerns"].append(  # type: ignore[attr-defined]
                {
                    "id": t.id,
                    "name": concern.name(lang) if concern else t.name,
                    "hint": concern.hint(lang) if concern else "",
                    "icon": concern.icon if concern else "",
                    "hasForm": bool(concern.form) if concern else False,
                    "available": t.available,
                    "reason": t.reason,
                    "reasonText": t.reason_text,
                }
            )
        result = list(groups.values())
        if links:
            result.append(
                {
                    "id": "links",
                    "prefix": "",
                    "name": "",
                    **_wait_fields(UNKNOWN_WAIT),
                    "concerns": [],
                    "links": links,
                }
            )
        return result

    def tile(self, tile_id: str) -> ConcernTile | None:
        """A tile of the buttons mode (the ticket needs its scope and name)."""
        return next((t for t in self._tiles if t.id == tile_id), None)

    def _wait(self, group_id: str) -> dict[str, object]:
        q = self._queues.get(group_id)
        return _wait_fields(q.wait if q is not None else UNKNOWN_WAIT)

    @Property(bool, notify=statusChanged)
    def degraded(self) -> bool:
        """Open, but the central system answers badly: shown as a notice on the welcome."""
        return not self._health_ok and self._status.state is ServiceState.OPEN

    @Property(str, notify=statusChanged)
    def state(self) -> str:
        return self._status.state.value

    @Property(str, notify=statusChanged)
    def notice(self) -> str:
        """Staff put the kiosk out of service with this preset (maintenance, fault, ...)."""
        reason = self._status.reason
        return reason.removeprefix(SWITCH_REASON) if reason.startswith(SWITCH_REASON) else ""

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
        changed_groups = (
            status.exhausted_groups != self._status.exhausted_groups
            or status.groups != self._status.groups
        )
        if status != self._status:
            if status.state != self._status.state:
                log.info(
                    "service state",
                    extra={"fields": {"state": status.state.value, "reason": status.reason}},
                )
            self._status = status
            self.statusChanged.emit()
        if changed_groups:
            self.groupsChanged.emit()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def refresh(self) -> None:
        def done(snap: Snapshot | None, error: BaseException | None) -> None:
            if snap is None:
                self.set_status(ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=str(error)))
                return
            health_changed = snap.health.ok != self._health_ok
            self._health_ok = snap.health.ok
            if snap.queues != self._queues or snap.tiles != self._tiles:
                self._queues = dict(snap.queues)
                self._tiles = snap.tiles
                self.groupsChanged.emit()
            self.set_status(snap.status)
            if health_changed:
                self.statusChanged.emit()

        self._fetch(done)

    @Slot(result=str)
    def entryScreen(self) -> str:
        """Where a citizen goes after choosing a language."""
        return {
            ServiceState.OPEN: "concerns",
            ServiceState.CLOSED: "closed",
            ServiceState.OUT_OF_SERVICE: "out_of_service",
        }[self._status.state]
