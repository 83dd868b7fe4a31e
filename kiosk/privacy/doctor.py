"""``kiosk doctor``'s privacy line: are submissions sealed, and is anything personal
older than ``[privacy]`` allows? Reads only files that exist (the doctor creates none)."""

from __future__ import annotations

from datetime import timedelta

from kiosk.config import Config
from kiosk.outbox.store import Outbox
from kiosk.outbox.submissions import SubmissionStore, store_path
from kiosk.privacy.retention import oldest_items
from kiosk.privacy.sealing import KeyFileError, sealer_from
from kiosk.privacy.stores import stores_for

__all__ = ["privacy_findings"]


def _age(age: timedelta | None) -> str:
    if age is None:
        return "none"
    if age >= timedelta(days=1):
        return f"{age.days} d"
    return f"{int(age.total_seconds() // 3600)} h"


def privacy_findings(cfg: Config) -> tuple[str, str, str]:
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
    return "ok", detail, ""
