"""``kiosk submissions``: the command line of :mod:`kiosk.outbox.submissions`."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from kiosk.config import Config
from kiosk.outbox.submissions import SubmissionStore, store_path


def _export(args: argparse.Namespace, cfg: Config) -> int:
    from kiosk.printing.documents import render_receipt

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    store = SubmissionStore(store_path(cfg))
    items = store.all()
    store.close()
    for item in items:
        base = out / item["reference"]
        base.with_suffix(".json").write_text(json.dumps(item, ensure_ascii=False, indent=2))
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
        base.with_suffix(".pdf").write_bytes(pdf)
        print(base.with_suffix(".json"))
    print(f"{len(items)} submissions exported to {out}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("submissions", help="forms submitted at this kiosk (embedded store)")
    cmds = cmd.add_subparsers(dest="submissions_command", required=True)
    p = cmds.add_parser("export", help="each submission as JSON and PDF into a folder")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=_export)
