"""The durable outbox: storing, due times, backoff, rejection, reopening, the worker."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import parse
from kiosk.outbox.store import (
    SCHEMA_VERSION,
    DeliveryError,
    DeliveryRejected,
    Item,
    Outbox,
    OutboxError,
    OutboxWorker,
    error_line,
    open_outbox,
)
from kiosk.privacy.pseudonyms import pseudonym

T0 = 1_800_000_000.0  # a fixed "now" for the injected clock


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make(tmp_path: Path, clock: Clock | None = None, jitter: float = 1.0, **kwargs: Any) -> Outbox:
    """An outbox with a fixed jitter: rng() == 1.0 makes the backoff its upper bound."""
    return Outbox(
        tmp_path / "state" / "outbox.db", clock=clock or Clock(), rng=lambda: jitter, **kwargs
    )


def wait_for(condition: Any, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.005)
    return bool(condition())


# -- put and due ---------------------------------------------------------------------------


def test_put_returns_a_new_uuid_key_or_the_given_one(tmp_path):
    ob = make(tmp_path)
    generated = ob.put("arrival", {"ticket": "A-001"})
    assert len(generated) == 32 and int(generated, 16) >= 0
    assert ob.put("arrival", {"ticket": "A-002"}, idempotency_key="arr-2") == "arr-2"
    assert ob.pending_count() == 2


def test_due_lists_new_items_in_put_order_with_all_fields(tmp_path):
    clock = Clock()
    ob = make(tmp_path, clock)
    ob.put("arrival", {"ticket": "A-001", "n": 1}, "k1")
    clock.now += 1
    ob.put("emergency_number", {"number": "N-900"}, "k2")
    items = ob.due()
    assert items == [
        Item("k1", "arrival", {"ticket": "A-001", "n": 1}, 0, T0, T0, None),
        Item("k2", "emergency_number", {"number": "N-900"}, 0, T0 + 1, T0 + 1, None),
    ]
    assert [i.key for i in ob.due(limit=1)] == ["k1"]
    assert ob.due(now=T0 - 1) == []


def test_a_failing_listener_does_not_fail_the_committed_put(tmp_path, caplog):
    ob = make(tmp_path)

    def broken() -> None:
        raise RuntimeError("listener bug")

    ob.add_put_listener(broken)
    assert ob.put("arrival", {}, "k") == "k"
    assert ob.pending_count() == 1
    assert "RuntimeError: listener bug" in caplog.text


def test_open_outbox_uses_the_configured_path_and_retry_settings(tmp_path):
    cfg = parse(
        f'[kiosk]\nstate_dir = "{tmp_path}"\n[outbox]\nretry_first_s = 0.5\nretry_max_s = 60\n'
    )
    ob = open_outbox(cfg)
    assert (ob.path, ob.retry_first_s, ob.retry_max_s) == (tmp_path / "outbox.db", 0.5, 60.0)


def test_a_first_delay_above_the_cap_is_capped(tmp_path, caplog):
    ob = make(tmp_path, retry_first_s=600.0, retry_max_s=300.0)
    assert ob.retry_first_s == 300.0
    assert "above retry_max_s" in caplog.text


def test_payload_keeps_unicode_and_nesting(tmp_path):
    ob = make(tmp_path)
    payload = {"name": "Zoë Müller-Øztürk", "parts": [1, 2.5, None, True], "x": {"y": "ü"}}
    ob.put("form", payload, "f1")
    assert ob.due()[0].payload == payload


def test_same_key_twice_is_stored_once_and_the_first_payload_wins(tmp_path):
    ob = make(tmp_path)
    woken: list[int] = []
    ob.add_put_listener(lambda: woken.append(1))
    assert ob.put("arrival", {"v": 1}, "same") == "same"
    assert ob.put("arrival", {"v": 2}, "same") == "same"
    assert ob.pending_count() == 1
    assert ob.due()[0].payload == {"v": 1}
    assert woken == [1]  # only the new item wakes a worker


def test_a_key_put_again_after_delivery_stays_delivered(tmp_path):
    ob = make(tmp_path)
    ob.put("arrival", {"v": 1}, "k")
    ob.delivered("k")
    ob.put("arrival", {"v": 1}, "k")
    assert ob.pending_count() == 0
    found = ob.get("k")
    assert found is not None and found.state == "delivered"


@pytest.mark.parametrize(
    ("kind", "payload", "key", "message"),
    [
        ("Arrival", {}, None, "kind 'Arrival' is not a valid name"),
        ("", {}, None, "kind '' is not a valid name"),
        ("arrival", {}, "has space", "idempotency key"),
        ("arrival", {}, "line\nbreak", "idempotency key"),
        ("arrival", {}, "x" * 129, "idempotency key"),
        ("arrival", {"when": object()}, None, "payload is not JSON"),
        ("arrival", {"v": float("nan")}, None, "payload is not JSON"),
        ("arrival", ["not", "a", "dict"], None, "payload must be a dict"),
    ],
)
def test_bad_input_is_refused_before_anything_is_stored(tmp_path, kind, payload, key, message):
    ob = make(tmp_path)
    with pytest.raises(ValueError, match=message):
        ob.put(kind, payload, key)
    assert ob.pending_count() == 0


def test_put_commits_with_synchronous_full_and_bookkeeping_with_normal(tmp_path):
    """The UI confirms after put(): that commit must be fsynced (FULL). Marks after an
    attempt may be lost in a power cut at the price of a resend (NORMAL)."""
    ob = make(tmp_path)
    statements: list[str] = []
    ob.on_connect = lambda conn: conn.set_trace_callback(statements.append)
    ob.put("arrival", {"v": 1}, "k")
    journal = ob._connection().execute("PRAGMA journal_mode").fetchone()[0]
    assert journal == "wal"
    commit = statements.index("COMMIT")
    syncs = [s for s in statements[:commit] if s.startswith("PRAGMA synchronous")]
    assert syncs[-1] == "PRAGMA synchronous = FULL"
    statements.clear()
    ob.delivered("k")
    syncs = [s for s in statements if s.startswith("PRAGMA synchronous")]
    assert syncs == ["PRAGMA synchronous = NORMAL"]


# -- delivered, failed, backoff -------------------------------------------------------------


def test_delivered_removes_the_item_and_drops_its_payload(tmp_path):
    clock = Clock()
    ob = make(tmp_path, clock)
    ob.put("form", {"name": "Erika Mustermann"}, "k")
    clock.now += 5
    ob.delivered("k")
    assert ob.due() == [] and ob.pending_count() == 0
    raw = (
        ob._connection()
        .execute("SELECT payload, state, done_at FROM item WHERE key = 'k'")
        .fetchone()
    )
    assert raw == (None, "delivered", T0 + 5)
    ob.delivered("k")  # twice, or an unknown key: nothing happens
    ob.delivered("unknown")


def test_failed_backs_off_exponentially_up_to_the_cap(tmp_path):
    clock = Clock()
    ob = make(tmp_path, clock, retry_first_s=2.0, retry_max_s=30.0)
    ob.put("arrival", {}, "k")
    delays = []
    for _ in range(6):
        item = ob.due()[0]
        next_at = ob.failed(item.key, "HTTP 503 Service Unavailable from zms", now=clock.now)
        assert next_at is not None
        delays.append(next_at - clock.now)
        assert ob.due() == []  # not before its time
        clock.now = next_at
    assert delays == [2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    item = ob.due()[0]
    assert item.attempts == 6
    assert item.last_error == "HTTP 503 Service Unavailable from zms"


def test_jitter_spreads_the_delay_between_half_and_full(tmp_path):
    low = make(tmp_path, jitter=0.0, retry_first_s=4.0)
    assert low.backoff_s(1) == 2.0
    assert low.backoff_s(3) == 8.0
    high = make(tmp_path, jitter=0.999999, retry_first_s=4.0)
    assert 3.99 < high.backoff_s(1) < 4.0


@given(
    attempts=st.integers(min_value=1, max_value=10_000),
    r=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    first=st.floats(min_value=0.05, max_value=3600),
    cap=st.floats(min_value=0.1, max_value=86400),
)
def test_backoff_is_bounded_for_any_attempt_count(attempts, r, first, cap):
    ob = Outbox(
        Path("/nonexistent/never-opened.db"),
        retry_first_s=min(first, cap),
        retry_max_s=cap,
        rng=lambda: r,
    )
    delay = ob.backoff_s(attempts)
    assert 0 < delay <= cap
    assert delay >= min(min(first, cap) * 2.0 ** min(attempts - 1, 60), cap) / 2


def test_failed_keeps_one_bounded_line(tmp_path):
    ob = make(tmp_path)
    ob.put("arrival", {}, "k")
    ob.failed("k", "first line\nsecond line with details")
    assert ob.get("k").last_error == "first line"
    ob.failed("k", "x" * 5000)
    error = ob.get("k").last_error
    assert error is not None and len(error) == 300 and error.endswith("...")


def test_failed_or_rejected_on_a_delivered_item_does_not_bring_it_back(tmp_path):
    ob = make(tmp_path)
    ob.put("arrival", {}, "k")
    ob.delivered("k")
    assert ob.failed("k", "late failure") is None
    ob.rejected("k", "late rejection")
    assert ob.get("k").state == "delivered"


def test_an_attempt_far_in_the_future_is_due_when_the_clock_went_back(tmp_path):
    clock = Clock()
    ob = make(tmp_path, clock, retry_first_s=2.0, retry_max_s=60.0)
    ob.put("arrival", {}, "k")
    ob.failed("k", "down")
    clock.now = T0 - 3600  # NTP stepped the clock back an hour
    assert [i.key for i in ob.due()] == ["k"]


# -- rejected ------------------------------------------------------------------------------


def test_rejected_items_stop_retrying_and_are_listed_for_staff(tmp_path):
    clock = Clock()
    ob = make(tmp_path, clock)
    ob.put("form", {"v": 1}, "bad")
    ob.put("form", {"v": 2}, "good")
    ob.rejected("bad", "HTTP 422 Unprocessable Entity from zms")
    clock.now += 10_000
    assert [i.key for i in ob.due()] == ["good"]
    assert ob.pending_count() == 1
    (rejected,) = ob.rejected_items()
    assert (rejected.key, rejected.state, rejected.payload, rejected.attempts) == (
        "bad",
        "rejected",
        {"v": 1},
        1,
    )
    assert rejected.last_error == "HTTP 422 Unprocessable Entity from zms"
    assert ob.stats()["rejected"] == 1


def test_staff_can_requeue_a_rejected_item(tmp_path):
    ob = make(tmp_path)
    ob.put("form", {"v": 1}, "bad")
    ob.rejected("bad", "HTTP 400 Bad Request from zms")
    assert ob.requeue("bad") is True
    assert ob.requeue("bad") is False  # not rejected any more
    assert [(i.key, i.attempts) for i in ob.due()] == [("bad", 0)]
    assert ob.rejected_items() == []


# -- stats, purge, reopen, errors ----------------------------------------------------------


def test_stats_count_by_state(tmp_path):
    clock = Clock()
    ob = make(tmp_path, clock)
    for k in ("a", "b", "c", "d"):
        ob.put("arrival", {}, k)
        clock.now += 1
    ob.delivered("a")
    ob.rejected("b", "HTTP 400 Bad Request from zms")
    ob.failed("c", "down")
    ob.failed("c", "down")
    assert ob.stats() == {
        "pending": 2,
        "due": 1,
        "rejected": 1,
        "delivered": 1,
        "oldest_pending_at": T0 + 2,
        "max_attempts": 2,
    }
    assert make(tmp_path / "empty").stats() == {
        "pending": 0,
        "due": 0,
        "rejected": 0,
        "delivered": 0,
        "oldest_pending_at": None,
        "max_attempts": 0,
    }


def test_purge_drops_old_delivered_tombstones_only(tmp_path):
    clock = Clock()
    ob = make(tmp_path, clock, keep_delivered_s=3600)
    for k in ("old", "new", "pending", "rejected"):
        ob.put("arrival", {}, k)
    ob.delivered("old")
    ob.rejected("rejected", "HTTP 400 Bad Request from zms")
    clock.now += 3000
    ob.delivered("new")
    clock.now += 1000
    assert ob.purge() == 1
    assert ob.get("old") is None
    assert ob.get("new") is not None and ob.get("pending") is not None
    assert ob.get("rejected") is not None


def test_reopening_the_database_keeps_everything(tmp_path):
    clock = Clock()
    first = make(tmp_path, clock)
    first.put("arrival", {"ticket": "A-001"}, "pending")
    first.put("arrival", {"ticket": "A-002"}, "retrying")
    first.put("form", {"v": 1}, "rejected")
    first.put("arrival", {"ticket": "A-003"}, "delivered")
    first.failed("retrying", "HTTP 502 Bad Gateway from zms")
    first.rejected("rejected", "HTTP 422 Unprocessable Entity from zms")
    first.delivered("delivered")
    before = {k: first.get(k) for k in ("pending", "retrying", "rejected", "delivered")}
    first.close()

    second = make(tmp_path, clock)
    assert {k: second.get(k) for k in before} == before
    assert second.pending_count() == 2
    second.put("arrival", {"ticket": "other"}, "delivered")  # still a no-op
    assert second.pending_count() == 2
    version = second._connection().execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION


def test_database_problems_are_one_line_errors_naming_the_file(tmp_path):
    path = tmp_path / "outbox.db"
    path.write_bytes(b"this is not a database" * 100)
    ob = Outbox(path)
    with pytest.raises(OutboxError) as caught:
        ob.put("arrival", {}, "k")
    assert str(caught.value) == f"outbox database {path} is not a database file"

    blocked = tmp_path / "file"
    blocked.write_text("")
    with pytest.raises(OutboxError, match="cannot create its folder"):
        Outbox(blocked / "sub" / "outbox.db").pending_count()


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "outbox.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(OutboxError, match="newer than this software"):
        Outbox(path).pending_count()


def test_logs_name_kind_and_key_but_never_payload_contents(tmp_path, caplog):
    ob = make(tmp_path)
    caplog.set_level(logging.DEBUG, logger="kiosk.outbox.store")
    ob.put("form", {"name": "Erika Mustermann", "birth": "1964-08-12"}, "k-1")
    ob.failed("k-1", "HTTP 503 Service Unavailable from zms")
    ob.rejected("k-1", "HTTP 422 Unprocessable Entity from zms")
    text = " ".join(f"{r.getMessage()} {getattr(r, 'fields', '')}" for r in caplog.records)
    assert "form" in text and "HTTP 422" in text
    # the key only as its log pseudonym (kiosk.privacy.pseudonyms): unlinkable after retention
    assert "k-1" not in text and pseudonym("k-1") in text
    assert "Mustermann" not in text and "1964" not in text


def test_error_line_is_one_line_and_names_foreign_exceptions():
    assert error_line(DeliveryError("HTTP 500 from x\ntrace")) == "HTTP 500 from x"
    assert error_line(KeyError("name")) == "KeyError: 'name'"
    assert error_line(RuntimeError()) == "RuntimeError"


# -- worker --------------------------------------------------------------------------------


class Recorder:
    """A deliver() that records keys, can fail on demand and can block."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.calls = 0
        self.fail_next = 0
        self.reject: set[str] = set()
        self.gate: threading.Event | None = None

    def __call__(self, item: Item) -> None:
        self.calls += 1
        if self.gate is not None:
            self.gate.wait(10)
        if item.key in self.reject:
            raise DeliveryRejected("HTTP 422 Unprocessable Entity from test")
        if self.fail_next:
            self.fail_next -= 1
            raise DeliveryError("cannot connect to test: Connection refused")
        self.keys.append(item.key)


@pytest.fixture
def started() -> Any:
    workers: list[OutboxWorker] = []

    def start(outbox: Outbox, deliver: Any, **kwargs: Any) -> OutboxWorker:
        worker = OutboxWorker(outbox, deliver, **kwargs)
        worker.start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop(2.0)


def test_worker_drains_in_put_order_and_stops_cleanly(tmp_path, started):
    ob = Outbox(tmp_path / "outbox.db")
    keys = [f"k{i:03d}" for i in range(120)]
    for k in keys:
        ob.put("arrival", {"k": k}, k)
    deliver = Recorder()
    worker = started(ob, deliver, batch=25)
    assert wait_for(lambda: ob.pending_count() == 0)
    assert deliver.keys == keys
    begin = time.monotonic()
    assert worker.stop(2.0) is True
    assert time.monotonic() - begin < 1.0
    assert not worker.running
    assert worker.delivered_total == 120


def test_worker_wakes_on_put_instead_of_waiting_for_the_poll(tmp_path, started):
    ob = Outbox(tmp_path / "outbox.db")
    deliver = Recorder()
    started(ob, deliver, idle_poll_s=60.0)
    time.sleep(0.1)  # asleep now, for up to a minute
    begin = time.monotonic()
    ob.put("arrival", {}, "late")
    assert wait_for(lambda: deliver.keys == ["late"], timeout=2.0)
    assert time.monotonic() - begin < 1.0


def test_worker_sleeps_until_the_next_due_time(tmp_path, started):
    ob = Outbox(tmp_path / "outbox.db", retry_first_s=0.3, retry_max_s=0.3, rng=lambda: 0.99)
    ob.put("arrival", {}, "k")
    ob.failed("k", "down")  # due in about 0.3 s
    deliver = Recorder()
    begin = time.monotonic()
    started(ob, deliver, idle_poll_s=60.0)
    assert wait_for(lambda: deliver.keys == ["k"], timeout=3.0)
    assert 0.2 < time.monotonic() - begin < 1.5


def test_worker_retries_failures_without_busy_looping(tmp_path, started):
    ob = Outbox(tmp_path / "outbox.db", retry_first_s=0.05, retry_max_s=0.2)
    for i in range(5):
        ob.put("arrival", {}, f"k{i}")
    deliver = Recorder()
    deliver.fail_next = 10**9  # the receiver is down
    worker = started(ob, deliver, idle_poll_s=60.0)
    time.sleep(1.0)
    # one attempt per pause (0.025..0.2 s), not one per item per loop
    assert 3 <= deliver.calls <= 30
    assert ob.pending_count() == 5
    deliver.fail_next = 0  # back again
    worker.wake()
    assert wait_for(lambda: ob.pending_count() == 0, timeout=3.0)
    assert sorted(deliver.keys) == [f"k{i}" for i in range(5)]
    assert worker.failed_total >= 3


def test_worker_honours_retry_after(tmp_path, started):
    ob = Outbox(tmp_path / "outbox.db", retry_first_s=0.05, retry_max_s=5.0)
    ob.put("arrival", {}, "k")
    calls: list[float] = []

    def deliver(item: Item) -> None:
        calls.append(time.monotonic())
        if len(calls) == 1:
            raise DeliveryError("HTTP 429 Too Many Requests from test", retry_after_s=0.5)

    started(ob, deliver, idle_poll_s=60.0)
    assert wait_for(lambda: ob.pending_count() == 0, timeout=3.0)
    assert calls[1] - calls[0] >= 0.45


def test_worker_parks_rejected_items_and_goes_on(tmp_path, started):
    ob = Outbox(tmp_path / "outbox.db")
    for k in ("a", "bad", "c"):
        ob.put("form", {}, k)
    deliver = Recorder()
    deliver.reject = {"bad"}
    worker = started(ob, deliver)
    assert wait_for(lambda: ob.pending_count() == 0)
    assert deliver.keys == ["a", "c"]
    assert [i.key for i in ob.rejected_items()] == ["bad"]
    assert worker.rejected_total == 1


def test_worker_survives_a_deliver_that_raises_anything(tmp_path, started):
    ob = Outbox(tmp_path / "outbox.db", retry_first_s=0.05, retry_max_s=0.1)
    ob.put("arrival", {}, "k")
    calls = []

    def deliver(item: Item) -> None:
        calls.append(item.key)
        if len(calls) == 1:
            raise KeyError("bug")

    worker = started(ob, deliver)
    assert wait_for(lambda: ob.pending_count() == 0, timeout=3.0)
    assert worker.running
    assert calls == ["k", "k"]


def test_stop_does_not_hang_on_a_stuck_attempt(tmp_path):
    ob = Outbox(tmp_path / "outbox.db")
    ob.put("arrival", {}, "k")
    deliver = Recorder()
    deliver.gate = threading.Event()  # the attempt hangs until released
    worker = OutboxWorker(ob, deliver)
    worker.start()
    assert wait_for(lambda: deliver.calls == 1)
    begin = time.monotonic()
    assert worker.stop(0.2) is False
    assert time.monotonic() - begin < 0.5
    deliver.gate.set()
    assert wait_for(lambda: not worker.running, timeout=2.0)
    assert ob.pending_count() == 0  # the finished attempt was still recorded
    assert deliver.calls == 1  # and no new one was started


def test_stop_before_start_and_twice(tmp_path):
    worker = OutboxWorker(Outbox(tmp_path / "outbox.db"), Recorder())
    assert worker.stop(0.1) is True
    worker2 = OutboxWorker(Outbox(tmp_path / "outbox.db"), Recorder())
    worker2.start()
    assert worker2.stop(1.0) is True
    assert worker2.stop(1.0) is True
