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
import ipaddress
import json
import re
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

BASE_PATH = "/terminvereinbarung/api/2"
FAULT_KINDS = ("latency", "http500", "malformed", "envelope", "exhausted", "drop", "drop_after")
EXC = "BO\\Zmsbackend\\Exception\\"
MAX_BUTTONS = 6
HASH_SUFFIX = "abcdefghijklmnopqrstuvwxyz"  # zmsticketprinter Helper/Ticketprinter.php
LOCAL = ZoneInfo("Europe/Berlin")


# -- TLS -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TlsFiles:
    ca_cert: Path  # what a client trusts (zms.ca_bundle)
    cert: Path
    key: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Kiosk tests"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def make_tls(
    folder: Path,
    *,
    ca_name: str = "Kiosk Test CA",
    hosts: tuple[str, ...] = ("127.0.0.1", "localhost"),
) -> TlsFiles:
    """A fresh CA and a server certificate for ``hosts`` (IP and DNS SANs) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(ca_name))
        .issuer_name(_name(ca_name))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    sans: list[x509.GeneralName] = []
    for host in hosts:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            sans.append(x509.DNSName(host))
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(hosts[0]))
        .issuer_name(_name(ca_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(ca=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    files = TlsFiles(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    files.ca_cert.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    files.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


# -- state -----------------------------------------------------------------------------


@dataclass
class FakeScope:
    id: int
    name: str
    prefix: str = ""
    first: int = 1
    last: int = 499
    contingent: int = 0  # maxNumberContingent; 0 = the size of the range
    processing_minutes: int = 10
    workstations: int = 2
    given: int = 0  # givenNumberCount today
    last_given: int = 0
    deactivated: bool = False
    opened: bool = True
    organisation: int = 71
    ghost_workstations: int = -1  # 0: ZMS shows the wait as unknown
    deactivated_text: str = "Bitte melden Sie sich am Empfang."
    print_text: str = ""  # preferences.ticketprinter.printText
    custom_texts: tuple[str, str] = ("", "")  # customText1, customText2

    @property
    def capacity(self) -> int:
        return self.contingent or (self.last - self.first + 1)


@dataclass
class FakeProcess:
    id: int
    auth_key: str
    scope_id: int
    number: int
    arrival: int
    status: str  # queued (walk-in), confirmed (appointment), called, finished
    with_appointment: bool
    display: str = ""
    services: tuple[str, ...] = ()
    service_ids: tuple[str, ...] = ()


@dataclass
class Fault:
    kind: str
    path: str = ""
    times: int | None = None
    seconds: float = 10.0


@dataclass
class _Printer:
    id: int
    hash: str
    name: str
    enabled: bool = True


@dataclass
class _State:
    scopes: dict[int, FakeScope] = field(default_factory=dict)
    processes: dict[int, FakeProcess] = field(default_factory=dict)
    printers: dict[str, _Printer] = field(default_factory=dict)
    next_process: int = 100_001
    activation: dict[int, bool] = field(default_factory=dict)  # org -> ticketPrinterActivation
    authkeys: set[str] = field(default_factory=set)  # accepted X-Authkey values


# -- the server ------------------------------------------------------------------------


class FakeZms:
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

    # handlers: (self, *path groups, query, body, auth) -> (status, envelope)

    def _h_hash(
        self, org: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        """OrganisationHash: the organisation's one hash; the name is ignored; a new
        printer row is disabled (zugelassen = 0)."""
        if int(org) not in self._orgs():
            return _error(404, "Organisation\\OrganisationNotFound", "")
        hash_ = self.organisation_hash(int(org))
        if hash_ not in self._state.printers:
            self._state.printers[hash_] = _Printer(
                len(self._state.printers) + 1, hash_, "", enabled=False
            )
        return _ok(self._printer_json(self._state.printers[hash_]))

    def _h_organisation(
        self, org: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        if int(org) not in self._orgs():
            return _error(404, "Organisation\\OrganisationNotFound", "")
        required = self._state.activation.get(int(org), False)
        return _ok(
            {
                "$schema": "https://schema.berlin.de/queuemanagement/organisation.json",
                "id": org,
                "name": "Bezirksamt",
                "contact": {"city": "", "street": "", "country": "Germany", "name": "Bezirksamt"},
                "preferences": {"ticketPrinterActivation": "1" if required else "0"},
            }
        )

    def _orgs(self) -> set[int]:
        return {self.organisation_id} | {s.organisation for s in self._state.scopes.values()}

    def _h_printer(
        self, hash_: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        printer = self._state.printers.get(hash_)
        if printer is None:
            return _error(404, "Ticketprinter\\TicketprinterNotFound", "")
        return _ok(self._printer_json(printer))

    def _h_buttons(self, *, query: dict[str, list[str]], body: Any, auth: bool) -> tuple[int, Any]:
        """Ticketprinter::getValidButtonWithType and readByButtonList."""
        data = body if isinstance(body, dict) else {}
        hash_ = str(data.get("hash") or "")
        items = [
            i.strip()
            for i in re.split(r",(?![^\[]*\])", str(data.get("buttonlist", "")))
            if i.strip()
        ]
        if len(items) > MAX_BUTTONS:
            return _error(404, "Ticketprinter\\TooManyButtons", "Zu viele Buttons")
        if any(i.startswith("c") for i in items):
            return _error(500, "Ticketprinter\\TicketprinterUnvalidButton", "Ungültiger Button")
        org = int(m.group(1)) if (m := re.match(r"(\d+)", hash_)) else self.organisation_id
        buttons = [self._button(i, org) for i in items]
        if not items or any(b is None for b in buttons):
            return _error(404, "Ticketprinter\\UnvalidButtonList", "Ungültige Buttonliste")
        single = [b for b in buttons if b and b["type"] in ("scope", "request")]
        if len(single) == 1 and not self._in_contingent(int(single[0]["scope"]["id"])):
            return _error(404, "Scope\\GivenNumberCountExceeded", "")
        printer = self._state.printers.get(hash_) or _Printer(0, hash_, "", False)
        entity = self._printer_json(printer)
        entity.update(buttonlist=data.get("buttonlist"), buttons=buttons)
        return _ok(entity)

    def _h_scope(
        self, sid: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        """ScopeGet: withLessData() for anonymous callers; isOpened only when asked."""
        scope = self._state.scopes.get(int(sid))
        if scope is None:
            return _error(404, "Scope\\ScopeNotFound", "")
        entity = self._scope_json(scope, with_workstations=False)
        if not auth:
            for key in ("status", "preferences", "dayoff"):
                entity.pop(key, None)
        if (query.get("getIsOpened") or ["0"])[0] == "1":
            entity.setdefault("status", {})["availability"] = {"isOpened": scope.opened}
        status, envelope = _ok(entity)
        envelope["meta"]["reducedData"] = not auth
        return status, envelope

    def _h_waitingnumber(
        self, sid: str, hash_: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        """TicketprinterWaitingnumberByScope: only the day's contingent is checked."""
        scope = self._state.scopes.get(int(sid))
        if scope is None:
            return _error(404, "Scope\\ScopeNotFound", "")
        request_id = (query.get("requestId") or [""])[0]
        if request_id and not request_id.isdigit():
            return _error(400, "Exception\\BadRequest", "requestId must be a number")
        if not self._in_contingent(scope.id):
            return _error(404, "Scope\\GivenNumberCountExceeded", "")
        process = self._draw(scope)
        if request_id:
            process.services = (f"Dienstleistung {request_id}",)
            process.service_ids = (request_id,)
        return _ok(self._process_json(process, full_scope=True))

    def _waiting(self, scope: FakeScope) -> list[FakeProcess]:
        return sorted(
            (
                p
                for p in self._state.processes.values()
                if p.scope_id == scope.id
                and p.status not in ("finished", "missed", "called", "processing")
            ),
            key=lambda p: (p.arrival, p.number),
        )

    def _estimates(self, scope: FakeScope, position: int) -> tuple[int, int]:
        """QueueList::withEstimatedWaitingTime: one slot of processingTimeAverage * 60 /
        workstations seconds per client ahead (0 workstations count as 1)."""
        slot = scope.processing_minutes * 60 / max(1, scope.workstations)
        estimate = position * slot
        return int(estimate // 60), int(estimate * 0.8 // 60)

    def _h_queue(
        self, sid: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        scope = self._state.scopes.get(int(sid))
        if scope is None:
            return _error(404, "Scope\\ScopeNotFound", "")
        listed = self._waiting(scope)
        called = [
            p
            for p in self._state.processes.values()
            if p.scope_id == scope.id and p.status in ("called", "processing")
        ]
        now = int(self.clock())
        entries = [self._queue_json(p, i, self._estimates(scope, 0)) for i, p in enumerate(called)]
        due = 0
        for i, p in enumerate(listed):
            entries.append(self._queue_json(p, i, self._estimates(scope, due)))
            if p.arrival <= now:
                due += 1
        estimate, optimistic = self._estimates(scope, due)
        fake = {
            "$schema": "https://schema.berlin.de/queuemanagement/queue.json",
            "arrivalTime": now,
            "callCount": "0",
            "number": -1,
            "status": "fake",
            "waitingTimeEstimate": estimate,
            "waitingTimeOptimistic": optimistic,
            "withAppointment": False,
            "destination": None,
        }
        due_entries = [e for e in entries if int(e["arrivalTime"]) <= now]
        later = [e for e in entries if int(e["arrivalTime"]) > now]
        return _ok([*due_entries, fake, *later])

    def _h_process(
        self, pid: str, key: str, *, query: dict[str, list[str]], body: Any, auth: bool
    ) -> tuple[int, Any]:
        process = self._state.processes.get(int(pid))
        if process is None:
            return _error(404, "Process\\ProcessNotFound", "")
        if not secrets.compare_digest(process.auth_key, key):
            return _error(403, "Process\\AuthKeyMatchFailed", "")
        return _ok(self._process_json(process, full_scope=False))

    # entities, in ZMS's mixed style

    def _in_contingent(self, scope_id: int) -> bool:
        scope = self._state.scopes[scope_id]
        return scope.given < scope.capacity

    def _button(self, item: str, org: int) -> dict[str, Any] | None:
        found = re.fullmatch(r"s(\d+)|r(?:(\d+)-)?(\d+)|l\[(.+)\|(.+)\]", item.strip())
        if not found:
            return None
        if found.group(4):
            return {"type": "link", "url": found.group(4), "name": found.group(5), "enabled": True}
        scope_id = found.group(1) or found.group(2)
        if scope_id is None:  # r<request>: the first scope of the organisation offering it
            scope = next((s for s in self._state.scopes.values() if s.organisation == org), None)
        else:
            scope = self._state.scopes.get(int(scope_id))
        if scope is None or scope.organisation != org:
            return None
        enabled = scope.opened and not scope.deactivated and self._in_contingent(scope.id)
        button: dict[str, Any] = {
            "type": "scope",
            "url": f"/scope/{scope.id}/",
            "scope": self._scope_json(scope, with_workstations=True),
            "enabled": enabled,
            "name": scope.name,
        }
        if found.group(3):
            button.update(
                type="request",
                url=f"/request/{scope.id}-{found.group(3)}/",
                requestId=found.group(3),
                name=f"Dienstleistung {found.group(3)}",
            )
        return button

    def _printer_json(self, printer: _Printer) -> dict[str, Any]:
        return {
            "$schema": "https://schema.berlin.de/queuemanagement/ticketprinter.json",
            "enabled": 1 if printer.enabled else 0,
            "hash": printer.hash,
            "id": printer.id,
            "lastUpdate": int(self.clock()),
            "name": printer.name,
            "buttonlist": "",
            "reload": None,
        }

    def _scope_json(self, scope: FakeScope, *, with_workstations: bool) -> dict[str, Any]:
        queue_pref: dict[str, Any] = {
            "callCountMax": "3",
            "callDisplayText": "Willkommen im Bürgeramt",
            "firstNumber": str(scope.first),
            "lastNumber": scope.last,
            "processingTimeAverage": str(scope.processing_minutes),
            "statisticsEnabled": 1,
            "displayNumberPrefix": scope.prefix or None,
        }
        if scope.contingent:
            queue_pref["maxNumberContingent"] = scope.contingent
        queue_status: dict[str, Any] = {
            "ghostWorkstationCount": str(scope.ghost_workstations),
            "givenNumberCount": scope.given,
            "lastGivenNumber": str(scope.last_given),
            "lastGivenNumberTimestamp": int(self.clock()),
        }
        if with_workstations:  # readWithWorkstationCount: only in the ticket printer's buttons
            queue_status["workstationCount"] = (
                scope.ghost_workstations if scope.ghost_workstations > 0 else scope.workstations
            )
        return {
            "$schema": "https://schema.berlin.de/queuemanagement/scope.json",
            "id": str(scope.id),
            "hint": "Eingang B, 1. OG",
            "shortName": "",
            "source": "dldb",
            "lastChange": None,
            "contact": {"name": scope.name, "street": "Rathausplatz 1", "country": "Germany"},
            "preferences": {
                "appointment": {"deallocationDuration": "10", "multipleSlotsEnabled": "0"},
                "queue": queue_pref,
                "ticketprinter": {
                    "buttonName": scope.name,
                    "deactivatedText": scope.deactivated_text if scope.deactivated else "",
                    "printText": scope.print_text,
                    "customText1": scope.custom_texts[0],
                    "customText2": scope.custom_texts[1],
                },
                "workstation": {"emergencyEnabled": "1"},
            },
            "status": {
                "emergency": {"activated": "0", "acceptedByWorkstation": "-1"},
                "queue": queue_status,
                "ticketprinter": {"deactivated": "1" if scope.deactivated else "0"},
            },
            "dayoff": [],
            "provider": {"id": "122217", "source": "dldb", "$ref": "/provider/122217/"},
        }

    def _queue_json(self, p: FakeProcess, index: int, estimates: tuple[int, int]) -> dict[str, Any]:
        return {
            "$schema": "https://schema.berlin.de/queuemanagement/queue.json",
            "arrivalTime": p.arrival,
            "callCount": "1" if p.status == "called" else "0",
            "callTime": 0,
            "lastCallTime": 0,
            "number": p.number if index % 3 == 0 else str(p.number),  # both, like ZMS
            "waitingTimeEstimate": estimates[0],
            "waitingTimeOptimistic": estimates[1],
            "waitingTime": None,
            "status": p.status,
            "destination": "Platz 3" if p.status == "called" else None,
            "destinationHint": None,
            "withAppointment": p.with_appointment if index % 2 else str(int(p.with_appointment)),
        }

    def _process_json(self, p: FakeProcess, *, full_scope: bool) -> dict[str, Any]:
        scope = self._state.scopes.get(p.scope_id)
        if p.with_appointment:
            date = p.arrival
        else:  # a walk-in number is dated at midnight of its day, as ZMS stores it
            day = datetime.fromtimestamp(p.arrival, LOCAL).replace(hour=0, minute=0, second=0)
            date = int(day.timestamp())
        position = 0
        if scope is not None:
            ahead = [w for w in self._waiting(scope) if w.arrival <= p.arrival and w.id != p.id]
            position = len(ahead)
        estimate, optimistic = self._estimates(scope, position) if scope else (0, 0)
        entity: dict[str, Any] = {
            "$schema": "https://schema.berlin.de/queuemanagement/process.json",
            "id": p.id if full_scope else str(p.id),
            "authKey": p.auth_key,
            "amendment": "",
            "createIP": "",
            "createTimestamp": str(p.arrival),
            "reminderTimestamp": 0,
            "status": p.status,
            "appointments": [{"date": date, "scope": {"id": str(p.scope_id)}, "slotCount": "1"}],
            "clients": [{"familyName": "", "email": "", "emailSendCount": "0", "telephone": None}],
            "requests": [
                {"id": rid, "name": s, "source": "dldb"}
                for s, rid in zip(
                    p.services, p.service_ids or ("120335",) * len(p.services), strict=False
                )
            ],
            "queue": {
                "arrivalTime": p.arrival,
                "callCount": "0",
                "callTime": 0,
                "number": str(p.number) if full_scope else p.number,
                "withAppointment": "1" if p.with_appointment else "0",
                "waitingTime": None,
                "waitingTimeEstimate": estimate,
                "waitingTimeOptimistic": optimistic,
                "status": p.status,
            },
            "scope": self._scope_json(scope, with_workstations=False)
            if full_scope and scope
            else {"id": p.scope_id},
        }
        if p.display:
            entity["displayNumber"] = p.display
        return entity


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


def _meta(error: bool, **extra: Any) -> dict[str, Any]:
    return {
        "$schema": "https://schema.berlin.de/queuemanagement/metaresult.json",
        "error": error,
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "server": "Zmsbackend-fake (kiosk tests)",
        **extra,
    }


def _ok(data: Any) -> tuple[int, Any]:
    return 200, {
        "$schema": "https://localhost/terminvereinbarung/api/2/",
        "meta": _meta(False),
        "data": data,
    }


def _error(status: int, exception: str, message: str) -> tuple[int, Any]:
    meta = _meta(True, exception=EXC + exception, message=message or exception)
    return status, {
        "$schema": "https://localhost/terminvereinbarung/api/2/",
        "meta": meta,
        "data": None,
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(
        self, address: tuple[str, int], fake: FakeZms, context: ssl.SSLContext | None
    ) -> None:
        self.fake = fake
        self.context = context
        super().__init__(address, _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        """In the connection's own thread: the TLS handshake, then HTTP."""
        conn = request
        # Headers and body are two writes: without this, Nagle + delayed ACK add 40 ms.
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.context is not None:
            try:
                request.settimeout(5)
                conn = self.context.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):  # e.g. the client rejected our certificate
                request.close()
                return
        self.fake._track(conn, True)
        try:
            super().finish_request(conn, client_address)
        except OSError:
            pass  # the client went away
        finally:
            self.fake._track(conn, False)
            conn.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a fault test cuts connections on purpose: no tracebacks on stderr


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        fake = self.server.fake
        url = urlsplit(self.path)
        body = self._body()
        if not url.path.startswith(BASE_PATH):
            self._send(*_error(404, "Exception\\RouteNotFound", "outside the API"))
            return
        path = url.path[len(BASE_PATH) :]
        authkey = self.headers.get("X-Authkey", "")
        with fake._lock:
            fake.requests.append(f"{method} {path}" + (f"?{url.query}" if url.query else ""))
            fake.user_agents.add(self.headers.get("User-Agent", ""))
            if authkey:
                fake.authkeys_seen.add(authkey)
        if fake.latency_s and fake._stopping.wait(fake.latency_s):
            return self._drop()
        fault = fake._take_fault(path)
        if fault and self._fault_before(fault):
            return None
        result = fake._route(method, path, parse_qs(url.query), body, authkey)
        if fault and fault.kind == "drop_after":
            return self._drop()
        self._send(*result)
        return None

    def _fault_before(self, fault: Fault) -> bool:
        """Apply a fault that replaces processing; False lets the request through."""
        if fault.kind == "latency":
            if self.server.fake._stopping.wait(fault.seconds):
                self._drop()  # stopped meanwhile: never processed
                return True
            return False
        if fault.kind == "drop":
            self._drop()
        elif fault.kind == "http500":
            self._send(*_error(500, "Exception\\PDOFailed", "database gone away"))
        elif fault.kind == "malformed":
            self._raw(
                200,
                b'{"meta": {"error": false, "generated": "2026-11-21T10:00:00+01:00"'
                b', "server": "Zmsbackend"}, "data": {"id": "1000',
            )
        elif fault.kind == "envelope":
            self._raw(200, b'[{"hello": "kiosk"}, 42]')
        elif fault.kind == "exhausted":
            self._send(*_error(404, "Scope\\GivenNumberCountExceeded", ""))
        return fault.kind != "drop_after"

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None

    def _send(self, status: int, payload: Any) -> None:
        self._raw(status, json.dumps(payload, ensure_ascii=False).encode())

    def _raw(self, status: int, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
