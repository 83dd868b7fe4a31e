"""The fake ZMS's request handlers, each as current ZMS behaves (shared/zms/NOTES.md):
one hash per organisation, disabled new printers, button validation with ZMS's exception
names, reduced anonymous scopes, a draw that checks only the contingent, and a queue
list with ZMS's wait estimate and its dummy "fake" entry."""

from __future__ import annotations

import re
import secrets
from typing import Any

from zms_entities import Entities, FakeProcess, FakeScope, _Printer
from zms_wire import MAX_BUTTONS, _error, _ok


class Handlers(Entities):
    """Mixin of FakeZms: ``(self, *path groups, query, body, auth) -> (status, envelope)``."""

    organisation_id: int

    def organisation_hash(self, org: int | None = None) -> str:
        raise NotImplementedError

    def _draw(self, scope: FakeScope) -> FakeProcess:
        raise NotImplementedError

    def _h_hash(
        self, org: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        """OrganisationHash: the organisation's one hash; the name is ignored; a new
        printer row is disabled (zugelassen = 0)."""
        if int(org) not in self._orgs():
            return _error(404, "Organisation\\OrganisationNotFound", "")
        hash_ = self.organisation_hash(int(org))
        if hash_ not in self._state.printers:
            self._state.printers[hash_] = _Printer(
                len(self._state.printers) + 1, hash_, "", enabled=False
            )
        return _ok(self._printer_json(self._state.printers[hash_]))

    def _h_organisation(
        self, org: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        if int(org) not in self._orgs():
            return _error(404, "Organisation\\OrganisationNotFound", "")
        required = self._state.activation.get(int(org), False)
        return _ok(
            {
                "$schema": "https://schema.berlin.de/queuemanagement/organisation.json",
                "id": org,
                "name": "Bezirksamt",
                "contact": {"city": "", "street": "", "country": "Germany", "name": "Bezirksamt"},
                "preferences": {"ticketPrinterActivation": "1" if required else "0"},
            }
        )

    def _orgs(self) -> set[int]:
        return {self.organisation_id} | {s.organisation for s in self._state.scopes.values()}

    def _h_printer(
        self, hash_: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        printer = self._state.printers.get(hash_)
        if printer is None:
            return _error(404, "Ticketprinter\\TicketprinterNotFound", "")
        return _ok(self._printer_json(printer))

    def _h_buttons(self, *, query: dict[str, list[str]], body: Any, auth: bool) -> tuple[int, Any]:
        """Ticketprinter::getValidButtonWithType and readByButtonList."""
        data = body if isinstance(body, dict) else {}
        hash_ = str(data.get("hash") or "")
        items = [
            i.strip()
            for i in re.split(r",(?![^\[]*\])", str(data.get("buttonlist", "")))
            if i.strip()
        ]
        if len(items) > MAX_BUTTONS:
            return _error(404, "Ticketprinter\\TooManyButtons", "Zu viele Buttons")
        if any(i.startswith("c") for i in items):
            return _error(500, "Ticketprinter\\TicketprinterUnvalidButton", "Ungültiger Button")
        org = int(m.group(1)) if (m := re.match(r"(\d+)", hash_)) else self.organisation_id
        buttons = [self._button(i, org) for i in items]
        if not items or any(b is None for b in buttons):
            return _error(404, "Ticketprinter\\UnvalidButtonList", "Ungültige Buttonliste")
        single = [b for b in buttons if b and b["type"] in ("scope", "request")]
        if len(single) == 1 and not self._in_contingent(int(single[0]["scope"]["id"])):
            return _error(404, "Scope\\GivenNumberCountExceeded", "")
        printer = self._state.printers.get(hash_) or _Printer(0, hash_, "", False)
        entity = self._printer_json(printer)
        entity.update(buttonlist=data.get("buttonlist"), buttons=buttons)
        return _ok(entity)

    def _h_scope(
        self, sid: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        """ScopeGet: withLessData() for anonymous callers; isOpened only when asked."""
        scope = self._state.scopes.get(int(sid))
        if scope is None:
            return _error(404, "Scope\\ScopeNotFound", "")
        entity = self._scope_json(scope, with_workstations=False)
        if not auth:
            for key in ("status", "preferences", "dayoff"):
                entity.pop(key, None)
        if (query.get("getIsOpened") or ["0"])[0] == "1":
            entity.setdefault("status", {})["availability"] = {"isOpened": scope.opened}
        status, envelope = _ok(entity)
        envelope["meta"]["reducedData"] = not auth
        return status, envelope

    def _h_waitingnumber(
        self, sid: str, hash_: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        """TicketprinterWaitingnumberByScope: only the day's contingent is checked."""
        scope = self._state.scopes.get(int(sid))
        if scope is None:
            return _error(404, "Scope\\ScopeNotFound", "")
        request_id = (query.get("requestId") or [""])[0]
        if request_id and not request_id.isdigit():
            return _error(400, "Exception\\BadRequest", "requestId must be a number")
        if not self._in_contingent(scope.id):
            return _error(404, "Scope\\GivenNumberCountExceeded", "")
        process = self._draw(scope)
        if request_id:
            process.services = (f"Dienstleistung {request_id}",)
            process.service_ids = (request_id,)
        return _ok(self._process_json(process, full_scope=True))

    def _h_queue(
        self, sid: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        scope = self._state.scopes.get(int(sid))
        if scope is None:
            return _error(404, "Scope\\ScopeNotFound", "")
        listed = self._waiting(scope)
        called = [
            p
            for p in self._state.processes.values()
            if p.scope_id == scope.id and p.status in ("called", "processing")
        ]
        now = int(self.clock())
        entries = [self._queue_json(p, i, self._estimates(scope, 0)) for i, p in enumerate(called)]
        due = 0
        for i, p in enumerate(listed):
            entries.append(self._queue_json(p, i, self._estimates(scope, due)))
            if p.arrival <= now:
                due += 1
        estimate, optimistic = self._estimates(scope, due)
        fake = {
            "$schema": "https://schema.berlin.de/queuemanagement/queue.json",
            "arrivalTime": now,
            "callCount": "0",
            "number": -1,
            "status": "fake",
            "waitingTimeEstimate": estimate,
            "waitingTimeOptimistic": optimistic,
            "withAppointment": False,
            "destination": None,
        }
        due_entries = [e for e in entries if int(e["arrivalTime"]) <= now]
        later = [e for e in entries if int(e["arrivalTime"]) > now]
        return _ok([*due_entries, fake, *later])

    def _h_process(
        self, pid: str, key: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        process = self._state.processes.get(int(pid))
        if process is None:
            return _error(404, "Process\\ProcessNotFound", "")
        if not secrets.compare_digest(process.auth_key, key):
            return _error(403, "Process\\AuthKeyMatchFailed", "")
        return _ok(self._process_json(process, full_scope=False))
