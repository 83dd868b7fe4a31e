"""Delivery of outbox items to the central side over HTTP: one POST per item.

The body is ``{"kind": ..., "payload": ..., "key": ...}`` and the header
``Idempotency-Key: <key>`` lets the receiver store an item once however often it is sent
(the outbox sends again after a crash or a lost reply). How answers count:

* 2xx, and 409 ("I have that key already"): delivered.
* 408, 429, 5xx, 3xx, timeouts, connection and TLS errors: retried later
  (:class:`~kiosk.outbox.store.DeliveryError`, with ``Retry-After`` when the receiver sent one).
  A redirect is not followed: requests would turn the POST into a GET.
* Any other 4xx: the receiver refuses this item for good
  (:class:`~kiosk.outbox.store.DeliveryRejected`); the outbox parks it for staff.

Error messages are one line with the host and the status, never the response body or
the payload: they end up in logs, which must not carry personal data.

The HTTP layer is the kiosk's one hardened stack (:mod:`kiosk.http`, as for ZMS): the
session from :func:`kiosk.http.make_session` (User-Agent, TLS always verified, against
``ca_bundle`` when the town runs its own CA; urllib3 retries off), connect and read
timeouts, and a :class:`kiosk.http.CircuitBreaker`: after ``breaker_failures`` transport
failures in a row, attempts fail at once without any I/O until ``breaker_reset_s`` has
passed, then one probe decides. Retries are the outbox worker's (with its backoff), not
the HTTP client's: a POST is resent only with its idempotency key, by the worker. The
worker's backoff already paces attempts, so the breaker's reset is short (5 s): it only
keeps a tight retry setting from hammering a dead receiver and never delays the
recovery much.
"""

from __future__ import annotations

import email.utils
import os
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests

from kiosk.config import Config
from kiosk.http import CircuitBreaker, CircuitOpen, HttpSettings, make_session
from kiosk.outbox.items import DeliveryError, DeliveryRejected, Item

RETRYABLE_4XX = frozenset({408, 429})  # timeout and rate limit: the item itself is fine
ALREADY_THERE = 409


class HttpDelivery:
    """A ``deliver(item)`` callable for :class:`~kiosk.outbox.store.OutboxWorker`.

    Keeps one ``requests.Session`` (made by ``session_factory`` on first use, by default
    :func:`kiosk.http.make_session`) so consecutive items reuse the TCP/TLS connection:
    draining a backlog is then bounded by the receiver, not by handshakes. Meant for one
    calling thread (the worker). ``timeout`` is requests' (connect, read) pair or one
    number for both; ``ca_bundle`` a PEM file of the CA to trust (empty: the system's);
    ``verify`` False switches verification off (tests only), a path overrides the bundle.
    """

    def __init__(
        self,
        url: str,
        timeout: float | tuple[float, float] = (3.05, 10.0),
        *,
        session_factory: Callable[[], requests.Session] | None = None,
        headers: Mapping[str, str] | None = None,
        verify: bool | str | None = None,
        ca_bundle: str = "",
        breaker_failures: int = 3,
        breaker_reset_s: float = 5.0,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"outbox delivery: {url!r} is not an http(s) URL")
        connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
        # For messages: host and port only, never credentials or query strings.
        self.host = parts.hostname + (f":{parts.port}" if parts.port else "")
        self.settings = HttpSettings(
            base_url=url,
            connect_timeout_s=connect,
            read_timeout_s=read,
            retries=0,  # the outbox worker retries, with the idempotency key
            ca_bundle=ca_bundle if isinstance(verify, bool | None) else str(verify),
            verify_tls=verify is not False,
            breaker_failures=breaker_failures,
            breaker_reset_s=breaker_reset_s,
            system=f"outbox receiver {self.host}",
        )
        self.url = url
        self.timeout = (connect, read)
        self.session_factory = session_factory
        self.headers = dict(headers or {})
        self.breaker = CircuitBreaker(
            breaker_failures, breaker_reset_s, system=self.settings.system
        )
        self._session: requests.Session | None = None

    def __call__(self, item: Item) -> None:
        """POST the item; returns when the receiver has it, raises otherwise."""
        try:
            self.breaker.acquire()  # open: fail now, send nothing
        except CircuitOpen as err:
            raise DeliveryError(str(err)) from None
        try:
            self._post(item)
        except DeliveryError as err:
            self.breaker.failure(str(err))
            raise
        except DeliveryRejected:
            self.breaker.success()  # the receiver answered (refused the item): it is up
            raise
        except BaseException:
            self.breaker.failure(f"internal error while delivering to {self.host}")
            raise
        self.breaker.success()

    def _post(self, item: Item) -> None:
        session = self._session_now()
        body: dict[str, Any] = {"kind": item.kind, "payload": item.payload, "key": item.key}
        headers = {**self.headers, "Idempotency-Key": item.key}
        try:
            response = session.post(
                self.url,
                json=body,
                headers=headers,
                timeout=self.timeout,
                verify=self.settings.verify,  # explicit: REQUESTS_CA_BUNDLE must not win
                allow_redirects=False,
            )
        except requests.exceptions.RequestException as err:
            raise DeliveryError(self._describe(err)) from None
        status = response.status_code
        response.close()  # body already read (not streamed): the connection goes back
        if 200 <= status < 300 or status == ALREADY_THERE:
            return
        what = f"HTTP {status} {response.reason or ''}".rstrip() + f" from {self.host}"
        if 400 <= status < 500 and status not in RETRYABLE_4XX:
            raise DeliveryRejected(what)
        if 300 <= status < 400:
            what += " (redirect not followed: check the outbox URL)"
        raise DeliveryError(what, retry_after(response.headers.get("Retry-After")))

    def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.close()

    def _session_now(self) -> requests.Session:
        if self._session is None:
            factory = self.session_factory
            self._session = factory() if factory else make_session(self.settings)
        return self._session

    def _describe(self, err: requests.exceptions.RequestException) -> str:
        connect, read = self.timeout
        if isinstance(err, requests.exceptions.ConnectTimeout):
            return f"cannot connect to {self.host}: no answer within {connect:g} s"
        if isinstance(err, requests.exceptions.ReadTimeout):
            return f"no reply from {self.host} within {read:g} s"
        if isinstance(err, requests.exceptions.SSLError):
            return f"TLS with {self.host} failed (certificate or protocol)"
        if isinstance(err, requests.exceptions.ConnectionError):
            reason = _os_reason(err)
            return f"cannot connect to {self.host}" + (f": {reason}" if reason else "")
        return f"request to {self.host} failed ({type(err).__name__})"


def delivery_from(cfg: Config) -> HttpDelivery:
    """The HTTP delivery of ``[outbox]``: its URL and CA bundle, the ZMS-like defaults
    for timeouts and the breaker."""
    return HttpDelivery(cfg.outbox.url, ca_bundle=os.path.expanduser(cfg.outbox.ca_bundle))


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta seconds or HTTP date); None if absent
    or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _os_reason(err: BaseException) -> str:
    """The operating system's word for a failed connection ("Connection refused"),
    found somewhere down urllib3's chain of wrapped exceptions."""
    seen: set[int] = set()
    todo: list[BaseException] = [err]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, OSError) and e.strerror:
            return e.strerror
        todo.extend(a for a in e.args if isinstance(a, BaseException))
        todo.extend(
            x
            for x in (e.__cause__, e.__context__, getattr(e, "reason", None))
            if isinstance(x, BaseException)
        )
    return ""
