"""Deletion that is real on SQLite: deleted rows are overwritten, and the write-ahead log
that still holds the old pages is emptied.

SQLite by default only marks deleted rows free; their bytes stay in the file until the
page is reused, and the ``-wal`` file keeps every page written since the last checkpoint.
``PRAGMA secure_delete = ON`` zeroes deleted content as it is deleted;
``wal_checkpoint(TRUNCATE)`` copies the log into the database and cuts the log to zero
bytes. PostgreSQL (a site database) is the site's server: neither applies there.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from kiosk.db import Connection, Database, SqliteDatabase

__all__ = ["checkpoint", "secure_delete"]

log = logging.getLogger(__name__)


def secure_delete(conn: Connection) -> None:
    """A database ``setup`` hook: deleted content is overwritten (SQLite only)."""
    raw: Any = conn
    if isinstance(raw, sqlite3.Connection):
        raw.execute("PRAGMA secure_delete = ON")


def checkpoint(db: Database) -> bool:
    """Empty the write-ahead log after a purge; True when it was cut to zero. A reader
    in another process can keep it from finishing: the next purge tries again."""
    if not isinstance(db, SqliteDatabase):
        return False
    with db.read() as conn:
        busy, _log_frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("%s %s: log not emptied (in use); next purge tries again", db.label, db.where)
    return not busy
