"""``kiosk-staff``: the staff console for help calls.

Reads the kiosks' TOML format but only uses ``[mqtt]`` (broker, credentials, TLS, topic
prefix), ``[staff]`` (this workstation's counter) and ``[logging]``; a console has no
``[kiosk]`` of its own and shows every site.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence

from kiosk import config as config_mod
from kiosk import log
from kiosk.files import private_umask
from kiosk.help.protocol import COUNTER

DEFAULT_CONFIG = "/etc/kiosk/kiosk.toml"
EXIT_CONFIG = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-staff", description="Staff console: open help calls and the kiosk fleet."
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--config",
        metavar="PATH",
        help=f"configuration file with [mqtt] (default: {DEFAULT_CONFIG})",
    )
    group.add_argument(
        "--demo",
        action="store_true",
        help="connect to a broker on 127.0.0.1:1883 without credentials",
    )
    parser.add_argument(
        "--counter",
        metavar="LABEL",
        default="",
        help='this workstation\'s counter ("3", "B12"): "Zu Schalter 3 bitten" works at once; '
        "overrides staff.counter in the configuration file",
    )
    parser.add_argument(
        "--exit-after-first-frame",
        action="store_true",
        help="exit 0 once the console has rendered (smoke test of an installed release)",
    )
    return parser


def load(args: argparse.Namespace) -> config_mod.Config:
    if args.demo:
        cfg = config_mod.load_demo()
        return dataclasses.replace(cfg, mqtt=config_mod.MqttSection(host="127.0.0.1", port=1883))
    return config_mod.load(args.config or DEFAULT_CONFIG)


def main(argv: Sequence[str] | None = None) -> int:
    private_umask()  # whatever it writes (logs, caches) is the staff user's alone
    args = build_parser().parse_args(argv)
    try:
        cfg = load(args)
    except config_mod.ConfigError as err:
        print(f"kiosk-staff: config error: {err}", file=sys.stderr)
        return EXIT_CONFIG
    if args.counter and not COUNTER.fullmatch(args.counter):
        print(f"kiosk-staff: --counter {args.counter!r} is not a counter label", file=sys.stderr)
        return EXIT_CONFIG
    counter = args.counter or cfg.staff.counter  # the command line wins over the file
    log.setup(cfg.logging.level)
    from ui.staff import app  # Qt only once the configuration is known to be good

    try:
        return app.run(cfg, exit_after_first_frame=args.exit_after_first_frame, counter=counter)
    except config_mod.ConfigError as err:  # unreadable password or TLS files
        print(f"kiosk-staff: config error: {err}", file=sys.stderr)
        return EXIT_CONFIG


if __name__ == "__main__":
    sys.exit(main())
