"""A durable outbox: what must reach the central side later survives crashes and outages.

Arrivals, numbers issued from the emergency range and (later) form submissions are first
committed to one SQLite file on the kiosk; :class:`OutboxWorker` delivers them in the
background and retries with exponential backoff until the central side has them.

Guarantees:

* :meth:`Outbox.put` returns only after the item is on disk (WAL, ``synchronous=FULL``
  for that commit), so the UI may confirm to the citizen as soon as it returns.
* Every item has an idempotency key, sent with every attempt. Delivery is at least once
  (a crash between the POST and the "delivered" mark sends it again); the receiver makes
  it exactly once by deduplicating on the key. Putting a key twice stores it once.
* Delivered items keep a tombstone (key, kind, times) without their payload for
  ``keep_delivered_s``, so a re-put after delivery is still a no-op. The kiosk runs with
  0 (:func:`open_outbox`): a delivered item is deleted at once (the receiver deduplicates
  a re-put by its key), and the worker empties the write-ahead log once it is idle.
* With a ``sealer`` (``[privacy] public_key``), form payloads are sealed to the office
  before they are written (:func:`kiosk.privacy.sealing.seal_payload`): the file, its
  log and what is sent hold only the form id, the reference and a JWE. Deleted rows are
  overwritten (``secure_delete``).
* Items the receiver refuses for good are "rejected": they stop retrying and wait for
  staff (:meth:`Outbox.rejected_items`, :meth:`Outbox.requeue`).

Log lines carry the kind and the key only, never payload contents. One worker per file.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import Any

from kiosk.config import Config
from kiosk.db import Connection, SqliteDatabase
from kiosk.outbox.items import (
    DeliveryError,
    DeliveryRejected,
    Item,
    OutboxError,
    OutboxStats,
    State,
    error_line,
    one_line,
)
from kiosk.outbox.worker import OutboxWorker
from kiosk.privacy.erase import checkpoint, secure_delete
from kiosk.privacy.pseudonyms import pseudonym
from kiosk.privacy.sealing import SEALED_KINDS, Sealer, seal_payload, sealer_from

__all__ = [
    "DeliveryError",
    "DeliveryRejected",
    "Item",
    "Outbox",
    "OutboxError",
    "OutboxStats",
    "OutboxWorker",
    "State",
    "error_line",
    "open_outbox",
]

log = logging.getLogger(__name__)

# Schema migrations, applied in order; PRAGMA user_version counts the applied ones.
# Never edit a released entry: append a new one.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """
        CREATE TABLE item (
            seq             INTEGER PRIMARY KEY,     -- put order: items drain oldest first
            key             TEXT    NOT NULL UNIQUE, -- idempotency key, sent on every attempt
            kind            TEXT    NOT NULL,
            payload         TEXT,                    -- JSON; NULL once delivered
            state           TEXT    NOT NULL DEFAULT 'pending'
                                    CHECK (state IN ('pending', 'delivered', 'rejected')),
            attempts        INTEGER NOT NULL DEFAULT 0,
            created_at      REAL    NOT NULL,        -- Unix time
            next_attempt_at REAL    NOT NULL,        -- Unix time
            last_error      TEXT,                    -- one line, never payload contents
            done_at         REAL                     -- delivered or rejected, Unix time
        )
        """,
        "CREATE INDEX item_due ON item (next_attempt_at) WHERE state = 'pending'",
        "CREATE INDEX item_delivered ON item (done_at) WHERE state = 'delivered'",
    ),
]
SCHEMA_VERSION = len(MIGRATIONS)

# Keys travel in an HTTP header: no spaces, no line breaks, bounded length.
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")
_KIND = re.compile(r"[a-z][a-z0-9_.-]{0,63}")

_COLUMNS = "key, kind, payload, attempts, created_at, next_attempt_at, last_error, state"


class Outbox:
    """The outbox file. Thread-safe: one connection, serialised by a lock, opened on first
    use and again after an error (so a replaced or repaired file is picked up).

    ``rng`` returns floats in [0, 1) for the backoff jitter; tests pass a fixed one.
    ``on_connect`` is a test hook run on every new connection.
    """

    def __init__(
        self,
        path: Path,
        retry_first_s: float = 2.0,
        retry_max_s: float = 300.0,
        clock: Callable[[], float] = time.time,
        *,
        rng: Callable[[], float] = random.random,
        keep_delivered_s: float = 7 * 86400.0,
        busy_timeout_s: float = 5.0,
        sealer: Sealer | None = None,
    ) -> None:
        if not (retry_first_s > 0 and retry_max_s > 0):
            raise ValueError("outbox: retry_first_s and retry_max_s must be positive")
        if retry_first_s > retry_max_s:  # the config checks each key alone: start anyway
            log.warning(
                "outbox: retry_first_s %g is above retry_max_s %g; using %g",
                retry_first_s,
                retry_max_s,
                retry_max_s,
            )
            retry_first_s = retry_max_s
        self.path = Path(path)
        self.retry_first_s = retry_first_s
        self.retry_max_s = retry_max_s
        self.clock = clock
        self.rng = rng
        self.keep_delivered_s = keep_delivered_s
        self.busy_timeout_s = busy_timeout_s
        self.sealer = sealer
        # synchronous is chosen per write: see _write()
        self.db = SqliteDatabase(
            self.path,
            "outbox database",
            MIGRATIONS,
            error=OutboxError,
            busy_timeout_s=busy_timeout_s,
            setup=secure_delete,
        )
        self._listeners: list[Callable[[], None]] = []

    @property
    def on_connect(self) -> Callable[[Any], None] | None:
        return self.db.on_connect

    @on_connect.setter
    def on_connect(self, hook: Callable[[Any], None] | None) -> None:
        self.db.on_connect = hook

    def _connection(self) -> Connection:
        return self.db.connection()

    def _write(self, durable: bool) -> AbstractContextManager[Connection]:
        """One ``BEGIN IMMEDIATE`` transaction.

        ``durable``: synchronous=FULL, the WAL is fsynced at COMMIT, so the item survives
        a power cut, not only a crash of the process (NORMAL would only promise that).
        Bookkeeping after a delivery attempt runs with NORMAL: losing it costs a resend,
        never an item, and it keeps draining fast on slow flash. A later FULL commit
        syncs the earlier frames too (the WAL is written in order).
        """
        return self.db.write(durable=durable)

    # -- enqueue -----------------------------------------------------------------------

    def put(self, kind: str, payload: dict[str, Any], idempotency_key: str | None = None) -> str:
        """Store an item durably and return its key (a new uuid4 hex if none is given).

        The commit is fsynced before this returns: the UI confirms only afterwards. A key
        that is already stored (pending, rejected or delivered) is left as it is: the
        first payload wins. Raises ValueError for a bad kind, key or payload, and
        OutboxError when the database cannot take it (the UI must not confirm then).
        """
        if not isinstance(kind, str) or not _KIND.fullmatch(kind):
            raise ValueError(f"outbox: kind {kind!r} is not a valid name (a-z, 0-9, _ . -)")
        key = uuid.uuid4().hex if idempotency_key is None else idempotency_key
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ValueError("outbox: idempotency key must be 1-128 of A-Z a-z 0-9 _ . : -")
        if not isinstance(payload, dict):
            raise ValueError(f"outbox item {kind}: payload must be a dict")
        if self.sealer is not None and kind in SEALED_KINDS:
            payload = seal_payload(self.sealer, payload)
        try:
            text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError) as err:  # messages name types, not values
            raise ValueError(f"outbox item {kind}: payload is not JSON: {err}") from None
        now = self.clock()
        with self._write(durable=True) as conn:
            added = conn.execute(
                "INSERT INTO item (key, kind, payload, created_at, next_attempt_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
                (key, kind, text, now, now),
            ).rowcount
        if added:
            log.debug("outbox: stored", extra={"fields": {"kind": kind, "key": pseudonym(key)}})
            self._notify()
        else:
            log.debug(
                "outbox: key stored already",
                extra={"fields": {"kind": kind, "key": pseudonym(key)}},
            )
        return key

    def add_put_listener(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` after each put() that stored a new item (wakes a worker).
        It runs in the putting thread, so it must be quick and must not raise."""
        self._listeners.append(listener)

    def remove_put_listener(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self) -> None:
        """Tell the listeners; never fail the put() that is already committed."""
        for listener in list(self._listeners):
            try:
                listener()
            except Exception as err:
                log.error("outbox: put listener failed: %s", error_line(err))

    # -- delivery side -----------------------------------------------------------------

    def due(self, now: float | None = None, limit: int = 100) -> list[Item]:
        """Pending items whose next attempt is due, in put order.

        An attempt scheduled further ahead than retry_max_s counts as due too: the wall
        clock went backwards (a kiosk without RTC battery, an NTP step) and the item
        must not wait for the clock to catch up.
        """
        now = self.clock() if now is None else now
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM item WHERE state = 'pending'"
                " AND (next_attempt_at <= ? OR next_attempt_at > ?) ORDER BY seq LIMIT ?",
                (now, now + self.retry_max_s, limit),
            ).fetchall()
        return [_item(row) for row in rows]

    def next_due_at(self) -> float | None:
        """When the earliest pending item is due; None when nothing is pending."""
        with self.db.read() as conn:
            found: float | None = conn.execute(
                "SELECT min(next_attempt_at) FROM item WHERE state = 'pending'"
            ).fetchone()[0]
        return found

    def delivered(self, key: str, now: float | None = None) -> None:
        """The receiver has it: keep a tombstone, drop the payload.

        Not fsynced (synchronous=NORMAL): losing this mark in a power cut only means the
        item is sent once more, and the receiver deduplicates by key.
        """
        now = self.clock() if now is None else now
        with self._write(durable=False) as conn:
            if self.keep_delivered_s <= 0:  # no tombstone: the row goes at once
                conn.execute("DELETE FROM item WHERE key = ?", (key,))
                return
            conn.execute(
                "UPDATE item SET state = 'delivered', payload = NULL, last_error = NULL,"
                " done_at = ? WHERE key = ? AND state != 'delivered'",
                (now, key),
            )
        log.debug("outbox: delivered", extra={"fields": {"key": pseudonym(key)}})

    def failed(self, key: str, error: str, now: float | None = None) -> float | None:
        """Count a failed attempt and schedule the next one; returns its time (None for
        a key that is not pending). Backoff: retry_first_s doubling per attempt, capped
        at retry_max_s, times a jitter in [0.5, 1) so kiosks that lost the network
        together do not retry in lockstep."""
        now = self.clock() if now is None else now
        line = one_line(error)
        with self._write(durable=False) as conn:
            row = conn.execute(
                "SELECT kind, attempts FROM item WHERE key = ? AND state = 'pending'", (key,)
            ).fetchone()
            if row is None:
                return None
            kind, attempts = row[0], row[1] + 1
            next_at = now + self.backoff_s(attempts)
            conn.execute(
                "UPDATE item SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE key = ?",
                (attempts, next_at, line, key),
            )
        log.warning(
            "outbox: delivery failed, will retry",
            extra={
                "fields": {
                    "kind": kind,
                    "key": pseudonym(key),
                    "attempts": attempts,
                    "retry_in_s": round(next_at - now, 1),
                    "error": line,
                }
            },
        )
        return next_at

    def rejected(self, key: str, error: str, now: float | None = None) -> None:
        """The receiver refused the item for good: stop retrying, keep it for staff."""
        now = self.clock() if now is None else now
        line = one_line(error)
        with self._write(durable=False) as conn:
            row = conn.execute(
                "SELECT kind FROM item WHERE key = ? AND state = 'pending'", (key,)
            ).fetchone()
            if row is None:
                return
            conn.execute(
                "UPDATE item SET state = 'rejected', attempts = attempts + 1,"
                " last_error = ?, done_at = ? WHERE key = ?",
                (line, now, key),
            )
        log.error(
            "outbox: item rejected by the receiver, not retried",
            extra={"fields": {"kind": row[0], "key": pseudonym(key), "error": line}},
        )

    def backoff_s(self, attempts: int) -> float:
        """Delay before the next try after ``attempts`` consecutive failures (>= 1)."""
        exponent = min(max(attempts, 1) - 1, 60)  # 2**60 * anything > any cap
        base = min(self.retry_max_s, self.retry_first_s * 2.0**exponent)
        return base * (0.5 + 0.5 * self.rng())

    # -- staff and health --------------------------------------------------------------

    def get(self, key: str) -> Item | None:
        with self.db.read() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM item WHERE key = ?", (key,)).fetchone()
        return _item(row) if row else None

    def rejected_items(self) -> list[Item]:
        """Items the receiver refused, oldest first, with the reason in last_error."""
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM item WHERE state = 'rejected' ORDER BY seq"
            ).fetchall()
        return [_item(row) for row in rows]

    def requeue(self, key: str) -> bool:
        """Put a rejected item back in line (after staff fixed the cause); False if the
        key is not rejected."""
        now = self.clock()
        with self._write(durable=True) as conn:
            changed = conn.execute(
                "UPDATE item SET state = 'pending', attempts = 0, next_attempt_at = ?,"
                " done_at = NULL WHERE key = ? AND state = 'rejected'",
                (now, key),
            ).rowcount
        if changed:
            log.info("outbox: rejected item requeued", extra={"fields": {"key": pseudonym(key)}})
            self._notify()
        return bool(changed)

    def pending_count(self) -> int:
        with self.db.read() as conn:
            n: int = conn.execute("SELECT count(*) FROM item WHERE state = 'pending'").fetchone()[0]
        return n

    def stats(self, now: float | None = None) -> OutboxStats:
        now = self.clock() if now is None else now
        with self.db.read() as conn:
            by_state = {
                state: (n, oldest, most)
                for state, n, oldest, most in conn.execute(
                    "SELECT state, count(*), min(created_at), max(attempts) FROM item"
                    " GROUP BY state"
                ).fetchall()
            }
            due: int = conn.execute(
                "SELECT count(*) FROM item WHERE state = 'pending'"
                " AND (next_attempt_at <= ? OR next_attempt_at > ?)",
                (now, now + self.retry_max_s),
            ).fetchone()[0]
        pending = by_state.get("pending", (0, None, 0))
        return OutboxStats(
            pending=pending[0],
            due=due,
            rejected=by_state.get("rejected", (0, None, 0))[0],
            delivered=by_state.get("delivered", (0, None, 0))[0],
            oldest_pending_at=pending[1],
            max_attempts=pending[2] or 0,
        )

    def purge(self, now: float | None = None) -> int:
        """Drop delivered tombstones older than keep_delivered_s, then empty the
        write-ahead log (old payloads live on in it until then); returns how many."""
        now = self.clock() if now is None else now
        with self._write(durable=False) as conn:
            n: int = conn.execute(
                "DELETE FROM item WHERE state = 'delivered' AND done_at <= ?",
                (now - self.keep_delivered_s,),
            ).rowcount
        if n:
            log.info("outbox: purged delivered items", extra={"fields": {"count": n}})
        checkpoint(self.db)
        return n

    def close(self) -> None:
        """Release the connection; a later call would open it again."""
        self.db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_outbox(cfg: Config) -> Outbox:
    """The outbox as configured: <state_dir>/outbox.db and the [outbox] retry settings;
    delivered items deleted at once; form payloads sealed when ``[privacy] public_key``
    is set."""
    return Outbox(
        cfg.outbox_path,
        cfg.outbox.retry_first_s,
        cfg.outbox.retry_max_s,
        keep_delivered_s=0.0,
        sealer=sealer_from(cfg.privacy.public_key),
    )


def _item(row: tuple[Any, ...]) -> Item:
    key, kind, payload, attempts, created_at, next_attempt_at, last_error, state = row
    return Item(
        key,
        kind,
        json.loads(payload) if payload else {},
        attempts,
        created_at,
        next_attempt_at,
        last_error,
        state,
    )
