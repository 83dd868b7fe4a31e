"""kiosk.db: one Database class for every store (SQLite here; PostgreSQL in test_db_pg)."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import ConfigError, parse
from kiosk.db import DatabaseError, SqliteDatabase
from kiosk.ops.stats import MIGRATIONS as STATS_MIGRATIONS
from kiosk.ops.stats import Stats, StatsUnavailable
from kiosk.outbox.submissions import SubmissionStore

MIGRATIONS = [
    ("CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",),
    ("ALTER TABLE counter ADD COLUMN note TEXT",),
]


def test_migrations_are_applied_once_and_counted(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "x.db", "test database", MIGRATIONS[:1])
    with db.write() as conn:
        conn.execute("INSERT INTO counter VALUES ('a', 1)")
    assert db.schema_version() == 1
    db.close()
    newer = SqliteDatabase(tmp_path / "x.db", "test database", MIGRATIONS)
    with newer.read() as conn:
        assert conn.execute("SELECT name, value, note FROM counter").fetchall() == [("a", 1, None)]
    assert newer.schema_version() == 2
    newer.close()
    older = SqliteDatabase(tmp_path / "x.db", "test database", MIGRATIONS[:1])
    with pytest.raises(DatabaseError, match=r"x.db: schema version 2 is newer .* \(1\)"):
        older.schema_version()


def test_a_failed_write_is_rolled_back_and_the_error_is_the_stores(tmp_path: Path) -> None:
    class StoreError(Exception):
        pass

    db = SqliteDatabase(tmp_path / "x.db", "test database", MIGRATIONS, error=StoreError)
    with pytest.raises(ZeroDivisionError), db.write() as conn:
        conn.execute("INSERT INTO counter (name, value) VALUES ('a', 1)")
        raise ZeroDivisionError  # store code failing mid-transaction
    unique = r"^test database .*x.db: UNIQUE constraint failed"
    with pytest.raises(StoreError, match=unique), db.write() as conn:
        conn.execute("INSERT INTO counter (name, value) VALUES ('b', 1)")
        conn.execute("INSERT INTO counter (name, value) VALUES ('b', 2)")
    with db.read() as conn:
        assert conn.execute("SELECT count(*) FROM counter").fetchone()[0] == 0


def test_write_takes_the_lock_before_reading(tmp_path: Path) -> None:
    """Two processes' read-max-then-insert must not interleave: a second writer waits
    (busy timeout) and then fails with a staff-readable lock message."""
    first = SqliteDatabase(tmp_path / "x.db", "test database", MIGRATIONS)
    second = SqliteDatabase(tmp_path / "x.db", "test database", MIGRATIONS, busy_timeout_s=0.2)
    second.schema_version()
    entered = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with first.write():
            entered.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert entered.wait(5)
        locked = r"is locked by another process \(waited 0.2 s\)"
        with pytest.raises(DatabaseError, match=locked), second.write():
            pass
    finally:
        release.set()
        holder.join()
    with second.write() as conn:  # a lock error keeps the connection; it works again
        conn.execute("INSERT INTO counter (name, value) VALUES ('c', 3)")


def test_stats_and_submissions_adopt_unversioned_files(tmp_path: Path) -> None:
    """Files written before the schema was versioned keep their rows."""
    stats_file = tmp_path / "stats.db"
    conn = sqlite3.connect(stats_file)
    conn.execute(
        "CREATE TABLE event (at REAL NOT NULL, day TEXT NOT NULL, name TEXT NOT NULL,"
        " fields TEXT NOT NULL)"
    )
    conn.execute("INSERT INTO event VALUES (1.0, '2026-11-23', 'session_start', '{}')")
    conn.commit()
    conn.close()
    stats = Stats(stats_file)
    assert stats.events() == [("2026-11-23", "session_start", {})]
    assert stats.db.schema_version() == len(STATS_MIGRATIONS)
    stats.close()

    forms_file = tmp_path / "submissions.db"
    conn = sqlite3.connect(forms_file)
    conn.execute(
        "CREATE TABLE submission (key TEXT PRIMARY KEY, reference TEXT NOT NULL,"
        " form TEXT NOT NULL, received TEXT NOT NULL, payload TEXT NOT NULL)"
    )
    conn.execute(
        "INSERT INTO submission VALUES ('k', 'ANM-AAAA-BBBB', 'anmeldung', "
        "'2026-11-23T10:00:00+01:00', '{\"data\": {}}')"
    )
    conn.commit()
    conn.close()
    store = SubmissionStore(forms_file)
    found = store.find("anm-aaaa-bbbb")
    assert found is not None and found["form"] == "anmeldung"
    store.save("k", {"form": "other"})  # same key: stored once, first wins
    assert [s["form"] for s in store.all()] == ["anmeldung"]
    store.close()


def test_a_full_disk_is_a_staff_readable_stats_error(tmp_path: Path) -> None:
    stats = Stats(tmp_path / "stats.db")

    def disk_full(conn: sqlite3.Connection) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    stats.db.on_connect = disk_full
    with pytest.raises(StatsUnavailable, match=r"statistics database .*stats.db cannot grow"):
        for _ in range(10_000):
            stats.record("concern", concern="anmeldung")
    stats.close()


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)


def _embedded(database: str, password_file: str = "") -> str:
    quoted = [json.dumps(v, ensure_ascii=False) for v in (database, password_file)]
    return "[embedded]\ndatabase = {}\npassword_file = {}\n".format(*quoted)


@given(st.one_of(_TEXT, _TEXT.map(lambda t: "postgresql://" + t)), _TEXT)
def test_any_database_setting_is_accepted_or_one_clear_config_error(
    database: str, password_file: str
) -> None:
    """Whatever an admin types into [embedded] database / password_file: the config
    loads or says which key is wrong; a password never stays inside the URL."""
    try:
        cfg = parse(_embedded(database, password_file))
    except ConfigError as err:
        assert "embedded." in str(err) and "\n" not in str(err)
        return
    if cfg.site_database:
        assert urlsplit(cfg.site_database).password is None


def test_a_password_in_the_url_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"put the password in embedded\.password_file"):
        parse(_embedded("postgresql://kiosk:secret@db/kiosk"))
    with pytest.raises(ConfigError, match="only used with a postgresql"):
        parse(_embedded("", "/etc/kiosk/pw"))


def test_postgres_placeholders_and_lock_keys() -> None:
    from kiosk.db.postgres import lock_key, placeholders, where_of

    assert placeholders("SELECT ? WHERE a LIKE 'x%'") == "SELECT %s WHERE a LIKE 'x%%'"
    assert lock_key("kiosk:queue") != lock_key("kiosk:stats")
    assert 0 < lock_key("kiosk:queue") < 2**63
    assert where_of(
        "postgresql://kiosk_terminal@db.rathaus.local:5433/kiosk?sslmode=verify-full"
    ) == ("postgresql://db.rathaus.local:5433/kiosk")


@pytest.mark.parametrize(
    ("sqlstate", "text"),
    [
        ("28P01", "refused the login (check the user and password_file)"),
        ("3D000", "does not exist"),
        ("42501", "refused this: the role lacks a right: permission denied"),
        ("53100", "cannot grow: disk full on the database server"),
        ("55P03", "is locked by another kiosk (waited 5 s)"),
        ("57P01", "is shutting down or restarting"),
        ("08006", "cannot be reached: permission denied"),
    ],
)
def test_postgres_errors_are_one_line_for_staff(sqlstate: str, text: str) -> None:
    import psycopg

    from kiosk.db.postgres import PostgresDatabase

    class Failure(psycopg.OperationalError):
        pass

    err = Failure("permission denied for table x\nDETAIL: more")
    err.sqlstate = sqlstate  # type: ignore[misc]
    db = PostgresDatabase(
        "postgresql://kiosk_terminal@db.rathaus.local/kiosk", "queue database", [], store="q"
    )
    message = db.describe(err)
    assert message.startswith("queue database postgresql://db.rathaus.local/kiosk ")
    assert text in message and "\n" not in message and "kiosk_terminal" not in message
    assert db.is_lock(err) == (sqlstate == "55P03")
