"""A fake ZMS (eAppointment) server on 127.0.0.1 for tests and benchmarks.

It speaks the calls of shared/zms/README.md with bodies written for this project in the
style of real ZMS replies: the same field mixes ``"141"`` and ``141``, nulls, fields no
client needs. It behaves as current ZMS does (shared/zms/NOTES.md), including the parts a
client would rather not have:

- ``GET /scope/{id}/`` without a valid ``X-Authkey`` is reduced (no status, preferences,
  dayoff; ``meta.reducedData``); ``isOpened`` only with ``?getIsOpened=1``;
- every printer of an organisation shares the hash ``<org>abcdefghijklmnopqrstuvwxyz``,
  the name is ignored, and a new printer is disabled; ``GET /organisation/{id}/`` carries
  ``ticketPrinterActivation`` (off by default, as in the fixtures);
- button lists: ``s``, ``r`` and ``l`` entries only, at most 6; ``c`` answers 500
  ``TicketprinterUnvalidButton``, more than 6 ``TooManyButtons``, a scope of another
  organisation ``UnvalidButtonList``; each button embeds its full scope;
- the draw checks only the contingent (not the hash, not enabled, not opening hours);
- the queue list carries ZMS's wait estimate and a dummy "fake" entry (number -1);
- new processes have 64-hex authKeys (``legacy_keys=True``: 4 characters).

It keeps state (numbers per scope, processes with authKeys, the queue) and has fault
switches, each limited to paths containing ``path`` and to ``times`` requests:

    latency     sleep ``seconds`` before processing (woken early by stop())
    http500     HTTP 500 with a ZMS error envelope
    malformed   HTTP 200 with truncated JSON
    envelope    HTTP 200 with valid JSON that is no ZMS envelope
    exhausted   HTTP 404 GivenNumberCountExceeded
    drop        close the connection without processing or answering
    drop_after  process the request (e.g. draw the number), then close without answering

Connection refused = ``stop()`` (``start()`` again listens on the same port). TLS: pass
``tls=make_tls(folder)``; the CA is generated at test time with ``cryptography``.
``latency_s`` adds a delay to every call, for benchmarks.

    with FakeZms() as zms:
        zms.add_scope(141, prefix="A")
        ... zms.url, zms.organisation_id, zms.issued(141), zms.count("/waitingnumber/")
"""

from __future__ import annotations

import contextlib
import re
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from zms_entities import FakeProcess, FakeScope, Fault, _Printer, _State
from zms_handlers import Handlers
from zms_tls import TlsFiles, make_tls
from zms_wire import BASE_PATH, FAULT_KINDS, HASH_SUFFIX, LOCAL, _error, _Server

__all__ = [
    "BASE_PATH",
    "FAULT_KINDS",
    "LOCAL",
    "FakeProcess",
    "FakeScope",
    "FakeZms",
    "TlsFiles",
    "make_tls",
]


class FakeZms(Handlers):
    organisation_id = 71

    def __init__(
        self,
        *,
        tls: TlsFiles | None = None,
        latency_s: float = 0.0,
        clock: Callable[[], float] = time.time,
        legacy_keys: bool = False,
    ) -> None:
        self.tls = tls
        self.legacy_keys = legacy_keys
        self.latency_s = latency_s
        self.clock = clock
        self.port = 0
        self.requests: list[str] = []  # "GET /scope/141/" (+ "?query") in arrival order
        self.user_agents: set[str] = set()
        self.authkeys_seen: set[str] = set()
        self._state = _State()
        self._faults: list[Fault] = []
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._conns: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle --------------------------------------------------------------------

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}{BASE_PATH}"

    def start(self) -> FakeZms:
        """Listen (on the same port as before after a stop) and serve in a thread."""
        context = None
        if self.tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(self.tls.cert, self.tls.key)
        self._stopping.clear()
        self._server = _Server(("127.0.0.1", self.port), self, context)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fake-zms-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and cut open connections: clients now get "connection refused"."""
        self._stopping.set()
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread:
            self._thread.join(timeout=5)

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> FakeZms:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- set-up and inspection ---------------------------------------------------------

    def add_scope(self, scope_id: int, name: str = "Bürgeramt Mitte", **kw: Any) -> FakeScope:
        with self._lock:
            scope = FakeScope(scope_id, name, **kw)
            self._state.scopes[scope_id] = scope
            return scope

    def scope(self, scope_id: int) -> FakeScope:
        return self._state.scopes[scope_id]

    def organisation_hash(self, org: int | None = None) -> str:
        """The one hash ZMS gives every ticket printer of an organisation."""
        return f"{org or self.organisation_id}{HASH_SUFFIX}"

    def set_activation(self, required: bool, org: int | None = None) -> None:
        """The organisation's ticketPrinterActivation (zmsadmin): printers must be enabled."""
        with self._lock:
            self._state.activation[org or self.organisation_id] = required

    def grant_authkey(self, key: str) -> None:
        """An X-Authkey that gets full scope reads (a zmsadmin login's key)."""
        with self._lock:
            self._state.authkeys.add(key)

    def register_printer(self, hash_: str = "", name: str = "kiosk", enabled: bool = True) -> str:
        with self._lock:
            hash_ = hash_ or secrets.token_hex(14)
            self._state.printers[hash_] = _Printer(
                len(self._state.printers) + 1, hash_, name, enabled
            )
            return hash_

    def set_printer_enabled(self, hash_: str, enabled: bool) -> None:
        with self._lock:
            self._state.printers[hash_].enabled = enabled

    def delete_printers(self) -> None:
        """What an administrator's clean-up does: every registered hash is unknown now."""
        with self._lock:
            self._state.printers.clear()

    def printers(self) -> list[str]:
        with self._lock:
            return list(self._state.printers)

    def add_appointment(
        self,
        scope_id: int,
        at: datetime | float,
        services: tuple[str, ...] = ("Personalausweis beantragen",),
        *,
        service_ids: tuple[str, ...] = (),
        status: str = "confirmed",
    ) -> tuple[str, str]:
        """An appointment (any day); returns (process id, authKey)."""
        when = int(at.timestamp() if isinstance(at, datetime) else at)
        with self._lock:
            pid = self._new_process_id()
            self._state.processes[pid] = FakeProcess(
                pid,
                self._new_key(),
                scope_id,
                pid,
                when,
                status,
                True,
                display=str(pid),
                services=services,
                service_ids=service_ids or tuple("120335" for _ in services),
            )
            return str(pid), self._state.processes[pid].auth_key

    def set_status(self, process_id: str, status: str) -> None:
        """Staff calls, serves or marks a process as missed."""
        with self._lock:
            self._state.processes[int(process_id)].status = status

    def walk_in(self, scope_id: int) -> tuple[str, str]:
        """A walk-in number drawn elsewhere; returns (process id, authKey)."""
        with self._lock:
            p = self._draw(self._state.scopes[scope_id])
            return str(p.id), p.auth_key

    def add_waiting(self, scope_id: int, count: int) -> None:
        """Walk-ins already waiting (drawn at another kiosk)."""
        for _ in range(count):
            with self._lock:
                self._draw(self._state.scopes[scope_id])

    def call_next(self, scope_id: int) -> str | None:
        """Staff calls the next waiting client of the scope; returns its number."""
        with self._lock:
            waiting = sorted(
                (
                    p
                    for p in self._state.processes.values()
                    if p.scope_id == scope_id
                    and p.status in ("queued", "confirmed")
                    and p.arrival <= self.clock()
                ),
                key=lambda p: p.arrival,
            )
            if not waiting:
                return None
            waiting[0].status = "called"
            return str(waiting[0].number)

    def process_key(self, process_id: str) -> str:
        """The authKey of a process (what a confirmation e-mail would show)."""
        with self._lock:
            return self._state.processes[int(process_id)].auth_key

    def issued(self, scope_id: int) -> int:
        """Walk-in numbers drawn today in the scope."""
        with self._lock:
            return self._state.scopes[scope_id].given

    def count(self, fragment: str) -> int:
        with self._lock:
            return sum(fragment in r for r in self.requests)

    def fault(
        self, kind: str, *, path: str = "", times: int | None = None, seconds: float = 10.0
    ) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r} (known: {', '.join(FAULT_KINDS)})")
        with self._lock:
            self._faults.append(Fault(kind, path, times, seconds))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def kiosk_toml(
        self,
        state_dir: Path,
        concerns: dict[str, int],
        ticketprinter_hash: str = "",
        emergency: bool = False,
        buttonlist: str = "",
    ) -> str:
        """A kiosk config (TOML) that points at this server, e.g. for a benchmark."""
        lines = [
            "[kiosk]",
            f'state_dir = "{state_dir}"',
            "",
            "[backend]",
            'kind = "zms"',
            "",
            "[zms]",
            f'base_url = "{self.url}"',
            f"organisation_id = {self.organisation_id}",
            f'ticketprinter_hash = "{ticketprinter_hash}"',
            f'buttonlist = "{buttonlist}"',
            f'ca_bundle = "{self.tls.ca_cert if self.tls else ""}"',
            "connect_timeout_s = 1.0",
            "read_timeout_s = 2.0",
            "",
            "[zms.concerns]",
            *(f'{c} = "{s}"' for c, s in concerns.items()),
            "",
            "[offline]",
            f"emergency_numbers = {str(emergency).lower()}",
        ]
        return "\n".join(lines) + "\n"

    # -- request handling (called by the handler threads) ------------------------------

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.path in path and (fault.times is None or fault.times > 0):
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None

    def _track(self, conn: socket.socket, active: bool) -> None:
        with self._lock:
            (self._conns.add if active else self._conns.discard)(conn)

    def _route(
        self, method: str, path: str, query: dict[str, list[str]], body: Any, authkey: str = ""
    ) -> tuple[int, Any]:
        with self._lock:
            auth = bool(authkey) and authkey in self._state.authkeys
            for pattern, verb, handler in _ROUTES:
                found = pattern.fullmatch(path)
                if found and verb == method:
                    result: tuple[int, Any] = handler(
                        self, *found.groups(), query=query, body=body, auth=auth
                    )
                    return result
            return _error(404, "Exception\\RouteNotFound", f"no route {method} {path}")

    def _new_process_id(self) -> int:
        pid = self._state.next_process
        self._state.next_process += 1 + secrets.randbelow(3)
        return pid

    def _new_key(self) -> str:
        """Process::setRandomAuthKey(): 64 hex characters since 2026-04-24, 4 before."""
        return secrets.token_hex(2) if self.legacy_keys else secrets.token_hex(32)

    def _draw(self, scope: FakeScope) -> FakeProcess:
        scope.given += 1
        number = max(scope.first, scope.last_given + 1)
        scope.last_given = number if number <= scope.last else scope.first
        pid = self._new_process_id()
        process = FakeProcess(
            pid,
            self._new_key(),
            scope.id,
            scope.last_given,
            int(self.clock()),
            "queued",
            False,
            display=f"{scope.prefix}{scope.last_given}" if scope.prefix else "",
        )
        self._state.processes[pid] = process
        return process


_ROUTES: list[tuple[re.Pattern[str], str, Any]] = [
    (re.compile(r"/organisation/(\d+)/hash/"), "GET", FakeZms._h_hash),
    (re.compile(r"/organisation/(\d+)/"), "GET", FakeZms._h_organisation),
    (re.compile(r"/ticketprinter/([A-Za-z0-9]+)/"), "GET", FakeZms._h_printer),
    (re.compile(r"/ticketprinter/"), "POST", FakeZms._h_buttons),
    (re.compile(r"/scope/(\d+)/"), "GET", FakeZms._h_scope),
    (re.compile(r"/scope/(\d+)/waitingnumber/([A-Za-z0-9]+)/"), "GET", FakeZms._h_waitingnumber),
    (re.compile(r"/scope/(\d+)/queue/"), "GET", FakeZms._h_queue),
    (re.compile(r"/process/(\d+)/([A-Za-z0-9]+)/"), "GET", FakeZms._h_process),
]
