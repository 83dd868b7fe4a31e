"""``kiosk checkin lookup CODE``: what the kiosk would do with a booking code, and why.

For support staff: a citizen says "the kiosk does not take my code". The command reads
the code as the kiosk does (scanner or pad), looks the appointment up in the configured
backend (embedded or ZMS) and applies the same policy (process status, day, time
window), without checking in. The code's key is never printed. Exit status: 0 the kiosk
would check in, 1 it would not (the reason is printed), 2 a usage or config problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from kiosk import catalogue as catalogue_mod
from kiosk.config import Config
from kiosk.queue import checkin, open_backend
from kiosk.queue.base import AppointmentNotFound, BackendError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

WHAT_THE_KIOSK_DOES = {
    checkin.Timing.IN_TIME: "checks in and prints the number",
    checkin.Timing.TOO_EARLY: "asks to come back at the earliest check-in time",
    checkin.Timing.TOO_LATE: "says the time has passed and offers a waiting number",
    checkin.Timing.OTHER_DAY: "says the appointment is on another day",
    checkin.Timing.CALLED: "says the number was called already: go to the counter",
    checkin.Timing.FINISHED: "says the appointment is finished",
    checkin.Timing.MISSED: "says the number was called in absence: ask at the desk",
    checkin.Timing.WALK_IN: "says this is a waiting number and shows it",
    checkin.Timing.CANCELLED: "says the appointment was cancelled",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("checkin", help="appointment check-in as the kiosk does it")
    commands = group.add_subparsers(dest="checkin_command", metavar="COMMAND", required=True)
    lookup = commands.add_parser(
        "lookup", help="what the kiosk would do with a booking code (checks nothing in)"
    )
    lookup.add_argument("code", metavar="CODE", help="as scanned or typed (quote URLs)")
    lookup.add_argument("--json", action="store_true", help="print JSON")
    lookup.set_defaults(func=handle_lookup)


def lookup(cfg: Config, code: str, now: datetime | None = None) -> dict[str, Any]:
    """The verdict as plain data; ``outcome`` is what the kiosk shows."""
    now = now or datetime.now(cfg.tz)
    result: dict[str, Any] = {"code_valid": False, "process_id": None, "found": False}
    try:
        ref = checkin.parse(code, keyed=cfg.backend.kind == "zms")
    except checkin.CodeError as err:
        missing = isinstance(err, checkin.KeyMissing)
        result["outcome"] = "key_missing" if missing else "invalid"
        result["reason"] = str(err)
        return result
    result.update(code_valid=True, process_id=ref.appointment_id, key_length=len(ref.auth_key))
    cat = catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages)
    backend = open_backend(cfg, cat)
    try:
        appointment = backend.find_appointment(ref, now)
    except AppointmentNotFound as err:
        result.update(outcome="not_found", reason=str(err))
        return result
    except BackendError as err:
        result.update(outcome="error", reason=str(err))
        return result
    finally:
        backend.close()
    verdict = checkin.judge(appointment, now, cfg.checkin.early_minutes, cfg.checkin.late_minutes)
    starts = appointment.starts_at.astimezone(cfg.tz)
    result.update(
        found=True,
        status=appointment.status or None,
        walk_in=appointment.walk_in,
        date=f"{starts:%Y-%m-%d}",
        time=None if appointment.walk_in else f"{starts:%H:%M}",
        number=appointment.number or None,
        concern_id=appointment.concern_id or None,
        concern_names=list(appointment.concern_names),
        checked_in_here=appointment.checked_in,
        outcome=verdict.timing.value,
        come_back_at=f"{verdict.come_back_at:%Y-%m-%d %H:%M}" if verdict.come_back_at else None,
        reason=WHAT_THE_KIOSK_DOES[verdict.timing],
    )
    return result


def handle_lookup(args: argparse.Namespace, cfg: Config) -> int:
    result = lookup(cfg, args.code)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for key, value in result.items():
            if value not in (None, [], ""):
                print(f"{key:<16} {value}")
    if result["outcome"] in ("invalid", "key_missing"):
        return EXIT_REFUSED
    return EXIT_OK if result["outcome"] == checkin.Timing.IN_TIME.value else EXIT_REFUSED


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: kiosk checkin lookup CODE")
