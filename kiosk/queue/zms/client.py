"""Calls to ZMS: the HTTP client, the optional X-Authkey, ZMS's error names as states,
and a count of calls per minute (the load one kiosk puts on the server).

ZMS names the PHP exception behind every refusal (``meta.exception``). Some of them are
caused by the kiosk's own request, even when ZMS answers them with HTTP 500
(``TicketprinterUnvalidButton`` for a cluster button): those are configuration errors,
never "central system unreachable", and they must not trip the circuit breaker or be
retried. :func:`refusal` turns each known name into the exception the kiosk acts on.
"""

from __future__ import annotations

import collections
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

import requests

from kiosk.config import ZmsSection
from kiosk.http import HttpClient, HttpSettings, JsonReply, OutcomeUnknown
from kiosk.queue.base import (
    AppointmentNotFound,
    BackendError,
    BackendRejected,
    BackendUnavailable,
    Misconfigured,
    NumbersExhausted,
)
from kiosk.queue.zms.buttons import Target
from kiosk.queue.zms.model import MalformedReply, Process, error_name, parse_process, unwrap

log = logging.getLogger(__name__)

EXHAUSTED = "GivenNumberCountExceeded"
PRINTER_UNKNOWN = "TicketprinterNotFound"
# Exceptions caused by what the kiosk asked for: a setting to fix, whatever the status.
CONFIG_ERRORS = {
    "TicketprinterUnvalidButton": "ZMS refuses a button of zms.buttonlist (cluster buttons "
    "are not accepted any more; list scopes as s<id>)",
    "UnvalidButtonList": "ZMS refuses zms.buttonlist (a scope of another organisation, or "
    "a scope or service that does not exist)",
    "TooManyButtons": "zms.buttonlist has more than 6 entries",
    "ScopeNotFound": "a scope in zms.buttonlist or zms.concerns does not exist in ZMS",
    "OrganisationNotFound": "zms.organisation_id does not exist in ZMS",
    "RequestNotFound": "a service id in zms.concerns does not exist in ZMS",
    "AuthKeyFailed": "the key in zms.authkey_file is refused by ZMS",
    "UserAccountMissingLogin": "the key in zms.authkey_file is refused by ZMS",
}
NOT_FOUND = {"ProcessNotFound", "AuthKeyMatchFailed", "ProcessDeleted"}
WINDOW_S = 60.0


def read_authkey(path: str) -> str:
    """The X-Authkey from its secret file (first line); BackendRejected when unusable."""
    if not path:
        return ""
    try:
        key = Path(os.path.expanduser(path)).read_text(encoding="utf-8").strip().splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise Misconfigured(f"zms.authkey_file {path}: cannot read it ({err})") from None
    if not key or not key[0].strip().isprintable() or len(key[0].strip()) > 512:
        raise Misconfigured(f"zms.authkey_file {path}: no key in the first line")
    return key[0].strip()


class ZmsHttp(HttpClient):
    """HttpClient that hands a request-caused ZMS 5xx back as a refusal (no retry, no
    breaker failure) and counts calls for :meth:`calls_per_minute`."""

    def __init__(self, settings: HttpSettings, authkey: str = "", **kw: Any) -> None:
        super().__init__(settings, **kw)
        if authkey:
            self.session.headers["X-Authkey"] = authkey
        self._times: collections.deque[float] = collections.deque(maxlen=10_000)
        self._count_lock = threading.Lock()
        self.total_calls = 0

    def _once(self, method: str, path: str, *args: Any, **kwargs: Any) -> JsonReply:
        with self._count_lock:
            self._times.append(time.monotonic())
            self.total_calls += 1
        return super()._once(method, path, *args, **kwargs)

    def _reply(self, resp: requests.Response, label: str, idempotent: bool) -> JsonReply:
        if resp.status_code >= 500:
            try:
                body = resp.json()
            except ValueError:
                body = None
            if error_name(body) in CONFIG_ERRORS:
                return JsonReply(resp.status_code, body)
        return super()._reply(resp, label, idempotent)

    def calls_per_minute(self) -> int:
        """Attempts sent in the last minute (retries included)."""
        cutoff = time.monotonic() - WINDOW_S
        with self._count_lock:
            return sum(1 for t in self._times if t >= cutoff)


def make_http(zms: ZmsSection, kiosk_id: str) -> ZmsHttp:
    return ZmsHttp(HttpSettings.from_zms(zms, kiosk_id), read_authkey(zms.authkey_file))


def refusal(reply: JsonReply, label: str) -> BackendError:
    """A ZMS refusal as the exception the kiosk acts on, with ZMS's name in the text."""
    name = error_name(reply.body)
    if name in CONFIG_ERRORS:
        return Misconfigured(f"{CONFIG_ERRORS[name]} ({label}: HTTP {reply.status} {name})")
    if name in NOT_FOUND or (reply.status in (403, 404) and label.startswith("GET /process/")):
        return AppointmentNotFound("no appointment for that booking code")
    why = f": {name}" if name else ""
    return BackendRejected(f"ZMS {label} refused (HTTP {reply.status}{why})")


class ZmsCalls:
    """GET and POST with the envelope unwrapped; refusals raised as :func:`refusal`."""

    def __init__(self, http: HttpClient) -> None:
        self.http = http

    def get(self, path: str, label: str, params: dict[str, str] | None = None) -> Any:
        reply = self.http.call("GET", path, idempotent=True, params=params, label=label)
        return self.data(reply, label)

    def data(self, reply: JsonReply, label: str) -> Any:
        if not reply.ok:
            raise refusal(reply, label)
        return unwrap(reply.body, label)[1]

    def waitingnumber(self, hash_: str, target: Target, group_id: str) -> Process:
        """The write. Never retried; an unreadable success is an unknown outcome too."""
        label = f"GET /scope/{target.scope_id}/waitingnumber/"
        params = {"requestId": target.request_id} if target.request_id else None
        reply = self.http.call(
            "GET",
            f"/scope/{target.scope_id}/waitingnumber/{hash_}/",
            idempotent=False,
            params=params,
            label=label,
        )
        if not reply.ok:
            if error_name(reply.body) == EXHAUSTED:
                raise NumbersExhausted(group_id)
            raise refusal(reply, label)
        try:
            process = parse_process(unwrap(reply.body, label)[1])
            if not process.shown_number():
                raise MalformedReply(f"ZMS reply to {label} carries no waiting number")
        except MalformedReply as err:
            raise OutcomeUnknown(f"{err}; a number may have been drawn") from None
        return process

    def calls_per_minute(self) -> int | None:
        counter = getattr(self.http, "calls_per_minute", None)
        return int(counter()) if counter else None


__all__ = [
    "CONFIG_ERRORS",
    "EXHAUSTED",
    "PRINTER_UNKNOWN",
    "BackendUnavailable",
    "ZmsCalls",
    "ZmsHttp",
    "make_http",
    "read_authkey",
    "refusal",
]
