"""The ``kiosk`` console script: the core CLI plus the commands that need Qt (run, tour)."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Sequence

from kiosk.cli import main as cli
from kiosk.config import Config


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1080x1920") from None
    if not (320 <= w <= 7680 and 320 <= h <= 7680):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be 320..7680")
    return w, h


def _run(args: argparse.Namespace, cfg: Config) -> int:
    if args.size is not None:  # e.g. a landscape kiosk's screen in the demo window
        width, height = args.size
        cfg = dataclasses.replace(
            cfg, display=dataclasses.replace(cfg.display, width=width, height=height)
        )
    if cfg.display.fullscreen:
        # cage (kiosk.service) answers Qt's request for server-side decorations with
        # "client-side", so Qt drew a title bar with minimise, maximise and close above
        # the kiosk. A kiosk's windows have none. (Read by Qt's Wayland plugin only.)
        os.environ.setdefault("QT_WAYLAND_DISABLE_WINDOWDECORATION", "1")
    # The last welcome screen as a picture first, while the rest of the UI loads.
    from ui import start_screen

    prepared = start_screen.read_later(cfg)
    from ui import process

    process.application()
    start = start_screen.show(cfg, prepared)
    if start is not None and args.exit_after_first_frame:
        print(f"start_picture_ms={process.process_age_ms():.0f}", flush=True)

    from ui import app

    return app.run(
        cfg, exit_after_first_frame=args.exit_after_first_frame, prepared=prepared, start=start
    )


def _tour(args: argparse.Namespace, cfg: Config) -> int:
    # Offscreen unless told otherwise: the tour needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from ui import tour

    langs = [code.strip() for code in args.langs.split(",")] if args.langs else None
    return tour.run(
        cfg,
        args.out,
        languages=langs,
        size=args.size,
        text_scale=args.text_scale,
        high_contrast=args.high_contrast,
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = sub.add_parser("run", help="run the kiosk (fullscreen unless the config says not)")
    cli.add_config_options(run)
    run.add_argument(
        "--exit-after-first-frame",
        action="store_true",
        help="exit 0 once the welcome screen has rendered (smoke test, benchmark)",
    )
    run.add_argument(
        "--size",
        type=_size,
        default=None,
        metavar="WxH",
        help="the kiosk screen's size (default: the configured one); a demo window shows "
        "it scaled to fit the desktop",
    )
    run.set_defaults(func=_run)

    tour = sub.add_parser("tour", help="render every screen in each language to PNG")
    cli.add_config_options(tour)
    tour.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    tour.add_argument("--langs", metavar="de,en,...", help="languages (default: all configured)")
    tour.add_argument(
        "--size",
        type=_size,
        default=None,
        metavar="WxH",
        help="window size (default: the configured display size)",
    )
    tour.add_argument(
        "--text-scale",
        type=float,
        default=1.0,
        choices=(1.0, 1.25, 1.5),
        help="text size as a citizen would choose it (file names get -x1.5)",
    )
    tour.add_argument(
        "--high-contrast", action="store_true", help="the high-contrast theme (file names get -hc)"
    )
    tour.set_defaults(func=_tour)


# The commands registered here: started with one of them, the admin commands' parsers
# (and the modules behind them) are not built, which saves about a third of the start.
UI_COMMANDS = frozenset({"run", "tour"})


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    core = not (args and args[0] in UI_COMMANDS)
    return cli.main(argv, extra=[register], core=core)


if __name__ == "__main__":
    sys.exit(main())
