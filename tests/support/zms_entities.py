"""The fake ZMS's state (scopes, processes, printers) and its entities as JSON, in ZMS's
mixed style: the same field as ``"141"`` and ``141``, nulls, fields no client needs; the
full scope (with workstationCount) only inside ticket printer buttons."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from zms_wire import LOCAL


@dataclass
class FakeScope:
    id: int
    name: str
    prefix: str = ""
    first: int = 1
    last: int = 499
    contingent: int = 0  # maxNumberContingent; 0 = the size of the range
    processing_minutes: int = 10
    workstations: int = 2
    given: int = 0  # givenNumberCount today
    last_given: int = 0
    deactivated: bool = False
    opened: bool = True
    organisation: int = 71
    ghost_workstations: int = -1  # 0: ZMS shows the wait as unknown
    deactivated_text: str = "Bitte melden Sie sich am Empfang."
    print_text: str = ""  # preferences.ticketprinter.printText
    custom_texts: tuple[str, str] = ("", "")  # customText1, customText2

    @property
    def capacity(self) -> int:
        return self.contingent or (self.last - self.first + 1)


@dataclass
class FakeProcess:
    id: int
    auth_key: str
    scope_id: int
    number: int
    arrival: int
    status: str  # queued (walk-in), confirmed (appointment), called, finished
    with_appointment: bool
    display: str = ""
    services: tuple[str, ...] = ()
    service_ids: tuple[str, ...] = ()


@dataclass
class Fault:
    kind: str
    path: str = ""
    times: int | None = None
    seconds: float = 10.0


@dataclass
class _Printer:
    id: int
    hash: str
    name: str
    enabled: bool = True


@dataclass
class _State:
    scopes: dict[int, FakeScope] = field(default_factory=dict)
    processes: dict[int, FakeProcess] = field(default_factory=dict)
    printers: dict[str, _Printer] = field(default_factory=dict)
    next_process: int = 100_001
    activation: dict[int, bool] = field(default_factory=dict)  # org -> ticketPrinterActivation
    authkeys: set[str] = field(default_factory=set)  # accepted X-Authkey values


class Entities:
    """Mixin of FakeZms: what its handlers send."""

    _state: _State
    clock: Callable[[], float]

    def _in_contingent(self, scope_id: int) -> bool:
        scope = self._state.scopes[scope_id]
        return scope.given < scope.capacity

    def _button(self, item: str, org: int) -> dict[str, Any] | None:
        found = re.fullmatch(r"s(\d+)|r(?:(\d+)-)?(\d+)|l\[(.+)\|(.+)\]", item.strip())
        if not found:
            return None
        if found.group(4):
            return {"type": "link", "url": found.group(4), "name": found.group(5), "enabled": True}
        scope_id = found.group(1) or found.group(2)
        if scope_id is None:  # r<request>: the first scope of the organisation offering it
            scope = next((s for s in self._state.scopes.values() if s.organisation == org), None)
        else:
            scope = self._state.scopes.get(int(scope_id))
        if scope is None or scope.organisation != org:
            return None
        enabled = scope.opened and not scope.deactivated and self._in_contingent(scope.id)
        button: dict[str, Any] = {
            "type": "scope",
            "url": f"/scope/{scope.id}/",
            "scope": self._scope_json(scope, with_workstations=True),
            "enabled": enabled,
            "name": scope.name,
        }
        if found.group(3):
            button.update(
                type="request",
                url=f"/request/{scope.id}-{found.group(3)}/",
                requestId=found.group(3),
                name=f"Dienstleistung {found.group(3)}",
            )
        return button

    def _printer_json(self, printer: _Printer) -> dict[str, Any]:
        return {
            "$schema": "https://schema.berlin.de/queuemanagement/ticketprinter.json",
            "enabled": 1 if printer.enabled else 0,
            "hash": printer.hash,
            "id": printer.id,
            "lastUpdate": int(self.clock()),
            "name": printer.name,
            "buttonlist": "",
            "reload": None,
        }

    def _scope_json(self, scope: FakeScope, *, with_workstations: bool) -> dict[str, Any]:
        queue_pref: dict[str, Any] = {
            "callCountMax": "3",
            "callDisplayText": "Willkommen im Bürgeramt",
            "firstNumber": str(scope.first),
            "lastNumber": scope.last,
            "processingTimeAverage": str(scope.processing_minutes),
            "statisticsEnabled": 1,
            "displayNumberPrefix": scope.prefix or None,
        }
        if scope.contingent:
            queue_pref["maxNumberContingent"] = scope.contingent
        queue_status: dict[str, Any] = {
            "ghostWorkstationCount": str(scope.ghost_workstations),
            "givenNumberCount": scope.given,
            "lastGivenNumber": str(scope.last_given),
            "lastGivenNumberTimestamp": int(self.clock()),
        }
        if with_workstations:  # readWithWorkstationCount: only in the ticket printer's buttons
            queue_status["workstationCount"] = (
                scope.ghost_workstations if scope.ghost_workstations > 0 else scope.workstations
            )
        return {
            "$schema": "https://schema.berlin.de/queuemanagement/scope.json",
            "id": str(scope.id),
            "hint": "Eingang B, 1. OG",
            "shortName": "",
            "source": "dldb",
            "lastChange": None,
            "contact": {"name": scope.name, "street": "Rathausplatz 1", "country": "Germany"},
            "preferences": {
                "appointment": {"deallocationDuration": "10", "multipleSlotsEnabled": "0"},
                "queue": queue_pref,
                "ticketprinter": {
                    "buttonName": scope.name,
                    "deactivatedText": scope.deactivated_text if scope.deactivated else "",
                    "printText": scope.print_text,
                    "customText1": scope.custom_texts[0],
                    "customText2": scope.custom_texts[1],
                },
                "workstation": {"emergencyEnabled": "1"},
            },
            "status": {
                "emergency": {"activated": "0", "acceptedByWorkstation": "-1"},
                "queue": queue_status,
                "ticketprinter": {"deactivated": "1" if scope.deactivated else "0"},
            },
            "dayoff": [],
            "provider": {"id": "122217", "source": "dldb", "$ref": "/provider/122217/"},
        }

    def _queue_json(self, p: FakeProcess, index: int, estimates: tuple[int, int]) -> dict[str, Any]:
        return {
            "$schema": "https://schema.berlin.de/queuemanagement/queue.json",
            "arrivalTime": p.arrival,
            "callCount": "1" if p.status == "called" else "0",
            "callTime": 0,
            "lastCallTime": 0,
            "number": p.number if index % 3 == 0 else str(p.number),  # both, like ZMS
            "waitingTimeEstimate": estimates[0],
            "waitingTimeOptimistic": estimates[1],
            "waitingTime": None,
            "status": p.status,
            "destination": "Platz 3" if p.status == "called" else None,
            "destinationHint": None,
            "withAppointment": p.with_appointment if index % 2 else str(int(p.with_appointment)),
        }

    def _process_json(self, p: FakeProcess, *, full_scope: bool) -> dict[str, Any]:
        scope = self._state.scopes.get(p.scope_id)
        if p.with_appointment:
            date = p.arrival
        else:  # a walk-in number is dated at midnight of its day, as ZMS stores it
            day = datetime.fromtimestamp(p.arrival, LOCAL).replace(hour=0, minute=0, second=0)
            date = int(day.timestamp())
        position = 0
        if scope is not None:
            ahead = [w for w in self._waiting(scope) if w.arrival <= p.arrival and w.id != p.id]
            position = len(ahead)
        estimate, optimistic = self._estimates(scope, position) if scope else (0, 0)
        entity: dict[str, Any] = {
            "$schema": "https://schema.berlin.de/queuemanagement/process.json",
            "id": p.id if full_scope else str(p.id),
            "authKey": p.auth_key,
            "amendment": "",
            "createIP": "",
            "createTimestamp": str(p.arrival),
            "reminderTimestamp": 0,
            "status": p.status,
            "appointments": [{"date": date, "scope": {"id": str(p.scope_id)}, "slotCount": "1"}],
            "clients": [{"familyName": "", "email": "", "emailSendCount": "0", "telephone": None}],
            "requests": [
                {"id": rid, "name": s, "source": "dldb"}
                for s, rid in zip(
                    p.services, p.service_ids or ("120335",) * len(p.services), strict=False
                )
            ],
            "queue": {
                "arrivalTime": p.arrival,
                "callCount": "0",
                "callTime": 0,
                "number": str(p.number) if full_scope else p.number,
                "withAppointment": "1" if p.with_appointment else "0",
                "waitingTime": None,
                "waitingTimeEstimate": estimate,
                "waitingTimeOptimistic": optimistic,
                "status": p.status,
            },
            "scope": self._scope_json(scope, with_workstations=False)
            if full_scope and scope
            else {"id": p.scope_id},
        }
        if p.display:
            entity["displayNumber"] = p.display
        return entity

    def _waiting(self, scope: FakeScope) -> list[FakeProcess]:
        return sorted(
            (
                p
                for p in self._state.processes.values()
                if p.scope_id == scope.id
                and p.status not in ("finished", "missed", "called", "processing")
            ),
            key=lambda p: (p.arrival, p.number),
        )

    def _estimates(self, scope: FakeScope, position: int) -> tuple[int, int]:
        """QueueList::withEstimatedWaitingTime: one slot of processingTimeAverage * 60 /
        workstations seconds per client ahead (0 workstations count as 1)."""
        slot = scope.processing_minutes * 60 / max(1, scope.workstations)
        estimate = position * slot
        return int(estimate // 60), int(estimate * 0.8 // 60)
