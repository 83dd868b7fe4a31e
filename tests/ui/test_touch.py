"""Buttons forgive how people touch: a long press still counts, a finger that slides off
before lifting cancels."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest


def centre(item) -> QPoint:
    c = item.mapToScene(item.boundingRect().center()).toPoint()
    return QPoint(c.x(), c.y())


def test_a_long_press_is_a_tap(make_ui):
    d = make_ui()
    d.tap("language_de")
    at = centre(d.item("appointmentButton"))
    QTest.mousePress(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    end = time.monotonic() + 1.5  # longer than Qt's press-and-hold (800 ms)
    while time.monotonic() < end:
        d.pump(50)
    QTest.mouseRelease(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    d.pump(50)
    assert d.screen() == "checkin"


def test_sliding_off_before_lifting_cancels(make_ui):
    d = make_ui()
    d.tap("language_de")
    button = d.item("appointmentButton")
    at = centre(button)
    QTest.mousePress(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    d.pump(30)
    away = QPoint(at.x(), at.y() + int(button.height()) * 3)
    QTest.mouseMove(d.window, away)
    d.pump(30)
    QTest.mouseRelease(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, away)
    d.pump(50)
    assert d.screen() == "concerns"
