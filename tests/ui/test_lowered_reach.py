"""Issue 22.13: Display and sound is labelled and reachable, and in the lowered layout
(wheelchair) every language and every concern can be reached in the lower part of the
screen, at every text size, portrait and landscape, without scrolling only a thin bar
hints at (the concern list pages by two big buttons)."""

from __future__ import annotations

from collections.abc import Iterator

import gui_guard
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem

from kiosk import config
from ui.app import KioskUi
from ui.context import AppContext
from ui.finder import find, items, root_item, settle

from .conftest import Driver, pump

TEXT_SCALES = (1.0, 1.25, 1.5)
SIZES = ((1080, 1920), (1920, 1080))


@pytest.fixture(params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def driver(request, qapp, tmp_path) -> Iterator[Driver]:
    """One kiosk window per size, shared by the text sizes (a window costs seconds)."""
    with gui_guard.startup():
        cfg = config.load_demo(str(tmp_path))
        ui = KioskUi(cfg, AppContext(cfg), size=request.param)
        ui.show(False)
        pump(100)
    try:
        yield Driver(ui)
    finally:
        with gui_guard.startup():
            ui.close()
            pump(20)


def rect(item: QQuickItem) -> QRectF:
    """Where ``item`` shows, laid out as the next frame draws it."""
    settle(item)
    return item.mapRectToScene(item.boundingRect())


def within(inner: QRectF, outer: QRectF) -> bool:
    return (
        inner.left() >= outer.left() - 0.5
        and inner.top() >= outer.top() - 0.5
        and inner.right() <= outer.right() + 0.5
        and inner.bottom() <= outer.bottom() + 0.5
    )


def named(d: Driver, prefix: str) -> list[QQuickItem]:
    return [
        i for i in items(root_item(d.window)) if i.objectName().startswith(prefix) and i.isVisible()
    ]


def reach(d: Driver) -> QRectF:
    """The reachable part: the window below the lowered layout's band."""
    band = d.item("loweredBand")
    top = rect(band).bottom() if band.isVisible() else 0.0
    return QRectF(0, top, d.window.width(), d.window.height() - top)


def start(d: Driver, scale: float, lowered: bool, screen: str) -> None:
    session = d.ui.context.session
    session.end()
    session.chooseLanguage("de")
    session.setTextScale(scale)
    session.setLowered(lowered)
    d.ui.context.navigator.go(screen)
    pump(80)


def test_lowered_every_language_and_concern_is_within_reach(driver: Driver) -> None:
    d = driver
    problems: list[str] = []
    for scale in TEXT_SCALES:
        where = f"{d.window.width()}x{d.window.height()} x{scale}"
        start(d, scale, True, "welcome")
        band = reach(d)
        assert band.top() > d.window.height() * 0.3, "the lowered band is missing"
        languages = named(d, "language_")
        assert len(languages) == len(d.ui.context.session.languages)
        for button in languages:
            if not within(rect(button), band):
                problems.append(f"{where}: {button.objectName()} at {rect(button)}, reach {band}")
        settings = d.item("settingsButton")
        if not within(rect(settings), band):
            problems.append(f"{where}: Display and sound out of reach at {rect(settings)}")

        start(d, scale, True, "concerns")
        band = reach(d)
        concerns = sorted(named(d, "concern_"), key=lambda tile: rect(tile).top())
        assert len(concerns) >= 5
        view = rect(d.item("concernList"))
        if not within(view, band):
            problems.append(f"{where}: the concern list is not in reach: {view}")
        paging = d.item("concernPaging")
        if paging.isVisible():
            for name in ("concernsUp", "concernsDown"):
                if not within(rect(d.item(name)), band):
                    problems.append(f"{where}: {name} out of reach")
        start_y = float(d.item("concernList").property("contentY"))
        for tile in concerns:
            # From the top, page down by the big button until the tile shows whole, as a
            # citizen would.
            for _ in range(20):
                if not d.item("concernsUp").isEnabled():
                    break
                d.tap("concernsUp")
            for _ in range(20):
                if within(rect(tile), view) or not d.item("concernsDown").isEnabled():
                    break
                d.tap("concernsDown")
            if not (within(rect(tile), view) and within(rect(tile), band)):
                problems.append(
                    f"{where}: {tile.objectName()} never shows whole in reach: {rect(tile)} {view}"
                )
        if start_y != 0:
            problems.append(f"{where}: the list starts scrolled, at {start_y}")
    assert problems == [], "\n".join(problems)


def test_display_and_sound_is_labelled_and_in_the_lower_half(driver: Driver) -> None:
    d = driver
    for scale in TEXT_SCALES:
        start(d, scale, False, "welcome")
        button = d.item("settingsButton")
        assert button.isVisible()
        assert str(button.property("text")) == "Anzeige und Ton"  # words, not only signs
        assert rect(button).top() >= d.window.height() / 2, f"x{scale}: {rect(button)}"
        window = QRectF(0, 0, d.window.width(), d.window.height())
        assert within(rect(button), window), f"x{scale}: {rect(button)}"
        d.tap("settingsButton")
        sheet = find(d.window, "settingsSheet")
        assert sheet is not None and sheet.property("opened")
        sheet.setProperty("visible", False)
        pump(30)
        top = d.item("settingsButton")
        assert str(top.property("text")) == "Anzeige und Ton"


def test_the_top_bar_holds_its_buttons_at_every_text_size(driver: Driver) -> None:
    d = driver
    for scale in TEXT_SCALES:
        for lang in ("de", "uk", "ar", "ls"):
            start(d, scale, False, "concerns")
            d.ui.context.session.chooseLanguage(lang)
            pump(50)
            bar = d.item("homeButton").parentItem().parentItem()  # RowLayout, then the bar
            for name in ("homeButton", "settingsButton", "helpButton"):
                button = d.item(name)
                assert within(rect(button), rect(bar)), f"{lang} x{scale}: {name} leaves the bar"
                for text in (i for i in items(button) if i.inherits("QQuickText")):
                    assert within(rect(text), rect(bar)), f"{lang} x{scale}: {name}'s text"
                    assert float(text.property("contentHeight")) <= button.height(), (
                        f"{lang} x{scale}: {name}'s text is taller than the button"
                    )
