"""``kiosk remote``: staff commands to a kiosk over the MQTT broker (as a console does)."""

from __future__ import annotations

import argparse
import sys
import time

from kiosk.config import Config
from kiosk.help.protocol import SERVICE_MESSAGES


def _service(args: argparse.Namespace, cfg: Config) -> int:
    from kiosk.help.console import StaffConsole

    console = StaffConsole(cfg.mqtt, lambda changes: None)
    console.start()
    try:
        if not console.wait_connected(10):
            print(
                f"kiosk remote: broker {cfg.mqtt.host}:{cfg.mqtt.port} not reachable",
                file=sys.stderr,
            )
            return 1
        action = "out_of_service" if args.state == "out" else "in_service"
        if not console.set_service(args.kiosk, action, args.message):
            print("kiosk remote: the command was not sent", file=sys.stderr)
            return 1
        time.sleep(0.3)  # let QoS 1 complete before disconnecting
    finally:
        console.close()
    print(f"{args.kiosk}: {action} sent")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("remote", help="commands to a kiosk over the broker")
    cmds = cmd.add_subparsers(dest="remote_command", required=True)
    p = cmds.add_parser("service", help="put a kiosk out of service, or back in service")
    p.add_argument("kiosk", help="SITE/KIOSK-ID, as the staff console shows it")
    p.add_argument("state", choices=("out", "in"))
    p.add_argument(
        "--message",
        choices=SERVICE_MESSAGES,
        default="maintenance",
        help="what citizens are told (translated on the kiosk)",
    )
    p.set_defaults(func=_service)
