"""The form screen is built while the citizen chooses between a form and a waiting number,
and the tap on "Fill in the form" shows that same screen (ui/qml/Main.qml, issue 19);
leaving forms drops it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject

from ui.finder import root_item


def form_slot_view(d) -> QObject | None:
    """The form view in Main.qml's form slot (hidden or shown), None while not built.
    (ui.finder skips hidden screen slots, so the tree is walked here.)"""
    stack, slot = [root_item(d.window)], None
    while stack and slot is None:
        item = stack.pop()
        slot = item if item.objectName() == "screen_form" else None
        stack.extend(item.childItems())
    assert slot is not None, "Main.qml has no form slot"
    view = slot.property("item")
    return view if isinstance(view, QObject) else None


def test_the_form_is_built_before_the_tap_and_dropped_after(make_ui):
    d = make_ui()
    d.tap("language_de")
    assert form_slot_view(d) is None  # not built for citizens who never see a form
    d.tap("concern_meldebescheinigung")
    assert d.screen() == "concern_choice"
    d.wait_until(lambda: form_slot_view(d) is not None)  # in the background
    built = shiboken6.getCppPointer(form_slot_view(d))[0]
    assert not form_slot_view(d).property("visible")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    view = form_slot_view(d)
    assert view is not None and shiboken6.getCppPointer(view)[0] == built
    assert view.property("visible")
    assert d.item("formPageTitle").property("text") != ""
    d.ui.context.session.finish()
    d.wait_until(lambda: d.screen() == "welcome")
    d.wait_until(lambda: form_slot_view(d) is None)
