"""Usage statistics without personal data, so the town can judge how the kiosk is used.

Only whitelisted events with whitelisted fields are stored, and every value must be a
number or a short identifier (a concern id, a form step, a category): there is no place
where a name or an answer could be written. ``kiosk stats export`` aggregates per day
into JSON or CSV.

The events live in ``<state_dir>/stats.db`` (SQLite), or in the site's PostgreSQL when
``[embedded] database`` names one, so a town with several kiosks exports them together.
"""

from __future__ import annotations

import csv
import io
import json
import re
import statistics
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.config import Config
from kiosk.db import Database, Migration, SqliteDatabase
from kiosk.db.site import open_store

EVENTS: dict[str, tuple[str, ...]] = {
    "session_start": (),
    "session_end": ("reason", "seconds"),
    "concern": ("concern",),
    "ticket": ("group", "kind"),
    "checkin": ("result",),
    "form_start": ("form",),
    "form_step": ("form", "step"),
    "form_done": ("form",),
    "form_abandon": ("form", "step"),
    "help_request": ("category",),
    "help_ack": ("seconds",),
}
_IDENT = re.compile(r"[a-z][a-z0-9_]{0,39}|[A-Z]{1,2}")  # ids and group letters, no dates
_NUMERIC = frozenset({"seconds", "step"})


# Never edit a released entry: append a new one. The first adopts files written before
# the schema was versioned (CREATE ... IF NOT EXISTS).
MIGRATIONS: list[Migration] = [
    {
        "sqlite": (
            "CREATE TABLE IF NOT EXISTS event (at REAL NOT NULL, day TEXT NOT NULL,"
            " name TEXT NOT NULL, fields TEXT NOT NULL)",
        ),
        "postgresql": (
            "CREATE TABLE IF NOT EXISTS event (at DOUBLE PRECISION NOT NULL,"
            " day TEXT NOT NULL, name TEXT NOT NULL, fields TEXT NOT NULL)",
        ),
    },
    ("CREATE INDEX IF NOT EXISTS event_day ON event (day)",),
]
LABEL = "statistics database"


class StatsError(ValueError):
    """An event or value that the statistics do not accept (never stored)."""


class StatsUnavailable(StatsError):
    """The statistics database failed; nothing was stored. One line naming the cause."""


def _check(event: str, fields: dict[str, Any]) -> dict[str, Any]:
    allowed = EVENTS.get(event)
    if allowed is None:
        raise StatsError(f"unknown event {event!r}")
    if set(fields) - set(allowed):
        raise StatsError(f"{event}: fields not allowed: {sorted(set(fields) - set(allowed))}")
    for key, value in fields.items():
        if key in _NUMERIC:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise StatsError(f"{event}.{key}: a number is expected")
        elif not isinstance(value, str) or not _IDENT.fullmatch(value):
            raise StatsError(f"{event}.{key}: not an identifier")
    return fields


class Stats:
    """Append-only event store. synchronous=NORMAL: losing the last second of statistics
    in a power cut is acceptable, unlike a ticket. ``database`` replaces the file at
    ``path`` with another :class:`kiosk.db.Database` (the site's PostgreSQL)."""

    def __init__(self, path: Path, tz: Any = None, *, database: Database | None = None) -> None:
        self.path = path
        self.tz = tz
        self.db = database or SqliteDatabase(
            path, LABEL, MIGRATIONS, error=StatsUnavailable, synchronous="NORMAL"
        )

    def record(self, event: str, now: datetime | None = None, **fields: Any) -> None:
        checked = _check(event, fields)
        moment = now or datetime.now(self.tz)
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO event (at, day, name, fields) VALUES (?, ?, ?, ?)",
                (
                    moment.timestamp(),
                    moment.date().isoformat(),
                    event,
                    json.dumps(checked, sort_keys=True),
                ),
            )

    def events(
        self, start: date | None = None, end: date | None = None
    ) -> list[tuple[str, str, dict[str, Any]]]:
        query = "SELECT day, name, fields FROM event WHERE day >= ? AND day <= ? ORDER BY at"
        with self.db.read() as conn:
            rows = conn.execute(
                query, ((start or date.min).isoformat(), (end or date.max).isoformat())
            ).fetchall()
        return [(d, n, json.loads(f)) for d, n, f in rows]

    def close(self) -> None:
        self.db.close()


def open_stats(cfg: Config) -> Stats:
    """The statistics as configured: ``<state_dir>/stats.db`` or the site's PostgreSQL."""
    file = cfg.state_dir / "stats.db"
    database = open_store(
        cfg,
        store="stats",
        file=file,
        label=LABEL,
        migrations=MIGRATIONS,
        error=StatsUnavailable,
        synchronous="NORMAL",
    )
    return Stats(file, cfg.tz, database=database)


def aggregate(events: list[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Per day: sessions, concerns, tickets, check-ins, forms (with abandonment per step)
    and help calls with response times."""
    days: dict[str, dict[str, Any]] = {}
    responses: dict[str, list[float]] = defaultdict(list)
    durations: dict[str, list[float]] = defaultdict(list)

    def day_of(d: str) -> dict[str, Any]:
        return days.setdefault(
            d,
            {
                "date": d,
                "sessions": 0,
                "session_end": Counter(),
                "concerns": Counter(),
                "tickets": Counter(),
                "checkins": Counter(),
                "forms": {},
                "help_requests": Counter(),
            },
        )

    for d, name, f in events:
        day = day_of(d)
        if name == "session_start":
            day["sessions"] += 1
        elif name == "session_end":
            day["session_end"][f.get("reason", "unknown")] += 1
            if "seconds" in f:
                durations[d].append(float(f["seconds"]))
        elif name == "concern":
            day["concerns"][f["concern"]] += 1
        elif name == "ticket":
            day["tickets"][f.get("kind", "walk_in")] += 1
        elif name == "checkin":
            day["checkins"][f["result"]] += 1
        elif name.startswith("form_"):
            form = day["forms"].setdefault(
                f["form"], {"started": 0, "completed": 0, "abandoned_at_step": Counter()}
            )
            if name == "form_start":
                form["started"] += 1
            elif name == "form_done":
                form["completed"] += 1
            elif name == "form_abandon":
                form["abandoned_at_step"][str(f.get("step", "?"))] += 1
        elif name == "help_request":
            day["help_requests"][f["category"]] += 1
        elif name == "help_ack":
            responses[d].append(float(f["seconds"]))
    out = []
    for d in sorted(days):
        day = days[d]
        day["session_seconds_median"] = statistics.median(durations[d]) if durations[d] else None
        day["help_response_seconds_median"] = (
            statistics.median(responses[d]) if responses[d] else None
        )
        out.append(json.loads(json.dumps(day)))  # Counters -> plain dicts
    return out


def to_csv(days: list[dict[str, Any]]) -> str:
    """Long format (date, metric, key, value): opens in any spreadsheet."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["date", "metric", "key", "value"])
    for day in days:
        d = day["date"]
        writer.writerow([d, "sessions", "", day["sessions"]])
        for metric in ("session_end", "concerns", "tickets", "checkins", "help_requests"):
            for key, value in sorted(day[metric].items()):
                writer.writerow([d, metric, key, value])
        for form, counts in sorted(day["forms"].items()):
            writer.writerow([d, "form_started", form, counts["started"]])
            writer.writerow([d, "form_completed", form, counts["completed"]])
            for step, n in sorted(counts["abandoned_at_step"].items()):
                writer.writerow([d, "form_abandoned", f"{form}:{step}", n])
        for metric in ("session_seconds_median", "help_response_seconds_median"):
            if day[metric] is not None:
                writer.writerow([d, metric, "", round(day[metric], 1)])
    return buf.getvalue()
