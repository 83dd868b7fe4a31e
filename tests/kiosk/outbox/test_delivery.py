"""HTTP delivery of outbox items against a fake receiver, and the crash test: a kiosk
process killed at random moments loses nothing that was confirmed and delivers every
item exactly once."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from fake_receiver import FakeReceiver
from outbox_bench import drain_rate

from kiosk.outbox.delivery import HttpDelivery, retry_after
from kiosk.outbox.store import DeliveryError, DeliveryRejected, Item, Outbox, OutboxWorker

REPO = Path(__file__).resolve().parents[3]
CHILD = REPO / "tests" / "support" / "outbox_child.py"


def item(key: str = "k-1", kind: str = "arrival", payload: dict[str, Any] | None = None) -> Item:
    return Item(key, kind, {"ticket": "A-001"} if payload is None else payload, 0, 0.0, 0.0, None)


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[FakeReceiver]:
    with FakeReceiver(tmp_path / "received.jsonl") as r:
        yield r


@pytest.fixture
def delivery(receiver: FakeReceiver) -> Iterator[HttpDelivery]:
    d = HttpDelivery(receiver.url, timeout=(1.0, 2.0))
    yield d
    d.close()


# -- one POST ------------------------------------------------------------------------------


def test_posts_kind_payload_and_key_with_the_idempotency_header(receiver, delivery):
    delivery(item("k-1", "form", {"name": "Zoë Müller", "n": [1, 2]}))
    assert receiver.items == {
        "k-1": {"kind": "form", "payload": {"name": "Zoë Müller", "n": [1, 2]}}
    }
    assert receiver.stored == {"k-1": 1} and receiver.received == {"k-1": 1}


def test_a_second_post_of_the_same_key_is_409_and_counts_as_delivered(receiver, delivery):
    delivery(item("k-1"))
    delivery(item("k-1"))  # 409: no exception
    assert receiver.received == {"k-1": 2}
    assert receiver.stored == {"k-1": 1}


@pytest.mark.parametrize("status", [500, 502, 503, 408, 429, 301])
def test_server_errors_timeouts_and_rate_limits_are_retried(receiver, delivery, status):
    receiver.status = status
    with pytest.raises(DeliveryError, match=f"HTTP {status} .*from 127.0.0.1:{receiver.port}"):
        delivery(item())
    assert receiver.stored == {}


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 413, 422])
def test_other_client_errors_are_permanent(receiver, delivery, status):
    receiver.status = status
    with pytest.raises(DeliveryRejected, match=f"^HTTP {status} "):
        delivery(item())


def test_retry_after_is_passed_on(receiver, delivery):
    receiver.status, receiver.retry_after = 503, "7"
    with pytest.raises(DeliveryError) as caught:
        delivery(item())
    assert caught.value.retry_after_s == 7.0


def test_retry_after_parsing():
    assert retry_after(None) is None
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0
    assert retry_after("soon") is None


def test_connection_refused_is_retried_with_a_clear_line(receiver):
    receiver.stop()
    d = HttpDelivery(receiver.url, timeout=(1.0, 1.0))
    with pytest.raises(DeliveryError) as caught:
        d(item())
    assert str(caught.value) == f"cannot connect to 127.0.0.1:{receiver.port}: Connection refused"


def test_slow_receiver_times_out_then_the_resend_is_deduplicated(receiver):
    receiver.delay_s = 0.6  # stores, then answers too late
    d = HttpDelivery(receiver.url, timeout=(1.0, 0.2))
    with pytest.raises(DeliveryError, match=r"^no reply from 127.0.0.1:\d+ within 0.2 s$"):
        d(item("k-1"))
    receiver.delay_s = 0.0
    d(item("k-1"))  # 409: it was stored the first time
    assert receiver.stored == {"k-1": 1} and receiver.received == {"k-1": 2}
    d.close()


def test_errors_never_carry_the_payload_or_the_response_body(receiver, delivery):
    receiver.reject_kinds = {"form"}
    with pytest.raises(DeliveryRejected) as caught:
        delivery(item("k-1", "form", {"name": "Erika Mustermann"}))
    assert str(caught.value) == f"HTTP 422 Unprocessable Entity from 127.0.0.1:{receiver.port}"


def test_one_session_and_one_connection_for_many_items(receiver):
    made: list[requests.Session] = []

    def factory() -> requests.Session:
        made.append(requests.Session())
        return made[-1]

    d = HttpDelivery(receiver.url, session_factory=factory)
    for i in range(20):
        d(item(f"k-{i}"))
    d.close()
    assert len(made) == 1
    assert len(receiver.connections) == 1
    assert len(receiver.stored) == 20


def test_the_circuit_breaker_stops_sending_to_a_failing_receiver(receiver):
    """After three failures in a row nothing is sent until the reset time has passed;
    then one probe goes out, and its success closes the breaker."""
    d = HttpDelivery(receiver.url, timeout=(1.0, 1.0), breaker_failures=3, breaker_reset_s=0.3)
    receiver.status = 503
    for i in range(3):
        with pytest.raises(DeliveryError, match="HTTP 503"):
            d(item(f"k-{i}"))
    with pytest.raises(DeliveryError, match=r"unreachable: 3 failures in a row.*HTTP 503"):
        d(item("k-3"))
    assert sum(receiver.received.values()) == 3  # the fourth was never sent
    receiver.status = None
    time.sleep(0.35)
    d(item("k-3"))  # the probe
    d(item("k-4"))
    assert d.breaker.state == "closed" and receiver.stored == {"k-3": 1, "k-4": 1}
    d.close()


def test_a_refused_item_does_not_count_against_the_receiver(receiver):
    d = HttpDelivery(receiver.url, breaker_failures=1)
    receiver.reject_kinds = {"form"}
    for i in range(3):
        with pytest.raises(DeliveryRejected):
            d(item(f"f-{i}", "form"))
    d(item("a-1"))  # the breaker stayed closed
    assert d.breaker.state == "closed"
    d.close()


def test_the_default_session_is_the_kiosks_hardened_one(receiver):
    d = HttpDelivery(receiver.url, ca_bundle="/etc/kiosk/town-ca.pem")
    d(item("k-1"))
    session = d._session
    assert session is not None and session.headers["User-Agent"].startswith("buergerbuero-kiosk/")
    assert d.settings.verify == "/etc/kiosk/town-ca.pem"  # used on https URLs
    assert HttpDelivery(receiver.url, verify=False).settings.verify is False
    d.close()


def test_https_with_the_configured_ca_bundle(tmp_path):
    """[outbox] ca_bundle: the town's own CA is trusted, and only with it."""
    from fake_zms import make_tls

    from kiosk.config import parse
    from kiosk.outbox.delivery import delivery_from

    tls = make_tls(tmp_path / "tls")
    with FakeReceiver(tls=(tls.cert, tls.key)) as receiver:
        cfg = parse(f'[outbox]\nurl = "{receiver.url}"\nca_bundle = "{tls.ca_cert}"\n')
        d = delivery_from(cfg)
        d(item("k-1"))
        assert receiver.stored == {"k-1": 1}
        d.close()
        system_cas = HttpDelivery(receiver.url)
        with pytest.raises(DeliveryError, match=r"^TLS with 127.0.0.1:\d+ failed"):
            system_cas(item("k-2"))
        system_cas.close()


def test_bad_url_is_refused():
    with pytest.raises(ValueError, match="not an http"):
        HttpDelivery("ftp://example.org/outbox")


# -- the receiver itself -------------------------------------------------------------------


def test_receiver_restarted_from_its_file_keeps_what_it_stored(tmp_path):
    store = tmp_path / "received.jsonl"
    with FakeReceiver(store) as first:
        HttpDelivery(first.url)(item("k-1"))
        port = first.port
    with FakeReceiver(store, port=port) as second:
        assert second.stored == {"k-1": 1}
        HttpDelivery(second.url)(item("k-1"))  # 409
        assert second.stored == {"k-1": 1} and second.received == {"k-1": 1}


def test_stopped_receiver_cuts_pooled_connections(receiver, delivery):
    delivery(item("k-1"))
    receiver.stop()
    with pytest.raises(DeliveryError, match="cannot connect"):
        delivery(item("k-2"))
    receiver.start()
    delivery(item("k-2"))
    assert receiver.stored == {"k-1": 1, "k-2": 1}


# -- outbox + worker + HTTP ----------------------------------------------------------------


def test_items_queued_while_the_receiver_is_down_arrive_once_it_is_back(tmp_path, receiver):
    receiver.stop()
    ob = Outbox(tmp_path / "outbox.db", retry_first_s=0.05, retry_max_s=0.2)
    receiver.reject_kinds = {"broken"}
    for i in range(30):
        ob.put("arrival", {"seq": i}, f"a-{i}")
    ob.put("broken", {}, "x-1")
    d = HttpDelivery(receiver.url, timeout=(0.5, 1.0))
    worker = OutboxWorker(ob, d, idle_poll_s=0.5)
    worker.start()
    try:
        time.sleep(0.3)
        assert ob.pending_count() == 31
        receiver.start()
        assert receiver.wait_until(lambda r: len(r.stored) == 30, timeout=10)
        deadline = time.monotonic() + 5
        while ob.pending_count() and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        assert worker.stop(3.0)
        d.close()
    assert ob.pending_count() == 0
    assert set(receiver.stored) == {f"a-{i}" for i in range(30)}
    assert not receiver.duplicates()
    assert [(i.key, i.last_error) for i in ob.rejected_items()] == [
        ("x-1", f"HTTP 422 Unprocessable Entity from 127.0.0.1:{receiver.port}")
    ]


def test_drain_rate_helper_reports_a_figure(tmp_path):
    assert drain_rate(50, workdir=tmp_path) > 0


# -- crash test ----------------------------------------------------------------------------

N = 300


class Child:
    """outbox_child.py with its stdout read by a thread: the keys it confirmed."""

    def __init__(self, db: Path, url: str, log: Path, *extra: str) -> None:
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(db), url, str(N), *extra],
            stdout=subprocess.PIPE,
            stderr=log.open("ab"),
            cwd=REPO,
            text=True,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a torn last line was not confirmed
                self.lines.append(line.strip())
                if line == "ready\n":
                    self.ready.set()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)
        self.reader.join(10)

    def acked(self) -> set[str]:
        return {line for line in self.lines if line.startswith("item-")}


@pytest.mark.timeout(60)
def test_killed_at_random_moments_nothing_confirmed_is_lost_and_all_arrive_once(tmp_path):
    rng = random.Random(20261121)
    db = tmp_path / "state" / "outbox.db"
    store = tmp_path / "received.jsonl"
    log = tmp_path / "child.log"
    keys = {f"item-{i}" for i in range(N)}
    receiver = FakeReceiver(store).start()
    port = receiver.port
    acked: set[str] = set()
    received: Counter[str] = Counter()  # over all receiver instances
    cut_mid_put = 0
    began = time.monotonic()
    try:
        for round_no in range(8):
            extra = ["--pace-ms", "5"]
            if round_no == 4:  # slow receiver: stored, reply too late, sent again
                receiver.delay_s, extra = 0.3, [*extra, "--read-timeout", "0.1"]
            child = Child(db, receiver.url, log, *extra)
            if round_no == 0:
                time.sleep(rng.uniform(0.02, 0.3))  # during start-up, maybe mid-migration
            else:
                assert child.ready.wait(15), log.read_text()
                if round_no == 2:
                    receiver.stop()  # the central side goes down meanwhile
                time.sleep(rng.uniform(0.0, 0.8))
            child.kill()
            receiver.delay_s = 0.0
            if not receiver.running:  # comes back as a new process, from its file
                received.update(receiver.received)
                receiver = FakeReceiver(store, port=port).start()
            confirmed = child.acked()
            acked |= confirmed
            cut_mid_put += 0 < len(confirmed) < N
            with Outbox(db) as ob:
                for key in sorted(acked):
                    found = ob.get(key)
                    assert found is not None, f"round {round_no}: confirmed {key} is lost"
                    assert found.state in ("pending", "delivered"), (key, found.state)

        child = Child(db, receiver.url, log, "--drain")
        child.proc.wait(max(5.0, 50 - (time.monotonic() - began)))
        child.reader.join(5)
        assert child.proc.returncode == 0, log.read_text()[-2000:]
        assert child.lines[-1] == "drained"
    finally:
        receiver.stop()
    received.update(receiver.received)

    assert cut_mid_put >= 2, "the kills should land while items are being put"
    assert acked <= keys
    assert dict(receiver.stored) == dict.fromkeys(keys, 1), receiver.duplicates()
    assert set(received) == keys  # everything was sent, nothing else arrived
    assert dict(FakeReceiver(store).stored) == dict.fromkeys(keys, 1)  # its file agrees
    with Outbox(db) as ob:
        assert ob.pending_count() == 0 and ob.rejected_items() == []
        assert ob.stats()["delivered"] == N
