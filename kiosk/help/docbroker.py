"""A private Mosquitto set up by docs/mqtt.md's own steps, for ``make demo-staff`` and tests.

It lays out a tree like Debian 12's package in a temporary folder (Debian's own
``mosquitto.conf`` plus ``conf.d/``, ``certs/``, ``/var/lib``, ``/var/log`` and ``/run``
owned by the ``mosquitto`` user when run as root), then runs the document's shell blocks
(openssl, mosquitto_passwd, the ACL) and writes its configuration blocks there, changing
only what cannot be the same on a test machine: the folder (``/etc/mosquitto`` -> the
temporary tree), the ports (free ones, on 127.0.0.1 only), ``HOST`` and ``PREFIX``, and
the passwords (``mosquitto_passwd`` gets them with ``-b`` instead of asking). It starts
``mosquitto -c .../mosquitto.conf`` like Debian's service and stops it by PID. So the
document cannot drift from a broker that works.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

DOC = Path(__file__).resolve().parents[2] / "docs" / "mqtt.md"
SECTION = "## Mosquitto on Debian 12"

# /etc/mosquitto/mosquitto.conf as Debian 12's mosquitto 2.0.11 package ships it.
DEBIAN_MOSQUITTO_CONF = """\
# Place your local configuration in /etc/mosquitto/conf.d/
#
# A full description of the configuration file is at
# /usr/share/doc/mosquitto/examples/mosquitto.conf.example

pid_file /run/mosquitto/mosquitto.pid

persistence true
persistence_location /var/lib/mosquitto/

log_dest file /var/log/mosquitto/mosquitto.log

include_dir /etc/mosquitto/conf.d
"""

DEBIAN_DIRS = ("/etc/mosquitto", "/var/lib/mosquitto", "/var/log/mosquitto", "/run/mosquitto")


@dataclass(frozen=True)
class Block:
    lang: str
    text: str


def blocks(markdown: str, section: str = SECTION) -> list[Block]:
    """The fenced code blocks of one ``## `` section, in order."""
    start = markdown.index(section)
    end = markdown.find("\n## ", start + len(section))
    part = markdown[start : end if end != -1 else len(markdown)]
    return [
        Block(m.group(1), m.group(2))
        for m in re.finditer(r"^```(\w*)\n(.*?)^```", part, flags=re.M | re.S)
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _find(name: str) -> str | None:
    return shutil.which(name) or next(
        (p for p in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if os.path.exists(p)), None
    )


def missing() -> str | None:
    """Why the broker cannot be set up here (a missing program), or None."""
    for name, package in (
        ("mosquitto", "mosquitto"),
        ("mosquitto_passwd", "mosquitto"),
        ("openssl", "openssl"),
    ):
        if _find(name) is None:
            return f"{name} not installed (Debian package {package})"
    return None


class DocBroker:
    """The broker docs/mqtt.md describes, in ``root`` (default: a new temporary folder)."""

    host = "127.0.0.1"

    def __init__(
        self,
        *,
        cert_host: str = "localhost",
        prefix: str = "buergerbuero",
        root: Path | None = None,
        doc: Path = DOC,
        conf_edit: dict[str, str] | None = None,
    ) -> None:
        reason = missing()
        if reason:
            raise RuntimeError(reason)
        self.cert_host = cert_host
        self.prefix = prefix
        self.doc = doc
        # line -> replacement, in any block: tests take a fix out to show they catch it
        self.conf_edit = dict(conf_edit or {})
        self.root = root or Path(tempfile.mkdtemp(prefix="kiosk-docbroker-"))
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o755)  # the mosquitto user must reach its files
        self.tls_port = free_port()
        self.local_port = free_port()
        self.passwords: dict[str, str] = {}
        self._proc: subprocess.Popen[bytes] | None = None
        self.as_root = os.geteuid() == 0

    # -- paths -------------------------------------------------------------------------

    def path(self, debian_path: str) -> Path:
        """Where a Debian path (``/etc/mosquitto/...``) lives in this tree."""
        return self.root / debian_path.lstrip("/")

    @property
    def etc(self) -> Path:
        return self.path("/etc/mosquitto")

    @property
    def ca_file(self) -> Path:
        return self.etc / "certs" / "ca.crt"

    @property
    def log_path(self) -> Path:
        return self.path("/var/log/mosquitto/mosquitto.log")

    def _rewrite(self, text: str) -> str:
        for d in DEBIAN_DIRS:
            text = text.replace(d, str(self.path(d)))
        return text

    def password_file(self, user: str) -> Path:
        """A file holding ``user``'s password, as a kiosk's ``mqtt.password_file``."""
        path = self.root / "clients" / f"{user}.password"
        path.parent.mkdir(exist_ok=True, mode=0o700)
        path.write_text(self.passwords[user] + "\n")
        path.chmod(0o600)
        return path

    # -- set-up ------------------------------------------------------------------------

    def set_up(self) -> None:
        """Debian's tree, then every block of the document's section, in order."""
        # Modes as the package leaves them, whatever the caller's umask (kiosk's is 077).
        folders = [self.path(d) for d in DEBIAN_DIRS] + [self.etc / "conf.d", self.etc / "certs"]
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
            walk = folder
            while walk != self.root.parent:
                walk.chmod(0o755)
                walk = walk.parent
        if self.as_root:  # what the package's postinst and the service unit do
            for d in DEBIAN_DIRS[1:]:
                shutil.chown(self.path(d), "mosquitto", "mosquitto")
        conf = self.etc / "mosquitto.conf"
        conf.write_text(self._rewrite(DEBIAN_MOSQUITTO_CONF))
        conf.chmod(0o644)
        doc = self.doc.read_text(encoding="utf-8")
        for block in blocks(doc):
            if block.lang == "sh":
                if block.text.lstrip().startswith("apt-get") or "systemctl" in block.text:
                    continue  # packages are there; start() is the restart
                self._run_shell(block.text)
            elif block.lang == "conf":
                self._write_conf(block.text)

    def _edit(self, text: str) -> str:
        return "\n".join(self.conf_edit.get(line, line) for line in text.split("\n"))

    def _run_shell(self, text: str) -> None:
        text = self._edit(text)
        text = re.sub(r"^HOST=\S+", f"HOST={self.cert_host}", text, flags=re.M)
        text = re.sub(r"^PREFIX=\S+", f"PREFIX={self.prefix}", text, flags=re.M)
        pwlist = self.root / "passwords.txt"
        pwlist.touch(mode=0o600)
        preamble = f"""set -eu
umask 022  # a Debian root shell's default
pw() {{ awk -v u="$1" '$1 == u {{ print $2 }}' {pwlist}; }}
mosquitto_passwd() {{
  local args=(); while [ $# -gt 2 ]; do args+=("$1"); shift; done
  local word; word="$(pw "$2")"
  if [ -z "$word" ]; then word="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    echo "$2 $word" >> {pwlist}; fi
  command mosquitto_passwd "${{args[@]}}" -b "$1" "$2" "$word"
}}
"""
        if not self.as_root:
            preamble += "chown() { :; }\n"  # no mosquitto user to hand files to
        result = subprocess.run(
            ["bash", "-c", preamble + self._rewrite(text)],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0:
            raise RuntimeError(f"docs/mqtt.md block failed:\n{text}\n{result.stderr}")
        if pwlist.exists():
            for line in pwlist.read_text().splitlines():
                user, word = line.split()
                self.passwords[user] = word

    def _write_conf(self, text: str) -> None:
        first = text.splitlines()[0]
        m = re.match(r"#\s*(/etc/mosquitto/\S+)", first)
        if m is None:
            return  # an example for another machine (the bridge, the central broker)
        ports = {"8883": self.tls_port, "1883": self.local_port}
        lines = []
        for line in text.splitlines():
            line = self.conf_edit.get(line, line)
            lm = re.match(r"^listener (\d+)(?: \S+)?\s*$", line)
            if lm:  # free ports, loopback only
                line = f"listener {ports[lm.group(1)]} 127.0.0.1"
            lines.append(line)
        target = Path(self._rewrite(m.group(1)))
        target.write_text(self._rewrite("\n".join(lines)) + "\n")
        target.chmod(0o644)

    # -- running -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout_s: float = 10.0) -> None:
        """``mosquitto -c mosquitto.conf`` like Debian's unit; returns once both listeners
        accept connections, raises RuntimeError with the broker's log otherwise."""
        if self.running:
            return
        exe = _find("mosquitto")
        assert exe is not None
        self._proc = subprocess.Popen(
            [exe, "-c", str(self.etc / "mosquitto.conf")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "stderr", "ab"),  # noqa: SIM115 - the child keeps it
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        waiting = [self.tls_port, self.local_port]
        while waiting and time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"mosquitto exited with {self._proc.returncode}:\n{self.log()}")
            try:
                with socket.create_connection((self.host, waiting[0]), timeout=0.2):
                    waiting.pop(0)
            except OSError:
                time.sleep(0.05)
        if waiting:
            self.stop()
            raise RuntimeError(f"mosquitto not listening after {timeout_s} s:\n{self.log()}")

    def stop(self) -> None:
        """SIGTERM to our PID (SIGKILL after 5 s), and wait."""
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self, lines: int = 40) -> str:
        out = ""
        for path in (self.root / "stderr", self.log_path):
            with contextlib.suppress(OSError):
                tail = path.read_text(errors="replace").splitlines()[-lines:]
                out += f"--- {path.name}\n" + "\n".join(tail) + "\n"
        return out

    def __enter__(self) -> DocBroker:
        try:
            self.set_up()
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


def new_password() -> str:
    return secrets.token_urlsafe(18)
