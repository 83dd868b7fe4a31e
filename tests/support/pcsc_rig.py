"""A private pcscd with the vsmartcard virtual reader (vpcd), for end-to-end card tests.

``pcscd --foreground`` runs as our child process with its own reader configuration
(``--config <dir>``), whose only entry is vpcd on a free port pair: Debian's
/etc/reader.conf.d/vpcd says ``DEVICENAME /dev/null:0x8C7B``, i.e. "no host, listen on
port 35963" (a host name instead of /dev/null makes vpcd connect out instead). vpcd opens
one slot per port, ``Virtual PCD 00 00`` on ``port`` and ``Virtual PCD 00 01`` on
``port + 1``; the card emulator (:mod:`emrtd_emulator`) connects to ``port``. vpcd
listens on all interfaces, which is fine on a test machine and one reason never to
install it on a kiosk.

pcscd's client socket is global (/run/pcscd/pcscd.comm), so only one pcscd can run: the
rig refuses to start while another one (not ours) is alive, and tests using it must not
run in parallel. It is stopped by PID, never by name.

Without pcscd or vpcd :func:`require` skips the test with the reason, or fails it when
the environment variable ``CI`` is set, so CI cannot silently skip the PC/SC tests.
Set ``PCSC_RIG_DEBUG=1`` to run pcscd with ``--debug --apdu`` (log in ``rig.log``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import ClassVar

import rigs

PCSCD = shutil.which("pcscd") or ("/usr/sbin/pcscd" if os.path.exists("/usr/sbin/pcscd") else None)
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PID_FILE = Path("/run/pcscd/pcscd.pid")
SOCKET = Path("/run/pcscd/pcscd.comm")
READER = "Virtual PCD 00 00"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def foreign_pcscd() -> int | None:
    """PID of a pcscd that is running but not ours (None if there is none)."""
    try:
        pid = int(PID_FILE.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _pid_alive(pid) and pid not in PcscRig.own_pids else None


def _missing() -> str | None:
    if PCSCD is None:
        return "pcscd not installed (Debian package pcscd)"
    if not VPCD_DRIVER.exists():
        return "vpcd not installed (Debian package vsmartcard-vpcd)"
    if os.geteuid() != 0:
        return "the PC/SC rig needs root (pcscd creates /run/pcscd)"
    pid = foreign_pcscd()
    if pid is not None:
        return f"another pcscd (PID {pid}) is running; the rig needs pcscd's global socket"
    return None


def require() -> None:
    """Skip (locally) or fail (with CI set) when the rig cannot run on this machine."""
    rigs.require("PC/SC rig", _missing())


def _free_port_pair() -> int:
    """A port p with p and p+1 free on all interfaces (vpcd binds INADDR_ANY)."""
    for _ in range(100):
        with socket.socket() as probe:
            probe.bind(("0.0.0.0", 0))
            port: int = probe.getsockname()[1]
        if port >= 65535:
            continue
        try:
            for p in (port, port + 1):
                with socket.socket() as s:
                    s.bind(("0.0.0.0", p))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port pair for vpcd")


def _readers() -> list[str]:
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return []
    try:
        hresult, names = scard.SCardListReaders(context, [])
        return [str(n) for n in names] if hresult == scard.SCARD_S_SUCCESS else []
    finally:
        scard.SCardReleaseContext(context)


class PcscRig:
    """A running pcscd whose vpcd slot 0 listens on ``port`` (see the module docstring)."""

    own_pids: ClassVar[set[int]] = set()  # every rig's pcscd, so none mistakes it for foreign

    def __init__(
        self, port: int | None = None, *, debug: bool | None = None, start_timeout_s: float = 10.0
    ) -> None:
        reason = _missing()
        if reason:
            raise RuntimeError(reason)
        self.port = port or _free_port_pair()
        self.debug = bool(os.environ.get("PCSC_RIG_DEBUG")) if debug is None else debug
        self.start_timeout_s = start_timeout_s
        self.dir = Path(tempfile.mkdtemp(prefix="kiosk-pcsc-"))
        self.log = self.dir / "pcscd.log"
        self.reader = READER
        self._proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def __enter__(self) -> PcscRig:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def start(self) -> None:
        if self.running:
            return
        pid = foreign_pcscd()
        if pid is not None:
            raise RuntimeError(f"another pcscd (PID {pid}) is running")
        conf = self.dir / "reader.conf.d"
        conf.mkdir(exist_ok=True)
        (conf / "vpcd").write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME   /dev/null:0x{self.port:04X}\n"
            f"LIBPATH      {VPCD_DRIVER}\n"
            f"CHANNELID    0x{self.port:04X}\n"
        )
        cmd = [str(PCSCD), "--foreground", "--config", str(conf)]
        if self.debug:
            cmd += ["--debug", "--apdu"]
        with open(self.log, "ab") as log:
            self._proc = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        PcscRig.own_pids.add(self._proc.pid)
        self.starts += 1
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"pcscd exited with {self._proc.returncode}:\n{self.tail()}")
            if self.reader in _readers():  # vpcd listens before pcscd adds its reader
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"pcscd did not offer {self.reader!r} in time:\n{self.tail()}")

    def stop(self, timeout: float = 5.0) -> None:
        """SIGTERM by PID (pcscd then removes its socket and PID file), SIGKILL if stuck."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        PcscRig.own_pids.discard(proc.pid)
        deadline = time.monotonic() + timeout
        while SOCKET.exists() and time.monotonic() < deadline:
            time.sleep(0.02)  # a killed pcscd may leave it; the next one replaces it

    def restart(self) -> None:
        self.stop()
        self.start()

    def tail(self, lines: int = 40) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        return ""


def wait_card(reader: str, present: bool, timeout: float = 5.0) -> float:
    """Until pcscd reports a card present/absent on ``reader`` (it polls vpcd every
    400 ms); returns the seconds waited."""
    from devices.idcard.reader import PcscReader

    probe = PcscReader(reader)
    start = time.monotonic()
    while probe.card_present() != present:
        if time.monotonic() - start > timeout:
            raise AssertionError(f"card {'never came' if present else 'never left'}")
        time.sleep(0.02)
    return time.monotonic() - start
