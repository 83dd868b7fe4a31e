"""``kiosk doctor``'s privacy line: are submissions sealed, is anything personal older
than ``[privacy]`` allows, and does a local CUPS keep job files? Reads only files that
exist (the doctor creates none)."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path

from kiosk.config import Config
from kiosk.outbox.store import Outbox
from kiosk.outbox.submissions import SubmissionStore, store_path
from kiosk.privacy.retention import oldest_items
from kiosk.privacy.sealing import KeyFileError, sealer_from
from kiosk.privacy.stores import stores_for

__all__ = ["cups_keeps", "privacy_findings"]

CUPSD_CONF = Path("/etc/cups/cupsd.conf")


def _age(age: timedelta | None) -> str:
    if age is None:
        return "none"
    if age >= timedelta(days=1):
        return f"{age.days} d"
    return f"{int(age.total_seconds() // 3600)} h"


def cups_keeps(conf: Path = CUPSD_CONF) -> str:
    """What a local cupsd keeps of finished jobs by its own settings ("" when nothing).
    The kiosk purges its jobs itself; these settings cover a crash before the purge.
    CUPS' defaults keep both: the files for a day, the history up to MaxJobs jobs."""
    try:
        text = conf.read_text(errors="replace")
    except OSError as err:
        return f"{conf} not readable ({err.strerror})"
    settings = {"preservejobfiles": "86400", "preservejobhistory": "yes"}
    for line in text.splitlines():
        m = re.match(r"\s*(PreserveJobFiles|PreserveJobHistory)\s+(\S+)", line, re.I)
        if m:
            settings[m.group(1).lower()] = m.group(2).lower()
    kept = [
        name
        for name, key in (("job files", "preservejobfiles"), ("job history", "preservejobhistory"))
        if settings[key] not in ("no", "off", "false", "0")
    ]
    return f"CUPS keeps {' and '.join(kept)} ({conf})" if kept else ""


def _local_cups(cfg: Config) -> bool:
    server = os.environ.get("CUPS_SERVER", "localhost")  # a host[:port] or a socket path
    local = server.startswith("/") or server.split(":")[0] in ("localhost", "127.0.0.1", "")
    return cfg.printer.kind == "cups" and local


def privacy_findings(cfg: Config, cupsd_conf: Path = CUPSD_CONF) -> tuple[str, str, str]:
    """(status ok|warn|fail, detail, fix)."""
    outbox = Outbox(cfg.outbox_path) if cfg.outbox_path.is_file() else None
    local = store_path(cfg)
    submissions = SubmissionStore(local) if not cfg.site_database and local.is_file() else None
    try:
        ages = oldest_items(stores_for(cfg, outbox, submissions))
    finally:
        for store in (outbox, submissions):
            if store is not None:
                store.close()
    parts = [f"oldest {name}: {_age(age)}" for name, age, _bad in ages]
    late = [name for name, _age_, bad in ages if bad]
    try:
        sealer = sealer_from(cfg.privacy.public_key)
    except KeyFileError as err:
        return "fail", f"{err}; " + "; ".join(parts), "copy the office's public key (kiosk keys)"
    sealing = f"sealed to key {sealer.kid}" if sealer else "NOT sealed (no [privacy] public_key)"
    detail = f"submissions {sealing}; " + "; ".join(parts)
    if late:
        return (
            "fail",
            detail + "; kept too long: " + ", ".join(late),
            "start the kiosk (it deletes them at start-up and daily), check its log",
        )
    if sealer is None:
        return (
            "warn",
            detail,
            "kiosk keys generate on the clerk side; set [privacy] public_key on the kiosk",
        )
    missing = [k for k in ("controller", "notice_url") if not getattr(cfg.privacy, k).strip()]
    if missing:  # Art. 13: citizens must learn who is responsible and where to read more
        return (
            "warn",
            detail + "; the privacy notice lacks " + ", ".join(missing),
            "set [privacy] " + " and ".join(missing),
        )
    cups = cups_keeps(cupsd_conf) if _local_cups(cfg) else ""
    if cups:
        return (
            "warn",
            detail + "; " + cups,
            f"set PreserveJobFiles No and PreserveJobHistory No in {cupsd_conf}, restart cups",
        )
    return "ok", detail, ""
