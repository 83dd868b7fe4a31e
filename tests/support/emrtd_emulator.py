"""An eMRTD chip for tests: the card side of ICAO Doc 9303 (BAC, PACE with ECDH generic
mapping, 3DES/AES secure messaging, the LDS files), reachable through the real pcscd via
the vsmartcard virtual reader (vpcd). What a chip holds, and the switches for the
behaviours of chips met in the field, are in :mod:`emrtd_profiles`.

Like a real chip it refuses to read before access control (6982), answers a wrong key
with 6300 (BAC) or 63Cx (PACE: the ID card profile reports a counter of remaining tries;
the CAN is never blocked, as on the German card), sends DO99 in every secure messaging
reply, aborts secure messaging on a bad MAC (6988), and forgets everything on power-off.
Switched on by the profile, it also reads files only after SELECT (READ BINARY with an
SFI answers 6A82), answers errors in the clear and so ends secure messaging (ISO 7816-4
allows an unprotected status word for errors), or forgets its session on its own and
answers the next protected command with a plain 6988 (SM data objects incorrect).

The protocol logic is written for the card side independently of the terminal code in
``devices.idcard.crypto``; only the primitives (KDF, ciphers, MACs, point arithmetic,
tested against the ICAO worked examples) are shared.

:class:`Chip` is usable directly as a ``Transport`` (fast tests without PC/SC);
:class:`EmrtdEmulator` connects a chip to vpcd: vpcd listens (pcscd's driver, port 35963
by default, see ``DEVICENAME /dev/null:0x8C7B`` in /etc/reader.conf.d/vpcd) and the card
connects to it as a TCP client. Every message is a 2-byte big-endian length and a payload;
a 1-byte payload is a control message (0 power off, 1 power on, 2 reset, 4 get ATR, only
the last one answered), anything longer an APDU that gets its response APDU. A connected
emulator is a card on the reader; closing the connection pulls the card.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time

from emrtd_chip import Chip
from emrtd_profiles import (
    EMRTD_AID,
    SPECIMEN_ADDRESS,
    CardProfile,
    dg2,
    id_card_profile,
    padded_jpeg,
    passport_profile,
)

__all__ = [
    "EMRTD_AID",
    "SPECIMEN_ADDRESS",
    "CardProfile",
    "Chip",
    "EmrtdEmulator",
    "dg2",
    "id_card_profile",
    "padded_jpeg",
    "passport_profile",
]

VPCD_PORT = 35963
CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4


# -- the vpcd connection ----------------------------------------------------------------


def _set_quickack(sock: socket.socket) -> None:
    """Linux clears TCP_QUICKACK after a while: set it before every read, or every APDU
    waits ~40 ms for a delayed ACK (vpcd does not set TCP_NODELAY)."""
    with contextlib.suppress(OSError, AttributeError):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


def _count_down(counter: int | None) -> tuple[bool, int | None]:
    """(fires now, new counter) for a "do something at the n-th APDU" countdown."""
    if counter is None:
        return False, None
    if counter <= 1:
        return True, None
    return False, counter - 1


class EmrtdEmulator:
    """A :class:`Chip` on a vpcd reader slot. Start it and the card is "on the reader"
    as soon as pcscd's vpcd accepts the connection (it reconnects by itself when pcscd
    restarts); :meth:`pull_card` takes it away, :meth:`insert_card` puts it back.

    ``pull_after(n)`` pulls the card instead of answering the n-th APDU from now, which
    is a card taken away in the middle of a read.
    """

    def __init__(
        self, profile: CardProfile, port: int = VPCD_PORT, host: str = "127.0.0.1"
    ) -> None:
        self.chip = Chip(profile)
        self.host, self.port = host, port
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._inserted = threading.Event()
        self._connected = threading.Event()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._pull_countdown: int | None = None
        self._hang_countdown: int | None = None
        self._reader_gives_up_s: float | None = None
        self.connections = 0
        self.apdus = 0

    # lifecycle

    def start(self) -> EmrtdEmulator:
        if self._thread is not None and self._thread.is_alive():
            return self
        self._stop.clear()
        self._inserted.set()
        self._thread = threading.Thread(target=self._run, name="emrtd-emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._drop_connection()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                raise RuntimeError("emulator thread did not stop")
            self._thread = None

    def restart(self) -> None:
        """A new card process: fresh chip state, new connection."""
        self.stop()
        self.chip = Chip(self.chip.profile)
        self.start()

    def __enter__(self) -> EmrtdEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # the card on the reader

    def pull_card(self) -> None:
        self._inserted.clear()
        self._drop_connection()

    def insert_card(self, profile: CardProfile | None = None) -> None:
        if profile is not None:
            self.chip = Chip(profile)
        self._inserted.set()

    def pull_after(self, apdus: int) -> None:
        with self._lock:
            self._pull_countdown = apdus

    def hang_after(self, apdus: int, reader_gives_up_s: float | None = None) -> None:
        """Stay on the reader but never answer the n-th APDU from now (a chip that locks
        up): the terminal must give up on its own timeout.

        ``reader_gives_up_s``: play the reader's part too. A real reader stops waiting for
        a mute chip after its frame waiting time (extended by the chip's waiting-time
        requests, seconds at most), reports a transmission error and switches its field
        off and on, which resets the chip. vpcd has no such timeout; closing the
        connection and connecting again is what pcscd then sees (card gone, card back)."""
        with self._lock:
            self._hang_countdown = apdus
            self._reader_gives_up_s = reader_gives_up_s

    def wait_connected(self, timeout: float = 5.0) -> bool:
        return self._connected.wait(timeout)

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    # internals

    def _drop_connection(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            if not self._inserted.wait(0.05):
                continue
            try:
                sock = socket.create_connection((self.host, self.port), timeout=1.0)
            except OSError:
                self._stop.wait(0.05)  # vpcd not listening (pcscd down): try again
                continue
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if self._stop.is_set() or not self._inserted.is_set():
                    sock.close()
                    continue
                self._sock = sock
            self.connections += 1
            self.chip.reset()
            self._connected.set()
            try:
                self._serve(sock)
            except OSError:
                pass
            finally:
                self._connected.clear()
                self._drop_connection()

    def _recv(self, sock: socket.socket, n: int) -> bytes | None:
        buf = bytearray()
        while len(buf) < n:
            _set_quickack(sock)
            chunk = sock.recv(n - len(buf))
            if not chunk:
                return None
            buf += chunk
        _set_quickack(sock)
        return bytes(buf)

    def _serve(self, sock: socket.socket) -> None:
        while not self._stop.is_set():
            head = self._recv(sock, 2)
            if head is None:
                return
            (length,) = struct.unpack(">H", head)
            message = self._recv(sock, length) if length else b""
            if message is None:
                return
            if len(message) == 1:
                control = message[0]
                if control in (CTRL_OFF, CTRL_ON, CTRL_RESET):
                    self.chip.reset()
                elif control == CTRL_ATR:
                    sock.sendall(
                        struct.pack(">H", len(self.chip.profile.atr)) + self.chip.profile.atr
                    )
                continue
            with self._lock:
                pull, self._pull_countdown = _count_down(self._pull_countdown)
                hang, self._hang_countdown = _count_down(self._hang_countdown)
            if pull:
                self._inserted.clear()
                return  # the card left the field before answering
            if hang:
                give_up = self._reader_gives_up_s
                deadline = None if give_up is None else time.monotonic() + give_up
                while not self._stop.is_set() and self._sock is sock:
                    if deadline is not None and time.monotonic() > deadline:
                        break  # the reader resets its field: the chip answers again
                    self._stop.wait(0.05)  # silent until stopped or pulled
                return
            self.apdus += 1
            response = self.chip.process(message)
            sock.sendall(struct.pack(">H", len(response)) + response)
