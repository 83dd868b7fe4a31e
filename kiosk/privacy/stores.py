"""The kiosk's stores of personal data, as :class:`kiosk.privacy.retention.Store`s.

* delivered outbox items: deleted at once (``keep`` 0); whatever a crash left behind
  goes at the next run;
* outbox items the receiver refused: kept ``[privacy] rejected_days`` for staff (sealed
  when a key is set), then deleted with a log line naming the item's key and kind;
* the embedded form store: ``submissions_days``;
* the folder printer's PDFs: ``printed_days``;
* the keys of the log pseudonyms (:mod:`kiosk.privacy.pseudonyms`): the longest of these
  periods after their day, so no log line can be tied to a reference once its data is gone.

Pending outbox items are not here: they are on their way, and deleting them would lose
a citizen's submission.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.config import Config
from kiosk.outbox.store import Outbox
from kiosk.outbox.submissions import SubmissionStore
from kiosk.privacy.erase import checkpoint
from kiosk.privacy.pseudonyms import LogKeys, pseudonym, ring_for
from kiosk.privacy.retention import PrintedFiles, Store

__all__ = ["OutboxDelivered", "OutboxRejected", "Submissions", "printed_folder", "stores_for"]

log = logging.getLogger(__name__)


@dataclass
class OutboxDelivered:
    """Tombstones of delivered items (none are kept when the kiosk runs as configured)."""

    outbox: Outbox
    keep: timedelta = timedelta(0)
    name: str = "outbox, delivered"

    def oldest(self) -> datetime | None:
        return _oldest(self.outbox, "delivered")

    def purge(self, cutoff: datetime) -> int:
        with self.outbox.db.write(durable=False) as conn:
            n: int = conn.execute(
                "DELETE FROM item WHERE state = 'delivered' AND done_at <= ?",
                (cutoff.timestamp(),),
            ).rowcount
        checkpoint(self.outbox.db)
        return n


@dataclass
class OutboxRejected:
    """Items the receiver refused: staff have ``keep`` to look at them and requeue."""

    outbox: Outbox
    keep: timedelta
    name: str = "outbox, rejected"

    def oldest(self) -> datetime | None:
        return _oldest(self.outbox, "rejected")

    def purge(self, cutoff: datetime) -> int:
        with self.outbox.db.write(durable=False) as conn:
            rows = conn.execute(
                "SELECT key, kind FROM item WHERE state = 'rejected' AND done_at < ?",
                (cutoff.timestamp(),),
            ).fetchall()
            for key, _kind in rows:
                conn.execute("DELETE FROM item WHERE key = ?", (key,))
        for key, kind in rows:
            log.warning(
                "outbox: rejected item deleted, its retention is over",
                extra={
                    "fields": {"kind": kind, "key": pseudonym(key), "kept_days": self.keep.days}
                },
            )
        if rows:
            checkpoint(self.outbox.db)
        return len(rows)


@dataclass
class Submissions:
    """The embedded form store (this kiosk's file or the site's PostgreSQL)."""

    store: SubmissionStore
    keep: timedelta
    name: str = "form store"

    def oldest(self) -> datetime | None:
        return self.store.oldest()

    def purge(self, cutoff: datetime) -> int:
        return self.store.purge(cutoff)


def _oldest(outbox: Outbox, state: str) -> datetime | None:
    with outbox.db.read() as conn:
        found = conn.execute("SELECT min(done_at) FROM item WHERE state = ?", (state,)).fetchone()
    return None if found[0] is None else datetime.fromtimestamp(found[0], UTC)


def printed_folder(cfg: Config) -> Path | None:
    """The folder printer's folder, when the kiosk prints into one."""
    if cfg.printer.kind != "folder":
        return None
    return cfg.printer_folder


def stores_for(
    cfg: Config, outbox: Outbox | None, submissions: SubmissionStore | None
) -> list[Store]:
    """Every store of personal data of this kiosk, with the ``[privacy]`` periods."""
    days = cfg.privacy
    stores: list[Store] = []
    if outbox is not None:
        stores.append(OutboxDelivered(outbox))
        stores.append(OutboxRejected(outbox, timedelta(days=days.rejected_days)))
    if submissions is not None and not cfg.site_database:  # the site's: purged clerk-side
        stores.append(Submissions(submissions, timedelta(days=days.submissions_days)))
    folder = printed_folder(cfg)
    if folder is not None:
        stores.append(PrintedFiles(folder, timedelta(days=days.printed_days)))
    longest = max(days.printed_days, days.rejected_days, days.submissions_days)
    stores.append(LogKeys(ring_for(cfg.state_dir), timedelta(days=longest + 1)))
    return stores
