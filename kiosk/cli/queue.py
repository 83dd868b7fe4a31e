"""``kiosk queue ...``: look after the embedded queue from a shell.

Subcommands: ``status`` (per concern, for both backends: what a citizen choosing it gets
now; ``--groups``: the embedded queue's counters per group; ``--json`` for scripts),
``call GROUP`` (call the next number, for trying the kiosk without a staff desk), ``seed``
(demo data) and ``reset --yes`` (delete today's numbers). The caller parses the common
options, loads the Config and calls ``args.func(args, cfg)``; every handler returns the
exit code: 0 done, 1 the queue backend failed (one line on stderr), 2 a usage or
catalogue problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from kiosk import catalogue as catalogue_mod
from kiosk.catalogue import Catalogue, Group
from kiosk.config import Config, ConfigError
from kiosk.queue import open_embedded
from kiosk.queue.base import BackendError
from kiosk.queue.embedded import EmbeddedBackend
from kiosk.queue.embedded_schema import GroupSummary

Handler = Callable[[argparse.Namespace, Config], int]

EXIT_OK, EXIT_BACKEND, EXIT_USAGE = 0, 1, 2


class _Abort(Exception):
    """Stop a handler with a message for stderr and an exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``queue`` command and its subcommands to the kiosk CLI."""
    queue = sub.add_parser("queue", help="inspect and manage the embedded waiting queue")
    commands = queue.add_subparsers(dest="queue_command", metavar="COMMAND", required=True)

    status = commands.add_parser(
        "status", help="per concern: state, people ahead, wait and its source (both backends)"
    )
    status.add_argument("--json", action="store_true", help="print JSON instead of a table")
    status.add_argument(
        "--groups",
        action="store_true",
        help="embedded queue: today's counters per group (issued, waiting, called, left)",
    )
    status.add_argument("--concerns", action="store_true", help=argparse.SUPPRESS)  # default now
    status.set_defaults(func=handle_status)

    call = commands.add_parser("call", help="call the next waiting number of a group")
    call.add_argument("group", metavar="GROUP", help="group id or prefix, e.g. A")
    call.set_defaults(func=handle_call)

    seed = commands.add_parser("seed", help="add waiting demo tickets to every group")
    seed.add_argument(
        "--waiting",
        type=_positive_int,
        default=5,
        metavar="N",
        help="tickets per group (default 5)",
    )
    seed.set_defaults(func=handle_seed)

    reset = commands.add_parser("reset", help="delete today's numbers (restart at 001)")
    reset.add_argument("--yes", action="store_true", help="really delete them")
    reset.set_defaults(func=handle_reset)


def handle_status(args: argparse.Namespace, cfg: Config) -> int:
    if not args.groups:  # per concern, both backends: kiosk.cli.concerns
        from kiosk.cli import concerns

        return concerns.handle(args, cfg)

    def run(backend: EmbeddedBackend, catalogue: Catalogue) -> int:
        rows = backend.summary()
        if args.json:
            print(json.dumps(rows, indent=2, ensure_ascii=False))
        else:
            print(
                f"{cfg.kiosk.location} · {datetime.now(cfg.tz):%Y-%m-%d %H:%M} · "
                f"{backend.service_status().state.value}"
            )
            print(format_table(rows))
        return EXIT_OK

    return _run(cfg, run)


def handle_call(args: argparse.Namespace, cfg: Config) -> int:
    def run(backend: EmbeddedBackend, catalogue: Catalogue) -> int:
        group = resolve_group(catalogue, args.group)
        ticket = backend.call_next(group.id)
        if ticket is None:
            print(f"group {group.id}: nobody is waiting")
        else:
            print(f"{ticket.number}  ({ticket.reference}, drawn {ticket.issued_at:%H:%M})")
        return EXIT_OK

    return _run(cfg, run)


def handle_seed(args: argparse.Namespace, cfg: Config) -> int:
    def run(backend: EmbeddedBackend, catalogue: Catalogue) -> int:
        tickets = backend.seed_waiting(args.waiting)
        per_group = {g.id: sum(t.group_id == g.id for t in tickets) for g in catalogue.groups}
        counts = ", ".join(f"{gid} {n}" for gid, n in per_group.items())
        print(f"seeded {len(tickets)} waiting tickets ({counts})")
        return EXIT_OK

    return _run(cfg, run)


def handle_reset(args: argparse.Namespace, cfg: Config) -> int:
    if not args.yes:
        print("queue reset deletes today's numbers; repeat with --yes to do it", file=sys.stderr)
        return EXIT_USAGE

    def run(backend: EmbeddedBackend, catalogue: Catalogue) -> int:
        deleted = backend.reset_day()
        print(f"deleted {deleted} tickets of today; numbering restarts at 001")
        return EXIT_OK

    return _run(cfg, run)


def format_table(rows: Sequence[GroupSummary]) -> str:
    """The summary as left-aligned text columns (numbers right-aligned)."""
    header = ("Group", "Issued", "Waiting", "Called", "Left", "Wait (min)", "Last called")
    body = [
        (
            r["group_id"],
            str(r["issued"]),
            str(r["waiting"]),
            str(r["called"]),
            str(r["contingent_left"]),
            _wait_text(r),
            r["last_called"] or "-",
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    numeric = {1, 2, 3, 4}

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return "\n".join(line(cells) for cells in [header, *body])


def resolve_group(catalogue: Catalogue, text: str) -> Group:
    """A group by id or prefix, ignoring case."""
    for group in catalogue.groups:
        if text.casefold() in (group.id.casefold(), group.prefix.casefold()):
            return group
    known = ", ".join(g.id for g in catalogue.groups)
    raise _Abort(f"unknown group {text!r} (known: {known})", EXIT_USAGE)


def _wait_text(row: GroupSummary) -> str:
    low, high = row["wait_low_min"], row["wait_high_min"]
    return "?" if low is None or high is None else f"{low}-{high}"


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 999:
        raise argparse.ArgumentTypeError("must be between 1 and 999")
    return value


def _run(cfg: Config, action: Callable[[EmbeddedBackend, Catalogue], int]) -> int:
    """Open the queue, run ``action``, and turn failures into one stderr line and a code."""
    try:
        with _embedded(cfg) as (backend, catalogue):
            return action(backend, catalogue)
    except _Abort as err:
        print(f"kiosk queue: {err}", file=sys.stderr)
        return err.code
    except ConfigError as err:
        print(f"kiosk queue: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BackendError as err:
        print(f"kiosk queue: {err}", file=sys.stderr)
        return EXIT_BACKEND


@contextmanager
def _embedded(cfg: Config) -> Iterator[tuple[EmbeddedBackend, Catalogue]]:
    if cfg.backend.kind != "embedded":
        raise _Abort(
            f"backend {cfg.backend.kind!r} is not the embedded queue "
            "(per concern: 'kiosk queue status' without --groups)",
            EXIT_USAGE,
        )
    catalogue = catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages)
    backend = open_embedded(cfg, catalogue)
    try:
        yield backend, catalogue
    finally:
        backend.close()
