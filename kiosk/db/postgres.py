"""PostgreSQL, the site database: several kiosks (and the clerks' PCs) share one server.

Chosen by ``[embedded] database = "postgresql://user@host/db?sslmode=verify-full"``; the
password is read from ``password_file`` at every connect (never from the URL, never
logged). Store SQL is the same as for SQLite: ``?`` placeholders become ``%s`` here.

A write transaction takes a transaction-level advisory lock for its store first
(``pg_advisory_xact_lock``), the same promise as SQLite's ``BEGIN IMMEDIATE``: kiosks
that draw at the same moment queue up instead of computing the same next number. The
lock is released by COMMIT, ROLLBACK or the server when a kiosk dies mid-draw, so a
killed kiosk leaves neither a gap nor a stuck lock. ``lock_timeout`` bounds the wait.

Schema versions live in the table ``kiosk_schema`` (one row per store). Least privilege:
kiosks cannot change the schema; the owner runs ``kiosk site migrate`` (docs/site.md).
"""

from __future__ import annotations

import functools
import logging
import os
import zlib
from collections.abc import Callable, Sequence
from typing import Any, cast

import psycopg
from psycopg import pq
from psycopg.conninfo import conninfo_to_dict

from kiosk.db.base import Connection, Cursor, Database, DatabaseError, Migration

log = logging.getLogger(__name__)

SCHEMA_TABLE = "kiosk_schema"
_MIGRATION_LOCK = "kiosk:schema"

# SQLSTATE -> what the staff should read.
_STATE_TEXT = {
    "28P01": "refused the login (check the user and password_file)",
    "28000": "refused the login (check pg_hba.conf and the user)",
    "3D000": "does not exist (check the database name)",
    "42501": "refused this: the role lacks a right",
    "53100": "cannot grow: disk full on the database server",
    "53200": "is out of memory",
    "53300": "has too many connections",
    "55P03": "is locked by another kiosk",
    "57014": "did not answer in time",
    "57P01": "is shutting down or restarting",
    "57P02": "is shutting down or restarting",
    "57P03": "is starting up or not accepting connections",
    "40001": "had a conflicting write (try again)",
    "40P01": "had a conflicting write (try again)",
}
_LOCK_STATES = ("55P03", "40001", "40P01")


def lock_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for a name."""
    return zlib.crc32(name.encode()) | (0x4B494F53 << 32)  # "KIOS" in the high word


@functools.lru_cache(maxsize=512)
def placeholders(sql: str) -> str:
    """``?`` -> ``%s`` (and a literal ``%`` -> ``%%``) for psycopg."""
    return sql.replace("%", "%%").replace("?", "%s")


class _Conn:
    """A psycopg connection that takes the stores' ``?`` SQL."""

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor:
        if parameters:
            return cast(Cursor, self.raw.execute(placeholders(sql), tuple(parameters)))
        return cast(Cursor, self.raw.execute(sql))  # no parameters: no placeholders


def where_of(url: str) -> str:
    """``host:port/dbname`` of a URL, for messages: never the user's password."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql (unreadable URL)"
    host = str(parts.get("host") or "localhost")
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{host}{port}/{parts.get('dbname') or ''}"


class PostgresDatabase(Database):
    """One store in the site's PostgreSQL database (see the module docstring)."""

    engine = "postgresql"
    # A connection idle this long is tested before use: after a server restart or a
    # failover the first citizen must not get an error (or an emergency number).
    idle_check_s = 2.0

    def __init__(
        self,
        url: str,
        label: str,
        migrations: Sequence[Migration],
        *,
        store: str,
        error: Callable[[str], Exception] = DatabaseError,
        busy_timeout_s: float = 5.0,
        password_file: str = "",
        setup: Callable[[Connection], None] | None = None,
        connect_timeout_s: int = 5,
        statement_timeout_s: float = 15.0,
    ) -> None:
        super().__init__(label, migrations, error=error, busy_timeout_s=busy_timeout_s, setup=setup)
        self.url = url
        self.store = store
        self.password_file = password_file
        self.connect_timeout_s = max(2, int(connect_timeout_s))
        self.statement_timeout_s = statement_timeout_s
        self._where = where_of(url)
        self._lock_key = lock_key(f"kiosk:{store}")

    @property
    def where(self) -> str:
        return self._where

    def role(self) -> str:
        """The role the kiosk logs in as."""
        with self.read() as conn:
            name: str = conn.execute("SELECT current_user").fetchone()[0]
        return name

    # -- errors ----------------------------------------------------------------------

    def describe(self, err: BaseException) -> str:
        state = getattr(err, "sqlstate", None) or ""
        head = f"{self.label} {self.where}"
        if state in _STATE_TEXT:
            text = _STATE_TEXT[state]
            if state == "55P03":
                text += f" (waited {self.busy_timeout_s:g} s)"
            elif state == "57014":
                text += f" (within {self.statement_timeout_s:g} s)"
            elif state == "42501":
                text += f": {_first_line(err)}"
            return f"{head} {text}"
        if state.startswith("08") or (isinstance(err, psycopg.OperationalError) and not state):
            return f"{head} cannot be reached: {_first_line(err)}"
        return f"{head}: {_first_line(err)}"

    def is_lock(self, err: BaseException) -> bool:
        return (getattr(err, "sqlstate", None) or "") in _LOCK_STATES

    def _engine_errors(self) -> tuple[type[BaseException], ...]:
        return (psycopg.Error,)

    # -- connection and transactions -------------------------------------------------

    def _open(self) -> Connection:
        password = self._password()
        raw = psycopg.connect(
            self.url,
            autocommit=True,  # transactions are explicit: BEGIN ... COMMIT
            password=password,
            connect_timeout=self.connect_timeout_s,
            application_name=f"kiosk {self.store}",
            # a dead server or cable is noticed within seconds, not hours
            keepalives=1,
            keepalives_idle=10,
            keepalives_interval=5,
            keepalives_count=3,
            tcp_user_timeout=int(self.connect_timeout_s * 2000),
            options=f"-c statement_timeout={int(self.statement_timeout_s * 1000)}",
        )
        conn = _Conn(raw)
        try:
            self._migrate(conn)
            if self.setup is not None:
                self.setup(conn)
            if self.on_connect is not None:
                self.on_connect(raw)
        except BaseException:
            raw.close()
            raise
        return conn

    def _password(self) -> str | None:
        if not self.password_file:
            return None  # from ~/.pgpass, PGPASSWORD or a trust/peer/cert login
        path = os.path.expanduser(self.password_file)
        try:
            with open(path, encoding="utf-8") as f:
                return f.readline().rstrip("\r\n")
        except OSError as err:
            raise self.error(
                f"{self.label} {self.where}: password_file {path} cannot be read: {err.strerror}"
            ) from None

    def _alive(self, conn: Connection) -> bool:
        try:
            conn.execute("SELECT 1").fetchone()
        except psycopg.Error:
            return False
        return True

    def _close(self, conn: Connection) -> None:
        _raw(conn).close()

    def _begin(self, conn: Connection, durable: bool | None) -> None:
        conn.execute("BEGIN")
        conn.execute(f"SET LOCAL lock_timeout = {int(self.busy_timeout_s * 1000)}")
        if durable is False:
            conn.execute("SET LOCAL synchronous_commit = off")
        conn.execute("SELECT pg_advisory_xact_lock(?)", (self._lock_key,))

    def _commit(self, conn: Connection) -> None:
        conn.execute("COMMIT")

    def _rollback(self, conn: Connection) -> None:
        conn.execute("ROLLBACK")

    def _in_transaction(self, conn: Connection) -> bool:
        status = _raw(conn).info.transaction_status
        return status in (pq.TransactionStatus.INTRANS, pq.TransactionStatus.INERROR)

    # -- schema ----------------------------------------------------------------------

    def _migrate(self, conn: Connection) -> None:
        """As for SQLite, under one session lock for all stores (they share the version
        table), taken before the migration's transaction begins: a transaction started
        earlier would still see the tables as missing after the lock wait (the server's
        catalogue cache is refreshed when a transaction starts). A role without the
        right to change the schema gets a clear line."""
        if self._version(conn) == self.schema_target:
            return
        key = lock_key(_MIGRATION_LOCK)
        conn.execute(f"SET lock_timeout = {int(max(self.busy_timeout_s, 30) * 1000)}")
        conn.execute("SELECT pg_advisory_lock(?)", (key,))
        try:
            super()._migrate(conn)
        except psycopg.errors.InsufficientPrivilege:
            version = self._version(conn)
            raise self.error(
                f"{self.label} {self.where} is at schema version {version}, this software"
                f" needs {self.schema_target}, and role {_raw(conn).info.user} may not change"
                " it: run 'kiosk site migrate' with the owner's config (docs/site.md)"
            ) from None
        finally:
            conn.execute("SELECT pg_advisory_unlock(?)", (key,))
            conn.execute("RESET lock_timeout")

    def _begin_migration(self, conn: Connection) -> None:
        conn.execute("BEGIN")  # under the session lock taken in _migrate

    def _version(self, conn: Connection) -> int:
        if conn.execute(f"SELECT to_regclass('{SCHEMA_TABLE}')").fetchone()[0] is None:
            return 0
        row = conn.execute(
            f"SELECT version FROM {SCHEMA_TABLE} WHERE store = ?", (self.store,)
        ).fetchone()
        return int(row[0]) if row else 0

    def _set_version(self, conn: Connection, version: int) -> None:
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE}"
            " (store TEXT PRIMARY KEY, version INTEGER NOT NULL)"
        )
        conn.execute(
            f"INSERT INTO {SCHEMA_TABLE} (store, version) VALUES (?, ?)"
            " ON CONFLICT (store) DO UPDATE SET version = excluded.version",
            (self.store, version),
        )

    def _newer(self, version: int, target: int) -> Exception:
        return self.error(
            f"{self.label} {self.where}: schema version {version} is newer than this"
            f" software ({target})"
        )


def _raw(conn: Connection) -> psycopg.Connection[Any]:
    return cast(_Conn, conn).raw


def _first_line(err: BaseException) -> str:
    lines = str(err).strip().splitlines()
    return " ".join(lines[0].split()) if lines else type(err).__name__
