"""``kiosk remote``: staff and admin commands to a kiosk over the MQTT broker.

``service`` sends what a console sends (out of service / back); ``forget`` clears a
decommissioned kiosk's retained topics so no console shows it any more, which only the
admin credential may do (docs/mqtt.md, "Who can do what").
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.help.protocol import SERVICE_MESSAGES

if TYPE_CHECKING:
    from kiosk.help.console import StaffConsole  # paho only where it is used


@contextmanager
def _console(cfg: Config) -> Iterator[StaffConsole | None]:
    from kiosk.help.console import StaffConsole

    console = StaffConsole(cfg.mqtt, lambda changes: None)
    console.start()
    try:
        if not console.wait_connected(10):
            print(
                f"kiosk remote: broker {cfg.mqtt.host}:{cfg.mqtt.port} not reachable",
                file=sys.stderr,
            )
            yield None
        else:
            yield console
    finally:
        console.close()


def _run(cfg: Config, send: Callable[[StaffConsole], bool], failed: str) -> int:
    with _console(cfg) as console:
        if console is None:
            return 1
        if not send(console):
            print(f"kiosk remote: {failed}", file=sys.stderr)
            return 1
        time.sleep(0.3)  # let QoS 1 complete before disconnecting
    return 0


def _confirmed(console: StaffConsole, key: str, action: str, wait_s: float) -> str | None:
    """The state the kiosk reports in its retained status once it applied the command
    (``backend``), or None when it did not say so within ``wait_s``."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        view = console.snapshot()[0].get(key)
        if (
            view is not None
            and view.online
            and (view.backend == "out_of_service") == (action == "out_of_service")
        ):
            return view.backend
        time.sleep(0.1)
    return None


def _service(args: argparse.Namespace, cfg: Config) -> int:
    action = "out_of_service" if args.state == "out" else "in_service"
    with _console(cfg) as console:
        if console is None:
            return 1
        if not console.set_service(args.kiosk, action, args.message):
            print("kiosk remote: the command was not sent", file=sys.stderr)
            return 1
        state = _confirmed(console, args.kiosk, action, args.wait)
    if state is None:
        print(f"{args.kiosk}: {action} sent; the kiosk has not confirmed it (offline?)")
    else:
        print(f"{args.kiosk}: {action} sent; the kiosk reports {state}")
    return 0


def _forget(args: argparse.Namespace, cfg: Config) -> int:
    rc = _run(
        cfg,
        lambda c: c.forget(args.kiosk),
        "the broker refused to clear the kiosk's topics (this needs the admin credential)",
    )
    if rc == 0:
        print(f"{args.kiosk}: retained status, help state and commands cleared")
    return rc


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
    p.add_argument(
        "--wait",
        type=float,
        default=5.0,
        metavar="S",
        help="how long to wait for the kiosk to report its new state (default 5)",
    )
    p.set_defaults(func=_service)
    f = cmds.add_parser(
        "forget",
        help="clear a decommissioned kiosk from every console (admin credential)",
    )
    f.add_argument("kiosk", help="SITE/KIOSK-ID, as the staff console shows it")
    f.set_defaults(func=_forget)
