"""Every screen of the tour, in every language, portrait and landscape, normal and largest
text: no clipped text and no touch target under 80 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem

from kiosk import config
from ui import tour
from ui.finder import items, root_item

MIN_TARGET = 80


def visible(item: QQuickItem) -> bool:
    while item is not None:
        if not item.isVisible() or item.opacity() == 0:
            return False
        item = item.parentItem()
    return True


def check_screen(window, screen: str, lang: str, problems: list[str]) -> None:
    win_w = window.width()
    for item in items(root_item(window)):
        if not visible(item):
            continue
        where = f"{screen}-{lang}: {item.objectName() or type(item).__name__}"
        small = item.width() < MIN_TARGET or item.height() < MIN_TARGET
        if item.inherits("QQuickAbstractButton") and small:
            problems.append(f"{where} is {item.width():.0f}x{item.height():.0f} px")
        if item.inherits("QQuickText") and item.property("text"):
            text = str(item.property("text"))
            if item.property("truncated"):
                problems.append(f"{where} truncates {text!r}")
            content_w = float(item.property("contentWidth"))
            if content_w > item.width() + 1:
                problems.append(
                    f"{where} overflows: {content_w:.0f} > {item.width():.0f} ({text!r})"
                )
            left = item.mapToScene(QPointF(0, 0)).x()
            if left < -1 or left + item.width() > win_w + 1:
                problems.append(f"{where} leaves the window ({text!r})")


@pytest.mark.parametrize("text_scale", [1.0, 1.25, 1.5])
@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
def test_every_screen_fits(qapp, tmp_path, size, text_scale):
    cfg = config.load_demo(str(tmp_path))
    problems: list[str] = []
    shots: list[str] = []

    def on_shot(window, screen: str, lang: str) -> None:
        shots.append(f"{screen}-{lang}")
        assert (window.width(), window.height()) == size
        check_screen(window, screen, lang, problems)

    assert tour.run(cfg, None, size=size, text_scale=text_scale, on_shot=on_shot) == 0
    assert len(shots) == 25 * len(cfg.kiosk.languages)
    assert problems == [], "\n".join(problems[:30])
