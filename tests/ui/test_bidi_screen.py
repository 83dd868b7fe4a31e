"""On screen, a value filled into an Arabic sentence keeps its order (issue 22, bidi).

The sentence is made the way QML makes it (``qsTranslate(...).arg(value)`` in a JS
engine with Qt's translation extension, answered by the kiosk's translator) and laid out
by Qt's own text engine right to left; the value's glyphs must stand left to right in
the order typed. The same sentence without its isolates reorders the time range, which
shows the check can fail.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtQml import QJSEngine

from kiosk import i18n
from ui.translator import use_language

# (QML file, source) of sentences that carry a time, number or counter label.
SENTENCES = [
    ("CheckinView", "Today at %1"),
    ("CheckinView", "Please come back at %1. You can check in from then on."),
    ("CheckinView", "Your number is %1. Please watch the display."),
    ("HelpSheet", "Please go to counter %1."),
    ("NoticeView", "We open again: %1"),
]
VALUES = ["10:30–11:00", "+49 30 1234", "B-042", "3 / 4"]


def filled(context: str, source: str, value: str) -> str:
    """What QML shows for ``qsTr(source).arg(value)`` in ``context``'s file."""
    engine = QJSEngine()
    engine.installExtensions(QJSEngine.Extension.TranslationExtension)
    args = ", ".join(json.dumps(a) for a in (context, source))
    result = engine.evaluate(f"qsTranslate({args}).arg({json.dumps(value)})")
    assert not result.isError(), result.toString()
    return result.toString()


def glyph_order(text: str, value: str) -> list[str]:
    """The value's characters as Qt draws them, left to right, in a right-to-left line."""
    layout = QTextLayout(text, QFont("DejaVu Sans", 24))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    start = text.index(value)
    placed = []
    for k, ch in enumerate(value):
        if ch.isspace():
            continue
        runs = line.glyphRuns(start + k, 1)
        placed.append((min(p.x() for run in runs for p in run.positions()), ch))
    return [ch for _, ch in sorted(placed)]


@pytest.fixture
def arabic(qapp: object) -> Iterator[object]:
    app = QCoreApplication.instance()
    assert app is not None
    use_language(app, "ar")
    yield app
    use_language(app, "de")


@pytest.mark.parametrize(("context", "source"), SENTENCES)
def test_values_in_arabic_sentences_are_drawn_in_their_own_order(
    arabic: object, context: str, source: str
) -> None:
    for value in VALUES:
        text = filled(context, source, value)
        assert any("\u0600" <= ch <= "\u06ff" for ch in text), text  # translated
        assert glyph_order(text, value) == [ch for ch in value if not ch.isspace()], text


def test_without_isolates_qt_reorders_the_time_range(arabic: object) -> None:
    text = i18n.without_isolates(filled("CheckinView", "Today at %1", "10:30–11:00"))
    assert "".join(glyph_order(text, "10:30–11:00")) == "11:00–10:30"
