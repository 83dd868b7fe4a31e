"""Issue 22.19: the demo window fits the screen it opens on and can be resized; the
kiosk itself stays fullscreen."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from ui import window_fit
from ui.app import KioskUi


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
