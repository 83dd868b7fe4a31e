"""The welcome column scrolls only where it cannot fit (issue 22): at the largest text on a
5:4 monitor with a notice of limited service. Then a scroll bar shows there is more, the
words for those who cannot see the screen are reached by scrolling, and a finger held on
a free part still starts audio mode (a scrolling Flickable keeps presses from what lies
below it)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from kiosk.queue.base import Health
from kiosk.queue.embedded import EmbeddedBackend


def bottom(item) -> float:
    return item.mapToScene(QPointF(0, item.height())).y()


def welcome(make_ui, make_config, size, scale, degraded, monkeypatch):
    cfg = make_config()
    cfg = dataclasses.replace(
        cfg, accessibility=dataclasses.replace(cfg.accessibility, long_press_s=0.8)
    )
    d = make_ui(cfg)
    d.ui.window.resize(*size)
    d.ui.context.session.setTextScale(scale)
    if degraded:
        monkeypatch.setattr(EmbeddedBackend, "health", lambda self: Health(False, "slow disk"))
        d.ui.context.services.refresh()
        d.wait_until(lambda: d.item("degradedNotice").isVisible())
    d.pump(100)
    assert d.screen() == "welcome"
    return d


def test_it_does_not_scroll_where_everything_fits(make_ui, make_config, monkeypatch):
    d = welcome(make_ui, make_config, (1280, 1024), 1.5, False, monkeypatch)
    scroll = d.item("welcomeScroll")
    assert not scroll.property("interactive")
    assert bottom(d.item("audioAnnouncement")) <= bottom(scroll) + 1


def test_where_it_cannot_fit_it_scrolls_and_a_long_press_still_works(
    make_ui, make_config, monkeypatch
):
    d = welcome(make_ui, make_config, (1280, 1024), 1.5, True, monkeypatch)
    scroll = d.item("welcomeScroll")
    words = d.item("audioAnnouncement")
    assert scroll.property("interactive")
    assert bottom(words) > bottom(scroll)  # below the bar until scrolled
    # Scrolled to the end, the words are in view above the bar.
    scroll.setProperty("contentY", scroll.property("contentHeight") - scroll.height())
    d.pump(50)
    assert bottom(words) <= bottom(scroll) + 1
    assert bottom(scroll) <= d.item("welcomeBar").mapToScene(QPointF(0, 0)).y() + 1
    # A finger held on the words (free of controls) inside the scrolling column.
    at = words.mapToScene(words.boundingRect().center()).toPoint()
    QTest.mousePress(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    d.wait_until(lambda: d.ui.context.focus.audioMode, timeout_s=3)
    QTest.mouseRelease(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert d.screen() == "welcome"
