"""A finger's tap for the bench, without Qt Test.

``PySide6.QtTest`` loads Qt Widgets and its binding (~9 MB), which the kiosk itself never
loads: with it, ``rss_mb`` measured the bench's harness as much as the kiosk. The press
and the release are sent to the window as the platform would deliver them to Qt Quick.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWindow
from PySide6.QtQuick import QQuickItem


def tap(window: QWindow, item: QQuickItem) -> None:
    """Press and release the left button at ``item``'s centre (laid out beforehand)."""
    at = QPointF(item.mapToScene(item.boundingRect().center()).toPoint())
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, none),
    ):
        event = QMouseEvent(
            kind, at, at, window.mapToGlobal(at), left, buttons, Qt.KeyboardModifier.NoModifier
        )
        QGuiApplication.sendEvent(window, event)
