"""A fake ESC/POS network printer (raw TCP on 127.0.0.1, free port) for tests and bench.

It parses the byte stream like a printer: ``ESC @``, ``GS v 0`` raster blocks (their data
is consumed by length, so image bytes that look like ``10 04 n`` are never taken for
status requests), cuts ``GS V``, presenter ``FS P``, real-time ``DLE EOT n`` and
``GS r n``, and the paper position: ``GS P`` motion units, ``GS L`` left margin, ``ESC J``
and ``ESC d`` feeds. Like an Epson TM-T88 the vertical motion unit is half a dot until
``GS P`` sets it (a job that feeds white rows without setting it comes out squashed).
Every job (``ESC @`` ... ``GS r 1``) is recorded with its raster decoded back into a PIL
image, each band where it lands on the paper, and the time its cut arrived. Like many
printer network interfaces it serves one connection at a time.

Status answers come from :attr:`FakeEscposPrinter.state`:

* ``ok``, ``near_end``, ``out`` (paper out), ``cover_open``, ``offline``, ``error``;
* ``silent``: answers nothing (not even ``GS r``);
* ``garbage``: answers ``DLE EOT`` with :attr:`garbage` (a malformed byte).

``GS r 1`` is answered in sequence, i.e. only after all data before it was parsed, after
:attr:`confirm_delay_s`, and never while :attr:`confirm` is False (a jammed printer).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType

from PIL import Image, ImageOps

STATES = ("ok", "near_end", "out", "cover_open", "offline", "error", "silent", "garbage")

# Replies to DLE EOT 1 / 2 / 4 per state (fixed bits 0x12 always set, 0x81 clear).
REPLIES: dict[str, dict[int, int]] = {
    "ok": {1: 0x12, 2: 0x12, 4: 0x12},
    "near_end": {1: 0x12, 2: 0x12, 4: 0x1E},
    "out": {1: 0x1A, 2: 0x32, 4: 0x72},
    "cover_open": {1: 0x1A, 2: 0x16, 4: 0x12},
    "offline": {1: 0x1A, 2: 0x12, 4: 0x12},
    "error": {1: 0x1A, 2: 0x52, 4: 0x12},
}
# Replies to GS r 1 (paper sensor): bit 4 and 7 clear.
PAPER_SENSOR = {"near_end": 0x03, "out": 0x0C}


@dataclass
class Block:
    width_bytes: int
    rows: int
    data: bytes
    x: int = 0  # dots from the left edge of the printable area (GS L)
    y: int = 0  # dots from the top of the job


@dataclass
class FakeJob:
    """What arrived between ``ESC @`` and ``GS r 1`` (or the end of the connection)."""

    commands: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    cuts: list[bytes] = field(default_factory=list)
    presents: list[bytes] = field(default_factory=list)
    confirmed: bool = False
    size: int = 0
    cut_at: float | None = None  # time.perf_counter() when the cut (or present) arrived
    # The paper: position in dots, motion units per inch (GS P), left margin in dots.
    paper_y: float = 0.0
    units: tuple[int, int] = (0, 0)  # (0, 0): the power-on units (1 dot, 1/2 dot)
    margin: int = 0

    def image(self) -> Image.Image:
        """The paper as printed, black ink on white ("L"): every band at its place, as
        long as the paper fed (white feeds included)."""
        if not self.blocks:
            raise ValueError("job has no raster image")
        width = max(b.x + b.width_bytes * 8 for b in self.blocks)
        height = max(round(self.paper_y), max(b.y + b.rows for b in self.blocks))
        out = Image.new("L", (width, height), 255)
        for b in self.blocks:
            # Mode "1" unpacks a set bit as 255; ESC/POS sets a bit for ink: invert.
            band = Image.frombytes("1", (b.width_bytes * 8, b.rows), b.data)
            out.paste(ImageOps.invert(band.convert("L")), (b.x, b.y))
        return out


class _NeedMore(Exception):
    pass


class FakeEscposPrinter:
    def __init__(self, state: str = "ok", dpi: int = 203) -> None:
        self.dpi = dpi  # the head's resolution: GS P units are converted to its dots
        self._lock = threading.Lock()
        self._state = ""
        self.state = state
        self.garbage = 0xFF
        self.confirm = True
        self.confirm_delay_s = 0.0
        self.jobs: list[FakeJob] = []
        self.status_requests: list[int] = []
        self.unknown: list[int] = []
        self.job_bytes = 0  # every byte received except real-time status requests
        self.connections = 0
        self._current: FakeJob | None = None
        self._listener: socket.socket | None = None
        self._conn: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._jobs_changed = threading.Condition(self._lock)
        self.port = 0

    # -- settings ---------------------------------------------------------------------

    @property
    def state(self) -> str:
        with self._lock:
            return self._state

    @state.setter
    def state(self, value: str) -> None:
        if value not in STATES:
            raise ValueError(f"unknown state {value!r}; one of {', '.join(STATES)}")
        with self._lock:
            self._state = value

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    # -- lifecycle --------------------------------------------------------------------

    def start(self) -> FakeEscposPrinter:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.05)
        self._listener = listener
        self.port = listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name="fake-escpos", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._listener is not None:
            self._listener.close()

    def __enter__(self) -> FakeEscposPrinter:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def drop_connection(self) -> None:
        """Close the client's connection from the printer side (interface reset)."""
        conn = self._conn
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def wait_for_jobs(self, n: int, timeout: float = 5.0) -> list[FakeJob]:
        deadline = time.monotonic() + timeout
        with self._jobs_changed:
            while len(self.jobs) < n:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"{len(self.jobs)} of {n} jobs after {timeout} s")
                self._jobs_changed.wait(remaining)
            return list(self.jobs)

    # -- serving ----------------------------------------------------------------------

    def _serve(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            self._conn = conn
            try:
                self._handle(conn)
            finally:
                self._conn = None
                with contextlib.suppress(OSError):
                    conn.close()
                self._end_job(confirmed=False)

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        buf = bytearray()
        while not self._stop.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            buf += chunk
            while buf:
                try:
                    used, reply = self._parse(bytes(buf))
                except _NeedMore:
                    break
                del buf[:used]
                if reply:
                    try:
                        conn.sendall(reply)
                    except OSError:
                        return

    def _job(self) -> FakeJob:
        if self._current is None:
            self._current = FakeJob()
        return self._current

    def _end_job(self, confirmed: bool) -> None:
        with self._jobs_changed:
            job, self._current = self._current, None
            if job is not None and (job.size or confirmed):
                job.confirmed = confirmed
                self.jobs.append(job)
                self._jobs_changed.notify_all()

    def _data(self, n: int, name: str) -> FakeJob:
        job = self._job()
        job.size += n
        job.commands.append(name)
        self.job_bytes += n
        return job

    def _dots_per_unit(self, job: FakeJob, vertical: bool) -> float:
        """One motion unit in dots: 1/x or 1/y inch as GS P set it; at power-on one dot
        across and half a dot down (as Epson's TM-T88 models)."""
        per_inch = job.units[1] if vertical else job.units[0]
        if per_inch:
            return self.dpi / per_inch
        return 0.5 if vertical else 1.0

    def _parse(self, buf: bytes) -> tuple[int, bytes]:
        """Consume one command from ``buf``; return (bytes used, reply to send)."""

        def need(n: int) -> None:
            if len(buf) < n:
                raise _NeedMore

        b0 = buf[0]
        state = self.state
        if b0 == 0x10:  # DLE: real-time commands
            need(2)
            if buf[1] == 0x04:
                need(3)
                n = buf[2]
                self.status_requests.append(n)
                if state == "silent":
                    return 3, b""
                if state == "garbage":
                    return 3, bytes((self.garbage,))
                return 3, bytes((REPLIES[state].get(n, 0x12),))
        elif b0 == 0x1B:  # ESC
            need(2)
            cmd = buf[1]
            if cmd == 0x40:  # ESC @ starts a job
                if self._current is not None and self._current.size:
                    self._end_job(confirmed=False)
                self._data(2, "ESC @")
                return 2, b""
            if cmd in (0x4A, 0x64, 0x61, 0x33):  # ESC J n, ESC d n, ESC a n, ESC 3 n
                need(3)
                job = self._data(3, f"ESC {chr(cmd)} {buf[2]}")
                if cmd == 0x4A:  # print and feed n vertical motion units
                    job.paper_y += buf[2] * self._dots_per_unit(job, vertical=True)
                elif cmd == 0x64:  # print and feed n lines (default spacing 1/6 inch)
                    job.paper_y += buf[2] * self.dpi / 6
                return 3, b""
        elif b0 == 0x1D:  # GS
            need(2)
            cmd = buf[1]
            if cmd == 0x76:  # GS v 0 m xL xH yL yH d1...dk
                need(8)
                if buf[2] != 0x30:
                    self.unknown.append(b0)
                    return 1, b""
                xb = buf[4] | buf[5] << 8
                rows = buf[6] | buf[7] << 8
                total = 8 + xb * rows
                need(total)
                job = self._data(total, f"GS v 0 {xb}x{rows}")
                y = round(job.paper_y)
                job.blocks.append(Block(xb, rows, bytes(buf[8:total]), job.margin, y))
                job.paper_y = y + rows
                return total, b""
            if cmd == 0x50:  # GS P x y: motion units of 1/x and 1/y inch (0: the default)
                need(4)
                self._data(4, f"GS P {buf[2]} {buf[3]}").units = (buf[2], buf[3])
                return 4, b""
            if cmd == 0x4C:  # GS L nL nH: left margin in horizontal motion units
                need(4)
                job = self._data(4, "GS L")
                units = buf[2] | buf[3] << 8
                job.margin = round(units * self._dots_per_unit(job, vertical=False))
                return 4, b""
            if cmd == 0x56:  # GS V m [n]
                need(3)
                size = 4 if buf[2] in (65, 66, 97, 98, 103, 104) else 3
                need(size)
                job = self._data(size, "GS V")
                job.cuts.append(bytes(buf[:size]))
                job.cut_at = time.perf_counter()
                return size, b""
            if cmd == 0x72:  # GS r n: answered in sequence, after all data before it
                need(3)
                self._data(3, f"GS r {buf[2]}")
                if state == "silent" or not self.confirm:
                    return 3, b""
                if self.confirm_delay_s:
                    time.sleep(self.confirm_delay_s)
                self._end_job(confirmed=True)
                return 3, bytes((PAPER_SENSOR.get(state, 0x00),))
        elif b0 == 0x1C:  # FS
            need(2)
            if buf[1] == 0x50:  # Custom FS P n b c t: present
                need(6)
                job = self._data(6, "FS P")
                job.presents.append(bytes(buf[:6]))
                job.cut_at = time.perf_counter()  # the presenter cuts, then hands it out
                return 6, b""
        elif b0 == 0x0A:
            self._data(1, "LF")
            return 1, b""
        self.unknown.append(b0)
        self.job_bytes += 1
        return 1, b""


def decode_job(data: bytes, dpi: int) -> tuple[FakeJob, list[int]]:
    """A job's bytes parsed as the fake printer parses them off the wire, without a
    connection: the job (ending at ``GS r 1``) and the bytes it did not understand."""
    printer = FakeEscposPrinter(dpi=dpi)
    rest = data
    while rest:
        used, _reply = printer._parse(rest)
        rest = rest[used:]
    printer._end_job(confirmed=False)
    if not printer.jobs:
        raise ValueError("no job in the data")
    return printer.jobs[-1], printer.unknown
