"""The fake ZMS on the wire: ZMS's JSON envelope, the threaded HTTP(S) server and the
request handler with its fault switches. The handler asks its ``fake`` (a FakeZms) to
route; the server cuts connections on stop so clients see what a dead server does."""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

BASE_PATH = "/terminvereinbarung/api/2"
FAULT_KINDS = ("latency", "http500", "malformed", "envelope", "exhausted", "drop", "drop_after")
EXC = "BO\\Zmsbackend\\Exception\\"
MAX_BUTTONS = 6
HASH_SUFFIX = "abcdefghijklmnopqrstuvwxyz"  # zmsticketprinter Helper/Ticketprinter.php
LOCAL = ZoneInfo("Europe/Berlin")


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

    def __init__(self, address: tuple[str, int], fake: Any, context: ssl.SSLContext | None) -> None:
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

    def _fault_before(self, fault: Any) -> bool:
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
