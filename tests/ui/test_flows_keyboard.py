"""Issue 22.1: the on-screen keyboard never covers the field being typed into, in
portrait and landscape, at every text size: the focused field scrolls into the part of
the page the keyboard leaves free."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from ui.viewmodels.session import TEXT_SCALES


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(item.boundingRect())


def text_paths(d) -> list[str]:
    return [
        r["path"]
        for r in d.ui.context.forms.rows
        if r.get("kind") in ("text", "number", "date") and r.get("path")
    ]


@pytest.mark.parametrize("text_scale", TEXT_SCALES)
@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
def test_focused_field_stays_above_the_keyboard(make_ui, make_config, size, text_scale):
    d = make_ui(make_config())
    d.ui.window.resize(*size)
    d.pump(50)
    d.tap("language_ar" if size[0] > size[1] else "language_de")
    d.ui.context.session.setTextScale(text_scale)
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    paths = text_paths(d)
    assert len(paths) >= 5
    flick = d.item("formFlick")
    # A finger scrolls a page it sees: wait until the page is laid out (the texts that
    # shrink to fit their words take a frame more at the largest text size).
    heights: list[float] = []

    def laid_out() -> bool:
        heights.append(float(flick.property("contentHeight")))
        d.pump(50)
        return len(heights) >= 3 and heights[-1] == heights[-2] == heights[-3]

    d.wait_until(laid_out)
    # Bottom-most first: the field the keyboard would cover, then back to the top.
    for path in [*reversed(paths), paths[0]]:
        d.tap(f"field_{path}")
        d.pump(100)
        keyboard = d.item("keyboard")
        assert keyboard.isVisible()
        field = scene_rect(d.item(f"field_{path}"))
        view = scene_rect(flick)
        kb = scene_rect(keyboard)
        assert field.bottom() <= kb.top() + 1, (path, field, kb)
        assert field.top() >= view.top() - 1 and field.bottom() <= view.bottom() + 1, (
            path,
            field,
            view,
        )
        d.tap("key_done")
