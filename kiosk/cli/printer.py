"""``kiosk printer status`` and ``kiosk printer test`` for admins at the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from devices.printing.base import PrintError, Printout
from kiosk.config import Config
from kiosk.printing import printer_from
from kiosk.queue.base import Ticket, WaitEstimate


def test_ticket(cfg: Config) -> Printout:
    """A ticket as citizens get it (on a native-text printer, as text and QR code)."""
    from kiosk.printing.documents import render_ticket_printout  # reportlab: when printing

    ticket = Ticket("TEST-0000", "T-000", "test", "T", datetime.now(cfg.tz), 0, WaitEstimate(0, 5))
    return render_ticket_printout(
        ticket,
        concern_name="Testdruck / Test print",
        location=cfg.kiosk.location,
        language=cfg.kiosk.default_language,
    )


def _status(args: argparse.Namespace, cfg: Config) -> int:
    try:
        printer = printer_from(cfg)
        status = printer.status()
        printer.close()
    except (ValueError, PrintError, OSError) as err:
        print(f"kiosk printer: {err}", file=sys.stderr)
        return 1
    if args.json:
        print(
            json.dumps(
                {
                    "kind": cfg.printer.kind,
                    "state": status.state.value,
                    "detail": status.detail,
                    "can_print": status.can_print,
                }
            )
        )
    else:
        print(
            f"{cfg.printer.kind}: {status.state.value}"
            + (f" ({status.detail})" if status.detail else "")
        )
    return 0 if status.can_print else 1


def _test(args: argparse.Namespace, cfg: Config) -> int:
    try:
        printer = printer_from(cfg)
        out = test_ticket(cfg)
        job = printer.print_document(out.pdf, "test-ticket", out.text)
        printer.close()
    except (ValueError, PrintError, OSError) as err:
        print(f"kiosk printer: test ticket not printed: {err}", file=sys.stderr)
        return 1
    print(f"test ticket printed: {job}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("printer", help="the ticket printer")
    cmds = cmd.add_subparsers(dest="printer_command", required=True)
    p = cmds.add_parser("status", help="paper, cover, online (exit 1 when it cannot print)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_status)
    p = cmds.add_parser("test", help="print a test ticket")
    p.set_defaults(func=_test)
