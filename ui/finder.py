"""Find QML items by objectName, as tests, the tour and the benchmark address the UI.

Items created by Loaders are not QObject children of the window, so ``findChild`` misses
them; walk the visual tree instead, then the window's own children (popups).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject
from PySide6.QtQuick import QQuickItem, QQuickWindow


def items(root: QQuickItem) -> Iterator[QQuickItem]:
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(reversed(item.childItems()))


def root_item(window: QQuickWindow) -> QQuickItem:
    """The window's top item: above the content item, it also holds the popup overlay."""
    item = window.contentItem()
    while item.parentItem() is not None:
        item = item.parentItem()
    return item


def find(window: QQuickWindow, name: str) -> QObject | None:
    for item in items(root_item(window)):
        if item.objectName() == name:
            return item
    found: QObject | None = window.findChild(QObject, name)
    if found is not None:
        return found
    # Popup content lives under the overlay, which is a sibling of the content item.
    for obj in window.findChildren(QObject):
        if obj.objectName() == name:
            return obj
    return None
