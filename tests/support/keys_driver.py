"""Driving the kiosk by keys alone in UI tests (tests/ui/test_keys_*.py): press keys on
the window as a keypad would, listen to what the mock speech engine was asked to say."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import config

K = Qt.Key


def keys_config(cfg: config.Config, keypad: str = "standard") -> config.Config:
    return dataclasses.replace(
        cfg,
        accessibility=dataclasses.replace(cfg.accessibility, speech_engine="mock", keypad=keypad),
    )


def press(d, *keys: Qt.Key, wait_ms: int = 5) -> None:
    for key in keys:
        QTest.keyClick(d.window, key)
        d.pump(wait_ms)


def said(d) -> list[str]:
    return [t for t, _ in d.ui.context.speech.spoken]


def focused(d) -> str:
    item = d.ui.context.focus.focused_item()
    return item.objectName() if item is not None else ""


def move_to(d, name: str, key: Qt.Key = K.Key_Tab, limit: int = 120) -> str:
    """Press ``key`` until the focus is on ``name`` (as a citizen listens until the
    control they want is announced); returns what was said for it."""
    for _ in range(limit):
        press(d, key)
        if focused(d) == name:
            return said(d)[-1] if said(d) else ""
    raise AssertionError(f"{name} not reached with {key}; focus on {focused(d)!r}")


def select(d, until: Callable[[], bool] | None = None) -> None:
    press(d, K.Key_Return, wait_ms=60)
    if until is not None:
        d.wait_until(until)
    d.pump(60)


def start_audio(d) -> None:
    press(d, K.Key_F1, wait_ms=60)
    assert d.ui.context.focus.audioMode and d.ui.context.session.readAloud
