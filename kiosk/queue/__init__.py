"""Queue backends: build the one the config asks for."""

from __future__ import annotations

from kiosk.catalogue import Catalogue
from kiosk.config import Config
from kiosk.queue.base import QueueBackend
from kiosk.queue.embedded import EmbeddedBackend

__all__ = ["EmbeddedBackend", "open_backend", "open_embedded"]


def open_embedded(cfg: Config, catalogue: Catalogue) -> EmbeddedBackend:
    """The embedded queue as configured: SQLite on the kiosk or the site's PostgreSQL
    (the admin CLI needs its staff methods)."""
    if cfg.site_database:  # with its emergency range, when configured
        from kiosk.queue.site_emergency import SiteBackend

        return SiteBackend.from_config(cfg, catalogue)
    return EmbeddedBackend.from_config(cfg, catalogue)


def open_backend(cfg: Config, catalogue: Catalogue) -> QueueBackend:
    """The queue backend of ``cfg.backend.kind``; nothing is opened until the first call."""
    if cfg.backend.kind == "embedded":
        return open_embedded(cfg, catalogue)
    if cfg.backend.kind == "zms":
        from kiosk.queue.zms.backend import ZmsBackend  # here: requests costs start-up time

        return ZmsBackend(cfg, catalogue)
    raise ValueError(f"unknown queue backend {cfg.backend.kind!r}")
