"""Form submissions: the reference a citizen takes to the counter, and the embedded store.

A completed form goes into the outbox first (durable, before the screen says "done"),
then to its destination: an HTTP endpoint (``outbox.url``) or, for single-kiosk sites,
this store, from which staff list, open and export them (``kiosk submissions``). The
store is ``<state_dir>/submissions.db`` (SQLite) or, for a site with several kiosks, the
site's PostgreSQL (``[embedded] database``), so a clerk opens a form at the counter from
any machine with the site config.

With ``[privacy] public_key`` set, payloads arrive sealed (the outbox seals them): rows
hold the form id, the reference, the time and a JWE only the office's private key opens
(:func:`kiosk.privacy.sealing.open_payload`; ``kiosk submissions show/export
--private-key``). :meth:`SubmissionStore.purge` removes what is older than
``[privacy] submissions_days`` (SQLite: overwritten, log emptied).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.config import Config
from kiosk.db import Database, Migration, SqliteDatabase
from kiosk.db.site import open_store
from kiosk.outbox.items import DeliveryError
from kiosk.privacy.erase import checkpoint, secure_delete

# Digits and capitals without the look-alikes 0/O, 1/I/L: read aloud, typed, copied by hand.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def reference_for(form_id: str, idempotency_key: str) -> str:
    """A short, speakable reference derived from the submission's key: "ANM-7K3P-2QXD".

    Derived, not random, so a retried submission keeps its reference."""
    digest = hashlib.sha256(idempotency_key.encode()).digest()
    number = int.from_bytes(digest[:6], "big")
    chars = []
    for _ in range(8):  # 31**8 (8.5e11) different codes
        number, digit = divmod(number, len(REFERENCE_ALPHABET))
        chars.append(REFERENCE_ALPHABET[digit])
    code = "".join(chars)
    prefix = "".join(c for c in form_id.upper() if c.isalpha())[:3] or "FRM"
    return f"{prefix}-{code[:4]}-{code[4:8]}"


def normalize_reference(text: str) -> str:
    """A reference as typed, read out or scanned, in the printed form: any case, with
    spaces, dots, hyphens or none between the groups ("anm 7k3p.2qxd" -> "ANM-7K3P-2QXD").
    Text that is not a reference comes back upper-cased and trimmed, so it finds nothing."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    head, code = compact[:-8], compact[-8:]  # the code is always the last 8
    prefix_ok = 1 <= len(head) <= 3 and head.isascii() and head.isalpha()
    if not prefix_ok or set(code) - set(REFERENCE_ALPHABET):
        return text.strip().upper()
    return f"{head}-{code[:4]}-{code[4:]}"


# Never edit a released entry: append a new one. The first adopts files written before
# the schema was versioned (CREATE ... IF NOT EXISTS).
MIGRATIONS: list[Migration] = [
    (
        "CREATE TABLE IF NOT EXISTS submission (key TEXT PRIMARY KEY,"
        " reference TEXT NOT NULL, form TEXT NOT NULL, received TEXT NOT NULL,"
        " payload TEXT NOT NULL)",
    ),
    ("CREATE INDEX IF NOT EXISTS submission_reference ON submission (reference)",),
]
LABEL = "form store"
_COLUMNS = "key, reference, form, received, payload"


class StoreUnavailable(DeliveryError):
    """The form store failed (the outbox keeps the item and tries again); one line."""


class SubmissionStore:
    """The embedded destination; the outbox delivers here when no endpoint is set.
    synchronous=FULL: what the citizen submitted must stay. ``database`` replaces the
    file at ``path`` with another :class:`kiosk.db.Database` (the site's PostgreSQL)."""

    def __init__(self, path: Path, *, database: Database | None = None) -> None:
        self.path = path
        self.db = database or SqliteDatabase(
            path,
            LABEL,
            MIGRATIONS,
            error=StoreUnavailable,
            busy_timeout_s=5.0,
            setup=secure_delete,
        )

    def save(self, key: str, payload: dict[str, Any]) -> None:
        """Idempotent: the same key twice is stored once (the first payload wins)."""
        form = str(payload.get("form", ""))
        with self.db.write() as conn:
            conn.execute(
                f"INSERT INTO submission ({_COLUMNS}) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",  # no target: a kiosk needs no SELECT right
                (
                    key,
                    str(payload.get("reference") or reference_for(form, key)),
                    form,
                    datetime.now().astimezone().isoformat(),
                    json.dumps(payload, ensure_ascii=False),
                ),
            )

    def all(self) -> list[dict[str, Any]]:
        """Every submission, oldest first."""
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM submission ORDER BY received, key"
            ).fetchall()
        return [_submission(row) for row in rows]

    def find(self, reference: str) -> dict[str, Any] | None:
        """The submission with this reference (as printed on the receipt, any case)."""
        with self.db.read() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM submission WHERE reference = ?",
                (normalize_reference(reference),),
            ).fetchone()
        return _submission(row) if row else None

    def _received(self) -> list[tuple[str, datetime]]:
        with self.db.read() as conn:
            rows = conn.execute("SELECT key, received FROM submission").fetchall()
        return [(key, _aware(received)) for key, received in rows]

    def oldest(self) -> datetime | None:
        """When the oldest submission was stored (retention, ``kiosk doctor``)."""
        return min((when for _k, when in self._received()), default=None)

    def purge(self, cutoff: datetime) -> int:
        """Delete every submission stored before ``cutoff``; returns how many."""
        old = [key for key, when in self._received() if when < cutoff]
        if old:
            with self.db.write() as conn:
                for key in old:
                    conn.execute("DELETE FROM submission WHERE key = ?", (key,))
            checkpoint(self.db)
        return len(old)

    def close(self) -> None:
        self.db.close()


def _aware(received: str) -> datetime:
    """A stored time as an aware UTC datetime (unreadable ones count as very old)."""
    try:
        when = datetime.fromisoformat(received)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return (when if when.tzinfo else when.astimezone()).astimezone(UTC)


def _submission(row: Any) -> dict[str, Any]:
    key, reference, form, received, payload = row
    return {
        "key": key,
        "reference": reference,
        "form": form,
        "received": received,
        **json.loads(payload),
    }


class LocalDelivery:
    """The outbox's deliver() for sites without an endpoint: into the embedded store."""

    def __init__(self, store: SubmissionStore) -> None:
        self.store = store

    def __call__(self, item: Any) -> None:
        self.store.save(item.key, {"kind": item.kind, **item.payload})


def store_path(cfg: Config) -> Path:
    return cfg.state_dir / "submissions.db"


def open_submissions(cfg: Config) -> SubmissionStore:
    """The form store as configured: ``<state_dir>/submissions.db`` or the site's
    PostgreSQL (then a clerk's PC with the site config opens the same forms)."""
    database = open_store(
        cfg,
        store="submissions",
        file=store_path(cfg),
        label=LABEL,
        migrations=MIGRATIONS,
        error=StoreUnavailable,
        busy_timeout_s=5.0,
        setup=secure_delete,
    )
    return SubmissionStore(store_path(cfg), database=database)
