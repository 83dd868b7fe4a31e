"""Every control a finger can use is reachable by keys, on every screen and sheet.

What counts as a control is found independently of the focus controller: every visible,
enabled button (QQuickAbstractButton) and every item with a MouseArea (our keyboard's
keys, the form's fields). Tab then has to land on each of them."""

from __future__ import annotations

from keys_driver import K, keys_config, move_to, press, select
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from kiosk.accessibility.keypad import KEY_NAMES

# Touch areas that are deliberately not controls for keys, and why.
NOT_FOR_KEYS = {
    "maintenanceCorner": "staff only: five taps open the PIN dialog",
    "audioLongPress": "the touch way into audio mode; keys have the help key",
    "attractStart": "a touch on the offer starts in the language shown; keys use the"
    " language buttons, which do the same",
    "concernsUp": "paging for fingers: moving the keys' focus scrolls the list itself",
    "concernsDown": "paging for fingers: moving the keys' focus scrolls the list itself"
    " (and disables this button once the last tile is in view)",
}
SIGNATURE_PREFIX = "signature_"  # drawn with a finger; staff help those who cannot


def touchables(root: QQuickItem) -> list[QQuickItem]:
    found: list[QQuickItem] = []

    def visit(item: QQuickItem) -> None:
        if not item.isVisible() or not item.isEnabled() or item.inherits("QQuickOverlay"):
            return
        if item.inherits("QQuickAbstractButton"):
            if item.objectName() not in NOT_FOR_KEYS:
                found.append(item)
            return
        if item.inherits("QQuickMouseArea"):
            owner = item.parentItem()
            if item.objectName() in NOT_FOR_KEYS or owner.objectName().startswith(SIGNATURE_PREFIX):
                return
            found.append(owner)
            return
        for child in item.childItems():
            visit(child)

    visit(root)
    return found


def reached_by_tab(d, count: int) -> set[int]:
    focus = d.ui.context.focus
    seen: set[int] = set()
    for _ in range(count):
        press(d, K.Key_Tab, wait_ms=1)
        item = focus.focused_item()
        if item is not None:
            seen.add(id(item))
    return seen


def assert_all_reached(d, root: QQuickItem, where: str) -> int:
    expected = touchables(root)
    assert expected, f"{where}: no controls found"
    seen = reached_by_tab(d, len(expected) + 3)
    missing = [i.objectName() or i.metaObject().className() for i in expected if id(i) not in seen]
    assert not missing, f"{where}: not reachable by keys: {missing}"
    return len(expected)


def screen_root(d) -> QQuickItem:
    loader = d.item("screenLoader")
    item = loader.property("item")
    assert isinstance(item, QQuickItem)
    return item


def popup_root(d, name: str) -> QQuickItem:
    popup = d.obj(name)
    content = popup.property("contentItem")
    assert isinstance(content, QQuickItem)
    return content


def test_every_screen_is_operable_by_keys(make_ui, make_config):
    d = make_ui(keys_config(make_config()))
    ctx = d.ui.context
    ctx.session.chooseLanguage("de")
    ctx.ticketing.prepare()
    checked = {}
    for screen in ("welcome", "concerns", "checkin", "ticket", "closed", "exhausted"):
        ctx.navigator.go(screen)
        d.pump(60)
        checked[screen] = assert_all_reached(d, screen_root(d), screen)
    ctx.forms.offer("meldebescheinigung")
    d.wait_until(lambda: d.screen() == "concern_choice")
    d.pump(60)
    checked["concern_choice"] = assert_all_reached(d, screen_root(d), "concern_choice")
    for form in ("meldebescheinigung", "anmeldung"):
        ctx.forms.start(form)
        d.wait_until(lambda: d.screen() == "form")
        d.pump(60)
        checked[form] = assert_all_reached(d, screen_root(d), form)
        first = next(r for r in ctx.forms.rows if r["kind"] == "text")
        ctx.forms.focus(first["path"], first["input"])  # the keyboard open: its keys too
        d.pump(60)
        checked[f"{form} + keyboard"] = assert_all_reached(d, screen_root(d), form)
        ctx.forms.unfocus()
        if form == "anmeldung":  # its ID-document step, with the access number pad
            ctx.navigator.go("idcard")
            d.pump(60)
            checked["idcard"] = assert_all_reached(d, screen_root(d), "idcard")
        ctx.navigator.go("concerns")
        d.pump(30)
    assert checked["meldebescheinigung + keyboard"] > checked["meldebescheinigung"] + 30


def test_every_sheet_and_dialog_is_operable_by_keys(make_ui, make_config):
    d = make_ui(keys_config(make_config()))
    ctx = d.ui.context
    ctx.session.chooseLanguage("de")
    ctx.navigator.go("concerns")
    d.pump(50)
    for sheet, opener in (("helpSheet", "helpButton"), ("settingsSheet", "settingsButton")):
        move_to(d, opener)
        select(d)
        assert d.obj(sheet).property("visible")
        assert_all_reached(d, popup_root(d, sheet), sheet)
        press(d, K.Key_Escape, wait_ms=60)  # back closes it
        assert not d.obj(sheet).property("visible"), sheet


def test_settings_toggles_say_their_state_by_keys(make_ui, make_config):
    from keys_driver import said, start_audio

    d = make_ui(keys_config(make_config()))
    start_audio(d)
    move_to(d, "settingsButton")
    select(d)
    heard = move_to(d, "contrastButton")
    # A switch says it is one (a check box to the screen reader), its state and its place
    # among the four switches (Close sits below the scrolling settings, apart).
    assert heard == "Kontrollkästchen, Hoher Kontrast, nicht ausgewählt, 1 von 4", heard
    select(d)
    assert d.ui.context.session.highContrast
    assert said(d)[-1] == "Kontrollkästchen, Hoher Kontrast, ausgewählt, 1 von 4"
    heard = move_to(d, "readAloudButton")
    assert heard == "Kontrollkästchen, Bildschirm vorlesen, ausgewählt, 3 von 4", heard


def test_every_key_name_of_a_keypad_is_a_qt_key():
    missing = [name for name in KEY_NAMES if not hasattr(Qt.Key, f"Key_{name}")]
    assert missing == []
