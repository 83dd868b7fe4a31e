"""Reading a Qt Quick window the way a screen reader does: through QAccessible, each
item's role, name and state, in reading order. Used by the keys' focus controller
(ui/viewmodels/focus.py); free of any view's details, so a view only needs correct
``Accessible`` properties to be operable by keys."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPointF
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtQml import qmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

Role = QAccessible.Role
# What a citizen can operate (and the phrase that names its role); the rest is read.
INTERACTIVE = {
    Role.Button: "roleButton",
    Role.CheckBox: "roleCheckBox",
    Role.RadioButton: "roleRadioButton",
    Role.EditableText: "roleField",
    Role.ComboBox: "roleComboBox",
    Role.Link: "roleLink",
    Role.PageTab: "roleButton",
}
_READ = (Role.Heading, Role.StaticText, Role.Graphic)  # a picture: its spoken name


def iface(item: QQuickItem) -> QAccessibleInterface | None:
    found = QAccessible.queryAccessibleInterface(item)
    return found if found is not None and found.isValid() else None


def alive(item: QQuickItem | None) -> bool:
    return item is not None and shiboken6.isValid(item)


def name(item: QQuickItem) -> str:
    found = iface(item)
    return found.text(QAccessible.Text.Name) if found is not None else ""


def scope(window: QQuickWindow | None) -> QQuickItem | None:
    """The open sheet or dialog if there is one (they are modal), else the window."""
    if window is None:
        return None
    content = window.contentItem()
    for child in content.childItems():
        if child.inherits("QQuickOverlay"):
            popups = [
                c for c in child.childItems() if c.isVisible() and c.inherits("QQuickPopupItem")
            ]
            if popups:
                return max(popups, key=lambda c: c.z())
    return content


def finish_building(window: QQuickWindow | None) -> None:
    """Objects Qt still builds in the background (a form page's rows below its first
    screen, FormView.qml) are finished now: a key pressed before they are built sees them
    all. Nothing to do, the usual case, costs one count."""
    engine = qmlEngine(window) if window is not None else None
    controller = engine.incubationController() if engine is not None else None
    if controller is not None:
        while controller.incubatingObjectCount():
            controller.incubateFor(100)


def focusables(root: QQuickItem | None) -> list[QQuickItem]:
    """The visible, enabled, named controls under ``root`` in reading order."""
    found: list[QQuickItem] = []

    def visit(item: QQuickItem) -> None:
        if not item.isVisible() or item.inherits("QQuickOverlay"):
            return
        a = iface(item)
        if (
            a is not None
            and a.role() in INTERACTIVE
            and item.isEnabled()
            and a.text(QAccessible.Text.Name).strip()
        ):
            found.append(item)
            return
        for child in item.childItems():
            visit(child)

    if root is not None:
        visit(root)
    return found


def screen_text(root: QQuickItem | None) -> str:
    """Headings, texts and buttons in reading order, as Main.qml reads a screen."""
    parts: list[str] = []

    def visit(item: QQuickItem) -> None:
        if not item.isVisible():
            return
        a = iface(item)
        if a is not None:
            role, text = a.role(), a.text(QAccessible.Text.Name).strip()
            if text and (role in _READ or role == Role.Button):
                parts.append(text)
                if role == Role.Button:
                    return
        for child in item.childItems():
            visit(child)

    if root is not None:
        visit(root)
    return ". ".join(parts)


def within(item: QQuickItem, object_name: str) -> bool:
    """Is ``item`` inside the item called ``object_name`` (e.g. the keyboard)?"""
    parent = item.parentItem()
    while parent is not None:
        if parent.objectName() == object_name:
            return True
        parent = parent.parentItem()
    return False


def nearest(items: list[QQuickItem], current: QQuickItem, dx: int, dy: int) -> QQuickItem | None:
    """The control closest to ``current`` in direction (dx, dy), preferring ones in line
    with it (a keyboard's next key, not the one diagonally nearer)."""
    here = current.mapRectToScene(current.boundingRect()).center()
    best: tuple[float, QQuickItem] | None = None
    for item in items:
        if item is current:
            continue
        c = item.mapRectToScene(item.boundingRect()).center()
        along = (c.x() - here.x()) * dx + (c.y() - here.y()) * dy
        across = abs((c.y() - here.y()) * dx) + abs((c.x() - here.x()) * dy)
        if along > 1 and (best is None or along + 3 * across < best[0]):
            best = (along + 3 * across, item)
    return best[1] if best is not None else None


def scroll_into_view(item: QQuickItem) -> None:
    """Bring ``item`` into its Flickable's viewport, as a finger flicking would."""
    flick = item.parentItem()
    while flick is not None and not flick.inherits("QQuickFlickable"):
        flick = flick.parentItem()
    if flick is None:
        return
    content = flick.property("contentItem")
    top = item.mapToItem(content, QPointF(0, 0)).y()
    y, view_h = float(flick.property("contentY")), flick.height()
    if top < y or top + item.height() > y + view_h:
        max_y = max(0.0, float(flick.property("contentHeight")) - view_h)
        flick.setProperty("contentY", min(max(0.0, top - 40), max_y))
