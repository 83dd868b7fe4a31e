"""Contrast of every text colour pair the theme declares (WCAG 2.2 relative luminance):
at least 4.5:1 in the normal theme, 7:1 in high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlComponent

from ui.app import QML_DIR


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_formula_against_known_values():
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("high_contrast", "minimum"), [(False, 4.5), (True, 7.0)])
def test_text_pairs_meet_wcag(make_ui, high_contrast, minimum):
    d = make_ui()
    d.ui.context.session.setHighContrast(high_contrast)
    component = QQmlComponent(d.ui.engine)
    source = b"import QtQuick\nimport Kiosk\nQtObject { property var pairs: Theme.textPairs }"
    component.setData(source, QUrl.fromLocalFile(str(QML_DIR / "Kiosk" / "_theme_test.qml")))
    obj = component.create()
    assert obj is not None, component.errorString()
    pairs = obj.property("pairs")
    pairs = pairs.toVariant() if hasattr(pairs, "toVariant") else pairs
    assert len(pairs) >= 10
    for fg, bg in pairs:
        ratio = contrast(QColor(fg), QColor(bg))
        assert ratio >= minimum, f"{QColor(fg).name()} on {QColor(bg).name()}: {ratio:.2f}"
