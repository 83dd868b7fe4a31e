"""A private cupsd for tests: real scheduler, real CUPS-PDF queue, and a paper-out backend.

Everything the daemon writes lives under one temporary folder; it listens on 127.0.0.1 with
a free port and is stopped by PID. Two things cannot live there, because the programs look
for them in fixed places (both are created by the rig and removed again on stop):

* ``/etc/cups/cups-pdf-<instance>.conf``: CUPS-PDF only reads configuration from
  ``/etc/cups``. A queue with device URI ``cups-pdf:/<instance>`` reads this per-instance
  file instead of ``/etc/cups/cups-pdf.conf``, so the system-wide file is never touched and
  the PDFs land in the rig's folder (``Out``), named ``job_<id>-<title>.pdf`` (``Label 1``).
* ``/usr/lib/cups/backend/kiosktest``: cupsd runs backends only from ``ServerBin``. The
  backend is root-owned with mode 0700 so cupsd runs it as root. Its device URI
  ``kiosktest:<dir>`` names a folder holding ``mode``: ``ok`` consumes the job into
  ``<dir>/job-<id>.out``; ``paper-out`` reports ``STATE: +media-empty-error`` and exits 4
  (CUPS_BACKEND_STOP), which stops the queue with the job pending, exactly like a vendor
  driver whose printer ran out of paper; ``slow`` takes 30 s (for timeouts). (Left
  installed: other rigs may be using it at the same time.)

Needs root (tests run as root locally and in CI). Without a cupsd binary :func:`require`
skips the test with the reason, or fails it when the environment variable ``CI`` is set,
so CI can never silently skip the CUPS tests.

Usage::

    with CupsRig() as rig:
        rig.pdf_queue, rig.backend_queue, rig.server   # "127.0.0.1:PORT"
        rig.set_backend_mode("paper-out")
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from types import TracebackType
from typing import Any

import rigs

CUPSD = shutil.which("cupsd") or ("/usr/sbin/cupsd" if os.path.exists("/usr/sbin/cupsd") else None)
SERVER_BIN = Path("/usr/lib/cups")
DATA_DIR = Path("/usr/share/cups")
BACKEND_NAME = "kiosktest"
BACKEND_PATH = SERVER_BIN / "backend" / BACKEND_NAME
CUPS_PDF_BACKEND = SERVER_BIN / "backend" / "cups-pdf"
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
CUPS_PDF_CONF_DIR = Path("/etc/cups")

BACKEND_SCRIPT = """#!/bin/sh
# Kiosk test backend (installed by tests/support/cups_rig.py). DEVICE_URI=kiosktest:<dir>;
# <dir>/mode: "ok" (consume the job), "paper-out" (report paper out, stop the queue) or
# "slow" (take 30 s, for timeouts).
if [ $# -eq 0 ]; then
    echo 'direct kiosktest "Unknown" "Kiosk test backend"'
    exit 0
fi
dir="${DEVICE_URI#kiosktest:}"
mode=$(cat "$dir/mode" 2>/dev/null || echo ok)
if [ "$mode" = "paper-out" ]; then
    echo "STATE: +media-empty-error" >&2
    echo "ERROR: paper out (kiosk test backend)" >&2
    exit 4
fi
if [ "$mode" = "slow" ]; then
    sleep 30
fi
echo "STATE: -media-empty-error" >&2
if [ -n "$6" ]; then cat "$6"; else cat; fi > "$dir/job-$1.out"
exit 0
"""


def _missing() -> str | None:
    """Why the rig cannot run here, or None."""
    if CUPSD is None:
        return "cupsd not installed (Debian package cups-daemon)"
    if os.geteuid() != 0:
        return "the CUPS rig needs root (it installs a backend in /usr/lib/cups/backend)"
    if not CUPS_PDF_BACKEND.exists() or not CUPS_PDF_PPD.exists():
        return "CUPS-PDF not installed (Debian package printer-driver-cups-pdf)"
    return None


def require() -> None:
    """Skip (locally) or fail (with CI set) when the rig cannot run on this machine."""
    rigs.require("CUPS rig", _missing())


def _install_backend() -> None:
    """Install (or refresh) the test backend atomically, root-owned, mode 0700."""
    try:
        mode = BACKEND_PATH.stat().st_mode & 0o777
        if mode == 0o700 and BACKEND_PATH.read_text() == BACKEND_SCRIPT:
            return
    except OSError:
        pass
    tmp = BACKEND_PATH.with_name(f".{BACKEND_NAME}.{os.getpid()}.tmp")
    tmp.write_text(BACKEND_SCRIPT)
    os.chown(tmp, 0, 0)
    tmp.chmod(0o700)
    os.replace(tmp, BACKEND_PATH)


class CupsRig:
    """A running private cupsd with two queues (see the module docstring)."""

    pdf_queue = "kiosk-pdf"
    backend_queue = "kiosk-test"

    def __init__(self, start_timeout_s: float = 15.0, *, preserve_job_files: bool = False) -> None:
        reason = _missing()
        if reason:
            raise RuntimeError(reason)
        self.start_timeout_s = start_timeout_s
        self.preserve_job_files = preserve_job_files  # CUPS keeps d-files after a job
        self.dir = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        self.port = rigs.free_port()
        self.server = f"127.0.0.1:{self.port}"
        self.pdf_out = self.dir / "pdf-out"
        self.backend_dir = self.dir / "backend"
        self.instance = f"kiosktest-{uuid.uuid4().hex[:10]}"
        self.cups_pdf_conf = CUPS_PDF_CONF_DIR / f"cups-pdf-{self.instance}.conf"
        self._proc: subprocess.Popen[bytes] | None = None
        self._saved: tuple[str | None, str, int] | None = None

    # -- lifecycle --------------------------------------------------------------------

    def __enter__(self) -> CupsRig:
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

    def start(self) -> None:
        d = self.dir
        # lp (filters) must traverse to the spool and temp folders; cupsd sets their modes.
        d.chmod(0o755)
        for sub in (
            "state",
            "cache",
            "spool",
            "tmp",
            "log",
            "pdf-out",
            "cups-pdf-spool",
            "backend",
        ):
            (d / sub).mkdir(mode=0o755, exist_ok=True)
        # Filters run as lp and write their temporary files here (TMPDIR).
        (d / "tmp").chmod(0o1777)
        (d / "cupsd.conf").write_text(
            f"""LogLevel debug
MaxLogSize 0
Listen 127.0.0.1:{self.port}
ServerName 127.0.0.1
Browsing No
BrowseLocalProtocols none
DefaultAuthType None
WebInterface No
JobRetryInterval 1
PreserveJobHistory Yes
PreserveJobFiles {"Yes" if self.preserve_job_files else "No"}
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
    Allow all
  </Limit>
</Policy>
"""
        )
        (d / "cups-files.conf").write_text(
            f"""ServerRoot {d}
StateDir {d}/state
CacheDir {d}/cache
RequestRoot {d}/spool
TempDir {d}/tmp
AccessLog {d}/log/access_log
ErrorLog {d}/log/error_log
PageLog {d}/log/page_log
ServerBin {SERVER_BIN}
DataDir {DATA_DIR}
User lp
Group lp
SystemGroup root
FileDevice No
Sandboxing Relaxed
"""
        )
        self.cups_pdf_conf.write_text(
            f"""# Written by the kiosk test rig (tests/support/cups_rig.py); removed on stop.
Out {self.pdf_out}
Spool {d}/cups-pdf-spool
Log {d}/log
AnonDirName {self.pdf_out}
Label 1
TitlePref 1
Grp root
UserUMask 0022
"""
        )
        _install_backend()
        self.set_backend_mode("ok")
        assert CUPSD is not None
        env = {k: v for k, v in os.environ.items() if not k.startswith("CUPS_")}
        with open(d / "log" / "cupsd.stderr", "wb") as stderr:
            self._proc = subprocess.Popen(
                [CUPSD, "-f", "-c", str(d / "cupsd.conf"), "-s", str(d / "cups-files.conf")],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env=env,
                start_new_session=True,
            )
        atexit.register(self.stop)  # no orphaned cupsd if the test run is interrupted
        self._wait_ready()
        import cups

        # Clients find this cupsd: CUPS_SERVER for new threads and processes, setServer /
        # setPort for this thread (libcups caches the server per thread).
        self._saved = (os.environ.get("CUPS_SERVER"), cups.getServer(), cups.getPort())
        os.environ["CUPS_SERVER"] = self.server
        cups.setServer("127.0.0.1")
        cups.setPort(self.port)
        self._add_queues()

    def _wait_ready(self) -> None:
        import cups

        deadline = time.monotonic() + self.start_timeout_s
        last: Exception | None = None
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                raise RuntimeError(f"cupsd exited with {self._proc.returncode}:\n{self.log_tail()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    pass
                cups.Connection(host="127.0.0.1", port=self.port).getPrinters()
                return
            except (OSError, RuntimeError, cups.IPPError) as err:
                last = err
                time.sleep(0.05)
        raise RuntimeError(
            f"cupsd not ready after {self.start_timeout_s} s ({last}):\n{self.log_tail()}"
        )

    def _add_queues(self) -> None:
        conn = self.connection()
        conn.addPrinter(
            self.pdf_queue,
            filename=str(CUPS_PDF_PPD),
            device=f"cups-pdf:/{self.instance}",
            info="CUPS-PDF (kiosk test)",
        )
        conn.addPrinter(
            self.backend_queue,
            device=f"{BACKEND_NAME}:{self.backend_dir}",
            info="Kiosk test backend",
        )
        for name in (self.pdf_queue, self.backend_queue):
            conn.enablePrinter(name)
            conn.acceptJobs(name)

    def stop(self) -> None:
        atexit.unregister(self.stop)
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        if self._saved is not None:
            import cups

            env, server, port = self._saved
            self._saved = None
            if env is None:
                os.environ.pop("CUPS_SERVER", None)
            else:
                os.environ["CUPS_SERVER"] = env
            cups.setServer(server)
            cups.setPort(port)
        self.cups_pdf_conf.unlink(missing_ok=True)
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- helpers for tests ------------------------------------------------------------

    def connection(self) -> Any:
        """A pycups connection to this cupsd (pycups has no type stubs)."""
        import cups

        return cups.Connection(host="127.0.0.1", port=self.port)

    def set_backend_mode(self, mode: str) -> None:
        """``ok``, ``paper-out`` or ``slow`` for the next job the test backend runs."""
        if mode not in ("ok", "paper-out", "slow"):
            raise ValueError(mode)
        tmp = self.backend_dir / ".mode.tmp"
        tmp.write_text(mode)
        os.replace(tmp, self.backend_dir / "mode")

    def resume(self, queue: str | None = None) -> None:
        """What staff do after refilling paper: re-enable the stopped queue (cupsenable)."""
        conn = self.connection()
        conn.enablePrinter(queue or self.backend_queue)

    def backend_outputs(self) -> list[Path]:
        return sorted(self.backend_dir.glob("job-*.out"))

    def wait_for_pdf(self, job_id: int, timeout_s: float = 20.0) -> Path:
        """The PDF CUPS-PDF wrote for ``job_id`` once it is complete."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            found = sorted(self.pdf_out.rglob(f"job_{job_id}-*.pdf"))
            if found:
                size = found[0].stat().st_size
                if size > 0:
                    time.sleep(0.05)
                    if found[0].stat().st_size == size:
                        return found[0]
            time.sleep(0.05)
        raise TimeoutError(f"no PDF for job {job_id} in {self.pdf_out}:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        text = ""
        for name in ("cupsd.stderr", "error_log", "cups-pdf_log", f"cups-pdf-{self.instance}_log"):
            p = self.dir / "log" / name
            if p.exists():
                tail = p.read_text(errors="replace").splitlines()[-lines:]
                text += f"--- {name}\n" + "\n".join(tail) + "\n"
        return text
