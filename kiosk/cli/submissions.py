"""``kiosk submissions``: the command line of :mod:`kiosk.outbox.submissions`.

``list`` and ``show REF`` are for the counter: with the site config (a ``postgresql://``
database) they work from a clerk's PC, and REF is what the ticket's QR code and the
receipt carry. ``export`` writes each submission as JSON and PDF. Exit codes: 0 done,
1 the form store failed (one line on stderr), 2 no such reference.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.config import Config
from kiosk.files import make_private_dir, write_private
from kiosk.outbox.submissions import StoreUnavailable, open_submissions


def _load(cfg: Config, reference: str | None = None) -> list[dict[str, Any]]:
    store = open_submissions(cfg)
    try:
        if reference is None:
            return store.all()
        found = store.find(reference)
        return [found] if found else []
    finally:
        store.close()


def _list(args: argparse.Namespace, cfg: Config) -> int:
    try:
        items = _load(cfg)
    except StoreUnavailable as err:
        print(f"kiosk submissions: {err}", file=sys.stderr)
        return 1
    if args.json:
        rows = [{k: i[k] for k in ("reference", "form", "received")} for i in items]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for item in items:
        print(f"{item['reference']}  {item['received'][:16]}  {item['form']}")
    print(f"{len(items)} submissions")
    return 0


def _show(args: argparse.Namespace, cfg: Config) -> int:
    try:
        found = _load(cfg, args.reference)
    except StoreUnavailable as err:
        print(f"kiosk submissions: {err}", file=sys.stderr)
        return 1
    if not found:
        print(f"kiosk submissions: no submission with reference {args.reference}", file=sys.stderr)
        return 2
    print(json.dumps(found[0], indent=2, ensure_ascii=False))
    return 0


def _export(args: argparse.Namespace, cfg: Config) -> int:
    from kiosk.printing.documents import render_receipt

    out = make_private_dir(Path(args.out))
    try:
        items = _load(cfg)
    except StoreUnavailable as err:
        print(f"kiosk submissions: {err}", file=sys.stderr)
        return 1
    for item in items:
        base = out / item["reference"]
        text = json.dumps(item, ensure_ascii=False, indent=2)
        write_private(base.with_suffix(".json"), text.encode("utf-8"))
        lines = [
            (str(k), json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v)
            for k, v in sorted(item.get("data", {}).items())
        ]
        pdf = render_receipt(
            reference=item["reference"],
            title=item["form"],
            lines=lines,
            issued_at=datetime.fromisoformat(item["received"]),
            location=cfg.kiosk.location,
            language="de",
        )
        write_private(base.with_suffix(".pdf"), pdf)
        print(base.with_suffix(".json"))
    print(f"{len(items)} submissions exported to {out}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("submissions", help="submitted forms (this kiosk's or the site's store)")
    cmds = cmd.add_subparsers(dest="submissions_command", required=True)
    p = cmds.add_parser("list", help="reference, time and form of every submission")
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
    p.set_defaults(func=_list)
    p = cmds.add_parser("show", help="one submission by its reference (ticket QR, receipt)")
    p.add_argument("reference", metavar="REF", help="e.g. ANM-7K3P-2QXD")
    p.set_defaults(func=_show)
    p = cmds.add_parser("export", help="each submission as JSON and PDF into a folder")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=_export)
