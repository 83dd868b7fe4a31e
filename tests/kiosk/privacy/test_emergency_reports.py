"""Reports of emergency numbers (issue 16): they carry nothing of the citizen, so they
are not sealed. A ticket holds only which number, for which concern, where and when;
the report repeats exactly that, never the request id, a form's reference or an entry."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.config import OfflineSection
from kiosk.outbox.store import Outbox
from kiosk.privacy.sealing import SEALED_KINDS
from kiosk.queue.base import Ticket
from kiosk.queue.emergency import OUTBOX_KIND, report_emergency_numbers
from kiosk.queue.site_emergency import SiteEmergency

# Everything a ticket can carry. A new field may be personal (a name, a form's
# reference): then this test fails and the report must be looked at again.
TICKET_FIELDS = {
    "reference",
    "number",
    "concern_id",
    "group_id",
    "issued_at",
    "people_ahead",
    "wait",
    "office_texts",
}
REPORT_FIELDS = {"kiosk", "number", "reference", "concern", "group", "issued_at"}


class Reporting:
    """The two reporting calls of SiteBackend over its SiteEmergency (no site server)."""

    def __init__(self, emergency: SiteEmergency) -> None:
        self.emergency = emergency

    def pending_emergency_tickets(self) -> list[Ticket]:
        return self.emergency.pending()

    def mark_emergency_reported(self, references: Iterable[str]) -> int:
        return self.emergency.mark_reported(references)


def test_a_ticket_holds_nothing_of_the_citizen() -> None:
    assert {f.name for f in dataclasses.fields(Ticket)} == TICKET_FIELDS


def test_emergency_reports_carry_only_the_number_and_are_not_sealed(tmp_path: Path) -> None:
    emergency = SiteEmergency(tmp_path / "site-emergency.db", OfflineSection(True), "kiosk-07")
    now = datetime(2026, 12, 7, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    requests = ("3f2a9c1e0b7d4e5f8a6b1c2d3e4f5a6b", "9c1e0b7d4e5f8a6b1c2d3e4f5a6b3f2a")  # uuid4 hex
    tickets = [emergency.issue("meldebescheinigung", "A", r, now) for r in requests]
    with Outbox(tmp_path / "outbox.db") as outbox:
        assert report_emergency_numbers(Reporting(emergency), outbox, "kiosk-07") == 2
        items = outbox.due(now=2e9)
        db_bytes = b"".join(p.read_bytes() for p in tmp_path.glob("outbox.db*"))
    assert OUTBOX_KIND not in SEALED_KINDS  # nothing to seal: sent and kept as is
    assert [i.kind for i in items] == [OUTBOX_KIND, OUTBOX_KIND]
    for item, ticket in zip(items, tickets, strict=True):
        assert set(item.payload) == REPORT_FIELDS
        assert item.key == ticket.reference == item.payload["reference"]
        assert re.fullmatch(r"offline-kiosk-07-20261207-N-9\d\d", ticket.reference)
        assert item.payload["number"] == ticket.number
        assert (item.payload["concern"], item.payload["group"]) == ("meldebescheinigung", "A")
        assert item.payload["issued_at"] == now.isoformat()
    for request in requests:  # the request id (the session's) never leaves the kiosk
        assert request.encode() not in db_bytes
    assert emergency.pending() == []
    emergency.close()
