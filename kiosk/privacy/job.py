"""The retention run the kiosk app makes at start-up and then hourly, on its outbox
worker thread (never the GUI thread): every store of personal data, as configured."""

from __future__ import annotations

from datetime import datetime

from kiosk.config import Config
from kiosk.outbox.store import Outbox
from kiosk.outbox.submissions import SubmissionStore
from kiosk.privacy.pseudonyms import install
from kiosk.privacy.retention import Purged, enforce
from kiosk.privacy.stores import stores_for


def enforce_retention(
    cfg: Config,
    outbox: Outbox | None,
    submissions: SubmissionStore | None,
    now: datetime | None = None,
) -> list[Purged]:
    """Delete what each store kept longer than ``[privacy]`` allows; failures are logged
    per store and do not stop the others. Log lines use (and save) the pseudonym keys of
    this kiosk's state folder from the first run on."""
    install(cfg.state_dir)
    return enforce(stores_for(cfg, outbox, submissions), now)
