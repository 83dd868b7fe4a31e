"""``make demo-staff``: a help call raised, acknowledged and resolved on one machine.

Starts a private Mosquitto set up exactly as docs/mqtt.md says (kiosk.help.docbroker: TLS
with the document's own CA and certificate, passwords, ACL, on free loopback ports in a
temporary folder), then a demo kiosk window that pages over it as kiosk ``rathaus-t1``
and the staff console as ``staff-empfang``. Closing either window (or Ctrl-C) stops all
three; everything is removed afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.help.docbroker import DocBroker
from kiosk.resources import DEMO_CONFIG

KIOSK_ID = "rathaus-t1"
STAFF = "staff-empfang"
SITE = "rathaus"
LOCATION = "Foyer, Terminal 1"


@dataclass(frozen=True)
class DemoFiles:
    kiosk_toml: Path
    staff_toml: Path


def _mqtt_section(broker: DocBroker, user: str) -> str:
    return (
        "[mqtt]\n"
        f'host = "{broker.cert_host}"\n'
        f"port = {broker.tls_port}\n"
        f'topic_prefix = "{broker.prefix}"\n'
        f'username = "{user}"\n'
        f'password_file = "{broker.password_file(user)}"\n'
        "tls = true\n"
        f'ca_file = "{broker.ca_file}"\n'
        "keepalive_s = 10\n"
        "reconnect_max_s = 5\n"
    )


def write_configs(broker: DocBroker, folder: Path) -> DemoFiles:
    """The kiosk's and the console's TOML, as an admin would write them for this broker:
    the built-in demo (embedded queue, PDF tickets, simulated card reader) with MQTT help."""
    demo = DEMO_CONFIG.read_text(encoding="utf-8")
    head, sep, _simulated_help = demo.partition("\n[help]\n")
    if not sep:
        raise RuntimeError(f"{DEMO_CONFIG} has no [help] section")
    head = head.replace('id = "demo-kiosk"', f'id = "{KIOSK_ID}"\nstate_dir = "{folder / "kiosk"}"')
    kiosk = (
        head
        + f'\n[help]\nkind = "mqtt"\nsite = "{SITE}"\nlocation_label = "{LOCATION}"\n'
        + "escalate_after_s = 60\n\n"
        + _mqtt_section(broker, KIOSK_ID)
    )
    staff = f'[kiosk]\nstate_dir = "{folder / "staff"}"\n\n' + _mqtt_section(broker, STAFF)
    files = DemoFiles(folder / "kiosk.toml", folder / "staff.toml")
    files.kiosk_toml.write_text(kiosk, encoding="utf-8")
    files.staff_toml.write_text(staff, encoding="utf-8")
    return files


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="demo-staff", description="A broker, a demo kiosk and the staff console."
    )
    parser.add_argument(
        "--seconds", type=float, default=0, help="stop after this long (0: when a window closes)"
    )
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-demo-staff-"))
    folder.chmod(0o755)
    broker = DocBroker(root=folder / "broker")
    procs: list[subprocess.Popen[bytes]] = []
    try:
        broker.set_up()
        broker.start()
        files = write_configs(broker, folder)
        print(f"broker: mosquitto on 127.0.0.1:{broker.tls_port} (TLS), set up from docs/mqtt.md")
        procs.append(subprocess.Popen([_bin("kiosk"), "run", "--config", str(files.kiosk_toml)]))
        procs.append(subprocess.Popen([_bin("kiosk-staff"), "--config", str(files.staff_toml)]))
        print(
            "Tap 'Hilfe' on the kiosk and choose a kind of help; the console rings. Press\n"
            "'Ich komme' or 'Zu Schalter N bitten' there (the kiosk tells the citizen\n"
            "which), then 'Erledigt'.\n"
            "Close a window or press Ctrl-C to stop."
        )
        deadline = time.monotonic() + args.seconds if args.seconds else None
        while all(p.poll() is None for p in procs):
            if deadline is not None and time.monotonic() > deadline:
                break
            time.sleep(0.2)
        failed = [p for p in procs if p.poll() not in (None, 0)]
        return 1 if failed else 0
    except KeyboardInterrupt:
        return 0
    finally:
        for proc in procs:
            _stop(proc)
        broker.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
