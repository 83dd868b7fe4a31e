"""Versioned schemas for the kiosk's SQLite files (queue database, outbox).

Migrations are a list of statement tuples; ``PRAGMA user_version`` counts the applied
ones. Applying them takes the write lock first, so several processes opening the same
file at once migrate it exactly once.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)


def user_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def rollback_quietly(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error as err:  # the original error is the one worth reporting
        log.warning("rollback failed: %s", err)


def migrate(conn: sqlite3.Connection, migrations: Sequence[tuple[str, ...]], label: str,
            path: Path) -> None:
    """Bring the schema to ``len(migrations)``; refuse a file from newer software."""
    target = len(migrations)
    if user_version(conn) == target:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = user_version(conn)  # again, now under the write lock
        if version > target:
            raise sqlite3.DatabaseError(
                f"schema version {version} is newer than this software ({target})"
            )
        for number, statements in enumerate(migrations[version:], start=version + 1):
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            log.info("%s %s: schema version %d", label, path, number)
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            rollback_quietly(conn)
