"""Button labels shrink rather than clip or break a word (issue 22.20).

A KioskButton made in the kiosk's own QML engine (so the Theme follows the session's text
size) gets the label with the widest word of each language, the buttons' own texts and
the concern names, in a button just too narrow for that word at full size: the label is
drawn smaller, not below 80 % of the body text size, and then no word is wider than the
button's room and no line breaks inside a word (tests/ui/test_layout.py's measures).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem

from kiosk import catalogue, i18n
from kiosk.resources import CATALOGUE
from tests.ui.test_layout import mid_word_breaks, unbreakable_parts, words_too_wide
from ui.finder import items, root_item
from ui.viewmodels.session import TEXT_SCALES

QML = Path(__file__).resolve().parents[2] / "ui" / "qml" / "Kiosk"
LANGS = ["de", "ls", "en", "tr", "uk", "ru", "pl", "ar"]


def button_sources() -> list[tuple[str, str]]:
    """(QML file, source text) of every qsTr on a KioskButton's text line."""
    found = []
    for path in sorted(QML.glob("*.qml")):
        depth, inside = 0, -1
        for line in path.read_text(encoding="utf-8").splitlines():
            if inside < 0 and re.search(r"\bKioskButton \{", line):
                inside = depth
            if inside >= 0 and re.match(r"\s*(text:|[?:] )", line):
                found += [(path.stem, s) for s in re.findall(r'qsTr\("((?:[^"\\]|\\.)*)"', line)]
            depth += line.count("{") - line.count("}")
            if inside >= 0 and depth <= inside:
                inside = -1
    return found


def labels(language: str) -> list[str]:
    cat = i18n.catalogue(language)
    texts = [cat.translate(ctx, src) for ctx, src in button_sources()]
    concerns = catalogue.load(CATALOGUE, LANGS)
    return texts + [c.name(language) for c in concerns.concerns]


def widest_word(texts: list[str], font: QFont) -> tuple[str, float]:
    metrics = QFontMetricsF(font)
    return max(
        (
            (text, metrics.horizontalAdvance(part.replace("\u00ad", "-")))
            for text in texts
            for part in unbreakable_parts(text)
        ),
        key=lambda pair: pair[1],
    )


def make_button(driver, text: str, width: float) -> QQuickItem:
    root = root_item(driver.window)
    engine = QQmlEngine.contextForObject(root).engine()
    component = QQmlComponent(engine)
    component.setData(b"import QtQuick\nimport Kiosk\nKioskButton {}", "fit.qml")
    button = component.createWithInitialProperties({"text": text, "width": width})
    assert button is not None, component.errorString()
    button.setParentItem(root)
    button.setParent(root)
    driver.pump(20)
    return button


def label_item(button: QQuickItem) -> QQuickItem:
    return next(item for item in items(button) if item.objectName() == "buttonText")


def test_the_kiosk_buttons_texts_are_found() -> None:
    sources = dict.fromkeys(src for _, src in button_sources())
    assert {"I have an appointment", "Fill in the form now", "Done"} <= set(sources)


@pytest.mark.parametrize("text_scale", TEXT_SCALES)
def test_the_longest_label_of_each_language_shrinks_to_fit(make_ui, text_scale) -> None:
    d = make_ui()
    d.ui.context.session.setTextScale(text_scale)
    d.pump(20)
    for language in LANGS:
        probe = make_button(d, "x", 1000)
        full = QFont(probe.property("font"))
        floor = int(probe.property("labelFloor"))
        texts = labels(language)
        label, word_width = widest_word(texts, full)
        room = word_width * 0.9  # just too narrow at full size, wide enough at 80 %
        longest = max(texts, key=len)  # several lines in the same room
        padding = float(probe.property("leftPadding")) + float(probe.property("rightPadding"))
        for shown, must_shrink in ((label, True), (longest, False)):
            button = make_button(d, shown, room + padding)
            text = label_item(button)
            size = text.property("font").pixelSize()
            where = f"{language} at {text_scale}: {shown!r} in {room:.0f} px"
            assert floor <= size <= full.pixelSize(), where
            assert size < full.pixelSize() or not must_shrink, where
            assert words_too_wide(text, shown) == [], where
            assert mid_word_breaks(shown, text.property("font"), text.width(), 1) == [], where
            assert not text.property("truncated"), where
            assert text.property("contentWidth") <= room + 1, where
            button.deleteLater()
        probe.deleteLater()


def test_a_label_that_fits_keeps_its_full_size(make_ui) -> None:
    d = make_ui()
    button = make_button(d, "Fertig", 600)
    text = label_item(button)
    assert text.property("font").pixelSize() == button.property("font").pixelSize()
    button.deleteLater()


def test_the_label_never_goes_below_the_floor(make_ui) -> None:
    """Too narrow even at 80 %: the floor holds (readability first; the layouts give
    their buttons room for every real label, which the test above checks)."""
    d = make_ui()
    button = make_button(d, "Wohnungsgeberbestätigung", 200)
    text = label_item(button)
    assert text.property("font").pixelSize() == button.property("labelFloor")
    button.deleteLater()
