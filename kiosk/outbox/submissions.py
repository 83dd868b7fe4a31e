"""Form submissions: the reference a citizen takes to the counter, and the embedded store.

A completed form goes into the outbox first (durable, before the screen says "done"),
then to its destination: an HTTP endpoint (``outbox.url``) or, for single-kiosk sites,
this SQLite store, from which staff export JSON and PDF (``kiosk submissions export``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.config import Config

_ALPHABET = str.maketrans("01", "89")  # base32 without 0/1 look-alikes (O/I are not in it)


def reference_for(form_id: str, idempotency_key: str) -> str:
    """A short, speakable reference derived from the submission's key: "ANM-7K3P-2QXD".

    Derived, not random, so a retried submission keeps its reference."""
    digest = hashlib.sha256(idempotency_key.encode()).digest()
    code = base64.b32encode(digest[:5]).decode().translate(_ALPHABET)
    prefix = "".join(c for c in form_id.upper() if c.isalpha())[:3] or "FRM"
    return f"{prefix}-{code[:4]}-{code[4:8]}"


class SubmissionStore:
    """The embedded destination; the outbox delivers here when no endpoint is set."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self.path, timeout=5, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # what the citizen submitted must stay
            conn.execute(
                "CREATE TABLE IF NOT EXISTS submission (key TEXT PRIMARY KEY,"
                " reference TEXT NOT NULL, form TEXT NOT NULL, received TEXT NOT NULL,"
                " payload TEXT NOT NULL)"
            )
            self._conn = conn
        return self._conn

    def save(self, key: str, payload: dict[str, Any]) -> None:
        """Idempotent: the same key twice is stored once."""
        form = str(payload.get("form", ""))
        with self._lock:
            self._db().execute(
                "INSERT OR IGNORE INTO submission (key, reference, form, received, payload)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    key,
                    str(payload.get("reference") or reference_for(form, key)),
                    form,
                    datetime.now().astimezone().isoformat(),
                    json.dumps(payload, ensure_ascii=False),
                ),
            )

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = (
                self._db()
                .execute(
                    "SELECT key, reference, form, received, payload FROM submission"
                    " ORDER BY received"
                )
                .fetchall()
            )
        return [
            {"key": k, "reference": r, "form": f, "received": t, **json.loads(p)}
            for k, r, f, t, p in rows
        ]

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class LocalDelivery:
    """The outbox's deliver() for sites without an endpoint: into the embedded store."""

    def __init__(self, store: SubmissionStore) -> None:
        self.store = store

    def __call__(self, item: Any) -> None:
        self.store.save(item.key, {"kind": item.kind, **item.payload})


def store_path(cfg: Config) -> Path:
    return cfg.state_dir / "submissions.db"
