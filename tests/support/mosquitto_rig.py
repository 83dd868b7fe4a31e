"""A private Mosquitto broker for tests and ``make bench``: the real daemon, not a fake.

It listens on ``127.0.0.1`` on a free port, keeps everything (config, passwords, ACL, log)
in one temporary folder, runs without persistence (a restart loses retained messages, like
a broker that crashed) and is stopped by PID. :meth:`MosquittoRig.restart` brings it back
on the same port, so clients exercise their reconnect.

With ``users`` (name -> password) it refuses anonymous clients and writes a
``password_file`` with ``mosquitto_passwd -b``; ``acl`` is the ``acl_file`` text.

Without the ``mosquitto`` binary :func:`require` skips the test with the reason, or fails
it when the environment variable ``CI`` is set, so CI never skips these tests silently.

Usage::

    with MosquittoRig() as rig:
        rig.host, rig.port
        rig.restart()
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

import rigs

MOSQUITTO = shutil.which("mosquitto") or (
    "/usr/sbin/mosquitto" if os.path.exists("/usr/sbin/mosquitto") else None
)
MOSQUITTO_PASSWD = shutil.which("mosquitto_passwd")


def missing() -> str | None:
    """Why the rig cannot run here, or None."""
    if MOSQUITTO is None:
        return "mosquitto not installed (Debian package mosquitto)"
    return None


def require(*, passwords: bool = False) -> None:
    """Skip (locally) or fail (with CI set) when the rig cannot run on this machine."""
    reason = missing()
    if reason is None and passwords and MOSQUITTO_PASSWD is None:
        reason = "mosquitto_passwd not installed (Debian package mosquitto)"
    rigs.require("Mosquitto rig", reason)


free_port = rigs.free_port


class MosquittoRig:
    host = "127.0.0.1"

    def __init__(
        self,
        *,
        users: dict[str, str] | None = None,
        acl: str | None = None,
        port: int | None = None,
        start_timeout_s: float = 5.0,
    ) -> None:
        reason = missing()
        if reason:
            raise RuntimeError(reason)
        self.users = dict(users or {})
        self.acl = acl
        self.port = port or free_port()
        self.start_timeout_s = start_timeout_s
        self.dir = Path(tempfile.mkdtemp(prefix="kiosk-mqtt-"))
        self.log_path = self.dir / "mosquitto.log"
        self._proc: subprocess.Popen[bytes] | None = None
        self._write_config()

    def __enter__(self) -> MosquittoRig:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _write_config(self) -> None:
        lines = [
            f"listener {self.port} {self.host}",
            "persistence false",
            f"log_dest file {self.log_path}",
            "log_type error",
            "log_type warning",
            "log_type notice",
            "log_type information",
            "connection_messages true",
            "set_tcp_nodelay true",  # no 40 ms Nagle/delayed-ACK stalls per message
            "user root" if os.geteuid() == 0 else "",  # keep the rig's files readable
        ]
        if self.users:
            assert MOSQUITTO_PASSWD is not None, "mosquitto_passwd not installed"
            pw = self.dir / "passwd"
            for i, (name, password) in enumerate(self.users.items()):
                create = ["-c"] if i == 0 else []
                subprocess.run(
                    [MOSQUITTO_PASSWD, *create, "-b", str(pw), name, password],
                    check=True,
                    capture_output=True,
                    timeout=10,
                )
            pw.chmod(0o600)
            lines += ["allow_anonymous false", f"password_file {pw}"]
        else:
            lines.append("allow_anonymous true")
        if self.acl is not None:
            acl = self.dir / "acl"
            acl.write_text(self.acl)
            acl.chmod(0o600)
            lines.append(f"acl_file {acl}")
        (self.dir / "mosquitto.conf").write_text("\n".join(lines) + "\n")

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        assert MOSQUITTO is not None
        if self.running:
            return
        self._proc = subprocess.Popen(
            [MOSQUITTO, "-c", str(self.dir / "mosquitto.conf")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(self.dir / "stderr", "ab"),  # noqa: SIM115 - the child keeps it
            start_new_session=True,
        )
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(
                    f"mosquitto exited with {self._proc.returncode}:\n{self.log_tail()}"
                )
            try:
                with socket.create_connection((self.host, self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise RuntimeError(
            f"mosquitto not listening after {self.start_timeout_s} s:\n{self.log_tail()}"
        )

    def stop(self) -> None:
        """SIGTERM (SIGKILL after 5 s) to our PID, and wait for it."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)

    def restart(self) -> None:
        """Stop and start again on the same port (retained messages are lost)."""
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def log_tail(self, lines: int = 40) -> str:
        text = ""
        for path in (self.dir / "stderr", self.log_path):
            if path.exists():
                text += (
                    f"--- {path.name}\n"
                    + "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
                    + "\n"
                )
        return text
