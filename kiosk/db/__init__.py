"""The kiosk's databases: one :class:`Database` class for every store.

Stores (the embedded queue, the outbox, the ZMS journal, the statistics, the form
store) describe their schema as numbered migrations and write SQL once; the engine
behind them is SQLite (a file in the state folder, the default) or, for a site with
several kiosks, PostgreSQL (``[embedded] database = "postgresql://..."``).
:func:`open_database` picks the engine from the target.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.db.base import (
    Connection,
    Cursor,
    Database,
    DatabaseError,
    Migration,
    Statements,
    statements_for,
)
from kiosk.db.sqlite import SqliteDatabase, Synchronous, describe_error, is_lock

__all__ = [
    "Connection",
    "Cursor",
    "Database",
    "DatabaseError",
    "Migration",
    "SqliteDatabase",
    "Statements",
    "Synchronous",
    "describe_error",
    "is_lock",
    "open_database",
    "statements_for",
]


def open_database(
    target: Path,
    label: str,
    migrations: Sequence[Migration],
    *,
    error: Callable[[str], Exception] = DatabaseError,
    busy_timeout_s: float = 2.0,
    synchronous: Synchronous = "FULL",
    setup: Callable[[Connection], None] | None = None,
) -> Database:
    """The store's database (nothing is connected until first use)."""
    return SqliteDatabase(
        Path(target),
        label,
        migrations,
        error=error,
        busy_timeout_s=busy_timeout_s,
        synchronous=synchronous,
        setup=setup,
    )
