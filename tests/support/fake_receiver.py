"""A stand-in for the central side's outbox endpoint, on 127.0.0.1 and a free port.

It behaves as a real endpoint must: it stores an item once per ``Idempotency-Key`` and
answers 409 for a key it has (the kiosk then counts the item as delivered). For each key
it counts how often the item arrived (``received``) and was stored (``stored``): a test
asserts ``stored[key] == 1`` for exactly-once and may see ``received[key] > 1`` after a
crash or a lost reply.

Switches, settable while it runs: ``status`` answers that code to everything (e.g. 500),
``delay_s`` stores first and then sleeps before answering (the nasty case: stored, but
the client times out and sends again), ``reject_kinds`` answers 422 for those kinds, and
``stop()``/``start()`` take it down and up on the same port. With ``store_path`` every
stored item is appended to a JSON-lines file and read back on start, so a new instance
continues where a stopped one left off.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import IO, Any


class FakeReceiver:
    def __init__(
        self,
        store_path: Path | None = None,
        port: int = 0,
        path: str = "/outbox",
        tls: tuple[Path, Path] | None = None,  # (certificate, key): serve HTTPS
    ) -> None:
        self.store_path = store_path
        self.tls = tls
        self.port = port
        self.path = path
        self.status: int | None = None
        self.retry_after: str | None = None  # sent with a status override
        self.delay_s = 0.0
        self.reject_kinds: set[str] = set()
        self.received: Counter[str] = Counter()
        self.stored: Counter[str] = Counter()
        self.items: dict[str, dict[str, Any]] = {}  # key -> {"kind", "payload"}
        self.order: list[str] = []  # keys in the order they were stored
        self.requests = 0
        self.connections: set[tuple[str, int]] = set()  # client (host, port) pairs seen
        self.lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._file: IO[str] | None = None
        self._load()

    # -- life cycle --------------------------------------------------------------------

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}{self.path}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> FakeReceiver:
        if self._server is not None:
            return self
        server = _Server(("127.0.0.1", self.port), _Handler)
        server.receiver = self
        if self.tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*self.tls)
            server.socket = context.wrap_socket(server.socket, server_side=True)
        self.port = server.server_address[1]
        if self.store_path is not None:
            self._file = open(self.store_path, "a", encoding="utf-8")  # noqa: SIM115
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fake-receiver-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Refuse connections from now on, and cut the open keep-alive ones: a client's
        pooled connection must not keep talking to a stopped receiver."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        server.cut_connections()
        if self._thread is not None:
            self._thread.join(5)
        with self.lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def __enter__(self) -> FakeReceiver:
        return self.start()

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- for tests ---------------------------------------------------------------------

    def wait_until(self, condition: Callable[[FakeReceiver], bool], timeout: float = 10.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.lock:
                if condition(self):
                    return True
            time.sleep(0.01)
        with self.lock:
            return condition(self)

    def duplicates(self) -> dict[str, int]:
        """Keys stored more than once: must stay empty."""
        with self.lock:
            return {k: n for k, n in self.stored.items() if n != 1}

    # -- request handling --------------------------------------------------------------

    def _handle(
        self, path: str, key: str, raw: bytes, client: tuple[str, int]
    ) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.requests += 1
            self.connections.add(client)
        if path != self.path:
            return 404, {"error": "no such endpoint"}
        if key:
            with self.lock:
                self.received[key] += 1
        status = self.status
        if status is not None:
            return status, {"error": "switched to fail"}
        try:
            body = json.loads(raw)
        except ValueError:
            return 400, {"error": "body is not JSON"}
        if not key:
            return 400, {"error": "Idempotency-Key header is missing"}
        if (
            not isinstance(body, dict)
            or body.get("key") != key
            or set(body) != {"kind", "payload", "key"}
        ):
            return 400, {"error": "body must be {kind, payload, key} with the header's key"}
        if body["kind"] in self.reject_kinds:
            return 422, {"error": f"kind {body['kind']} is not accepted"}
        with self.lock:
            if key in self.items:
                return 409, {"key": key, "status": "duplicate"}
            self.items[key] = {"kind": body["kind"], "payload": body["payload"]}
            self.stored[key] += 1
            self.order.append(key)
            if self._file is not None:
                self._file.write(json.dumps({"key": key, **self.items[key]}) + "\n")
                self._file.flush()
        if self.delay_s:
            time.sleep(self.delay_s)
        return 201, {"key": key, "status": "stored"}

    def _load(self) -> None:
        if self.store_path is None or not self.store_path.exists():
            return
        for line in self.store_path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:  # a torn last line
                continue
            key = entry["key"]
            self.stored[key] += 1
            self.items[key] = {"kind": entry["kind"], "payload": entry["payload"]}
            self.order.append(key)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    receiver: FakeReceiver

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        self.cut = False
        super().__init__(*args, **kwargs)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a client killed or timed out mid-request is what tests do on purpose."""

    def cut_connections(self) -> None:
        with self.sockets_lock:
            sockets, self.open_sockets = self.open_sockets, set()
            self.cut = True
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real endpoint offers
    # Headers and body go out in two writes; with Nagle the second waits for the client's
    # delayed ACK (40 ms) and the fake, not the kiosk, would set the pace.
    disable_nagle_algorithm = True
    timeout = 30
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.sockets_lock:
            if self.server.cut:  # accepted just before stop(): do not serve it
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
            else:
                self.server.open_sockets.add(self.connection)

    def finish(self) -> None:
        with self.server.sockets_lock:
            self.server.open_sockets.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def do_POST(self) -> None:
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True  # cannot find the next request's start
            status, answer = 411, {"error": "Content-Length is needed"}
        else:
            raw = self.rfile.read(length)  # always read it: keeps the connection usable
            receiver = self.server.receiver
            status, answer = receiver._handle(
                self.path, self.headers.get("Idempotency-Key", ""), raw, self.client_address[:2]
            )
        data = json.dumps(answer).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            retry_after = self.server.receiver.retry_after
            if retry_after and self.server.receiver.status == status:
                self.send_header("Retry-After", retry_after)
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client gave up (timeout) or the receiver was stopped
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read counters
        pass
