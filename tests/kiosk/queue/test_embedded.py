"""The embedded SQLite queue: numbering, idempotency, several processes, broken databases."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk.catalogue import load
from kiosk.config import ASSETS, GroupPolicy, parse
from kiosk.queue import open_backend
from kiosk.queue.base import (
    UNKNOWN_WAIT,
    BackendUnavailable,
    NumbersExhausted,
    ServiceClosed,
    ServiceState,
    WaitEstimate,
)
from kiosk.queue.embedded import (
    SCHEMA_VERSION,
    EmbeddedBackend,
    describe_error,
    estimate_wait,
)
from kiosk.queue.hours import WEEKDAYS, OpeningHours

REPO = Path(__file__).resolve().parents[3]
BERLIN = ZoneInfo("Europe/Berlin")
CATALOGUE = load(ASSETS / "catalogue.toml", ["de"])
POLICIES = {
    "A": GroupPolicy(counters=3, handling_minutes=12, daily_contingent=300),
    "B": GroupPolicy(counters=2, handling_minutes=15, daily_contingent=200),
    "C": GroupPolicy(counters=1, handling_minutes=8, daily_contingent=150),
}
ALWAYS = OpeningHours({}, BERLIN)
OFFICE = OpeningHours({d: ["08:00-12:00", "14:00-18:00"] for d in WEEKDAYS[:5]}, BERLIN)
SAT = datetime(2026, 11, 21, 10, 0, tzinfo=BERLIN)
CONCERN = {"A": "ausweis", "B": "anmeldung", "C": "bewohnerparken"}


def make(
    path: Path,
    groups: dict[str, GroupPolicy] | None = None,
    hours: OpeningHours = ALWAYS,
    busy_timeout_s: float = 2.0,
) -> EmbeddedBackend:
    return EmbeddedBackend(
        path / "state" / "kiosk.db",
        CATALOGUE,
        POLICIES if groups is None else groups,
        hours,
        BERLIN,
        "kiosk-01",
        busy_timeout_s,
    )


def draw(backend: EmbeddedBackend, group: str, request_id: str, now: datetime = SAT) -> str:
    return backend.draw_number(CONCERN[group], group, request_id, now).number


def rows(
    path: Path, sql: str = "SELECT group_id, seq, request_id FROM ticket ORDER BY id"
) -> list[Any]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[EmbeddedBackend]:
    b = make(tmp_path)
    yield b
    b.close()


# -- numbering -----------------------------------------------------------------------------


def test_numbers_are_sequential_per_group_with_prefix(backend: EmbeddedBackend) -> None:
    assert [draw(backend, "A", f"a{i}") for i in range(3)] == ["A-001", "A-002", "A-003"]
    assert draw(backend, "B", "b0") == "B-001"
    ticket = backend.draw_number("ausweis", "A", "a3", SAT)
    assert ticket.reference == "20261121-A-004"
    assert ticket.concern_id == "ausweis" and ticket.group_id == "A"
    assert ticket.issued_at == SAT and ticket.issued_at.tzinfo == BERLIN


def test_numbers_restart_on_the_next_local_day(backend: EmbeddedBackend) -> None:
    late = datetime(2026, 11, 21, 23, 59, tzinfo=BERLIN)
    assert [draw(backend, "A", f"d1-{i}", late) for i in range(2)] == ["A-001", "A-002"]
    after_midnight_utc = datetime(2026, 11, 21, 23, 30, tzinfo=UTC)  # 00:30 in Berlin
    ticket = backend.draw_number("ausweis", "A", "d2-0", after_midnight_utc)
    assert (ticket.number, ticket.reference) == ("A-001", "20261122-A-001")
    assert ticket.people_ahead == 0  # yesterday's waiting tickets do not count


def test_stored_row_has_utc_time_kiosk_and_status_but_no_personal_data(
    backend: EmbeddedBackend,
) -> None:
    draw(backend, "A", "r1")
    (row,) = rows(backend.path, "SELECT day, issued_at, kiosk_id, status, called_at FROM ticket")
    assert row == ("2026-11-21", "2026-11-21T09:00:00+00:00", "kiosk-01", "waiting", None)
    columns = {r[1] for r in rows(backend.path, "PRAGMA table_info(ticket)")}
    assert columns == {
        "id",
        "day",
        "group_id",
        "seq",
        "number",
        "reference",
        "request_id",
        "concern_id",
        "kiosk_id",
        "issued_at",
        "status",
        "called_at",
    }


def test_schema_is_versioned_and_uses_wal(backend: EmbeddedBackend) -> None:
    assert backend.health().ok
    assert rows(backend.path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert rows(backend.path, "PRAGMA journal_mode") == [("wal",)]


def test_contingent_exhausted(tmp_path: Path) -> None:
    backend = make(tmp_path, {"A": GroupPolicy(daily_contingent=2)})
    draw(backend, "A", "r1")
    draw(backend, "A", "r2")
    with pytest.raises(NumbersExhausted) as caught:
        draw(backend, "A", "r3")
    assert caught.value.group_id == "A"
    assert len(rows(backend.path)) == 2
    assert backend.service_status(SAT).exhausted_groups == {"A"}
    assert draw(backend, "B", "r4") == "B-001"  # other groups go on
    assert draw(backend, "A", "r3", datetime(2026, 11, 22, 8, 0, tzinfo=BERLIN)) == "A-001"
    backend.close()


def test_closed_raises_with_next_opening(tmp_path: Path) -> None:
    backend = make(tmp_path, hours=OFFICE)
    with pytest.raises(ServiceClosed) as caught:
        draw(backend, "A", "r1", SAT)
    assert caught.value.next_opening == datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)
    status = backend.service_status(SAT)
    assert status.state is ServiceState.CLOSED
    assert status.next_opening == datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)
    # before the change to summer time the next opening is still 08:00 local (06:00 UTC)
    with pytest.raises(ServiceClosed) as caught:
        draw(backend, "A", "r1", datetime(2026, 3, 28, 10, 0, tzinfo=BERLIN))
    assert caught.value.next_opening == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    assert rows(backend.path) == []
    assert draw(backend, "A", "r1", datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)) == "A-001"
    backend.close()


def test_same_request_id_returns_the_same_ticket_once(tmp_path: Path) -> None:
    backend = make(tmp_path, hours=OFFICE)
    monday = datetime(2026, 11, 23, 11, 59, tzinfo=BERLIN)
    first = backend.draw_number("ausweis", "A", "tap-1", monday)
    again = backend.draw_number("ausweis", "A", "tap-1", monday)
    assert again == first
    # a retry after a lost reply gets the ticket even when the office closed meanwhile
    assert backend.draw_number("ausweis", "A", "tap-1", monday.replace(hour=13)) == first
    assert rows(backend.path) == [("A", 1, "tap-1")]
    with pytest.raises(ValueError, match="was used for group A"):
        backend.draw_number("anmeldung", "B", "tap-1", monday)
    backend.close()


def test_unknown_group_or_concern_is_a_programming_error(backend: EmbeddedBackend) -> None:
    with pytest.raises(ValueError, match="not in the catalogue"):
        backend.draw_number("ausweis", "Z", "r1", SAT)
    with pytest.raises(ValueError, match="not in the catalogue"):
        backend.draw_number("nothing", "A", "r1", SAT)
    with pytest.raises(ValueError, match="does not belong"):
        backend.draw_number("anmeldung", "A", "r1", SAT)
    with pytest.raises(ValueError, match="timezone-aware"):
        backend.draw_number("ausweis", "A", "r1", datetime(2026, 11, 21, 10, 0))


def test_built_in_one_thread_used_in_another(tmp_path: Path) -> None:
    backend = make(tmp_path)
    result: list[str] = []
    worker = threading.Thread(target=lambda: result.append(draw(backend, "A", "r1")))
    worker.start()
    worker.join()
    assert result == ["A-001"]
    assert draw(backend, "A", "r2") == "A-002"
    backend.close()


# -- several kiosks, one database ----------------------------------------------------------

WORKER = """
import json, sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from kiosk.queue.embedded import EmbeddedBackend
from kiosk.catalogue import load
from kiosk.config import ASSETS, GroupPolicy
from kiosk.queue.hours import OpeningHours

path, kiosk_id, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
tz = ZoneInfo("Europe/Berlin")
backend = EmbeddedBackend(path, load(ASSETS / "catalogue.toml", ["de"]),
                          {"A": GroupPolicy(daily_contingent=999)}, OpeningHours({}, tz), tz,
                          kiosk_id, busy_timeout_s=30)
assert backend.health().ok, backend.health()
print("ready", flush=True)
sys.stdin.readline()
now = datetime(2026, 11, 21, 10, 0, tzinfo=tz)
numbers = [backend.draw_number("ausweis", "A", f"{kiosk_id}-{i}", now).number
           for i in range(count)]
backend.close()
print(json.dumps(numbers), flush=True)
"""


def test_four_processes_draw_200_distinct_numbers(tmp_path: Path) -> None:
    db = tmp_path / "shared" / "kiosk.db"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(db), f"kiosk-{k}", "50"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        for k in range(4)
    ]
    try:
        for p in procs:  # all connected (schema created by whoever came first) ...
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        for p in procs:  # ... then all start at once
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        outputs = [p.communicate(timeout=90) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    per_process = []
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        per_process.append([int(n.removeprefix("A-")) for n in json.loads(out)])
    for seqs in per_process:
        assert seqs == sorted(seqs)  # each kiosk sees its own numbers increase
    everything = sorted(n for seqs in per_process for n in seqs)
    assert everything == list(range(1, 201))
    assert rows(db, "SELECT kiosk_id, count(*) FROM ticket GROUP BY kiosk_id") == [
        (f"kiosk-{k}", 50) for k in range(4)
    ]


# -- broken databases ----------------------------------------------------------------------


def test_locked_database_times_out_then_recovers(tmp_path: Path) -> None:
    backend = make(tmp_path, busy_timeout_s=0.3)
    assert draw(backend, "A", "r1") == "A-001"
    other = sqlite3.connect(backend.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(BackendUnavailable, match=r"locked by another process \(waited 0.3 s\)"):
            draw(backend, "A", "r2")
        assert 0.25 <= time.monotonic() - started < 2.0
        # in WAL mode readers are not blocked: the kiosk can still show its status
        assert backend.queue_status("A", SAT).waiting == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert len(rows(backend.path)) == 1  # nothing was issued while locked
    assert draw(backend, "A", "r2") == "A-002"
    backend.close()


def test_garbage_file_is_unavailable_not_a_crash(tmp_path: Path) -> None:
    backend = make(tmp_path)
    draw(backend, "A", "r1")
    backend.close()
    backend.path.write_bytes(random.Random(7).randbytes(64 * 1024))
    with pytest.raises(BackendUnavailable, match="is not a database file"):
        draw(backend, "A", "r2")
    status = backend.service_status(SAT)
    assert status.state is ServiceState.OUT_OF_SERVICE
    assert "not a database" in status.reason
    assert not backend.health().ok
    backend.path.unlink()  # staff replace the file: the next call starts over
    assert draw(backend, "A", "r2") == "A-001"
    backend.close()


def test_corrupt_pages_are_unavailable(tmp_path: Path) -> None:
    backend = make(tmp_path)
    draw(backend, "A", "r1")
    backend.close()
    data = bytearray(backend.path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size:] = random.Random(7).randbytes(len(data) - page_size)
    backend.path.write_bytes(bytes(data))
    with pytest.raises(BackendUnavailable, match="malformed"):
        draw(backend, "A", "r2")
    health = backend.health()
    assert not health.ok and "malformed" in health.detail
    assert "\n" not in health.detail
    backend.close()


def test_disk_full_is_unavailable_and_never_duplicates(tmp_path: Path) -> None:
    backend = make(tmp_path, {"A": GroupPolicy(daily_contingent=999)})

    def disk_full(conn: sqlite3.Connection) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    backend.on_connect = disk_full
    issued: list[str] = []
    with pytest.raises(BackendUnavailable, match="disk full"):
        for i in range(999):
            issued.append(draw(backend, "A", f"r{i}"))
    failed = f"r{len(issued)}"
    assert issued == [f"A-{n:03d}" for n in range(1, len(issued) + 1)]
    with pytest.raises(BackendUnavailable, match="disk full"):  # still full: still refused
        draw(backend, "A", failed)
    backend.on_connect = None  # space freed; the failed connection was dropped
    assert draw(backend, "A", failed) == f"A-{len(issued) + 1:03d}"
    stored = rows(backend.path)
    assert [seq for _, seq, _ in stored] == list(range(1, len(issued) + 2))
    assert len({request for _, _, request in stored}) == len(stored)
    backend.close()


def test_unusable_paths_are_unavailable(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    blocked = EmbeddedBackend(
        tmp_path / "file" / "kiosk.db", CATALOGUE, POLICIES, ALWAYS, BERLIN, "k"
    )
    with pytest.raises(BackendUnavailable, match="cannot create its folder"):
        draw(blocked, "A", "r1")
    (tmp_path / "dir.db").mkdir()
    directory = EmbeddedBackend(tmp_path / "dir.db", CATALOGUE, POLICIES, ALWAYS, BERLIN, "k")
    assert directory.service_status(SAT).state is ServiceState.OUT_OF_SERVICE
    assert "cannot be opened" in directory.health().detail


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state" / "kiosk.db"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(BackendUnavailable, match="newer than this software"):
        draw(make(tmp_path), "A", "r1")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("SQLITE_BUSY", "is locked by another process (waited 2 s)"),
        ("SQLITE_CORRUPT", "is corrupt"),
        ("SQLITE_NOTADB", "is not a database file"),
        ("SQLITE_FULL", "disk full"),
        ("SQLITE_READONLY", "is read-only"),
        ("SQLITE_READONLY_DBMOVED", "is read-only"),
        ("SQLITE_CANTOPEN", "cannot be opened"),
        ("SQLITE_IOERR_WRITE", "I/O error"),
    ],
)
def test_error_messages_are_one_clear_line(name: str, text: str) -> None:
    err = sqlite3.OperationalError("raw\nmessage")
    err.sqlite_errorname = name
    message = describe_error(err, Path("/var/lib/kiosk/kiosk.db"), 2.0)
    assert message.startswith("queue database /var/lib/kiosk/kiosk.db ")
    assert text in message and "\n" not in message


def test_unnamed_error_keeps_its_text_on_one_line() -> None:
    err = sqlite3.ProgrammingError("Cannot operate\non a closed database.")
    assert describe_error(err, Path("x.db"), 2.0) == (
        "queue database x.db: Cannot operate on a closed database."
    )


def test_health_is_ok_with_quick_check(backend: EmbeddedBackend) -> None:
    backend.quick_check_interval_s = 0
    assert backend.health().ok
    assert backend.health().detail == "ok"


# -- wait estimate -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ahead", "counters", "minutes", "expected"),
    [
        (0, 3, 12, (0, 5)),  # nobody ahead: "up to 5 minutes"
        (10, 3, 12, (30, 55)),  # expected 40
        (3, 2, 15, (15, 40)),  # expected 22.5
        (5, 1, 8, (30, 60)),  # expected 40
        (1, 1, 10, (5, 25)),  # expected 10
        (7, 3, 0.5, (0, 5)),  # quick counters: never below 5 at the top
        (40, 4, 20, (150, 255)),  # expected 200
    ],
)
def test_wait_ranges(ahead: int, counters: int, minutes: float, expected: tuple[int, int]) -> None:
    policy = GroupPolicy(counters=counters, handling_minutes=minutes)
    assert estimate_wait(ahead, policy) == WaitEstimate(*expected)


def test_wait_unknown_without_counters_or_policy() -> None:
    assert estimate_wait(5, GroupPolicy(counters=0)) is UNKNOWN_WAIT
    assert estimate_wait(5, None) is UNKNOWN_WAIT
    assert not UNKNOWN_WAIT.known


def test_ticket_and_queue_status_carry_people_ahead_and_wait(tmp_path: Path) -> None:
    backend = make(tmp_path, {"A": POLICIES["A"], "B": GroupPolicy(counters=0)})
    tickets = [backend.draw_number("ausweis", "A", f"r{i}", SAT) for i in range(3)]
    assert [t.people_ahead for t in tickets] == [0, 1, 2]
    assert tickets[2].wait == estimate_wait(2, POLICIES["A"])
    status = backend.queue_status("A", SAT)
    assert (status.waiting, status.wait) == (3, estimate_wait(3, POLICIES["A"]))
    backend.call_next("A", SAT)
    assert backend.queue_status("A", SAT).waiting == 2
    assert backend.draw_number("ausweis", "A", "r3", SAT).people_ahead == 2
    assert backend.draw_number("anmeldung", "B", "b", SAT).wait is UNKNOWN_WAIT  # 0 counters
    assert backend.queue_status("C", SAT).wait is UNKNOWN_WAIT  # not configured
    backend.close()


# -- staff operations ----------------------------------------------------------------------


def test_call_next_calls_todays_oldest_waiting(backend: EmbeddedBackend) -> None:
    yesterday = datetime(2026, 11, 20, 17, 0, tzinfo=BERLIN)
    draw(backend, "A", "old", yesterday)
    draw(backend, "A", "r1")
    draw(backend, "A", "r2")
    called = backend.call_next("A", SAT.replace(minute=5))
    assert called is not None and called.reference == "20261121-A-001"
    assert called.people_ahead == 0
    assert backend.call_next("A", SAT)
    assert backend.call_next("A", SAT) is None
    assert backend.call_next("B", SAT) is None
    stored = rows(backend.path, "SELECT reference, status, called_at FROM ticket ORDER BY id")
    assert stored == [
        ("20261120-A-001", "waiting", None),
        ("20261121-A-001", "called", "2026-11-21T09:05:00+00:00"),
        ("20261121-A-002", "called", "2026-11-21T09:00:00+00:00"),
    ]
    # a called ticket drawn again by its request id says nobody is ahead
    assert backend.draw_number("ausweis", "A", "r1", SAT).people_ahead == 0


def test_seed_summary_and_reset(tmp_path: Path) -> None:
    backend = make(tmp_path, {**POLICIES, "C": GroupPolicy(daily_contingent=2)}, hours=OFFICE)
    seeded = backend.seed_waiting(3, SAT)  # demo data even while closed
    assert [t.number for t in seeded] == [
        "A-001",
        "A-002",
        "A-003",
        "B-001",
        "B-002",
        "B-003",
        "C-001",
        "C-002",
    ]
    assert all(r.startswith("seed-") for _, _, r in rows(backend.path))
    backend.call_next("A", SAT)
    summary = {row["group_id"]: row for row in backend.summary(SAT)}
    assert summary["A"] == {
        "group_id": "A",
        "prefix": "A",
        "issued": 3,
        "waiting": 2,
        "called": 1,
        "done": 0,
        "contingent_left": 297,
        "last_called": "A-001",
        "wait_low_min": 5,
        "wait_high_min": 15,
    }
    assert summary["C"]["contingent_left"] == 0
    assert backend.summary(datetime(2026, 11, 22, 9, 0, tzinfo=BERLIN))[0]["issued"] == 0
    assert backend.reset_day(SAT) == 8
    assert backend.summary(SAT)[0]["issued"] == 0
    assert backend.seed_waiting(1, SAT)[0].number == "A-001"
    backend.close()


def test_open_backend_from_config(tmp_path: Path) -> None:
    cfg = parse(f"""
[kiosk]
id = "rathaus-1"
state_dir = '{tmp_path}'
[embedded.groups.A]
counters = 2
handling_minutes = 10
daily_contingent = 1
""")
    backend = open_backend(cfg, CATALOGUE)
    ticket = backend.draw_number("ausweis", "A", "r1", SAT)
    assert ticket.wait == estimate_wait(0, GroupPolicy(counters=2, handling_minutes=10))
    with pytest.raises(NumbersExhausted):
        backend.draw_number("ausweis", "A", "r2", SAT)
    backend.close()
    assert rows(tmp_path / "kiosk.db", "SELECT kiosk_id FROM ticket") == [("rathaus-1",)]
