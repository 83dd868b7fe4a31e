"""kiosk.http against a real local server: timeouts, retries only where safe, TLS, breaker."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import fake_zms
import pytest

from kiosk.config import ZmsSection
from kiosk.http import (
    CircuitBreaker,
    CircuitOpen,
    HttpClient,
    HttpSettings,
    OutcomeUnknown,
    TransientError,
    refusal,
    require_ok,
)
from kiosk.queue.base import BackendRejected, BackendUnavailable


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server() -> Iterator[fake_zms.FakeZms]:
    zms = fake_zms.FakeZms().start()
    zms.add_scope(141)
    yield zms
    zms.stop()


def client(
    url: str,
    *,
    retries: int = 0,
    read: float = 0.3,
    failures: int = 3,
    clock: Clock | None = None,
    ca: str = "",
    sleeps: list[float] | None = None,
    verify_tls: bool = True,
) -> HttpClient:
    settings = HttpSettings(
        url,
        connect_timeout_s=0.5,
        read_timeout_s=read,
        retries=retries,
        ca_bundle=ca,
        verify_tls=verify_tls,
        breaker_failures=failures,
        breaker_reset_s=30,
        user_agent="buergerbuero-kiosk/test (k1)",
        system="ZMS",
    )
    breaker = CircuitBreaker(failures, 30, clock=clock or Clock(), system="ZMS")
    record = sleeps if sleeps is not None else []
    return HttpClient(settings, breaker=breaker, sleep=record.append)


# -- breaker ---------------------------------------------------------------------------


def test_breaker_opens_after_n_failures_then_half_opens_and_closes():
    clock = Clock()
    breaker = CircuitBreaker(3, 30, clock=clock)
    for _ in range(3):
        breaker.acquire()
        breaker.failure("boom")
    assert breaker.state == "open"
    with pytest.raises(CircuitOpen, match=r"3 failures in a row, next try in 30 s \(last: boom\)"):
        breaker.acquire()
    clock.now += 30
    assert breaker.state == "half-open"
    breaker.acquire()  # the probe
    with pytest.raises(CircuitOpen, match="probe is under way"):
        breaker.acquire()  # everyone else still fails fast
    breaker.success()
    assert breaker.state == "closed"
    breaker.acquire()


def test_failed_probe_opens_the_breaker_again():
    clock = Clock()
    breaker = CircuitBreaker(2, 10, clock=clock)
    for _ in range(2):
        breaker.failure("x")
    clock.now += 10
    breaker.acquire()
    breaker.failure("still down")
    assert breaker.state == "open"
    with pytest.raises(CircuitOpen, match="next try in 10 s"):
        breaker.acquire()


def test_success_resets_the_failure_count():
    breaker = CircuitBreaker(2, 10, clock=Clock())
    breaker.failure("x")
    breaker.success()
    breaker.failure("y")
    assert breaker.state == "closed"


def test_only_one_probe_among_concurrent_callers():
    clock = Clock()
    breaker = CircuitBreaker(1, 5, clock=clock)
    breaker.failure("down")
    clock.now += 5
    passed: list[int] = []
    barrier = threading.Barrier(16)

    def attempt(i: int) -> None:
        barrier.wait()
        try:
            breaker.acquire()
            passed.append(i)
        except CircuitOpen:
            pass

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(passed) == 1


# -- calls -----------------------------------------------------------------------------


def test_json_reply_user_agent_and_4xx_returned(server: fake_zms.FakeZms):
    http = client(server.url)
    reply = http.call("GET", "/scope/141/", idempotent=True)
    assert reply.ok and reply.body["data"]["id"] == "141"
    missing = http.call("GET", "/scope/999/", idempotent=True)
    assert missing.status == 404 and not missing.ok
    err = refusal(missing, "ZMS GET /scope/999/", "ScopeNotFound")
    assert isinstance(err, BackendRejected)
    assert str(err) == "ZMS GET /scope/999/ refused (HTTP 404: ScopeNotFound)"
    with pytest.raises(BackendRejected, match=r"^GET /scope/999/ refused \(HTTP 404\)$"):
        require_ok(missing, "GET /scope/999/")
    assert require_ok(reply, "x")["meta"]["error"] is False
    assert server.user_agents == {"buergerbuero-kiosk/test (k1)"}
    assert http.breaker.state == "closed"  # a refusal is an answer, not a failure


def test_idempotent_call_is_retried_with_exponential_backoff(server: fake_zms.FakeZms):
    sleeps: list[float] = []
    http = client(server.url, retries=3, sleeps=sleeps)
    server.fault("http500", path="/scope/141/", times=3)
    assert http.call("GET", "/scope/141/", idempotent=True).ok
    assert server.count("/scope/141/") == 4
    assert len(sleeps) == 3
    assert 0.2 <= sleeps[0] <= 0.3 and 0.4 <= sleeps[1] <= 0.6 and 0.8 <= sleeps[2] <= 1.2


def test_idempotent_call_gives_up_after_the_retries(server: fake_zms.FakeZms):
    http = client(server.url, retries=2)
    server.fault("http500")
    with pytest.raises(
        TransientError, match=r"^ZMS error: HTTP 500: PDOFailed \(GET /scope/141/\)$"
    ):
        http.call("GET", "/scope/141/", idempotent=True)
    assert server.count("/scope/141/") == 3


def test_non_idempotent_call_is_never_retried(server: fake_zms.FakeZms):
    http = client(server.url, retries=5)
    server.fault("http500")
    with pytest.raises(OutcomeUnknown, match="HTTP 500"):
        http.call("GET", "/scope/141/", idempotent=False)
    server.clear_faults()
    server.fault("drop_after")
    with pytest.raises(OutcomeUnknown, match="closed the connection without an answer"):
        http.call("GET", "/scope/141/", idempotent=False)
    assert server.count("/scope/141/") == 2


def test_dropped_connection_is_retried_when_idempotent(server: fake_zms.FakeZms):
    http = client(server.url, retries=1)
    server.fault("drop", times=1)
    assert http.call("GET", "/scope/141/", idempotent=True).ok


def test_read_timeout_cuts_a_10_s_latency_short(server: fake_zms.FakeZms):
    http = client(server.url, read=0.3)
    server.fault("latency", seconds=10)
    started = time.monotonic()
    with pytest.raises(TransientError, match=r"did not answer within 0.3 s \(GET /scope/141/\)"):
        http.call("GET", "/scope/141/", idempotent=True)
    assert time.monotonic() - started < 1.5
    with pytest.raises(OutcomeUnknown, match="did not answer"):
        http.call("GET", "/scope/141/", idempotent=False)


def test_connection_refused_is_not_an_unknown_outcome(server: fake_zms.FakeZms):
    http = client(server.url)
    server.stop()
    for idempotent in (True, False):
        with pytest.raises(
            TransientError,
            match=r"ZMS unreachable: connection to 127.0.0.1:\d+ "
            r"refused",
        ) as caught:
            http.call("GET", "/scope/141/", idempotent=idempotent)
        assert not isinstance(caught.value, OutcomeUnknown)  # never sent: safe to say so


def test_malformed_json_and_redirects(server: fake_zms.FakeZms):
    http = client(server.url, retries=2)
    server.fault("malformed", times=1)
    with pytest.raises(BackendUnavailable, match=r"sent malformed JSON \(application/json\)"):
        http.call("GET", "/scope/141/", idempotent=True)
    assert server.count("/scope/141/") == 1  # a broken body is not retried
    server.fault("malformed", times=1)
    with pytest.raises(OutcomeUnknown, match="malformed JSON"):
        http.call("GET", "/scope/141/", idempotent=False)


def test_breaker_fails_fast_without_touching_the_server(server: fake_zms.FakeZms):
    clock = Clock()
    http = client(server.url, read=0.2, failures=2, clock=clock)
    server.fault("latency", seconds=10)
    for _ in range(2):
        with pytest.raises(TransientError):
            http.call("GET", "/scope/141/", idempotent=True)
    sent = server.count("/scope/141/")
    started = time.perf_counter()
    with pytest.raises(CircuitOpen, match=r"^ZMS unreachable: 2 failures in a row"):
        http.call("GET", "/scope/141/", idempotent=True)
    assert time.perf_counter() - started < 0.05
    assert server.count("/scope/141/") == sent
    server.clear_faults()
    clock.now += 30
    assert http.call("GET", "/scope/141/", idempotent=True).ok  # the probe closes it
    assert http.breaker.state == "closed"


def test_from_zms_settings() -> None:
    zms = ZmsSection(
        base_url="https://zms.example.de/api/2/",
        ca_bundle="~/ca.pem",
        read_timeout_s=4.0,
        retries=1,
    )
    s = HttpSettings.from_zms(zms, "kiosk-07")
    assert s.user_agent.startswith("buergerbuero-kiosk/") and "kiosk-07" in s.user_agent
    assert s.verify == str(Path("~/ca.pem").expanduser())
    assert s.read_timeout_s == 4.0 and s.retries == 1 and s.host == "zms.example.de"
    assert HttpSettings("https://x").verify is True
    assert HttpSettings("https://x", ca_bundle="/ca.pem", verify_tls=False).verify is False


# -- TLS -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[fake_zms.TlsFiles, Path]:
    base = tmp_path_factory.mktemp("tls")
    other = fake_zms.make_tls(base / "other", ca_name="Some Other CA").ca_cert
    return fake_zms.make_tls(base / "site"), other


@pytest.fixture
def tls_server(tls: tuple[fake_zms.TlsFiles, Path]) -> Iterator[fake_zms.FakeZms]:
    zms = fake_zms.FakeZms(tls=tls[0]).start()
    zms.add_scope(141)
    yield zms
    zms.stop()


def test_tls_verified_with_the_configured_ca(
    tls_server: fake_zms.FakeZms,
    tls: tuple[fake_zms.TlsFiles, Path],
    monkeypatch: pytest.MonkeyPatch,
):
    # requests would let REQUESTS_CA_BUNDLE override a session's CA: the client must not.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls[1]))
    assert tls_server.url.startswith("https://127.0.0.1:")
    http = client(tls_server.url, ca=str(tls[0].ca_cert))
    assert http.call("GET", "/scope/141/", idempotent=True).ok
    localhost = tls_server.url.replace("127.0.0.1", "localhost")
    assert client(localhost, ca=str(tls[0].ca_cert)).call("GET", "/scope/141/", idempotent=True).ok


@pytest.mark.parametrize("which", ["system CAs", "another CA"])
def test_tls_rejected_without_the_right_ca(
    tls_server: fake_zms.FakeZms, tls: tuple[fake_zms.TlsFiles, Path], which: str
):
    ca = "" if which == "system CAs" else str(tls[1])
    http = client(tls_server.url, ca=ca, retries=3)
    with pytest.raises(
        BackendUnavailable,
        match=r"^ZMS: TLS verification of 127.0.0.1:\d+ "
        r"failed \(.+\); check the CA bundle$",
    ):
        http.call("GET", "/scope/141/", idempotent=True)
    assert tls_server.count("/scope/") == 0  # nothing was ever sent in clear or otherwise


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_tls_verification_can_be_switched_off(tls_server: fake_zms.FakeZms):
    http = client(tls_server.url, verify_tls=False)
    assert http.call("GET", "/scope/141/", idempotent=True).ok
