"""HTTP to a central system, done once for every adapter.

Why this module exists: a kiosk waits for the server while a citizen stands in front of it.
So every call has a connect and a read timeout, TLS is always verified (against a
configured CA bundle when the town runs its own CA), only calls that change nothing are
retried (with exponential backoff), and a circuit breaker makes a dead server cost nothing:
after N failures in a row calls fail at once until ``reset_s`` has passed, then one probe
call decides whether the breaker closes again.

Every failure becomes a :mod:`kiosk.queue.base` exception with one clear line:

* :class:`kiosk.queue.base.BackendUnavailable` for timeouts, refused connections, TLS failures,
  5xx and malformed JSON; its subclasses say more: :class:`CircuitOpen` (nothing was
  sent), :class:`OutcomeUnknown` (a non-idempotent call was sent but no usable reply came,
  so the server may have acted on it: look up, never resend blindly).
* 4xx replies are returned as :class:`JsonReply`, because only the adapter knows whether
  a 404 means "no such appointment" or "contingent exhausted";
  :func:`refusal` turns one into :class:`kiosk.queue.base.BackendRejected`.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError, NewConnectionError

from kiosk.config import ZmsSection
from kiosk.queue.base import BackendRejected, BackendUnavailable

log = logging.getLogger(__name__)

PRODUCT = "buergerbuero-kiosk"
VERSION = "0.1.0"


class CircuitOpen(BackendUnavailable):
    """The breaker is open: the call failed at once and nothing was sent."""


class OutcomeUnknown(BackendUnavailable):
    """A non-idempotent call was sent, but no usable reply came back (read timeout, lost
    connection, 5xx, unreadable body): the server may have acted on it."""


class TransientError(BackendUnavailable):
    """A failure that may pass by itself (timeout, refused connection, 5xx, 429): worth a
    retry when the call is idempotent."""


@dataclass(frozen=True)
class HttpSettings:
    """How to talk to one server; adapters build it from their config section."""

    base_url: str
    connect_timeout_s: float = 3.0
    read_timeout_s: float = 5.0
    retries: int = 2  # extra attempts, idempotent calls only
    backoff_s: float = 0.25  # first pause; doubles per retry
    backoff_max_s: float = 4.0
    ca_bundle: str = ""
    verify_tls: bool = True
    user_agent: str = f"{PRODUCT}/{VERSION}"
    breaker_failures: int = 3
    breaker_reset_s: float = 30.0
    system: str = "central system"  # how messages name the server
    max_body_bytes: int = 8 * 1024 * 1024

    @classmethod
    def from_zms(cls, zms: ZmsSection, kiosk_id: str) -> HttpSettings:
        return cls(
            base_url=zms.base_url,
            connect_timeout_s=zms.connect_timeout_s,
            read_timeout_s=zms.read_timeout_s,
            retries=zms.retries,
            ca_bundle=zms.ca_bundle,
            verify_tls=zms.verify_tls,
            user_agent=f"{PRODUCT}/{VERSION} (kiosk {kiosk_id})",
            breaker_failures=zms.breaker_failures,
            breaker_reset_s=zms.breaker_reset_s,
            system="ZMS",
        )

    @property
    def verify(self) -> bool | str:
        """``ca_bundle or True``; False only when explicitly switched off."""
        if not self.verify_tls:
            return False
        return os.path.expanduser(self.ca_bundle) if self.ca_bundle else True

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc or self.base_url


def make_session(settings: HttpSettings) -> requests.Session:
    """A session with the kiosk's User-Agent, JSON accept header and TLS verification.

    urllib3's own retries stay off (``max_retries=0``): :class:`HttpClient` decides per
    call whether a retry is safe.
    """
    session = requests.Session()
    session.headers.update({"User-Agent": settings.user_agent, "Accept": "application/json"})
    session.verify = settings.verify
    adapter = HTTPAdapter(max_retries=0, pool_connections=2, pool_maxsize=4)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    if not settings.verify_tls:
        log.warning("TLS verification is switched off for %s", settings.host)
    return session


class CircuitBreaker:
    """closed -> open after ``failures`` consecutive failures -> half-open after
    ``reset_s``: one probe call goes through (others still fail fast); its success
    closes the breaker, its failure opens it again. Thread-safe."""

    def __init__(
        self,
        failures: int,
        reset_s: float,
        clock: Callable[[], float] = time.monotonic,
        system: str = "central system",
    ) -> None:
        self.threshold = max(1, failures)
        self.reset_s = reset_s
        self.system = system
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False
        self._last_error = ""

    @property
    def state(self) -> str:
        with self._lock:
            if self._opened_at is None:
                return "closed"
            if self._probing or self._clock() - self._opened_at >= self.reset_s:
                return "half-open"
            return "open"

    def acquire(self) -> None:
        """Let a call through, or raise :class:`CircuitOpen` without any I/O."""
        with self._lock:
            if self._opened_at is None:
                return
            wait = self._opened_at + self.reset_s - self._clock()
            if wait <= 0 and not self._probing:
                self._probing = True  # half-open: this call is the probe
                return
            when = "a probe is under way" if wait <= 0 else f"next try in {wait:.0f} s"
            raise CircuitOpen(
                f"{self.system} unreachable: {self._failures} failures in a row, {when} "
                f"(last: {self._last_error})"
            )

    def success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._probing = False

    def failure(self, reason: str) -> None:
        with self._lock:
            self._failures += 1
            self._last_error = reason
            if self._probing or self._failures >= self.threshold:
                if self._opened_at is None or self._probing:
                    log.warning(
                        "%s: circuit opened after %d failures: %s",
                        self.system,
                        self._failures,
                        reason,
                    )
                self._opened_at = self._clock()
            self._probing = False


@dataclass(frozen=True)
class JsonReply:
    """A 2xx reply with its parsed JSON body, or a 4xx refusal (body None if not JSON)."""

    status: int
    body: Any

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def refusal(reply: JsonReply, label: str, detail: str = "") -> BackendRejected:
    """A 4xx reply as one line: ``GET /scope/9/ refused (HTTP 404: ScopeNotFound)``."""
    why = f": {detail}" if detail else ""
    return BackendRejected(f"{label} refused (HTTP {reply.status}{why})")


def require_ok(reply: JsonReply, label: str) -> Any:
    """The body of a 2xx reply; a 4xx becomes BackendRejected (for adapters that need no
    finer reading of refusals)."""
    if not reply.ok:
        raise refusal(reply, label)
    return reply.body


class HttpClient:
    """JSON calls with timeouts, idempotent-only retries and a circuit breaker.

    ``sleep`` is injectable so tests of the backoff need not wait.
    """

    def __init__(
        self,
        settings: HttpSettings,
        *,
        session: requests.Session | None = None,
        breaker: CircuitBreaker | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.session = session or make_session(settings)
        self.breaker = breaker or CircuitBreaker(
            settings.breaker_failures, settings.breaker_reset_s, system=settings.system
        )
        self._sleep = sleep
        self._base = settings.base_url.rstrip("/")

    def call(
        self,
        method: str,
        path: str,
        *,
        idempotent: bool,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
        label: str | None = None,
    ) -> JsonReply:
        """One logical call (retried only when ``idempotent``); 2xx and 4xx come back.

        ``label`` names the call in messages; pass one when the path carries a secret.
        Raises BackendUnavailable (or a subclass) for everything else.
        """
        label = label or f"{method} {path}"
        self.breaker.acquire()
        try:
            reply = self._with_retries(method, path, idempotent, params, json_body, label)
        except BackendUnavailable as err:
            self.breaker.failure(str(err))
            raise
        except BaseException:
            self.breaker.failure(f"internal error during {label}")
            raise
        self.breaker.success()
        return reply

    def close(self) -> None:
        self.session.close()

    # -- internals ---------------------------------------------------------------------

    def _with_retries(
        self,
        method: str,
        path: str,
        idempotent: bool,
        params: Mapping[str, str] | None,
        json_body: Any,
        label: str,
    ) -> JsonReply:
        attempts = 1 + (max(0, self.settings.retries) if idempotent else 0)
        for attempt in range(attempts):
            try:
                return self._once(method, path, idempotent, params, json_body, label)
            except TransientError as err:
                if attempt + 1 >= attempts:
                    raise
                pause = self._backoff(attempt)
                log.info("%s; retry %d/%d in %.2f s", err, attempt + 1, attempts - 1, pause)
                self._sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        """Exponential with +-20 % jitter, so a fleet of kiosks does not retry in step."""
        base = min(self.settings.backoff_max_s, self.settings.backoff_s * 2**attempt)
        return float(base * random.uniform(0.8, 1.2))

    def _once(
        self,
        method: str,
        path: str,
        idempotent: bool,
        params: Mapping[str, str] | None,
        json_body: Any,
        label: str,
    ) -> JsonReply:
        s = self.settings
        try:
            resp = self.session.request(
                method,
                self._base + path,
                params=params,
                json=json_body,
                timeout=(s.connect_timeout_s, s.read_timeout_s),
                verify=s.verify,  # explicit: REQUESTS_CA_BUNDLE must not override it
                allow_redirects=False,
            )
        except requests.RequestException as err:
            raise self._transport_error(err, label, idempotent) from None
        with resp:
            return self._reply(resp, label, idempotent)

    def _transport_error(
        self, err: requests.RequestException, label: str, idempotent: bool
    ) -> BackendUnavailable:
        s = self.settings
        if isinstance(err, requests.exceptions.SSLError):
            return BackendUnavailable(
                f"{s.system}: TLS verification of {s.host} failed ({_ssl_reason(err)}); "
                "check the CA bundle"
            )
        if _not_sent(err):
            return TransientError(f"{s.system} unreachable: {_connect_reason(err, s)} ({label})")
        if isinstance(err, requests.exceptions.Timeout):
            text = f"{s.system} did not answer within {s.read_timeout_s:g} s ({label})"
        elif isinstance(err, requests.exceptions.ConnectionError):
            text = f"{s.system} closed the connection without an answer ({label})"
        else:
            text = f"{s.system}: request failed ({type(err).__name__}, {label})"
        return TransientError(text) if idempotent else OutcomeUnknown(text)

    def _reply(self, resp: requests.Response, label: str, idempotent: bool) -> JsonReply:
        s = self.settings
        status = resp.status_code
        if status >= 500 or status == 429:
            text = f"{s.system} error: HTTP {status}{_exception_hint(resp)} ({label})"
            raise TransientError(text) if idempotent else OutcomeUnknown(text)
        if 300 <= status < 400:
            raise BackendUnavailable(
                f"{s.system} answered HTTP {status} redirect for {label}; check the base URL"
            )
        body, problem = _parse_json(resp, s.max_body_bytes)
        if status >= 400:
            return JsonReply(status, body)
        if problem:
            text = f"{s.system} sent {problem} for {label} (HTTP {status})"
            raise BackendUnavailable(text) if idempotent else OutcomeUnknown(text)
        return JsonReply(status, body)


def _parse_json(resp: requests.Response, limit: int) -> tuple[Any, str]:
    """(body, "") or (None, what is wrong with it)."""
    content = resp.content
    if len(content) > limit:
        return None, f"an oversized reply ({len(content)} bytes)"
    try:
        return json.loads(content), ""
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, deep nesting
        kind = resp.headers.get("Content-Type", "no content type").split(";")[0]
        return None, f"malformed JSON ({kind})"


def _exception_hint(resp: requests.Response) -> str:
    """ ": GivenNumberCountExceeded" when a ZMS-like error envelope names the exception."""
    body, problem = _parse_json(resp, 64 * 1024)
    if problem or not isinstance(body, dict):
        return ""
    meta = body.get("meta")
    name = meta.get("exception") if isinstance(meta, dict) else None
    return f": {str(name).rsplit(chr(92), 1)[-1][:80]}" if name else ""


def _not_sent(err: requests.RequestException) -> bool:
    """True when the request never left the kiosk (no connection), so even a
    non-idempotent call could not have been acted on."""
    if isinstance(err, requests.exceptions.ConnectTimeout):
        return True
    if not isinstance(err, requests.exceptions.ConnectionError):
        return False
    inner: object = err.args[0] if err.args else None
    if isinstance(inner, MaxRetryError):
        inner = inner.reason
    return isinstance(inner, NewConnectionError | ConnectTimeoutError)


def _connect_reason(err: requests.RequestException, s: HttpSettings) -> str:
    if isinstance(err, requests.exceptions.ConnectTimeout):
        return f"no connection to {s.host} within {s.connect_timeout_s:g} s"
    text = str(err)
    if "Connection refused" in text:
        return f"connection to {s.host} refused"
    if "Name or service not known" in text or "NameResolutionError" in text:
        return f"cannot resolve {s.host}"
    return f"cannot connect to {s.host}"


_SSL_REASON = re.compile(r"certificate verify failed: ([^(')\"]+)|\] ([^(')\"]+) \(_ssl")


def _ssl_reason(err: requests.RequestException) -> str:
    found = _SSL_REASON.search(str(err))
    reason = (found.group(1) or found.group(2)) if found else "handshake failed"
    return " ".join(reason.split())[:120]
