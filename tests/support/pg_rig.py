"""A private PostgreSQL cluster for tests and ``make bench``: the real server, not a fake.

``initdb`` and ``pg_ctl`` from Debian's ``postgresql`` package build and start a cluster
in one temporary folder, listening on ``127.0.0.1`` on a free port, with its unix
socket in the same folder (never /var/run/postgresql, never the machine's own cluster).
Local socket logins are trusted (the rig's superuser ``postgres`` sets things up); TCP
logins need a password (scram-sha-256), as on a town hall's server. It is stopped by the
postmaster's PID. :meth:`PgRig.restart` brings it back on the same port (``immediate``:
as after a crash, with recovery), so clients exercise their reconnect.

PostgreSQL refuses to run as root: as root the rig runs the server as the ``postgres``
user the Debian package creates (folder handed over with chown, commands through
``runuser``). Without the binaries :func:`require` skips the test with the reason, or
fails it when ``CI`` is set, so CI never skips these tests silently.

Usage::

    with PgRig() as pg:
        pg.admin("CREATE ROLE kiosk LOGIN PASSWORD 'x'")
        pg.url("kiosk", "kiosk")
        pg.restart()
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import rigs


def _bindir() -> Path | None:
    """The newest PostgreSQL server's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


BINDIR = _bindir()


def _run_as() -> str | None:
    """The user the server runs as: None for the current one, "postgres" as root."""
    return "postgres" if os.geteuid() == 0 else None


def missing() -> str | None:
    """Why the rig cannot run here, or None."""
    if BINDIR is None or not (BINDIR / "pg_ctl").exists():
        return "PostgreSQL server not installed (Debian package postgresql)"
    user = _run_as()
    if user is not None:
        try:
            pwd.getpwnam(user)
        except KeyError:
            return "running as root needs the 'postgres' user (Debian package postgresql)"
        if shutil.which("runuser") is None:
            return "running as root needs runuser (Debian package util-linux)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg not installed (pip install 'psycopg[binary]')"
    return None


def require() -> None:
    """Skip (locally) or fail (with CI set) when the rig cannot run on this machine."""
    rigs.require("PostgreSQL rig", missing())


free_port = rigs.free_port


class PgRig:
    host = "127.0.0.1"
    superuser = "postgres"

    def __init__(
        self, *, port: int | None = None, tls: bool = False, start_timeout_s: float = 30.0
    ) -> None:
        reason = missing()
        if reason:
            raise RuntimeError(reason)
        assert BINDIR is not None
        self.bindir = BINDIR
        self.port = port or free_port()
        self.start_timeout_s = start_timeout_s
        self.user = _run_as()
        self.dir = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.data = self.dir / "data"
        self.socket_dir = self.dir / "sock"
        self.log_path = self.dir / "server.log"
        self.pid: int | None = None
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        self._as_server_user(["mkdir", "-p", str(self.socket_dir)])
        self.ca_file: Path | None = None
        self._tls_options: list[str] = []
        if tls:
            self._make_tls()
        self._initdb()

    # -- life cycle ------------------------------------------------------------------

    def start(self) -> PgRig:
        """Start the server (pg_ctl -w waits until it accepts connections)."""
        options = " ".join(
            [
                f"-p {self.port}",
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={self.socket_dir}",
                "-c fsync=off",  # the tests kill processes, not the machine
                "-c max_connections=60",
                "-c shared_buffers=16MB",
                *self._tls_options,
            ]
        )
        done = self._as_server_user(
            [
                str(self.bindir / "pg_ctl"),
                "start",
                "-w",
                "-t",
                str(int(self.start_timeout_s)),
                "-D",
                str(self.data),
                "-l",
                str(self.log_path),
                "-o",
                options,
            ],
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"PostgreSQL did not start: {self.log_tail()}")
        self.pid = int((self.data / "postmaster.pid").read_text().split()[0])
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop the postmaster by its PID: ``fast`` (SIGINT: clients are disconnected,
        clean shutdown) or ``immediate`` (SIGQUIT: like a crash, recovery at start)."""
        pid, self.pid = self.pid, None
        if pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGQUIT if mode == "immediate" else signal.SIGINT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        pidfile = self.data / "postmaster.pid"
        deadline = time.monotonic() + 10
        while pidfile.exists() and mode != "immediate" and time.monotonic() < deadline:
            time.sleep(0.05)

    def restart(self, mode: str = "immediate") -> None:
        self.stop(mode)
        self.start()

    @property
    def hba_path(self) -> Path:
        """The cluster's pg_hba.conf (tests may rewrite it, then :meth:`reload`)."""
        return self.data / "pg_hba.conf"

    def reload(self) -> None:
        """Re-read the configuration files (SIGHUP to the postmaster)."""
        if self.pid is not None:
            os.kill(self.pid, signal.SIGHUP)
            time.sleep(0.3)  # the postmaster re-reads asynchronously

    @property
    def running(self) -> bool:
        if self.pid is None:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        return True

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> PgRig:
        return self.start()

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- using it --------------------------------------------------------------------

    def url(self, user: str, dbname: str, **params: str) -> str:
        """A TCP URL without password (kiosks read it from a password_file)."""
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"postgresql://{user}@{self.host}:{self.port}/{dbname}" + (
            f"?{query}" if query else ""
        )

    def admin(self, sql: str, dbname: str = "postgres") -> list[Any]:
        """Run SQL as the superuser over the unix socket; rows of the last statement."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=self.superuser,
            dbname=dbname,
            autocommit=True,
        ) as conn:
            cur = conn.execute(sql.encode())
            return cur.fetchall() if cur.description else []

    def psql(self, script: str, dbname: str = "postgres") -> str:
        """Run a script with psql as the superuser (stops at the first error)."""
        done = subprocess.run(
            [
                str(self.bindir / "psql"),
                "-X",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-p",
                str(self.port),
                "-U",
                self.superuser,
                "-d",
                dbname,
            ],
            input=script,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return done.stdout

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return "(no server log)"

    # -- internals -------------------------------------------------------------------

    def _make_tls(self) -> None:
        """A test CA and a server certificate for 127.0.0.1 (fake_zms.make_tls); the
        server reads its key only when it is private to the server's user."""
        from fake_zms import make_tls

        files = make_tls(self.dir / "tls", ca_name="Kiosk Test Site CA")
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            for path in (files.cert.parent, files.cert, files.key, files.ca_cert):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        files.key.chmod(0o600)
        self.ca_file = files.ca_cert
        self._tls_options = [
            "-c ssl=on",
            f"-c ssl_cert_file={files.cert}",
            f"-c ssl_key_file={files.key}",
        ]

    def _initdb(self) -> None:
        done = self._as_server_user(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                self.superuser,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stdout[-1000:]} {done.stderr[-1000:]}")

    def _as_server_user(
        self, argv: list[str], check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        if self.user is not None:
            argv = ["runuser", "-u", self.user, "--", *argv]
        return subprocess.run(
            argv, capture_output=True, text=True, check=check, timeout=120, cwd=self.dir
        )
