"""``kiosk doctor``: is this terminal ready to serve? One line per check, with a fix.

Run by admins after installing or when something looks wrong, and by monitoring with
``--json``. Exit status 1 when anything is broken (warnings do not count).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from kiosk.config import Config

OK, WARN, FAIL = "ok", "warn", "fail"
FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
)
PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")
MIN_FREE_MB = 200


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok | warn | fail
    detail: str
    fix: str = ""


def check_config(cfg: Config) -> Check:
    from kiosk import catalogue

    cat = catalogue.load(cfg.catalogue_path, cfg.kiosk.languages)
    return Check(
        "config",
        OK,
        f"{cfg.source}: {len(cat.concerns)} concerns, languages {', '.join(cfg.kiosk.languages)}",
    )


def check_display(cfg: Config) -> Check:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal")):
        return Check(
            "display",
            WARN,
            f"QT_QPA_PLATFORM={platform}: nothing is shown",
            "unset QT_QPA_PLATFORM outside tests",
        )
    if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY"):
        return Check("display", OK, os.environ.get("WAYLAND_DISPLAY") or os.environ["DISPLAY"])
    return Check(
        "display",
        FAIL,
        "no WAYLAND_DISPLAY or DISPLAY",
        "run the kiosk through kiosk.service (cage), or from a desktop session",
    )


def check_fonts(cfg: Config) -> Check:
    missing = [f for f in FONTS if not Path(f).is_file()]
    if missing:
        return Check(
            "fonts",
            FAIL,
            "missing: " + ", ".join(Path(m).name for m in missing),
            "apt-get install fonts-dejavu-core fonts-noto-core",
        )
    return Check("fonts", OK, "DejaVu Sans and Noto Sans Arabic present")


def check_printer(cfg: Config) -> Check:
    from devices.printing.base import PrinterState
    from kiosk.printing import printer_from

    try:
        printer = printer_from(cfg)
        status = printer.status()
        printer.close()
    except Exception as err:  # any driver failure is a finding, not a crash
        return Check(
            "printer",
            FAIL,
            f"{cfg.printer.kind}: {err}",
            "check printer.* in the config and the printer's cable and power",
        )
    detail = f"{cfg.printer.kind}: {status.summary}"
    if status.state is PrinterState.NEAR_END:
        return Check("printer", WARN, detail, "put a new paper roll ready")
    if not status.can_print:
        return Check("printer", FAIL, detail, "load paper, close the cover, switch it on")
    return Check("printer", OK, detail)


def check_card_reader(cfg: Config) -> Check:
    """Asks the configured reader kind, as the kiosk will (not pyscard behind its back)."""
    kind = cfg.cardreader.kind
    if kind == "none":
        return Check("card reader", OK, "none configured: citizens type their data")
    if kind == "pcsc" and not PCSCD_SOCKET.exists():
        return Check(
            "card reader",
            WARN,
            "pcscd is not running: ID cards cannot be read",
            "apt-get install pcscd; systemctl enable --now pcscd.socket",
        )
    from kiosk.idcard import reader_names

    try:
        found = reader_names(cfg)
    except Exception as err:
        return Check("card reader", WARN, f"pcscd did not answer: {err}", "systemctl restart pcscd")
    if not found:
        wanted = f" named {cfg.cardreader.reader!r}" if cfg.cardreader.reader else ""
        return Check(
            "card reader",
            WARN,
            f"no reader{wanted} connected",
            "plug in the card reader (or fix cardreader.reader)",
        )
    return Check("card reader", OK, f"{kind}: " + ", ".join(found))


def check_backend(cfg: Config) -> Check:
    from kiosk import catalogue
    from kiosk.queue import open_backend

    try:
        backend = open_backend(cfg, catalogue.load(cfg.catalogue_path, cfg.kiosk.languages))
        health = backend.health()
        backend.close()
    except Exception as err:
        return Check("central system", FAIL, str(err), "see backend.* and zms.* in the config")
    if not health.ok:
        return Check(
            "central system",
            FAIL,
            f"{cfg.backend.kind}: {health.detail}",
            health.fix or "check the network, the server address, and the credentials",
        )
    return Check("central system", OK, f"{cfg.backend.kind}: {health.detail or 'ok'}")


def check_mqtt(cfg: Config) -> Check:
    if cfg.help.kind != "mqtt":
        if cfg.demo:
            return Check("help channel", OK, "simulated (demo): the screen says so")
        return Check(
            "help channel",
            WARN,
            f"help.kind = {cfg.help.kind!r}: help calls reach no one",
            "set help.kind = 'mqtt' and [mqtt]",
        )
    try:
        with socket.create_connection((cfg.mqtt.host, cfg.mqtt.port), timeout=3):
            pass
    except OSError as err:
        return Check(
            "help channel",
            FAIL,
            f"broker {cfg.mqtt.host}:{cfg.mqtt.port}: {err}",
            "start mosquitto, or fix mqtt.host / mqtt.port",
        )
    from kiosk.help.tls import tls_problem

    problem = tls_problem(cfg.mqtt)
    if problem is not None:
        return Check(
            "help channel",
            FAIL,
            f"broker {cfg.mqtt.host}:{cfg.mqtt.port}: {problem}",
            "see docs/mqtt.md, 'When a kiosk cannot connect'",
        )
    return Check("help channel", OK, f"broker {cfg.mqtt.host}:{cfg.mqtt.port} reachable")


def check_disk(cfg: Config) -> Check:
    path = cfg.state_dir
    while not path.exists() and path != path.parent:
        path = path.parent
    free_mb = shutil.disk_usage(path).free // (1024 * 1024)
    if free_mb < MIN_FREE_MB:
        return Check(
            "disk",
            FAIL,
            f"{free_mb} MB free under {path}",
            "free disk space; old logs: journalctl --vacuum-size=200M",
        )
    return Check("disk", OK, f"{free_mb} MB free under {path}")


def check_clock(cfg: Config) -> Check:
    if cfg.backend.kind == "zms" and cfg.zms.base_url:
        import requests

        try:
            reply = requests.head(
                cfg.zms.base_url, timeout=5, verify=cfg.zms.ca_bundle or cfg.zms.verify_tls
            )
            server = parsedate_to_datetime(reply.headers["Date"])
        except (requests.RequestException, KeyError, TypeError, ValueError) as err:
            return Check("clock", WARN, f"cannot compare with the server: {err}")
        skew = abs((datetime.now(UTC) - server).total_seconds())
        if skew > 60:
            return Check(
                "clock",
                FAIL,
                f"{skew:.0f} s off the central system",
                "enable time sync: timedatectl set-ntp true",
            )
        return Check("clock", OK, f"{skew:.0f} s off the central system")
    if shutil.which("timedatectl"):
        out = subprocess.run(
            ["timedatectl", "show", "-p", "NTPSynchronized", "--value"],
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.strip()
        if out == "no":
            return Check("clock", WARN, "not synchronised", "timedatectl set-ntp true")
        if out == "yes":
            return Check("clock", OK, "synchronised")
    return Check(
        "clock",
        WARN,
        "cannot tell whether the clock is synchronised",
        "use systemd-timesyncd or chrony",
    )


def check_site_database(cfg: Config) -> Check:
    """The site database (docs/site.md): connection, schema versions, the role's rights."""
    if not cfg.site_database:
        return Check("site database", OK, "not used: queue, forms and statistics are local")
    from kiosk.ops.sitedb import site_findings  # psycopg loads only for a site database

    findings = site_findings(cfg)
    bad = [f.text for f in findings if not f.ok]
    if bad:
        return Check("site database", FAIL, "; ".join(bad), "see docs/site.md, kiosk site check")
    return Check("site database", OK, "; ".join(f.text for f in findings))


def check_audio(cfg: Config) -> Check:
    """Sound cues and read-aloud: a warning only, the kiosk serves on in silence."""
    from kiosk.ops.audio_check import sound_server, speech_engine

    sound = sound_server()
    speech = speech_engine(cfg.accessibility.speech_engine, cfg.kiosk.languages)
    detail = f"sound: {sound.detail}; speech: {speech.detail}"
    fixes = "; ".join(f.fix for f in (sound, speech) if not f.ok and f.fix)
    return Check("audio/speech", OK if sound.ok and speech.ok else WARN, detail, fixes)


def check_privacy(cfg: Config) -> Check:
    """Sealing of submissions and the oldest personal item per store (kiosk.privacy)."""
    from kiosk.privacy.doctor import privacy_findings

    return Check("privacy", *privacy_findings(cfg))


CHECKS: tuple[Callable[[Config], Check], ...] = (
    check_config,
    check_display,
    check_fonts,
    check_printer,
    check_card_reader,
    check_backend,
    check_site_database,
    check_mqtt,
    check_audio,
    check_disk,
    check_clock,
    check_privacy,
)


def run_checks(cfg: Config) -> list[Check]:
    results = []
    for check in CHECKS:
        try:
            results.append(check(cfg))
        except Exception as err:  # a broken check must not hide the others
            results.append(Check(check.__name__.removeprefix("check_"), FAIL, str(err)))
    return results
