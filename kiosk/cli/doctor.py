"""``kiosk doctor``: the command line of :mod:`kiosk.ops.doctor`."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from kiosk.config import Config
from kiosk.ops.doctor import FAIL, OK, run_checks


def _handle(args: argparse.Namespace, cfg: Config) -> int:
    results = run_checks(cfg)
    if args.json:
        print(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=2))
    else:
        for r in results:
            line = f"{r.status.upper():<5} {r.name:<15} {r.detail}"
            print(line + (f"\n      fix: {r.fix}" if r.fix and r.status != OK else ""))
    return 1 if any(r.status == FAIL for r in results) else 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("doctor", help="check config, display, fonts, devices and connections")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_handle)
