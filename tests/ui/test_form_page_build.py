"""A form page's rows below its first screen are built over the frames after it (issue
19): the first frame of a page still shows every row that is on screen, the frame comes
before any background building, and the rest follows before a finger can scroll."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from tests.ui.test_choice_picker import open_persons_page
from ui.finder import items, settle


def before_persons(d: Any, language: str, size: tuple[int, int], text_scale: float) -> Any:
    d.ui.window.resize(*size)
    forms = open_persons_page(d, language)
    d.ui.context.session.setTextScale(text_scale)
    forms.back()
    d.built()
    assert d.ui.context.session.textScale == text_scale
    return forms


def key(slot: QQuickItem) -> tuple[str, str, int]:
    row = slot.property("row")
    return row["kind"], row["path"], int(slot.property("index"))


def row_slots(d: Any) -> list[QQuickItem]:
    return [i for i in items(d.item("formFlick")) if i.objectName() == "formRow"]


@pytest.mark.parametrize(
    ("language", "size", "text_scale"),
    [
        ("de", (1080, 1920), 1.0),
        ("ar", (1080, 1920), 1.0),
        ("de", (1920, 1080), 1.0),
        ("uk", (1080, 1920), 1.5),
    ],
)
def test_the_first_frame_of_a_long_page_shows_every_row_on_screen(
    make_ui, language, size, text_scale
):
    d = make_ui()
    forms = before_persons(d, language, size, text_scale)
    flick = d.item("formFlick")
    seen: dict[str, Any] = {}

    def first_frame() -> None:
        if seen:
            return
        seen["eager"] = forms.rowModel.eagerRows
        seen["rows"] = [
            (
                slot.mapToItem(flick, QPointF(0, 0)).y(),
                slot.height(),
                slot.property("item") is not None,
                key(slot),
            )
            for slot in row_slots(d)
            if slot.isVisible()
        ]

    d.window.frameSwapped.connect(first_frame)
    next_button = d.item("formNext")
    settle(next_button)
    centre = next_button.mapToScene(next_button.boundingRect().center()).toPoint()
    QTest.mouseClick(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    later = {key(slot) for slot in row_slots(d) if slot.property("item") is None}
    d.wait_until(lambda: bool(seen))
    d.window.frameSwapped.disconnect(first_frame)

    # The page is long: some rows were left for later, and none was built in the
    # background before the frame that shows the page: exactly the first screen's rows
    # were (the page's height, known at its layout, may make them one more).
    assert later
    built = [k[2] for _, _, done, k in seen["rows"] if done]
    assert built == list(range(seen["eager"])), "background building ran before the frame"
    # Every row that begins within the visible part was there at that frame, and the
    # rows built at once fill it: no row still waiting is on screen.
    on_screen = [r for r in seen["rows"] if r[0] < flick.height()]
    assert on_screen and all(built for _, _, built, _ in on_screen), (flick.height(), on_screen)
    assert float(flick.property("contentY")) == 0.0  # a new page starts at its top

    # The rest follows, and the page ends as a page built at once would.
    d.built()
    slots = row_slots(d)
    assert len(slots) == len(forms.rows)
    assert all(slot.property("item") is not None for slot in slots)
    assert [key(slot)[1] for slot in slots] == [r["path"] for r in forms.rows]
    assert d.item("opt_persons[0].religion_rk").isVisible()


def test_a_new_page_starts_at_its_top(make_ui):
    """The citizen scrolled down the persons page, went on and came back: each page shows
    its first question first."""
    d = make_ui()
    forms = before_persons(d, "de", (1080, 1920), 1.0)
    forms.next()
    d.built()
    flick = d.item("formFlick")
    flick.setProperty("contentY", 2000.0)
    d.pump(30)
    forms.back()
    d.pump(30)
    assert float(flick.property("contentY")) == 0.0
    forms.next()
    d.pump(30)
    assert float(flick.property("contentY")) == 0.0


def test_a_key_at_once_after_the_page_finds_every_question(make_ui):
    """A keys-only citizen who presses a key before the lower rows are built (about
    50-100 ms) gets the whole page in the focus ring, not only its first screen: the
    focus ring finishes the building first (ui.a11y_tree.finish_building)."""
    from ui.finder import building

    d = make_ui()
    forms = before_persons(d, "de", (1080, 1920), 1.0)
    forms.next()
    d.pump(0)
    assert building(d.ui.engine) > 0  # the lower rows are still being built
    focus = d.ui.context.focus
    at_once = [i.objectName() for i in focus._focusables()]
    assert building(d.ui.engine) == 0  # finished, not waited for
    d.built()
    assert at_once == [i.objectName() for i in focus._focusables()]
