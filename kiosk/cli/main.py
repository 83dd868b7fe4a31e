"""The ``kiosk`` command line: one parser, subcommands registered by the parts that own them.

The Qt-free core registers its admin commands here; ``ui.launcher`` adds ``run`` and
``tour`` on top, so this module never imports Qt. Every command gets a loaded, validated
:class:`~kiosk.config.Config`; a broken config is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from kiosk import config as config_mod
from kiosk import log
from kiosk.files import private_umask

Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

EXIT_CONFIG = 2


def add_config_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--demo", action="store_true", help="use the built-in demo configuration")
    group.add_argument("--config", metavar="PATH", help="configuration file (TOML)")


def load_config(args: argparse.Namespace) -> config_mod.Config:
    """--demo gives the built-in demo; --config PATH that file; neither: /etc/kiosk/kiosk.toml."""
    if getattr(args, "demo", False):
        return config_mod.load_demo()
    return config_mod.load(getattr(args, "config", None) or "/etc/kiosk/kiosk.toml")


def _config_check(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    from kiosk import catalogue

    cat = catalogue.load(cfg.catalogue_path, cfg.kiosk.languages)
    config_mod.check_state_dir(cfg, create=False)  # the admin's check changes nothing
    print(f"{cfg.source}: OK ({len(cat.concerns)} concerns in {len(cat.groups)} groups)")
    return 0


def _register_core(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cfg = sub.add_parser("config", help="check a configuration file")
    cfg_sub = cfg.add_subparsers(dest="config_command", required=True)
    check = cfg_sub.add_parser("check", help="validate the configuration and the catalogue")
    add_config_options(check)
    check.set_defaults(func=_config_check)

    from kiosk.cli import (
        appointments,
        checkin,
        doctor,
        keys,
        maintenance,
        printer,
        queue,
        remote,
        site,
        stats,
        submissions,
    )

    groups = (
        queue,
        checkin,
        appointments,
        doctor,
        stats,
        maintenance,
        printer,
        submissions,
        site,
        remote,
        keys,
    )
    for group in groups:
        group.register(sub)


def build_parser(extra: Sequence[Registrar] = (), core: bool = True) -> argparse.ArgumentParser:
    """``core=False`` leaves out the admin commands (and their imports: reportlab, requests,
    the card reader): ``kiosk run`` reaches its first frame sooner without them."""
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Self-service terminal of a digital Bürgerbüro."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register in ((_register_core,) if core else ()) + tuple(extra):
        register(sub)
    # Every leaf parser takes --demo/--config unless it added them itself.
    for action in sub.choices.values():
        _ensure_config_options(action)
    return parser


def _ensure_config_options(parser: argparse.ArgumentParser) -> None:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if subs:
        for child in subs[0].choices.values():
            _ensure_config_options(child)
    elif not any("--demo" in a.option_strings for a in parser._actions):
        add_config_options(parser)


# Commands that keep their data under kiosk.state_dir: it is made (0700) and checked
# for writing before they start, so a bad folder is one line, not a traceback later.
STATE_COMMANDS = frozenset(
    {"run", "tour", "queue", "appointments", "stats", "submissions", "printer", "checkin"}
)


def main(
    argv: Sequence[str] | None = None, extra: Sequence[Registrar] = (), core: bool = True
) -> int:
    private_umask()  # databases, exports, printouts and logs: 0600/0700 whatever the shell's
    parser = build_parser(extra, core)
    args = parser.parse_args(argv)
    try:
        cfg = load_config(args)
        if args.command in STATE_COMMANDS:
            config_mod.check_state_dir(cfg, create=True)
    except config_mod.ConfigError as err:
        print(f"kiosk: config error: {err}", file=sys.stderr)
        return EXIT_CONFIG
    log.setup(cfg.logging.level)
    func: Callable[[argparse.Namespace, config_mod.Config], int] = args.func
    try:
        return func(args, cfg)
    except config_mod.ConfigError as err:  # e.g. a broken catalogue
        print(f"kiosk: config error: {err}", file=sys.stderr)
        return EXIT_CONFIG


if __name__ == "__main__":
    sys.exit(main())
