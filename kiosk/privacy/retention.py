"""Retention: personal data on the kiosk is gone when its time is up.

Each store that holds personal data says how old its oldest item is and removes what is
older than a cutoff (:class:`Store`). :func:`enforce` runs them all with the cutoffs from
``[privacy]``; the kiosk calls it at start-up and daily, ``kiosk doctor`` reads
:func:`oldest_items` to show the oldest personal item and flag violations.

Printed files are the first store here: the folder printer keeps each ticket and receipt
as a PDF (names, dates and addresses on receipts), so they go after ``printed_days``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

__all__ = ["PrintedFiles", "Purged", "Store", "enforce", "oldest_items"]

log = logging.getLogger(__name__)


class Store(Protocol):
    """A place that keeps personal data for a limited time."""

    name: str
    keep: timedelta

    def oldest(self) -> datetime | None:
        """When the oldest item was stored (aware, UTC); None when there is none."""
        ...

    def purge(self, cutoff: datetime) -> int:
        """Remove every item stored before ``cutoff``; return how many."""
        ...


@dataclass(frozen=True)
class Purged:
    store: str
    removed: int
    oldest_left: datetime | None


@dataclass
class PrintedFiles:
    """PDFs the folder printer wrote. Hidden files are its temporary files: left alone
    while younger than a minute (a print in progress), removed after."""

    folder: Path
    keep: timedelta
    name: str = "printed files"

    def _files(self) -> Iterable[tuple[Path, datetime]]:
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return []
        found = []
        for entry in entries:
            if entry.is_file(follow_symlinks=False):
                mtime = datetime.fromtimestamp(entry.stat(follow_symlinks=False).st_mtime, UTC)
                found.append((Path(entry.path), mtime))
        return found

    def oldest(self) -> datetime | None:
        return min((m for _p, m in self._files()), default=None)

    def purge(self, cutoff: datetime) -> int:
        removed = 0
        for path, mtime in self._files():
            if mtime < cutoff:
                try:
                    path.unlink()
                    removed += 1
                except FileNotFoundError:
                    pass  # removed meanwhile (a second kiosk process, an admin)
        return removed


def enforce(stores: Iterable[Store], now: datetime | None = None) -> list[Purged]:
    """Remove what each store kept too long. A store that fails is logged for staff and
    does not stop the others."""
    now = now or datetime.now(UTC)
    report = []
    for store in stores:
        try:
            removed = store.purge(now - store.keep)
            left = store.oldest()
        except Exception as err:  # OSError, a store's database error: staff must see it
            log.error(
                "retention failed", extra={"fields": {"store": store.name, "error": str(err)}}
            )
            continue
        if removed:
            log.info(
                "retention removed items",
                extra={"fields": {"store": store.name, "count": removed}},
            )
        report.append(Purged(store.name, removed, left))
    return report


def oldest_items(
    stores: Iterable[Store], now: datetime | None = None
) -> list[tuple[str, timedelta | None, bool]]:
    """Per store: the age of its oldest item and whether that breaks its retention."""
    now = now or datetime.now(UTC)
    out = []
    for store in stores:
        oldest = store.oldest()
        age = None if oldest is None else now - oldest
        out.append((store.name, age, age is not None and age > store.keep))
    return out
