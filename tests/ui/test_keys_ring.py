"""The focus ring is drawn where the focus is, in the normal and the high-contrast theme,
and the tour renders it (its keys_focus picture)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from kiosk import config
from ui import tour
from ui.finder import find

RING = {False: QColor("#D4006A"), True: QColor("#FF00FF")}  # Theme.focusRing


def test_tour_renders_the_focus_ring(qapp, tmp_path):
    cfg = config.load_demo(str(tmp_path))
    seen: dict[bool, int] = {}

    def on_shot(window, screen: str, lang: str) -> None:
        ring = find(window, "focusRing")
        if screen != "keys_focus":
            assert not ring.isVisible(), f"{screen}: a focus ring nobody asked for"
            return
        target = find(window, "concern_reisepass")
        box = target.mapRectToScene(target.boundingRect())
        drawn = ring.mapRectToScene(ring.boundingRect())
        assert ring.isVisible() and drawn.contains(box) and drawn != box
        image = window.grabWindow()
        # Left edge of the ring, half-way down: the ring's colour.
        x = int(drawn.left() + 3)
        y = int(drawn.center().y())
        contrast = bool(window.property("color") == QColor("#000000"))
        assert image.pixelColor(x, y) == RING[contrast], (image.pixelColor(x, y).name(), contrast)
        seen[contrast] = seen.get(contrast, 0) + 1

    assert tour.run(cfg, None, languages=["de"], on_shot=on_shot) == 0
    assert tour.run(cfg, None, languages=["ar"], high_contrast=True, on_shot=on_shot) == 0
    assert seen == {False: 1, True: 1}
