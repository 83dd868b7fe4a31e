"""Emergency numbers handed out offline are queued in the real outbox, then marked."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.outbox.store import Outbox
from kiosk.queue.base import Ticket
from kiosk.queue.emergency import OUTBOX_KIND, report_emergency_numbers

TZ = ZoneInfo("Europe/Berlin")


def ticket(n: int) -> Ticket:
    return Ticket(
        reference=f"offline-20261123-k1-{n}",
        number=f"N-{900 + n}",
        concern_id="anmeldung",
        group_id="B",
        issued_at=datetime(2026, 11, 23, 9, n, tzinfo=TZ),
        people_ahead=None,
    )


class OfflineJournal:
    """Like ZmsBackend's journal: numbers stay pending until marked reported."""

    def __init__(self, tickets: list[Ticket]) -> None:
        self.pending = list(tickets)

    def pending_emergency_tickets(self) -> list[Ticket]:
        return list(self.pending)

    def mark_emergency_reported(self, references: Iterable[str]) -> int:
        refs = set(references)
        before = len(self.pending)
        self.pending = [t for t in self.pending if t.reference not in refs]
        return before - len(self.pending)


class FailingOutbox:
    def __init__(self, outbox: Outbox, fail_after: int) -> None:
        self.outbox, self.left = outbox, fail_after

    def put(self, kind: str, payload: dict, idempotency_key: str | None = None) -> str:
        if self.left == 0:
            raise OSError("disk full")
        self.left -= 1
        return self.outbox.put(kind, payload, idempotency_key)


def test_reported_once_then_marked(tmp_path):
    outbox = Outbox(tmp_path / "outbox.db")
    backend = OfflineJournal([ticket(1), ticket(2)])
    assert report_emergency_numbers(backend, outbox, "k1") == 2
    assert backend.pending == []
    assert report_emergency_numbers(backend, outbox, "k1") == 0
    items = outbox.due(now=1e12)
    assert [(i.kind, i.payload["number"], i.payload["kiosk"]) for i in items] == [
        (OUTBOX_KIND, "N-901", "k1"),
        (OUTBOX_KIND, "N-902", "k1"),
    ]
    assert items[0].payload["issued_at"] == "2026-11-23T09:01:00+01:00"
    outbox.close()


def test_a_failed_put_leaves_all_pending_and_a_retry_adds_no_duplicate(tmp_path):
    outbox = Outbox(tmp_path / "outbox.db")
    backend = OfflineJournal([ticket(1), ticket(2)])
    with pytest.raises(OSError):
        report_emergency_numbers(backend, FailingOutbox(outbox, fail_after=1), "k1")
    assert len(backend.pending) == 2  # nothing marked: tried again at the next refresh
    assert report_emergency_numbers(backend, outbox, "k1") == 2
    assert outbox.pending_count() == 2  # the reference is the idempotency key
    outbox.close()


def test_backends_without_emergency_numbers_report_nothing(tmp_path):
    outbox = Outbox(tmp_path / "outbox.db")
    assert report_emergency_numbers(object(), outbox, "k1") == 0
    assert outbox.pending_count() == 0
    outbox.close()
