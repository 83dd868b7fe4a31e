"""Appointments in ZMS: a process read with its key, as the kiosk shows it.

``GET /process/{id}/{authKey}/`` (403 for a wrong key). The process status and whether
it is a walk-in number (ZMS dates those at midnight, ``withAppointment`` 0) are kept, so
the check-in can say "already called", "finished" or "this is a waiting number".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.http import HttpClient
from kiosk.privacy.pseudonyms import pseudonym
from kiosk.queue.base import (
    Appointment,
    AppointmentNotFound,
    BackendUnavailable,
    BookingRef,
    Ticket,
)
from kiosk.queue.zms.buttons import Target
from kiosk.queue.zms.client import ZmsCalls
from kiosk.queue.zms.journal import Journal
from kiosk.queue.zms.model import Process, Scope, parse_process
from kiosk.queue.zms.site import Site

log = logging.getLogger(__name__)

_PROCESS_ID = r"\d{1,12}"
_KEY = r"[A-Za-z0-9]{1,128}"


class Appointments:
    def __init__(
        self,
        http: HttpClient,
        calls: ZmsCalls,
        tz: ZoneInfo,
        targets: dict[str, Target],
        journal: Journal,
        site: Callable[[], Site | None],
    ) -> None:
        self.http = http
        self.calls = calls
        self.tz = tz
        self.targets = targets
        self.journal = journal
        self.site = site

    def process(self, ref: BookingRef) -> Process:
        """GET /process/{id}/{authKey}/; 403 (wrong key) and 404 are AppointmentNotFound."""
        pid, key = ref.appointment_id.strip(), ref.auth_key.strip()
        if not re.fullmatch(_PROCESS_ID, pid) or not re.fullmatch(_KEY, key):
            raise AppointmentNotFound("booking code or access key is not valid")
        # in logs: the process number only as a pseudonym, the authKey not at all
        label = f"GET /process/{pseudonym(pid)}/.../"
        reply = self.http.call("GET", f"/process/{pid}/{key}/", idempotent=True, label=label)
        if reply.status in (403, 404):
            raise AppointmentNotFound("no appointment for that booking code")
        return parse_process(self.calls.data(reply, label))

    def appointment_of(self, process: Process) -> Appointment:
        walk_in = not process.with_appointment or process.appointment_at is None
        when = process.appointment_at if not walk_in else process.arrival
        starts = datetime.fromtimestamp(when or 0, self.tz) if when else datetime.now(self.tz)
        if not walk_in and starts.hour == 0 and starts.minute == 0 and process.status == "queued":
            walk_in = True  # ZMS dates a walk-in number at midnight of its day
        return Appointment(
            appointment_id=process.id,
            starts_at=starts,
            concern_names=process.request_names,
            group_id=process.scope_id or "",
            number=self.process_number(process),
            checked_in=self.checked_in_ticket(process.id) is not None,
            concern_id=self.concern_of(process),
            status=process.status,
            walk_in=walk_in,
        )

    def scope_of_process(self, process: Process) -> Scope | None:
        if process.scope is not None:
            return process.scope
        site = self.site()
        return site.scope(process.scope_id) if site and process.scope_id else None

    def process_number(self, process: Process, scope: Scope | None = None) -> str:
        """displayNumber, else prefix + queue number; appointments are called by their
        process id when ZMS gives no number."""
        known = scope or self.scope_of_process(process)
        return process.shown_number(known.prefix if known else "") or process.id

    def checked_in_ticket(self, process_id: str) -> Ticket | None:
        """The ticket this kiosk gave for the appointment (ZMS itself does not know)."""
        try:
            return self.journal.checkin(process_id)
        except BackendUnavailable as err:  # the lookup matters more than this flag
            log.error("%s", err)
            return None

    def concern_of(self, process: Process) -> str:
        """The catalogue concern: by the booked service where mapped, else the one
        concern of the scope; "" when several share it (the UI then shows ZMS's names)."""
        by_request = sorted(
            c
            for c, t in self.targets.items()
            if t.scope_id == process.scope_id and t.request_id in process.request_ids
        )
        if len(by_request) == 1:
            return by_request[0]
        matches = sorted(c for c, t in self.targets.items() if t.scope_id == process.scope_id)
        return matches[0] if len(matches) == 1 else ""
