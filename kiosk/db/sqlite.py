"""SQLite, the kiosk's default engine: one file per store in the state folder.

Connections run in WAL mode (readers never wait for the writer) with a busy timeout; a
write transaction is ``BEGIN IMMEDIATE``, which takes the file's write lock before the
first read. ``PRAGMA user_version`` counts the applied migrations. SQLite's error names
become lines such as "queue database /var/lib/kiosk/kiosk.db cannot grow: disk full".
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, cast

from kiosk.db.base import Connection, Database, DatabaseError, Migration

log = logging.getLogger(__name__)

Synchronous = Literal["FULL", "NORMAL"]

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


def is_lock(err: BaseException) -> bool:
    """Another process holds the file: worth waiting for, no reason to reopen it."""
    return (getattr(err, "sqlite_errorname", "") or "").startswith(_LOCKS)


def describe_error(err: BaseException, label: str, path: Path, busy_timeout_s: float) -> str:
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


class SqliteDatabase(Database):
    """A store in one SQLite file. ``synchronous`` is the default durability of a
    commit: FULL (fsync at every commit: a number handed out survives a power cut) or
    NORMAL (may lose the last commits in a power cut, never corrupts: statistics)."""

    engine = "sqlite"

    def __init__(
        self,
        path: Path,
        label: str,
        migrations: Sequence[Migration],
        *,
        error: Callable[[str], Exception] = DatabaseError,
        busy_timeout_s: float = 2.0,
        synchronous: Synchronous = "FULL",
        setup: Callable[[Connection], None] | None = None,
    ) -> None:
        super().__init__(label, migrations, error=error, busy_timeout_s=busy_timeout_s, setup=setup)
        self.path = Path(path)
        self.synchronous = synchronous

    @property
    def where(self) -> str:
        return str(self.path)

    def describe(self, err: BaseException) -> str:
        return describe_error(err, self.label, self.path, self.busy_timeout_s)

    def is_lock(self, err: BaseException) -> bool:
        return is_lock(err)

    def integrity_problem(self, conn: Connection) -> str | None:
        """``PRAGMA quick_check``: reads every page, so callers ration it."""
        problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        return None if problems == ["ok"] else f"quick_check of {self.path}: {problems[0]}"

    def _engine_errors(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

    def _open(self) -> Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise self.error(
                f"{self.label} {self.path}: cannot create its folder: {err.strerror}"
            ) from None
        conn = sqlite3.connect(
            self.path,
            timeout=self.busy_timeout_s,
            isolation_level=None,  # transactions are explicit: BEGIN IMMEDIATE
            check_same_thread=False,  # shared by threads, one at a time under the lock
        )
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                log.warning("%s %s: journal mode %s, not wal", self.label, self.path, mode)
            conn.execute(f"PRAGMA synchronous = {self.synchronous}")
            conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(conn)
            if self.setup is not None:
                self.setup(conn)
            if self.on_connect is not None:
                self.on_connect(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _close(self, conn: Connection) -> None:
        _raw(conn).close()

    def _begin(self, conn: Connection, durable: bool | None) -> None:
        if durable is not None:
            conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
        conn.execute("BEGIN IMMEDIATE")

    def _commit(self, conn: Connection) -> None:
        conn.execute("COMMIT")

    def _rollback(self, conn: Connection) -> None:
        conn.execute("ROLLBACK")

    def _in_transaction(self, conn: Connection) -> bool:
        return _raw(conn).in_transaction

    def _version(self, conn: Connection) -> int:
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        return version

    def _set_version(self, conn: Connection, version: int) -> None:
        conn.execute(f"PRAGMA user_version = {int(version)}")

    def _newer(self, version: int, target: int) -> Exception:
        return sqlite3.DatabaseError(
            f"schema version {version} is newer than this software ({target})"
        )


def _raw(conn: Connection) -> sqlite3.Connection:
    return cast(sqlite3.Connection, conn)
