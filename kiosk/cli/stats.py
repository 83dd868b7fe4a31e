"""``kiosk stats``: the command line of :mod:`kiosk.ops.stats`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from kiosk.config import Config
from kiosk.files import write_private
from kiosk.ops.stats import StatsUnavailable, aggregate, open_stats, to_csv


def _export(args: argparse.Namespace, cfg: Config) -> int:
    try:
        start = date.fromisoformat(args.start) if args.start else None
        end = date.fromisoformat(args.end) if args.end else None
    except ValueError as err:
        print(f"kiosk stats: {err}", file=sys.stderr)
        return 2
    stats = open_stats(cfg)
    try:
        days = aggregate(stats.events(start, end))
    except StatsUnavailable as err:
        print(f"kiosk stats: {err}", file=sys.stderr)
        return 1
    finally:
        stats.close()
    text = (
        to_csv(days)
        if args.format == "csv"
        else json.dumps(
            {
                "kiosk": cfg.kiosk.id,
                "generated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "days": days,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    if args.out:
        write_private(Path(args.out), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("stats", help="usage statistics (no personal data)")
    cmds = cmd.add_subparsers(dest="stats_command", required=True)
    p = cmds.add_parser("export", help="per-day figures as JSON or CSV")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    p.add_argument("--out", metavar="FILE", help="write to a file instead of stdout")
    p.set_defaults(func=_export)
