"""``kiosk maintenance``: the command line of :mod:`kiosk.ops.maintenance`."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.config import Config
from kiosk.ops.maintenance import hash_pin


def _set_pin(args: argparse.Namespace, cfg: Config) -> int:
    pin = getpass.getpass("New maintenance PIN (6-12 digits): ")
    if not (pin.isdigit() and 6 <= len(pin) <= 12):
        print("kiosk maintenance: the PIN must be 6 to 12 digits", file=sys.stderr)
        return 2
    if getpass.getpass("Repeat: ") != pin:
        print("kiosk maintenance: the PINs differ", file=sys.stderr)
        return 2
    print("Put this line into [maintenance] of the config:")
    print(f'pin_hash = "{hash_pin(pin)}"')
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("maintenance", help="maintenance access")
    cmds = cmd.add_subparsers(dest="maintenance_command", required=True)
    p = cmds.add_parser("hash-pin", help="hash a new maintenance PIN for the config")
    p.set_defaults(func=_set_pin)
