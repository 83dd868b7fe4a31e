"""What the kiosk's SQLite files (queue database, outbox, ZMS journal) share: versioned
schemas, write transactions, and one-line error messages for staff.

Migrations are a list of statement tuples; ``PRAGMA user_version`` counts the applied
ones. Applying them takes the write lock first, so several processes opening the same
file at once migrate it exactly once.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

# What the staff should read for an SQLite error, by (base) error name.
_ERROR_TEXT = {
    "SQLITE_BUSY": "is locked by another process",
    "SQLITE_LOCKED": "is locked by another process",
    "SQLITE_CORRUPT": "is corrupt (database disk image is malformed)",
    "SQLITE_NOTADB": "is not a database file",
    "SQLITE_FULL": "cannot grow: disk full",
    "SQLITE_READONLY": "is read-only",
    "SQLITE_CANTOPEN": "cannot be opened",
    "SQLITE_IOERR": "cannot be read or written (I/O error)",
    "SQLITE_PERM": "cannot be accessed (permission denied)",
}
_LOCKS = ("SQLITE_BUSY", "SQLITE_LOCKED")


def is_lock(err: sqlite3.Error) -> bool:
    """Another process holds the file: worth waiting for, no reason to reopen it."""
    return (getattr(err, "sqlite_errorname", "") or "").startswith(_LOCKS)


def describe_error(err: sqlite3.Error, label: str, path: Path, busy_timeout_s: float) -> str:
    """One line for logs and staff: which file (``label`` says which kind) and what is
    wrong with it."""
    name = getattr(err, "sqlite_errorname", "") or ""
    for base, text in _ERROR_TEXT.items():
        if name == base or name.startswith(base + "_"):
            if base in _LOCKS:
                text += f" (waited {busy_timeout_s:g} s)"
            return f"{label} {path} {text}"
    detail = " ".join(str(err).split()) or type(err).__name__
    return f"{label} {path}: {detail}"


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` transaction: the write lock is taken before anything is
    read, so a read-then-write cannot interleave with another process. Committed when
    the block ends, rolled back when it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            rollback_quietly(conn)


def user_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def rollback_quietly(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error as err:  # the original error is the one worth reporting
        log.warning("rollback failed: %s", err)


def migrate(
    conn: sqlite3.Connection, migrations: Sequence[tuple[str, ...]], label: str, path: Path
) -> None:
    """Bring the schema to ``len(migrations)``; refuse a file from newer software."""
    target = len(migrations)
    if user_version(conn) == target:
        return
    with immediate(conn):
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
