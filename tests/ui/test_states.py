"""One state vocabulary (issue 22.11): the Theme names fill, text, border and border width
for enabled, pressed, selected, disabled, error and focus, in normal and high contrast;
the pairs meet contrast, disabled is quieter than enabled and unlike selected, and the
controls draw from these names instead of raw colours."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlComponent

from ui.app import QML_DIR

MODULE = QML_DIR / "Kiosk"
STATES = ("enabled", "pressed", "selected", "disabled", "error", "focus")
RAW_COLOUR = re.compile(
    r"""["']#[0-9A-Fa-f]{3,8}["']|Qt\.rgba?\(|["'](?:white|black|red|gray|grey)["']"""
)
# The controls and the file each draws its states in.
CONTROLS = (
    "KioskButton.qml",
    "ControlFrame.qml",
    "OptionBase.qml",
    "RadioOption.qml",
    "CheckOption.qml",
    "SwitchOption.qml",
    "ChoicePicker.qml",
    "FormField.qml",
    "FormView.qml",
)
STATE_USE = re.compile(
    r"Theme\.(?:state(?:Fill|Text|Border|BorderWidth)|(?:enabled|pressed|selected|disabled|error|focus)\w+)"
)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.2 contrast ratio (the formula is checked in test_theme.py)."""

    def lum(c: QColor) -> float:
        ch = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c.getRgbF()[:3]]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def qml(d: Any, body: str, imports: str = "import QtQuick\nimport Kiosk\n") -> Any:
    component = QQmlComponent(d.ui.engine)
    url = QUrl.fromLocalFile(str(MODULE / "_states_test.qml"))
    component.setData((imports + body).encode(), url)
    obj = component.create()
    assert obj is not None, component.errorString()
    d.keep = (component, obj)  # both live as long as the test's UI
    return obj


def theme(d: Any, high_contrast: bool) -> dict[str, Any]:
    d.ui.context.session.setHighContrast(high_contrast)
    props = ", ".join(
        f"{s}: [Theme.stateFill('{s}'), Theme.stateText('{s}'), Theme.stateBorder('{s}'),"
        f" Theme.stateBorderWidth('{s}')]"
        for s in STATES
    )
    obj = qml(
        d,
        f"QtObject {{ property var looks: ({{{props}}});"
        " property var names: Theme.stateNames; property var pairs: Theme.componentPairs;"
        " property color background: Theme.background; property color surface: Theme.surface }",
    )
    out = {k: obj.property(k) for k in ("looks", "names", "pairs", "background", "surface")}
    return {k: v.toVariant() if hasattr(v, "toVariant") else v for k, v in out.items()}


def look(t: dict[str, Any], state: str) -> tuple[str, str, str, int]:
    fill, text, border, width = t["looks"][state]
    return (
        QColor(fill).name(QColor.NameFormat.HexArgb),
        QColor(text).name(),
        QColor(border).name(),
        width,
    )


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_state_is_named(make_ui, high_contrast):
    d = make_ui()
    t = theme(d, high_contrast)
    assert tuple(t["names"]) == STATES
    for state in STATES:
        assert look(t, state)[3] >= 1, state


@pytest.mark.parametrize(("high_contrast", "minimum"), [(False, 4.5), (True, 7.0)])
def test_state_text_meets_contrast_on_its_fill(make_ui, high_contrast, minimum):
    d = make_ui()
    t = theme(d, high_contrast)
    for state in STATES:
        fill, text, _, _ = look(t, state)
        # A state without fill (disabled) shows what is behind it: page or card.
        behind = [t["background"], t["surface"]] if QColor(fill).alpha() == 0 else [fill]
        for bg in behind:
            ratio = contrast(QColor(text), QColor(bg))
            assert ratio >= minimum, f"{state}: {text} on {QColor(bg).name()}: {ratio:.2f}"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_borders_and_marks_stand_out(make_ui, high_contrast):
    """Parts of a control: 3:1 against what surrounds them (WCAG 1.4.11)."""
    d = make_ui()
    t = theme(d, high_contrast)
    assert len(t["pairs"]) >= 8
    for fg, bg in t["pairs"]:
        ratio = contrast(QColor(fg), QColor(bg))
        assert ratio >= 3.0, f"{QColor(fg).name()} on {QColor(bg).name()}: {ratio:.2f}"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_disabled_is_quiet_and_unlike_enabled_and_selected(make_ui, high_contrast):
    d = make_ui()
    t = theme(d, high_contrast)
    disabled, enabled, selected = look(t, "disabled"), look(t, "enabled"), look(t, "selected")
    for other in (enabled, selected):
        assert disabled[0] != other[0], "disabled has no fill, the others do"
        assert disabled[1] != other[1], "disabled text is muted"
        assert disabled[2:] != other[2:], "disabled has its own border"
    assert QColor(disabled[0]).alpha() == 0  # not an empty white input field
    page = QColor(t["background"])
    # Not more prominent than enabled: less text contrast, a border no wider.
    assert contrast(QColor(disabled[1]), page) < contrast(QColor(enabled[1]), page)
    assert disabled[3] <= enabled[3]
    # Selected is not only a colour: its border is thicker than enabled.
    assert selected[3] > enabled[3]
    assert look(t, "error")[3] > enabled[3]


def test_no_raw_colours_outside_the_theme():
    found = []
    for path in sorted(QML_DIR.rglob("*.qml")):
        if path.name == "Theme.qml":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if RAW_COLOUR.search(line.split("//")[0]):
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert found == [], "colours belong in Theme.qml:\n" + "\n".join(found)


@pytest.mark.parametrize("name", CONTROLS)
def test_controls_draw_from_the_state_vocabulary(name):
    text = (MODULE / name).read_text(encoding="utf-8")
    assert STATE_USE.search(text), f"{name} uses none of the Theme's state properties"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_disabled_button_has_no_fill_and_a_dashed_border(make_ui, high_contrast):
    d = make_ui()
    d.ui.context.session.setHighContrast(high_contrast)
    obj = qml(
        d,
        "Column { KioskButton { objectName: 'on'; text: 'Weiter' }"
        " KioskButton { objectName: 'off'; text: 'Weiter'; enabled: false } }",
    )
    d.pump(20)
    on, off = (obj.findChild(object, n) for n in ("on", "off"))
    assert on.property("look") == "enabled" and off.property("look") == "disabled"
    assert off.property("background").property("dashed") is True
    assert on.property("background").property("dashed") is False
    assert QColor(off.property("background").property("fill")).alpha() == 0
    assert QColor(on.property("background").property("fill")).alpha() == 255
    obj.deleteLater()


@pytest.mark.parametrize("rtl", [False, True])
def test_options_show_their_state(make_ui, rtl):
    d = make_ui()
    mirror = "true" if rtl else "false"
    obj = qml(
        d,
        f"Column {{ width: 800; LayoutMirroring.enabled: {mirror};"
        " LayoutMirroring.childrenInherit: true;"
        " RadioOption { objectName: 'r1'; width: 800; text: 'Deutschland'; checked: true }"
        " RadioOption { objectName: 'r2'; width: 800; text: 'Türkei' }"
        " CheckOption { objectName: 'c1'; width: 800; text: 'Polen'; checked: true }"
        " SwitchOption { objectName: 's1'; width: 800; text: 'Kontrast'; checked: true }"
        " SwitchOption { objectName: 's2'; width: 800; text: 'Kontrast'; enabled: false } }",
    )
    d.pump(20)
    r1, r2, c1, s1, s2 = (obj.findChild(object, n) for n in ("r1", "r2", "c1", "s1", "s2"))
    assert r1.property("look") == "selected" and r2.property("look") == "enabled"
    assert s2.property("look") == "disabled"
    for item in (r1, r2, c1, s1):
        assert item.height() >= 96  # Theme.touchTarget: the whole row is the target
    dot = r1.findChild(object, "radioDot")
    assert dot.isVisible() and not r2.findChild(object, "radioDot").isVisible()
    assert c1.findChild(object, "checkTick").isVisible()
    # The mark sits where reading starts; "on" is where reading ends.
    mark = r1.property("indicator")
    assert (mark.x() > 400) == rtl
    knob = s1.findChild(object, "switchKnob")
    track = s1.findChild(object, "switchTrack")
    assert (knob.x() + knob.width() / 2 > track.width() / 2) != rtl
    obj.deleteLater()
