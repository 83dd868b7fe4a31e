"""``kiosk queue status`` per concern, for both backends: state, people ahead, wait and
where the wait comes from (``kiosk`` computed here, ``zms`` computed by ZMS).

One JSON shape for both backends, so support scripts need not know which one a kiosk
uses. The embedded queue also has its per-group counters (``--groups``). Exit status: 0,
1 the backend failed (one line on stderr), 2 a config or catalogue problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import datetime

from kiosk import catalogue as catalogue_mod
from kiosk.config import Config, ConfigError
from kiosk.queue import open_backend
from kiosk.queue.base import BackendError, ConcernReport
from kiosk.queue.snapshot import concern_report


def handle(args: argparse.Namespace, cfg: Config) -> int:
    now = datetime.now(cfg.tz)
    try:
        cat = catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages)
        backend = open_backend(cfg, cat)
    except ConfigError as err:
        print(f"kiosk queue: {err}", file=sys.stderr)
        return 2
    try:
        rows = concern_report(backend, cat, now)
    except BackendError as err:
        print(f"kiosk queue: {err}", file=sys.stderr)
        return 1
    finally:
        backend.close()
    if args.json:
        print(json.dumps([as_json(r) for r in rows], ensure_ascii=False, indent=2))
    else:
        print(f"{cfg.kiosk.location} · {now:%Y-%m-%d %H:%M} · {cfg.backend.kind}")
        print(format_table(rows))
    return 0


def as_json(row: ConcernReport) -> dict[str, object]:
    data = asdict(row)
    data["wait_minutes"] = list(row.wait_minutes) if row.wait_minutes else None
    return data


def format_table(rows: list[ConcernReport]) -> str:
    header = ("Concern", "Group", "State", "Ahead", "Wait (min)", "Source")
    body = [
        (
            r.concern_id,
            r.group_id,
            r.state,
            "?" if r.people_ahead is None else str(r.people_ahead),
            f"{r.wait_minutes[0]}-{r.wait_minutes[1]}" if r.wait_minutes else "?",
            r.source or "-",
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
        for cells in [header, *body]
    )
