"""Find QML items by objectName, as tests, the tour and the benchmark address the UI.

Items created by Loaders are not QObject children of the window, so ``findChild`` misses
them; walk the visual tree instead, then the window's own children (popups).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow


def _hidden_screen(item: QQuickItem) -> bool:
    return item.objectName().startswith("screen_") and item.property("current") is False


def _on_hidden_screen(obj: QObject) -> bool:
    item = obj if isinstance(obj, QQuickItem) else None
    while item is not None:
        if _hidden_screen(item):
            return True
        item = item.parentItem()
    return False


def items(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item under ``root``, except the screens kept alive but hidden (Main.qml's
    ``screen_*`` slots): their controls share names with the screen on show."""
    stack = [root]
    while stack:
        item = stack.pop()
        if item is not root and _hidden_screen(item):
            continue
        yield item
        stack.extend(reversed(item.childItems()))


def settle(item: QQuickItem) -> None:
    """Lay out ``item``'s ancestors now, top down, as the next frame's polish would. A
    kept screen just shown, or re-laid out for a new language, gets its positions at
    that frame; tests and the benchmark tap sooner than a finger can."""
    chain: list[QQuickItem] = []
    parent: QQuickItem | None = item
    while parent is not None:
        chain.append(parent)
        parent = parent.parentItem()
    for ancestor in reversed(chain):
        ancestor.ensurePolished()


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
    if found is not None and not _on_hidden_screen(found):
        return found
    # Popup content lives under the overlay, which is a sibling of the content item.
    for obj in window.findChildren(QObject):
        if obj.objectName() == name and not _on_hidden_screen(obj):
            return obj
    return None


def building(engine: QQmlEngine) -> int:
    """How many objects ``engine`` still builds in the background (the rows below a form
    page's first screen, FormView.qml): a screenshot, a test's lookup or the benchmark's
    tap waits for none, as a finger comes later than they do."""
    controller = engine.incubationController()
    return controller.incubatingObjectCount() if controller is not None else 0
