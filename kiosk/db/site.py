"""Where a store lives for this config: an SQLite file in the state folder, or the site's
PostgreSQL when ``[embedded] database`` is a ``postgresql://`` URL (docs/site.md).

Three stores move to the site database: the embedded queue (numbers, contingents,
appointments, arrivals), the form store and the usage statistics. The outbox and the
ZMS journal stay on each kiosk: they are what keeps a kiosk working while the network
or the server is down.

:func:`check` is what ``kiosk doctor`` and ``kiosk site check`` report: connection,
schema version of each store, and the rights of the role the config logs in as.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import Config
from kiosk.db.base import Connection, Database, DatabaseError, Migration
from kiosk.db.sqlite import SqliteDatabase, Synchronous

# What each role needs, per table (docs/site.md grants exactly these).
KIOSK_RIGHTS: dict[str, tuple[str, ...]] = {
    "ticket": ("SELECT", "INSERT"),
    "appointment": ("SELECT", "UPDATE"),
    "submission": ("INSERT",),
    "event": ("INSERT",),
    "kiosk_schema": ("SELECT",),
}
CLERK_RIGHTS: dict[str, tuple[str, ...]] = {
    "ticket": ("SELECT", "UPDATE"),
    "appointment": ("SELECT",),
    "submission": ("SELECT",),
    "event": ("SELECT",),
    "kiosk_schema": ("SELECT",),
}
# Rights a kiosk must not have: a stolen kiosk must not read the town's forms.
KIOSK_MUST_NOT: dict[str, tuple[str, ...]] = {"submission": ("SELECT", "UPDATE", "DELETE")}


_COLUMN_RIGHTS = ("SELECT", "INSERT", "UPDATE", "REFERENCES")


def open_store(
    cfg: Config,
    *,
    store: str,
    file: Path,
    label: str,
    migrations: Sequence[Migration],
    error: Callable[[str], Exception] = DatabaseError,
    busy_timeout_s: float = 2.0,
    synchronous: Synchronous = "FULL",
    setup: Callable[[Connection], None] | None = None,
) -> Database:
    """The store's database for ``cfg``: the site's PostgreSQL or ``file``."""
    if cfg.site_database:
        from kiosk.db.postgres import PostgresDatabase  # psycopg loads only when used

        return PostgresDatabase(
            cfg.site_database,
            label,
            migrations,
            store=store,
            error=error,
            busy_timeout_s=max(busy_timeout_s, 5.0),  # a network and other kiosks
            password_file=cfg.embedded.password_file,
            setup=setup,
        )
    return SqliteDatabase(
        file,
        label,
        migrations,
        error=error,
        busy_timeout_s=busy_timeout_s,
        synchronous=synchronous,
        setup=setup,
    )


@dataclass(frozen=True)
class Finding:
    """One line of a site-database check; ``ok`` False means something to fix."""

    ok: bool
    text: str


def check(databases: Sequence[Database], role: str = "kiosk") -> list[Finding]:
    """Connection, schema versions and the rights of the logged-in role (``role`` is
    "kiosk" or "clerk": which rights it should have). Never raises."""
    findings: list[Finding] = []
    if not databases:
        return findings
    first = databases[0]
    try:
        with first.read() as conn:
            user = conn.execute("SELECT current_user").fetchone()[0]
            server = str(conn.execute("SHOW server_version").fetchone()[0]).split()[0]
            ssl = _ssl_in_use(conn)
    except Exception as err:  # unreachable, refused login, schema too old ...
        return [Finding(False, str(err))]
    findings.append(
        Finding(True, f"connected to {first.where} as {user} (PostgreSQL {server}, {ssl})")
    )
    for db in databases:
        try:
            version = db.schema_version()
        except Exception as err:
            findings.append(Finding(False, str(err)))
            continue
        fine = version == db.schema_target
        findings.append(
            Finding(
                fine,
                f"{db.label}: schema version {version}"
                + ("" if fine else f", this software needs {db.schema_target}"),
            )
        )
    need = KIOSK_RIGHTS if role == "kiosk" else CLERK_RIGHTS
    missing, extra = _rights(first, need, KIOSK_MUST_NOT if role == "kiosk" else {})
    findings.append(
        Finding(
            not missing,
            f"role {user} has the rights a {role} needs"
            if not missing
            else f"role {user} lacks: {', '.join(missing)} (see docs/site.md, roles)",
        )
    )
    if extra:
        findings.append(
            Finding(False, f"role {user} has rights a {role} must not have: {', '.join(extra)}")
        )
    return findings


def _rights(
    db: Database, need: dict[str, tuple[str, ...]], forbidden: dict[str, tuple[str, ...]]
) -> tuple[list[str], list[str]]:
    missing: list[str] = []
    extra: list[str] = []
    with db.read() as conn:
        for table, rights in need.items():
            for right in rights:
                if not _has(conn, table, right):
                    missing.append(f"{right} on {table}")
        for table, rights in forbidden.items():
            for right in rights:
                if _has(conn, table, right):
                    extra.append(f"{right} on {table}")
    return missing, extra


def _has(conn: Connection, table: str, right: str) -> bool:
    if conn.execute("SELECT to_regclass(?)", (table,)).fetchone()[0] is None:
        return False
    # column rights count (GRANT UPDATE (status, called_at) ON ticket ...)
    function = "has_any_column_privilege" if right in _COLUMN_RIGHTS else "has_table_privilege"
    return bool(
        conn.execute(f"SELECT {function}(current_user, ?, ?)", (table, right)).fetchone()[0]
    )


def _ssl_in_use(conn: Connection) -> str:
    row = conn.execute(
        "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
    ).fetchone()
    return f"TLS {row[1]}" if row and row[0] else "no TLS"
