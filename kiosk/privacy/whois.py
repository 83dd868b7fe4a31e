"""Which stored item a log pseudonym stands for (``kiosk submissions whois``): staff
correlate a log line with a submission while its data and its day key exist.

The candidates are what log lines name: the references and keys of the form store's
submissions and of the outbox's items (pending or refused; a sealed payload keeps its
reference in clear). A pseudonym whose day key retention has destroyed resolves to
nothing, whatever is still stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from kiosk.config import Config
from kiosk.outbox.store import open_outbox
from kiosk.outbox.submissions import StoreUnavailable, open_submissions
from kiosk.privacy.pseudonyms import ring_for

__all__ = ["candidates", "whois"]


def candidates(cfg: Config) -> list[str]:
    """Every reference and item key this kiosk holds (form store, then outbox)."""
    found: list[str] = []
    try:
        store = open_submissions(cfg)
    except StoreUnavailable:
        store = None
    if store is not None:
        try:
            for item in store.all():
                found += [str(item["reference"]), str(item["key"])]
        finally:
            store.close()
    if cfg.outbox_path.exists():
        with open_outbox(cfg) as outbox, outbox.db.read() as conn:
            for key, payload in conn.execute("SELECT key, payload FROM item").fetchall():
                found.append(str(key))
                body = json.loads(payload) if payload else {}
                inner = body.get("payload") if isinstance(body.get("payload"), dict) else body
                for table in (body, inner):
                    if isinstance(table, dict) and table.get("reference"):
                        found.append(str(table["reference"]))
    return list(dict.fromkeys(found))


def whois(cfg: Config, pseudonym: str, extra: Iterable[str] = ()) -> list[str]:
    """The stored references/keys (and ``extra`` values, e.g. a ZMS process number) that
    ``pseudonym`` stands for; raises ValueError when it is not a pseudonym."""
    return ring_for(cfg.state_dir).resolve(pseudonym, [*extra, *candidates(cfg)])
