"""A kiosk started as a real one is, but offscreen: the built-in demo's settings with
``fullscreen = true`` and the state in a folder of the caller's, on an offscreen screen of
the kiosk's portrait size (1080x1920). The demo itself opens a desktop window, which has
no start picture and never locks its window (tests/ui/test_start_screen.py, bench)."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.resources import DEMO_CONFIG

SCREEN = (
    '{"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1080, "height": 1920,'
    ' "logicalDpi": 96, "logicalBpi": 96, "dpr": 1}]}'
)


def fullscreen_toml(folder: Path) -> Path:
    """``folder``/kiosk.toml: the demo's settings, fullscreen, state in ``folder``/state."""
    text = DEMO_CONFIG.read_text(encoding="utf-8")
    if "fullscreen = false" not in text:
        raise RuntimeError(f"{DEMO_CONFIG} no longer says fullscreen = false")
    text = text.replace("fullscreen = false", "fullscreen = true")
    text = text.replace("[kiosk]\n", f'[kiosk]\nstate_dir = "{folder / "state"}"\n', 1)
    path = folder / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def offscreen_env(folder: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for Qt's offscreen platform with a 1080x1920 screen."""
    screen = folder / "screen.json"
    screen.write_text(SCREEN, encoding="utf-8")
    return dict(
        os.environ if base is None else base,
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        QT_QUICK_BACKEND="software",
    )
