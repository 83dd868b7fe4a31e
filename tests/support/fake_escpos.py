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

Text mode as an Epson TM-T20 takes it (ESC/POS reference): bytes from 0x20 are characters
of the code page ``ESC t n`` selected (the TM-T20's table; decoded with the matching
Python codec) and the international set ``ESC R n`` (USA, or Germany, which replaces
``@ [ \\ ] { | } ~`` with ``§ Ä Ö Ü ä ö ü ß`` and which a printer set up for Germany
returns to at ``ESC @``: see ``international``), ``LF`` prints the line with the alignment
(``ESC a``), emphasis (``ESC E``) and character size (``GS !``) in force when it was
printed; ``GS ( k`` with its length ``pL pH`` and QR functions 165 (model), 167 (module
size), 169 (error correction), 180 (store) and 181 (print the stored data). Each job
records its :class:`PrintedLine` and :class:`PrintedQr` items. What a real printer would
ignore or misprint (an argument out of range, a function with the wrong length, printing a
QR code nothing was stored for, text left unprinted by a cut, bytes that are no command,
data cut off at the end) is recorded in :attr:`FakeEscposPrinter.errors` and the job's
``errors``: a test asserts they are empty, so a malformed job fails instead of passing.

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

# ESC t n on an Epson TM-T20 (II/III): every table it has, with the Python codec where
# there is one (None: the fake cannot decode it; printing from it is an error here).
TM_T20_CODE_PAGES: dict[int, str | None] = {
    0: "cp437", 1: None, 2: "cp850", 3: "cp860", 4: "cp863", 5: "cp865", 11: None,
    12: None, 13: "cp857", 14: "cp737", 15: "iso8859_7", 16: "cp1252", 17: "cp866",
    18: "cp852", 19: "cp858", 30: None, 31: None, 32: "cp720", 33: "cp775", 34: "cp855",
    35: "cp861", 36: "cp862", 37: "cp864", 38: "cp869", 39: "iso8859_2", 40: "iso8859_15",
    41: None, 44: "cp1125", 45: "cp1250", 46: "cp1251", 47: "cp1253", 48: "cp1254",
    49: "cp1255", 50: "cp1256", 51: "cp1257", 52: "cp1258", 53: None, 255: None,
}  # fmt: skip
ALIGN = {0: "left", 48: "left", 1: "center", 49: "center", 2: "right", 50: "right"}
# ESC R n, the international character set: it replaces a few ASCII positions. A printer
# sold in Germany often has Germany (2) as its power-on default, which ESC @ restores.
INTERNATIONAL = {*range(18), *range(66, 76), 82}
GERMANY = {0x40: "§", 0x5B: "Ä", 0x5C: "Ö", 0x5D: "Ü", 0x7B: "ä", 0x7C: "ö", 0x7D: "ü", 0x7E: "ß"}
REPLACED = {0x23, 0x24, 0x40, 0x5B, 0x5C, 0x5D, 0x5E, 0x60, 0x7B, 0x7C, 0x7D, 0x7E}
QR_LEVELS = {48: "L", 49: "M", 50: "Q", 51: "H"}
QR_MAX_DATA = 7089  # GS ( k function 180: k = (pL + pH * 256) - 3 <= 7089


@dataclass(frozen=True)
class PrintedLine:
    """One line of text as printed: decoded in the code page in force."""

    text: str
    align: str = "left"
    bold: bool = False
    width: int = 1  # character size (GS !): 1..8 times
    height: int = 1
    code_page: int = 0


@dataclass(frozen=True)
class PrintedQr:
    payload: str
    model: int  # 1, 2 (or 3: micro QR)
    module: int  # dots per module
    level: str  # L, M, Q, H


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
    lines: list[PrintedLine] = field(default_factory=list)
    qrs: list[PrintedQr] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # The paper: position in dots, motion units per inch (GS P), left margin in dots.
    paper_y: float = 0.0
    units: tuple[int, int] = (0, 0)  # (0, 0): the power-on units (1 dot, 1/2 dot)
    margin: int = 0

    def text(self) -> list[str]:
        """The printed lines' text, top to bottom."""
        return [line.text for line in self.lines]

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


@dataclass
class _Modes:
    """The print modes ESC @ resets: code page, alignment, emphasis, size, QR settings,
    and the characters received since the last LF."""

    code_page: int = 0
    international: int = 0
    align: str = "left"
    bold: bool = False
    width: int = 1
    height: int = 1
    qr_model: int = 2
    qr_module: int = 3
    qr_level: str = "L"
    qr_data: bytes | None = None
    pending: bytearray = field(default_factory=bytearray)


class FakeEscposPrinter:
    def __init__(self, state: str = "ok", dpi: int = 203, international: int = 0) -> None:
        self.dpi = dpi  # the head's resolution: GS P units are converted to its dots
        self.international = international  # ESC R default after power-on and ESC @
        self._lock = threading.Lock()
        self._state = ""
        self.state = state
        self.garbage = 0xFF
        self.confirm = True
        self.confirm_delay_s = 0.0
        self.jobs: list[FakeJob] = []
        self.status_requests: list[int] = []
        self.unknown: list[int] = []
        self.errors: list[str] = []
        self._modes = _Modes(international=international)
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
                self._data_ended(self._handle(conn))
            finally:
                self._conn = None
                with contextlib.suppress(OSError):
                    conn.close()
                self._end_job(confirmed=False)

    def _handle(self, conn: socket.socket) -> bytes:
        """Serve one connection; returns what was left unparsed when it ended."""
        conn.settimeout(0.05)
        buf = bytearray()
        while not self._stop.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return bytes(buf)
            if not chunk:
                return bytes(buf)
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
                        return bytes(buf)
        return bytes(buf)

    def _job(self) -> FakeJob:
        if self._current is None:
            self._current = FakeJob()
        return self._current

    def _end_job(self, confirmed: bool) -> None:
        with self._jobs_changed:
            job, self._current = self._current, None
            if job is not None and (job.size or confirmed or job.errors):
                job.confirmed = confirmed
                self.jobs.append(job)
                self._jobs_changed.notify_all()

    def _data_ended(self, leftover: bytes) -> None:
        """The data stopped: a command cut off or text never printed is an error."""
        if leftover:
            self._error(f"command cut off at the end of the data: {leftover[:12].hex(' ')}")
        if self._modes.pending:
            self._error(f"text never printed (no LF): {bytes(self._modes.pending[:40])!r}")
            self._modes.pending = bytearray()

    def _error(self, message: str) -> None:
        self.errors.append(message)
        self._job().errors.append(message)

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
                if self._modes.pending:
                    self._error("ESC @ discarded text that no LF printed")
                if self._current is not None and self._current.size:
                    self._end_job(confirmed=False)
                self._modes = _Modes(international=self.international)
                self._data(2, "ESC @")
                return 2, b""
            if cmd in (0x4A, 0x64, 0x61, 0x33, 0x74, 0x45, 0x52):  # ESC J d a 3 t E R: one arg
                need(3)
                return 3, self._esc(cmd, buf[2])
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
            if cmd == 0x21:  # GS ! n: character size, width in bits 4-6, height in bits 0-2
                need(3)
                self._data(3, f"GS ! {buf[2]}")
                if buf[2] & 0x88:
                    self._error(f"GS ! {buf[2]:#04x}: no such character size")
                else:
                    self._modes.width = (buf[2] >> 4) + 1
                    self._modes.height = (buf[2] & 0x07) + 1
                return 3, b""
            if cmd == 0x28:  # GS ( k pL pH cn fn ...: 2D codes (nothing else of GS ( here)
                need(5)
                if buf[2] != 0x6B:
                    self.unknown.append(b0)
                    self._error(f"GS ( {buf[2]:#04x}: not supported here")
                    return 1, b""
                total = 5 + (buf[3] | buf[4] << 8)
                need(total)
                self._data(total, "GS ( k")
                self._symbol(bytes(buf[5:total]))
                return total, b""
            if cmd == 0x56:  # GS V m [n]
                need(3)
                size = 4 if buf[2] in (65, 66, 97, 98, 103, 104) else 3
                need(size)
                if self._modes.pending:
                    self._error("cut with text that no LF printed (the printer drops it)")
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
        elif b0 == 0x0A:  # LF: print the line
            self._data(1, "LF")
            self._print_line()
            return 1, b""
        elif b0 == 0x0D:  # CR: ignored (no automatic line feed, as the TM-T20's default)
            self._data(1, "CR")
            return 1, b""
        elif b0 >= 0x20:  # characters, up to the next control byte
            end = 1
            while end < len(buf) and buf[end] >= 0x20:
                end += 1
            self._data(end, "text")
            self._modes.pending += buf[:end]
            return end, b""
        self.unknown.append(b0)
        self.job_bytes += 1
        self._error(f"byte {b0:#04x} is no command")
        return 1, b""

    def _esc(self, cmd: int, n: int) -> bytes:
        """ESC J/d/a/3/t/E with their one argument ``n``."""
        modes = self._modes
        job = self._data(3, f"ESC {chr(cmd)} {n}")
        if cmd == 0x4A:  # print and feed n vertical motion units
            self._print_line(feed_only=True)
            job.paper_y += n * self._dots_per_unit(job, vertical=True)
        elif cmd == 0x64:  # print and feed n lines (default spacing 1/6 inch)
            self._print_line(feed_only=True)
            job.paper_y += n * self.dpi / 6
        elif cmd == 0x61:  # alignment: only at the start of a line
            if n not in ALIGN:
                self._error(f"ESC a {n}: no such alignment")
            elif modes.pending:
                self._error("ESC a in the middle of a line (the printer ignores it)")
            else:
                modes.align = ALIGN[n]
        elif cmd == 0x74:  # character code table
            if n not in TM_T20_CODE_PAGES:
                self._error(f"ESC t {n}: the TM-T20 has no code page {n}")
            else:
                modes.code_page = n
        elif cmd == 0x52:  # international character set
            if n not in INTERNATIONAL:
                self._error(f"ESC R {n}: no such international character set")
            else:
                modes.international = n
        elif cmd == 0x45:  # emphasis: bit 0
            modes.bold = bool(n & 1)
        return b""

    def _print_line(self, feed_only: bool = False) -> None:
        """LF (or ESC J/d with text pending): print the pending characters."""
        modes = self._modes
        if not modes.pending and feed_only:
            return
        job = self._job()
        raw, modes.pending = bytes(modes.pending), bytearray()
        codec = TM_T20_CODE_PAGES.get(modes.code_page)
        if raw and codec is None:
            self._error(f"text in code page {modes.code_page}, which this fake cannot decode")
            text = raw.decode("latin-1")
        else:
            text = self._decode(raw, codec or "ascii")
        if raw:
            job.lines.append(
                PrintedLine(
                    text, modes.align, modes.bold, modes.width, modes.height, modes.code_page
                )
            )
        if not feed_only:
            job.paper_y += max(self.dpi / 6, 24 * modes.height)

    def _decode(self, raw: bytes, codec: str) -> str:
        """Characters of the code page, with the international set's replacements."""
        n = self._modes.international
        if n == 0 or not REPLACED.intersection(raw):
            return raw.decode(codec)
        if n != 2:
            self._error(f"ESC R {n}: this fake decodes only USA (0) and Germany (2)")
        table = GERMANY if n == 2 else {}
        return "".join(table.get(b, bytes((b,)).decode(codec)) for b in raw)

    def _symbol(self, body: bytes) -> None:
        """GS ( k after pL pH: ``cn fn`` and the function's parameters."""
        modes = self._modes
        if len(body) < 2:
            self._error(f"GS ( k with {len(body)} bytes: no cn fn")
            return
        cn, fn, args = body[0], body[1], body[2:]
        if cn != 49:
            self._error(f"GS ( k cn={cn}: only QR codes (49) are understood here")
            return
        fixed = {65: 2, 67: 1, 69: 1, 81: 1, 82: 1}
        if fn in fixed and len(args) != fixed[fn]:
            self._error(f"GS ( k QR function {fn}: {len(args)} parameter bytes, not {fixed[fn]}")
            return
        if fn == 65:  # 165: model
            if args[0] not in (49, 50, 51) or args[1] != 0:
                self._error(f"GS ( k QR model {args.hex(' ')}: out of range")
            else:
                modes.qr_model = args[0] - 48
        elif fn == 67:  # 167: module size
            if not 1 <= args[0] <= 16:
                self._error(f"GS ( k QR module size {args[0]}: out of range 1..16")
            else:
                modes.qr_module = args[0]
        elif fn == 69:  # 169: error correction
            if args[0] not in QR_LEVELS:
                self._error(f"GS ( k QR error correction {args[0]}: out of range 48..51")
            else:
                modes.qr_level = QR_LEVELS[args[0]]
        elif fn == 80:  # 180: store the data
            if len(args) < 2 or args[0] != 48 or len(args) - 1 > QR_MAX_DATA:
                self._error(f"GS ( k QR store: m={args[:1].hex()} and {len(args) - 1} bytes")
                modes.qr_data = None
            else:
                modes.qr_data = bytes(args[1:])
        elif fn == 81:  # 181: print the stored data
            if args[0] != 48:
                self._error(f"GS ( k QR print: m={args[0]}, not 48")
            elif modes.qr_data is None:
                self._error("GS ( k QR print without data stored")
            elif modes.pending:
                self._error("GS ( k QR print in the middle of a line")
            else:
                try:
                    payload = modes.qr_data.decode("utf-8")
                except UnicodeDecodeError:
                    self._error("GS ( k QR data is not UTF-8")
                    return
                qr = PrintedQr(payload, modes.qr_model, modes.qr_module, modes.qr_level)
                self._job().qrs.append(qr)
        else:
            self._error(f"GS ( k QR function {fn}: not supported here")


def decode_job(data: bytes, dpi: int, international: int = 0) -> tuple[FakeJob, list[int]]:
    """A job's bytes parsed as the fake printer parses them off the wire, without a
    connection: the job (ending at ``GS r 1``) and the bytes it did not understand.
    ``international``: the printer's default ``ESC R`` set (2: one set up for Germany)."""
    printer = FakeEscposPrinter(dpi=dpi, international=international)
    rest = data
    while rest:
        try:
            used, _reply = printer._parse(rest)
        except _NeedMore:
            break
        rest = rest[used:]
    printer._data_ended(rest)
    printer._end_job(confirmed=False)
    if not printer.jobs:
        raise ValueError("no job in the data")
    return printer.jobs[-1], printer.unknown
