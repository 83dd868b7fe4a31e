"""What every kiosk database does, whichever engine holds it.

A :class:`Database` owns one connection, opened on first use and again after a failure
(so a replaced file or a restarted server is picked up without restarting the kiosk),
serialised by a lock so a worker thread and the UI thread can share it. ``read()`` and
``write()`` hand out the connection; ``write()`` is one transaction that holds the
store's write lock from its first statement, so a read-then-write (the next waiting
number) cannot interleave with another process. Every engine error leaving either block
becomes the store's own exception with one line a member of staff can act on.

Store code writes its SQL once, with ``?`` placeholders; an engine that wants another
style translates. Migrations are numbered lists of statements; an entry may give
per-engine variants where the SQL differs (``{"sqlite": (...), "postgresql": (...)}``).
"""

from __future__ import annotations

import logging
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar, Protocol

log = logging.getLogger(__name__)

Statements = tuple[str, ...]
Migration = Statements | Mapping[str, Statements]


class DatabaseError(Exception):
    """A database failed; ``str(err)`` is one line naming the database and the cause."""


class Cursor(Protocol):
    """What store code reads from a statement (sqlite3 and psycopg cursors both fit)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Connection(Protocol):
    """What store code may call: ``execute(sql_with_question_marks, params)``."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor: ...


def statements_for(migration: Migration, engine: str) -> Statements:
    """The statements of one migration for ``engine``."""
    if isinstance(migration, tuple):
        return migration
    try:
        return migration[engine]
    except KeyError:
        raise DatabaseError(f"migration has no statements for {engine}") from None


class Database(ABC):
    """One store's database: connection life cycle, transactions, migrations, errors.

    ``error`` builds the store's exception from a message (BackendUnavailable for the
    queue, OutboxError for the outbox ...). ``setup(conn)`` runs on every new connection
    after the migrations (housekeeping such as deleting expired rows); ``on_connect`` is
    a test hook run last.
    """

    engine: ClassVar[str]
    idle_check_s: ClassVar[float] = float("inf")  # test a connection idle this long

    def __init__(
        self,
        label: str,
        migrations: Sequence[Migration],
        *,
        error: Callable[[str], Exception] = DatabaseError,
        busy_timeout_s: float = 2.0,
        setup: Callable[[Connection], None] | None = None,
    ) -> None:
        self.label = label
        self.migrations = list(migrations)
        self.error = error
        self.busy_timeout_s = busy_timeout_s
        self.setup = setup
        self.on_connect: Callable[[Any], None] | None = None
        self._conn: Connection | None = None
        self._lock = threading.RLock()
        self.last_failure_lock = False  # was the last failure only a busy lock?
        self._used_at = 0.0

    @property
    def schema_target(self) -> int:
        """The schema version this software needs."""
        return len(self.migrations)

    @property
    @abstractmethod
    def where(self) -> str:
        """The database as messages name it: a file path, or host/name of a server."""

    # -- what stores use -----------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """The connection, under the lock; engine errors become one-line store errors."""
        with self._lock:
            try:
                yield self.connection()
            except self._engine_errors() as err:
                raise self._failure(err) from None

    @contextmanager
    def write(self, durable: bool | None = None) -> Iterator[Connection]:
        """One write transaction, committed when the block ends, rolled back when it
        raises. ``durable`` (where the engine can choose per commit): True waits until
        the commit is on disk, False accepts losing it in a power cut; None keeps the
        connection's setting."""
        with self.read() as conn:
            self._begin(conn, durable)
            try:
                yield conn
                self._commit(conn)
            finally:
                if self._in_transaction(conn):
                    self._rollback_quietly(conn)

    def connection(self) -> Connection:
        """The open connection (opened now if needed). Call under ``read()``/``write()``
        or in tests; errors here are the engine's own."""
        with self._lock:
            now = time.monotonic()
            idle = self._conn is not None and now - self._used_at > self.idle_check_s
            if idle and self._conn is not None and not self._alive(self._conn):
                # e.g. the server restarted meanwhile: reconnect instead of failing once
                log.info("%s %s: connection lost while idle", self.label, self.where)
                self._drop()
            if self._conn is None:
                self._conn = self._open()
            self._used_at = now
            return self._conn

    def schema_version(self) -> int:
        """The version the database is at now (0 for a new one)."""
        with self.read() as conn:
            return self._version(conn)

    def close(self) -> None:
        """Release the connection; a later call opens it again."""
        with self._lock:
            self._drop()

    # -- shared machinery ----------------------------------------------------------------

    def _failure(self, err: BaseException) -> Exception:
        message = self.describe(err)
        self.last_failure_lock = self.is_lock(err)
        log.debug("%s (%r)", message, err)  # the caller logs or shows the message once
        if not self.is_lock(err):
            self._drop()  # start afresh next time: file replaced, server restarted ...
        return self.error(message)

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                self._close(conn)
            except Exception as err:  # the connection is gone either way
                log.warning("%s %s: close failed: %s", self.label, self.where, err)

    def _rollback_quietly(self, conn: Connection) -> None:
        try:
            self._rollback(conn)
        except Exception as err:  # the original error is the one worth reporting
            log.warning("%s %s: rollback failed: %s", self.label, self.where, err)

    def _migrate(self, conn: Connection) -> None:
        """Bring the schema to ``schema_target`` under the write lock, so several
        processes opening the database at once migrate it exactly once; refuse a
        database from newer software."""
        target = self.schema_target
        if self._version(conn) == target:
            return
        self._begin_migration(conn)
        try:
            version = self._version(conn)  # again, now under the write lock
            if version > target:
                raise self._newer(version, target)
            for number, migration in enumerate(self.migrations[version:], start=version + 1):
                for statement in statements_for(migration, self.engine):
                    conn.execute(statement)
                self._set_version(conn, number)
                log.info("%s %s: schema version %d", self.label, self.where, number)
            self._commit(conn)
        finally:
            if self._in_transaction(conn):
                self._rollback_quietly(conn)

    def _alive(self, conn: Connection) -> bool:
        """Whether an idle connection still works (engines with a server test it)."""
        return True

    def _begin_migration(self, conn: Connection) -> None:
        """The transaction migrations run in; engines that share one version table
        between stores take a wider lock."""
        self._begin(conn, None)

    def integrity_problem(self, conn: Connection) -> str | None:
        """A cheap structural check where the engine has one; None when fine."""
        return None

    # -- per engine ----------------------------------------------------------------------

    @abstractmethod
    def _engine_errors(self) -> tuple[type[BaseException], ...]: ...

    @abstractmethod
    def describe(self, err: BaseException) -> str:
        """One line for logs and staff: which database and what is wrong with it."""

    @abstractmethod
    def is_lock(self, err: BaseException) -> bool:
        """Another process holds the write lock: worth waiting for, no reason to
        reconnect."""

    @abstractmethod
    def _open(self) -> Connection: ...

    @abstractmethod
    def _close(self, conn: Connection) -> None: ...

    @abstractmethod
    def _begin(self, conn: Connection, durable: bool | None) -> None: ...

    @abstractmethod
    def _commit(self, conn: Connection) -> None: ...

    @abstractmethod
    def _rollback(self, conn: Connection) -> None: ...

    @abstractmethod
    def _in_transaction(self, conn: Connection) -> bool: ...

    @abstractmethod
    def _version(self, conn: Connection) -> int: ...

    @abstractmethod
    def _set_version(self, conn: Connection, version: int) -> None: ...

    @abstractmethod
    def _newer(self, version: int, target: int) -> Exception:
        """The engine error for "schema is newer than this software"."""
