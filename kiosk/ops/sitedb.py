"""The site database as operations see it: which stores live there, and the check that
``kiosk doctor`` and ``kiosk site check`` print (docs/site.md)."""

from __future__ import annotations

from kiosk.config import Config
from kiosk.db import Database
from kiosk.db.site import Finding, check, open_store
from kiosk.ops import stats
from kiosk.outbox import submissions
from kiosk.queue import embedded, embedded_schema


def site_databases(cfg: Config) -> list[Database]:
    """The stores that live in the site database, queue first (nothing connected yet)."""
    return [
        open_store(
            cfg,
            store="queue",
            file=cfg.database_path,
            label=embedded.LABEL,
            migrations=embedded_schema.MIGRATIONS,
        ),
        open_store(
            cfg,
            store="submissions",
            file=submissions.store_path(cfg),
            label=submissions.LABEL,
            migrations=submissions.MIGRATIONS,
        ),
        open_store(
            cfg,
            store="stats",
            file=cfg.state_dir / "stats.db",
            label=stats.LABEL,
            migrations=stats.MIGRATIONS,
        ),
    ]


def site_findings(cfg: Config, role: str = "kiosk") -> list[Finding]:
    """Connection, schema versions and the role's rights; [] without a site database."""
    if not cfg.site_database:
        return []
    databases = site_databases(cfg)
    try:
        return check(databases, role)
    finally:
        for db in databases:
            db.close()
