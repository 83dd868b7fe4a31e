"""Issue 22.19: the demo window fits the screen it opens on and can be resized; the
kiosk itself stays fullscreen."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem, QQuickWindow

from ui import window_fit
from ui.app import KioskUi
from ui.finder import find, items, root_item

from .conftest import Driver, pump


def test_a_portrait_kiosk_on_a_landscape_desktop_is_scaled_to_fit() -> None:
    w, h = window_fit.fit(1080, 1920, 1920, 1050)
    assert h <= 1050 and w <= 1920
    assert abs(w / h - 1080 / 1920) < 0.01
    assert window_fit.fit(1080, 1920, 2160, 3840) == (1080, 1920)  # fits: unchanged


@given(
    st.integers(200, 4000), st.integers(200, 4000), st.integers(300, 8000), st.integers(300, 8000)
)
def test_fit_keeps_the_shape_and_fits(w: int, h: int, aw: int, ah: int) -> None:
    fw, fh = window_fit.fit(w, h, aw, ah)
    assert fw <= max(w, 1) and fh <= max(h, 1)
    assert (fw, fh) == (w, h) or (fw <= aw and fh <= ah)
    # Whole pixels: rounding each side by up to half a pixel moves the ratio by at most
    # (1 + w/h) / (2 fh); a tiny window of a very wide shape has only a few rows.
    assert abs(fw / fh - w / h) <= (1 + w / h) / (2 * fh) + 1e-9


def test_the_demo_window_fits_its_screen_and_can_be_resized(qapp, tmp_path) -> None:
    from kiosk import config

    cfg = config.load_demo(str(tmp_path / "state"))
    cfg = dataclasses.replace(cfg, display=dataclasses.replace(cfg.display, fullscreen=False))
    ui = KioskUi(cfg)
    try:
        room = ui.window.screen().availableGeometry()
        assert ui.window.width() <= room.width() and ui.window.height() <= room.height()
        ui.window.resize(700, 500)
        assert (ui.window.width(), ui.window.height()) == (700, 500)
    finally:
        ui.close()


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(item.boundingRect())


def inside(rect: QRectF, w: float, h: float) -> bool:
    return (
        rect.left() >= -0.5
        and rect.top() >= -0.5
        and rect.right() <= w + 0.5
        and (rect.bottom() <= h + 0.5)
    )


def text_problems(window: QQuickWindow) -> list[str]:
    """Every visible text: whole (not truncated, not wider than its box) and inside the
    window as shown."""
    problems: list[str] = []
    for item in items(root_item(window)):
        if not item.inherits("QQuickText") or not item.property("text"):
            continue
        if not shown(item):
            continue
        text = str(item.property("text"))
        content_w = float(item.property("contentWidth"))
        if item.property("truncated") or content_w > item.width() + 1:
            width = f"{content_w:.0f} > {item.width():.0f}"
            problems.append(f"clipped: {text!r} ({width}, {chain(item)})")
        shows = shown_part(item)
        if not shows.isEmpty() and not inside(shows, window.width(), window.height()):
            problems.append(f"outside the window: {text!r} at {shows}")
    return problems


def shown_part(item: QQuickItem) -> QRectF:
    """The part of ``item`` not cut away by a clipping ancestor (a scrolled list)."""
    part = scene_rect(item)
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            part = part.intersected(scene_rect(parent))
        parent = parent.parentItem()
    return part


def shown(item: QQuickItem | None) -> bool:
    while item is not None:
        if not item.isVisible() or item.opacity() == 0:
            return False
        item = item.parentItem()
    return True


@pytest.mark.parametrize("desktop", [(1920, 1080), (1280, 720)])
def test_the_whole_portrait_kiosk_shows_scaled_on_a_landscape_desktop(
    make_config, qapp, desktop
) -> None:
    """Laid out at 1080x1920, scaled into the desktop; a tap where a button shows hits it."""
    cfg = make_config()
    cfg = dataclasses.replace(cfg, display=dataclasses.replace(cfg.display, fullscreen=False))
    ui = KioskUi(cfg)
    try:
        ui.fit_preview(*desktop)
        ui.show(False)
        pump(100)
        win_w, win_h = ui.window.width(), ui.window.height()
        assert win_w <= desktop[0] and win_h <= desktop[1]
        root = find(ui.window, "root")
        assert isinstance(root, QQuickItem)
        # Laid out at the kiosk's size, whatever the window's.
        assert (root.width(), root.height()) == (1080, 1920)
        shown_at = scene_rect(root)
        assert inside(shown_at, win_w, win_h)
        assert shown_at.height() == pytest.approx(win_h, abs=1)  # fills the height
        assert shown_at.width() == pytest.approx(win_h * 1080 / 1920, abs=1)
        assert text_problems(ui.window) == []
        title = find(ui.window, "welcomeTitle")
        assert isinstance(title, QQuickItem) and title.width() > 900  # its layout width

        # The settings sheet (a popup, in the overlay) is scaled the same way.
        Driver(ui).tap("settingsButton")
        sheet = find(ui.window, "settingsSheet")
        assert sheet is not None and sheet.property("opened")
        content = sheet.property("contentItem")
        assert isinstance(content, QQuickItem)
        sheet_at = scene_rect(content)
        assert inside(sheet_at, win_w, win_h) and sheet_at.width() <= shown_at.width() + 1
        assert text_problems(ui.window) == []
        sheet.setProperty("visible", False)
        pump(50)

        # A tap where the Polish button shows chooses Polish.
        button = find(ui.window, "language_pl")
        assert isinstance(button, QQuickItem)
        Driver(ui).tap("language_pl")
        assert ui.context.session.language == "pl"
        assert ui.context.navigator.screen != "welcome"

        # Resized: the same layout, scaled again and letterboxed.
        ui.window.resize(900, 900)
        pump(50)
        assert (root.width(), root.height()) == (1080, 1920)
        again = scene_rect(root)
        assert again.height() == pytest.approx(900, abs=1)
        assert again.left() == pytest.approx((900 - again.width()) / 2, abs=1)
        assert text_problems(ui.window) == []

        # Half the kiosk's size (issue 22.20's 540x960): the same layout, at half scale,
        # so no title breaks where the kiosk's does not.
        ui.window.resize(540, 960)
        pump(50)
        assert (root.width(), root.height()) == (1080, 1920)
        assert scene_rect(root) == QRectF(0, 0, 540, 960)
        title = find(ui.window, "concernTitle")
        assert isinstance(title, QQuickItem) and title.width() > 900
        assert text_problems(ui.window) == []
    finally:
        ui.close()


def test_the_kiosk_itself_is_not_scaled(make_ui) -> None:
    """Fullscreen kiosk (and the tour, and tests): laid out at the window's own size."""
    driver = make_ui()
    root = driver.item("root")
    assert driver.window.property("preview") is False
    assert (root.width(), root.height()) == (driver.window.width(), driver.window.height())
    assert scene_rect(root) == QRectF(0, 0, driver.window.width(), driver.window.height())


def chain(item: QQuickItem | None) -> str:
    names = []
    while item is not None:
        names.append(item.objectName() or type(item).__name__)
        item = item.parentItem()
    return "/".join(names[:6])
