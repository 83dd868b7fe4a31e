"""ESC/POS thermal printers over TCP (port 9100) or USB, with real-time status.

Why our own code instead of python-escpos for the conversation with the printer: its
status check reports "paper adequate" when the printer answers nothing, and its network
and USB defaults wait 60 s or forever. Here every reply is validated, a missing or
malformed reply is UNKNOWN (never READY), and every wait has a deadline.

Protocol as used here, strictly one request and its reply at a time:

* ``DLE EOT n`` (``10 04 n``, n = 1, 2, 4) asks for one status byte, answered on receipt.
  A valid reply has bits 0x12 set and 0x81 clear.
* A job is ``ESC @``, raster blocks or text (``native``), cut, presenter, ``GS r 1``. It answers
  ``GS r 1`` only after processing everything before it, so that reply (bits 0x90 clear,
  which tells it apart from a ``DLE EOT`` reply and from XON/XOFF) confirms the ticket.

Only the printer sends bytes to us, and only when asked, so anything unexpected that is
waiting before a request is stale (an earlier reply that came too late) and is discarded.
"""

from __future__ import annotations

import contextlib
import importlib
import socket
import threading
import time
from typing import Any, Final, Protocol
from urllib.parse import urlsplit

from devices.printing.base import PdfSource, PrintError, PrinterState, PrinterStatus
from devices.printing.native import escpos_job
from devices.printing.profiles import PrinterProfile, get_profile
from devices.printing.text import TextDocument

__all__ = [
    "EscposPrinter",
    "TcpTransport",
    "Transport",
    "TransportError",
    "UsbTransport",
    "open_escpos",
    "parse_reply",
    "status_from_replies",
]

DLE_EOT: Final = b"\x10\x04"
STATUS_REQUESTS: Final = (1, 2, 4)

# DLE EOT 1: printer status
OFFLINE_BIT: Final = 0x08
# DLE EOT 2: offline cause
COVER_OPEN_BIT: Final = 0x04
PAPER_END_STOP_BIT: Final = 0x20
ERROR_BIT: Final = 0x40
# DLE EOT 4: roll paper sensor (two bits each; one set is enough to believe it)
NEAR_END_BITS: Final = 0x0C
PAPER_OUT_BITS: Final = 0x60


class TransportError(PrintError):
    """The connection to the printer failed; ``connect`` tells whether it never opened."""

    def __init__(self, message: str, *, connect: bool = False) -> None:
        super().__init__(message)
        self.connect = connect


class Transport(Protocol):
    """A byte pipe to one printer. Not thread-safe: :class:`EscposPrinter` serialises.

    ``open`` is idempotent (and implied by ``write``); after any error the transport is
    closed and the next call reconnects. ``read`` returns ``b""`` on timeout.
    """

    description: str

    def open(self) -> None: ...

    def write(self, data: bytes) -> None: ...

    def read(self, size: int, timeout: float) -> bytes: ...

    def discard_input(self) -> bytes: ...

    def close(self) -> None: ...


def _reason(err: BaseException) -> str:
    if isinstance(err, TimeoutError):
        return "timed out"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


class TcpTransport:
    """Raw TCP (JetDirect, port 9100). One connection at a time, kept open between calls
    (many printer network interfaces accept only one), reopened after any failure."""

    def __init__(self, host: str, port: int = 9100, timeout: float = 5.0) -> None:
        if not host:
            raise ValueError("a host name is required")
        self.host = host
        self.port = port
        self.timeout = timeout
        self.description = f"tcp://{host}:{port}"
        self._sock: socket.socket | None = None

    def open(self) -> None:
        if self._sock is not None:
            return
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as err:
            raise TransportError(
                f"cannot connect to {self.host}:{self.port}: {_reason(err)}", connect=True
            ) from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock

    def _fail(self, what: str, err: BaseException) -> TransportError:
        self.close()
        return TransportError(f"{what} {self.host}:{self.port} failed: {_reason(err)}")

    def write(self, data: bytes) -> None:
        self.open()
        assert self._sock is not None
        try:
            self._sock.settimeout(self.timeout)  # per send: a printing printer drains slowly
            self._sock.sendall(data)
        except OSError as err:
            raise self._fail("sending to", err) from None

    def read(self, size: int, timeout: float) -> bytes:
        self.open()
        assert self._sock is not None
        try:
            self._sock.settimeout(max(timeout, 0.001))
            data = self._sock.recv(size)
        except TimeoutError:
            return b""
        except OSError as err:
            raise self._fail("reading from", err) from None
        if not data:
            self.close()
            raise TransportError(f"{self.host}:{self.port} closed the connection")
        return data

    def discard_input(self) -> bytes:
        if self._sock is None:
            return b""
        stale = bytearray()
        try:
            self._sock.settimeout(0)
            while len(stale) < 65536:
                chunk = self._sock.recv(4096)
                if not chunk:  # peer closed: reconnect on the next write
                    self.close()
                    break
                stale += chunk
        except BlockingIOError:
            pass
        except OSError:
            self.close()
        return bytes(stale)

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()


PYUSB_MISSING: Final = (
    "USB printers need pyusb, which is not installed: `pip install pyusb` in the kiosk's "
    "virtualenv and the libusb-1.0-0 system package (or connect the printer by network "
    "and use printer.uri = 'tcp://HOST:9100')"
)


class UsbTransport:
    """USB bulk endpoints via pyusb (optional: imported on first use, so the kiosk runs
    without it when the printer is on the network)."""

    def __init__(self, vid: int, pid: int, timeout: float = 5.0, interface: int = 0) -> None:
        self.vid = vid
        self.pid = pid
        self.timeout = timeout
        self.interface = interface
        self.description = f"usb://{vid:04x}:{pid:04x}"
        self._dev: Any = None
        self._ep_out: Any = None
        self._ep_in: Any = None
        self._usb_core: Any = None
        self._usb_util: Any = None

    @staticmethod
    def available() -> bool:
        try:
            importlib.import_module("usb.core")
        except ImportError:
            return False
        return True

    def open(self) -> None:
        if self._dev is not None:
            return
        try:
            core = importlib.import_module("usb.core")
            util = importlib.import_module("usb.util")
        except ImportError:
            raise TransportError(PYUSB_MISSING, connect=True) from None
        self._usb_core, self._usb_util = core, util
        try:
            dev = core.find(idVendor=self.vid, idProduct=self.pid)
            if dev is None:
                raise TransportError(f"no USB device {self.description}", connect=True)
            try:
                if dev.is_kernel_driver_active(self.interface):  # usblp holds the printer
                    dev.detach_kernel_driver(self.interface)
            except (NotImplementedError, core.USBError):
                pass
            try:
                dev.get_active_configuration()
            except core.USBError:
                dev.set_configuration()
            intf = dev.get_active_configuration()[(self.interface, 0)]
            util.claim_interface(dev, self.interface)

            def direction(wanted: int) -> Any:
                def match(ep: Any) -> bool:
                    return bool(util.endpoint_direction(ep.bEndpointAddress) == wanted)

                return util.find_descriptor(intf, custom_match=match)

            ep_out = direction(util.ENDPOINT_OUT)
            ep_in = direction(util.ENDPOINT_IN)
            if ep_out is None or ep_in is None:
                raise TransportError(
                    f"{self.description} has no bulk in/out endpoints (no status possible)",
                    connect=True,
                )
        except TransportError:
            raise
        except Exception as err:  # pyusb raises USBError, ValueError, NoBackendError...
            raise TransportError(
                f"cannot open {self.description}: {_reason(err)}", connect=True
            ) from None
        self._dev, self._ep_out, self._ep_in = dev, ep_out, ep_in

    def _ms(self, seconds: float) -> int:
        return max(1, int(seconds * 1000))

    def write(self, data: bytes) -> None:
        self.open()
        try:
            self._ep_out.write(data, timeout=self._ms(self.timeout))
        except Exception as err:
            self.close()
            raise TransportError(f"sending to {self.description} failed: {_reason(err)}") from None

    def read(self, size: int, timeout: float) -> bytes:
        self.open()
        try:
            # Always read a whole packet: a shorter buffer overflows on a longer reply.
            data = self._ep_in.read(max(size, self._ep_in.wMaxPacketSize), self._ms(timeout))
        except self._usb_core.USBTimeoutError:
            return b""
        except Exception as err:
            self.close()
            raise TransportError(
                f"reading from {self.description} failed: {_reason(err)}"
            ) from None
        return bytes(data)

    def discard_input(self) -> bytes:
        if self._dev is None:
            return b""
        stale = bytearray()
        while len(stale) < 65536:
            try:
                chunk = self.read(64, 0.001)
            except TransportError:
                break
            if not chunk:
                break
            stale += chunk
        return bytes(stale)

    def close(self) -> None:
        dev, self._dev = self._dev, None
        self._ep_in = self._ep_out = None
        if dev is not None and self._usb_util is not None:
            with contextlib.suppress(Exception):  # closing must never raise
                self._usb_util.dispose_resources(dev)


# -- status ---------------------------------------------------------------------------


def parse_reply(data: bytes | None) -> int | None:
    """The status byte if ``data`` is exactly one valid ``DLE EOT`` reply, else None."""
    if data is None or len(data) != 1:
        return None
    b = data[0]
    if b & 0x12 != 0x12 or b & 0x81:
        return None
    return b


def status_from_replies(
    printer: bytes | None, offline_cause: bytes | None, paper: bytes | None
) -> PrinterStatus:
    """Map the replies to ``DLE EOT 1``, ``2`` and ``4`` onto a :class:`PrinterStatus`.

    READY only when all three are valid and show nothing wrong; anything missing or
    malformed is UNKNOWN. Causes that stop printing win over warnings.
    """
    replies = {1: printer, 2: offline_cause, 4: paper}
    values: dict[int, int] = {}
    for n, data in replies.items():
        value = parse_reply(data)
        if value is None:
            if not data:
                return PrinterStatus(PrinterState.UNKNOWN, f"no reply to DLE EOT {n}")
            return PrinterStatus(
                PrinterState.UNKNOWN, f"malformed reply {data.hex(' ')} to DLE EOT {n}"
            )
        values[n] = value
    r1, r2, r4 = values[1], values[2], values[4]
    if r4 & PAPER_OUT_BITS or r2 & PAPER_END_STOP_BIT:
        return PrinterStatus(PrinterState.PAPER_OUT, "paper out")
    if r2 & COVER_OPEN_BIT:
        return PrinterStatus(PrinterState.COVER_OPEN, "cover open")
    if r2 & ERROR_BIT:
        return PrinterStatus(PrinterState.OFFLINE, "printer error (cutter or mechanism)")
    if r1 & OFFLINE_BIT:
        return PrinterStatus(PrinterState.OFFLINE, "printer offline")
    if r4 & NEAR_END_BITS:
        return PrinterStatus(PrinterState.NEAR_END, "paper near end")
    return PrinterStatus(PrinterState.READY)


class EscposPrinter:
    """A :class:`~devices.printing.base.Printer` speaking ESC/POS over a :class:`Transport`.

    ``timeout_s`` bounds sending a job and waiting for its confirmation; status replies,
    which real-time commands get within milliseconds, wait ``status_timeout_s`` (default
    ``min(1, timeout_s)``) so a silent printer does not stall the status poll.
    """

    def __init__(
        self,
        transport: Transport,
        profile: PrinterProfile | str,
        timeout_s: float = 5.0,
        *,
        status_timeout_s: float | None = None,
        threshold: int = 128,
    ) -> None:
        self.transport = transport
        self.profile = get_profile(profile) if isinstance(profile, str) else profile
        self.timeout_s = timeout_s
        self.status_timeout_s = (
            min(1.0, timeout_s) if status_timeout_s is None else status_timeout_s
        )
        self.threshold = threshold
        self._lock = threading.Lock()
        self._closed = False
        self._jobs = 0

    # -- status -----------------------------------------------------------------------

    def _ask(self, n: int) -> bytes:
        """Send ``DLE EOT n`` and return what came back within the status timeout:
        one byte normally, more when the printer chatters (then it is malformed)."""
        self.transport.discard_input()
        self.transport.write(DLE_EOT + bytes((n,)))
        reply = self.transport.read(1, self.status_timeout_s)
        if reply:
            reply += self.transport.discard_input()
        return reply

    def _query_status(self) -> PrinterStatus:
        """Ask all three; on a failure of an existing connection reconnect once."""
        for attempt in (1, 2):
            try:
                replies = []
                for n in STATUS_REQUESTS:
                    reply = self._ask(n)
                    replies.append(reply)
                    if parse_reply(reply) is None:
                        break
                replies += [b""] * (3 - len(replies))
                status = status_from_replies(*replies)
                if status.state is PrinterState.UNKNOWN:
                    self.transport.close()  # a late reply must not answer the next request
                return status
            except TransportError as err:
                self.transport.close()
                if err.connect or attempt == 2:
                    return PrinterStatus(PrinterState.OFFLINE, str(err))
        raise AssertionError("unreachable")

    def status(self) -> PrinterStatus:
        with self._lock:
            if self._closed:
                return PrinterStatus(PrinterState.OFFLINE, "printer closed")
            return self._query_status()

    # -- printing ---------------------------------------------------------------------

    def print_document(self, pdf: PdfSource, name: str, text: TextDocument | None = None) -> str:
        """Render (``text`` natively where it can be), check the printer, send, and wait
        for the printer's confirmation.

        Nothing of the job is sent unless the status allows printing. Returns
        ``escpos-<n>``; raises :class:`PrintError` when refused, not sent completely or
        not confirmed within ``timeout_s`` (then the ticket may be partly printed).
        """
        if pdf == b"":
            raise PrintError("empty document")
        data = escpos_job(pdf, self.profile, text, self.threshold)
        with self._lock:
            if self._closed:
                raise PrintError("printer closed")
            status = self._query_status()
            if not status.can_print:
                raise PrintError(f"printer cannot print: {status.detail or status.state.value}")
            self._jobs += 1
            job_id = f"escpos-{self._jobs}"
            try:
                self.transport.discard_input()
                self.transport.write(data)
            except TransportError as err:
                self.transport.close()
                raise PrintError(f"{job_id} ({name}) not sent completely: {err}") from None
            if self._await_confirmation():
                return job_id
            self.transport.close()
            after = self._query_status()
            raise PrintError(
                f"{job_id} ({name}) not confirmed by the printer within {self.timeout_s:g} s"
                f" (printer: {after.detail or after.state.value})"
            )

    def _await_confirmation(self) -> bool:
        """Wait for the ``GS r 1`` reply. Bytes with 0x10 set are not it: ``DLE EOT``
        replies (some models answer ``10 04 n`` patterns inside image data) or XON/XOFF."""
        deadline = time.monotonic() + self.timeout_s
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                chunk = self.transport.read(1, remaining)
            except TransportError:
                return False
            if not chunk:
                return False
            if chunk[0] & 0x90 == 0:
                return True
        return False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self.transport.close()


def _parse_usb_ids(netloc: str, uri: str) -> tuple[int, int]:
    parts = netloc.split(":")
    try:
        if len(parts) != 2:
            raise ValueError
        vid, pid = (int(p, 16) for p in parts)
        if not (0 <= vid <= 0xFFFF and 0 <= pid <= 0xFFFF):
            raise ValueError
    except ValueError:
        raise ValueError(
            f"printer uri {uri!r}: expected usb://VID:PID in hex, e.g. usb://04b8:0202"
        ) from None
    return vid, pid


def open_escpos(uri: str, profile: str, timeout_s: float = 5.0) -> EscposPrinter:
    """An :class:`EscposPrinter` for ``tcp://HOST[:PORT]`` (default 9100) or
    ``usb://VID:PID`` (hex). Raises ValueError for a bad URI or unknown profile."""
    prof = get_profile(profile)
    parts = urlsplit(uri.strip())
    if parts.scheme == "tcp":
        try:
            port = parts.port or 9100
        except ValueError:
            raise ValueError(f"printer uri {uri!r}: invalid port") from None
        if not parts.hostname:
            raise ValueError(f"printer uri {uri!r}: expected tcp://HOST:PORT")
        return EscposPrinter(TcpTransport(parts.hostname, port, timeout_s), prof, timeout_s)
    if parts.scheme == "usb":
        vid, pid = _parse_usb_ids(parts.netloc, uri)
        return EscposPrinter(UsbTransport(vid, pid, timeout_s), prof, timeout_s)
    raise ValueError(f"printer uri {uri!r}: expected tcp://HOST:PORT or usb://VID:PID")
