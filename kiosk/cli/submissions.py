"""``kiosk submissions``: the command line of :mod:`kiosk.outbox.submissions`.

``list`` and ``show REF`` are for the counter: with the site config (a ``postgresql://``
database) they work from a clerk's PC, and REF is what the ticket's QR code and the
receipt carry. ``export`` writes each submission as JSON and PDF. Sealed submissions
(``[privacy] public_key`` on the kiosks) open only with ``--private-key FILE`` (several
for rotated keys); the key is read from the command line's file, never from a config.
``purge`` deletes what is older than ``[privacy] submissions_days`` (for a site
database, run it with the site config on the clerk side). ``whois PSEUDONYM`` names the
stored reference or item key a log line's pseudonym stands for, while its day key is kept
(:mod:`kiosk.privacy.pseudonyms`). Exit codes: 0 done, 1 the form store failed, a key does
not open a submission or a pseudonym is malformed (one line on stderr), 2 no such
reference.
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
from kiosk.privacy.sealing import Opener, SealingError, open_payload


def _opened(args: argparse.Namespace, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every item in clear; raises SealingError naming the reference that stays shut."""
    keys = getattr(args, "private_key", None) or []
    opener = Opener.from_files(*keys) if keys else None
    out = []
    for item in items:
        try:
            out.append(open_payload(opener, item))
        except SealingError as err:
            raise SealingError(f"{item.get('reference')}: {err}") from None
    return out


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
    try:
        found = _opened(args, found)
    except SealingError as err:
        print(f"kiosk submissions: {err}", file=sys.stderr)
        return 1
    print(json.dumps(found[0], indent=2, ensure_ascii=False))
    return 0


def _export(args: argparse.Namespace, cfg: Config) -> int:
    from kiosk.printing.documents import render_receipt

    try:
        items = _opened(args, _load(cfg))
    except (StoreUnavailable, SealingError) as err:
        print(f"kiosk submissions: {err}", file=sys.stderr)
        return 1
    out = make_private_dir(Path(args.out))
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
    _key_option(p)
    p.set_defaults(func=_show)
    p = cmds.add_parser("export", help="each submission as JSON and PDF into a folder")
    p.add_argument("--out", required=True, metavar="DIR")
    _key_option(p)
    p.set_defaults(func=_export)
    p = cmds.add_parser("purge", help="delete submissions older than [privacy] submissions_days")
    p.set_defaults(func=_purge)
    p = cmds.add_parser(
        "whois", help="which stored reference a log line's pseudonym (ps-...) stands for"
    )
    p.add_argument("pseudonym", metavar="PSEUDONYM", help="e.g. ps-20261207-3f2a9c1e0b7d")
    p.add_argument(
        "value",
        nargs="*",
        metavar="VALUE",
        help="further values to test (e.g. a ZMS process number from a booking)",
    )
    p.set_defaults(func=_whois)


def _whois(args: argparse.Namespace, cfg: Config) -> int:
    from kiosk.privacy.whois import whois

    try:
        found = whois(cfg, args.pseudonym, args.value)
    except ValueError as err:
        print(f"kiosk submissions: {err}", file=sys.stderr)
        return 1
    if not found:
        print(
            f"{args.pseudonym}: no stored reference matches (deleted, or its day key is gone"
            " after retention)",
            file=sys.stderr,
        )
        return 2
    for value in found:
        print(value)
    return 0


def _key_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--private-key",
        action="append",
        metavar="FILE",
        help="the office's private key (PEM) to open sealed submissions; repeat for old keys",
    )


def _purge(args: argparse.Namespace, cfg: Config) -> int:
    from datetime import UTC, timedelta

    cutoff = datetime.now(UTC) - timedelta(days=cfg.privacy.submissions_days)
    store = open_submissions(cfg)
    try:
        removed = store.purge(cutoff)
    except StoreUnavailable as err:
        print(f"kiosk submissions: {err}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"{removed} submissions older than {cfg.privacy.submissions_days} days deleted")
    return 0
