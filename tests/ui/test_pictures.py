"""The pictures of assets/pictures/ (issue 22.15): valid SVG whose every colour is a Theme
role, drawn in the Theme's colours in normal and high contrast at the sizes the screens
use, placed where this kiosk model's devices are, read aloud, and mirrored in Arabic only
where the drawing has a reading direction."""

from __future__ import annotations

import base64
import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtQml import QQmlComponent
from PySide6.QtSvg import QSvgRenderer

from kiosk import config
from kiosk.config import HardwareSection
from ui import a11y_tree, pictures, tour
from ui.app import QML_DIR
from ui.finder import find
from ui.viewmodels.pictures import Pictures

FILES = sorted(pictures.PICTURES_DIR.glob("*.svg"))
# (width, height) as Picture items on the screens ask for them: attract tiles in portrait
# and landscape; check-in, ID card and ticket pictures in both orientations.
OFFER_SIZES = [(170, 170), (72, 72)]
PLACE_SIZES = [(432, 360), (204, 170), (384, 320), (240, 200), (312, 260), (187, 156)]
THEME_OF_ROLE = {
    "ink": "text",
    "accent": "primary",
    "paper": "surface",
    "shade": "secondary",
    "mark": "danger",
    "line": "border",
}
# The placeholders of ui/pictures.py are the normal theme's colours ("line" is Theme.border).
SVG = "{http://www.w3.org/2000/svg}"


def theme(d, high_contrast: bool) -> dict[str, str]:
    """Each role's colour as Theme.qml gives it, as "#rrggbb"."""
    d.ui.context.session.setHighContrast(high_contrast)
    props = "\n".join(
        f"property color {role}: Theme.{name}" for role, name in THEME_OF_ROLE.items()
    )
    component = QQmlComponent(d.ui.engine)
    component.setData(
        f"import QtQuick\nimport Kiosk\nQtObject {{\n{props}\n}}".encode(),
        QUrl.fromLocalFile(str(QML_DIR / "Kiosk" / "_pictures_test.qml")),
    )
    obj = component.create()
    assert obj is not None, component.errorString()
    return {role: QColor(obj.property(role)).name().upper() for role in THEME_OF_ROLE}


def pixels_near(image: QImage, colour: str, tolerance: int = 24, step: int = 2) -> int:
    """How many (sampled) pixels of ``image`` are within ``tolerance`` of ``colour``."""
    want = QColor(colour)
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            if c.alpha() < 200:
                continue
            if (
                abs(c.red() - want.red()) <= tolerance
                and abs(c.green() - want.green()) <= tolerance
                and abs(c.blue() - want.blue()) <= tolerance
            ):
                count += 1
    return count


def test_there_is_a_picture_for_each_place_and_offer():
    names = {p.stem for p in FILES}
    for device in ("scan", "card", "ticket"):
        assert {f"{device}-below", f"{device}-right"} <= names
    assert {"offer-number", "offer-appointment", "offer-form", "offer-help"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_file_is_valid_svg_in_theme_roles_only(path: Path):
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert len(root.get("viewBox", "").split()) == 4
    assert (root.findtext(f"{SVG}title") or "").strip(), "a title says what it shows"
    assert QSvgRenderer(str(path)).isValid()
    # Every colour is a role's placeholder, so high contrast can recolour all of it.
    assert "style=" not in text and "<style" not in text
    roles = {c.upper() for c in pictures.ROLES.values()}
    assert {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{3,8}\b", text)} <= roles
    for value in re.findall(r'(?:fill|stroke|stop-color|color)="([^"]*)"', text):
        assert value == "none" or value.upper() in roles, value


def test_placeholders_are_the_normal_themes_colours(make_ui):
    # The files look in any SVG viewer as they do on the kiosk in the normal theme.
    d = make_ui()
    assert theme(d, False) == {role: c.upper() for role, c in pictures.ROLES.items()}


def test_each_picture_renders_in_both_themes_at_every_used_size(make_ui):
    d = make_ui()
    normal, high = theme(d, False), theme(d, True)
    assert normal["accent"] != high["accent"] and normal["paper"] != high["paper"]
    for path in FILES:
        svg = path.read_text(encoding="utf-8")
        for w, h in OFFER_SIZES if path.stem.startswith("offer-") else PLACE_SIZES:
            drawn = {}
            for mode, colours in (("normal", normal), ("high", high)):
                image = pictures.render(pictures.themed(svg, colours), QSize(w, h))
                assert 0 < image.width() <= w and 0 < image.height() <= h, (path.stem, w, h)
                assert image.width() == w or image.height() == h  # fits, proportions kept
                opaque = sum(
                    image.pixelColor(x, y).alpha() > 0
                    for y in range(0, image.height(), 3)
                    for x in range(0, image.width(), 3)
                )
                assert opaque > 0.15 * (image.width() // 3) * (image.height() // 3), path.stem
                assert pixels_near(image, colours["ink"], step=1) > 0, (path.stem, mode, w)
                drawn[mode] = image
            assert drawn["normal"] != drawn["high"], path.stem
            # Nothing of the normal theme's blue survives in high contrast.
            assert pixels_near(drawn["high"], normal["accent"], tolerance=8) == 0, path.stem


def test_only_the_colours_given_are_swapped():
    svg = (pictures.PICTURES_DIR / "offer-number.svg").read_text(encoding="utf-8")
    name, colours = pictures.parse_id("offer-number/ffff00/nothex/000000")
    assert name == "offer-number"
    assert colours == {"ink": "#ffff00", "paper": "#000000"}  # "nothex" keeps the file's
    out = pictures.themed(svg, colours)
    assert pictures.ROLES["ink"] not in out and "#ffff00" in out
    assert pictures.ROLES["accent"] in out
    # What QML gets: the themed file as a data: URL, which Qt's SVG plugin draws.
    source = Pictures({"offer-number": svg})
    assert source.url("missing", "ffffff") == ""
    url = source.url("offer-number", "ffffff")
    assert (
        url.startswith("data:image/svg+xml;base64,") and source.url("offer-number", "ffffff") is url
    )
    drawn = QImage.fromData(base64.b64decode(url.split(",", 1)[1]))
    assert not drawn.isNull()
    assert base64.b64decode(url.split(",", 1)[1]).decode() == pictures.themed(
        svg, {"ink": "#ffffff"}
    )


def grab(d, name: str) -> QImage:
    item = d.item(name)
    d.wait_until(lambda: bool(item.property("pictureReady")))
    d.pump(50)
    top_left = item.mapToScene(item.boundingRect().topLeft()).toPoint()
    rect = QRect(top_left, QSize(int(item.width()), int(item.height())))
    return d.window.grabWindow().copy(rect)


def test_check_in_picture_follows_the_theme_and_is_read_aloud(make_ui):
    d = make_ui()
    normal, high = theme(d, False), theme(d, True)
    d.ui.context.session.setHighContrast(False)
    d.tap("language_de")
    d.tap("appointmentButton")
    picture = d.item("checkinPicture")
    assert picture.isVisible() and picture.property("name") == "scan-below"
    assert "unter dem Bildschirm" in picture.property("description")
    shot = grab(d, "checkinPicture")
    assert pixels_near(shot, normal["accent"]) > 50
    d.ui.context.session.setHighContrast(True)
    d.pump(50)
    shot = grab(d, "checkinPicture")
    assert pixels_near(shot, high["accent"]) > 50
    assert pixels_near(shot, normal["accent"], tolerance=8) == 0


def test_pictures_and_words_follow_where_the_devices_are(make_ui, make_config):
    cfg = make_config()
    right = HardwareSection(
        scanner_position="right", reader_position="right", printer_position="right"
    )
    d = make_ui(dataclasses.replace(cfg, hardware=right))
    d.tap("language_de")
    d.tap("appointmentButton")
    picture = d.item("checkinPicture")
    assert picture.property("name") == "scan-right"
    assert "rechts neben dem Bildschirm" in picture.property("description")
    grab(d, "checkinPicture")  # it loads
    d.ui.context.navigator.go("idcard")
    d.ui.context.idcard._set("place")
    d.pump(50)
    assert d.item("placePicture").property("name") == "card-right"
    assert "rechts neben dem Bildschirm" in d.text("idcardText")


def test_attract_panel_offers_in_pictures_and_starts_on_a_touch(make_ui):
    d = make_ui()
    assert d.item("attractPanel").isVisible()
    for offer in ("number", "appointment", "form", "help"):
        picture = d.item(f"attract_offer-{offer}")
        assert picture.isVisible() and picture.property("description")
        grab(d, f"attract_offer-{offer}")
    d.ui.context.session.chooseLanguage("de")
    d.pump(50)
    assert d.text("attractTitle") == "Bitte berühren"
    d.tap("attractStart")
    assert d.screen() == d.ui.context.services.entryScreen()
    assert d.screen() != "welcome"


def test_read_aloud_says_what_the_pictures_show(make_ui):
    d = make_ui()
    d.ui.context.session.chooseLanguage("de")
    d.pump(50)
    # Soft hyphens (long words break at word parts, issue 22.20) are not heard.
    welcome = a11y_tree.screen_text(d.window.contentItem()).replace("\u00ad", "")
    assert "Bitte berühren" in welcome
    for offer in ("Wartenummer ziehen", "Formular ausfüllen", "Hilfe bekommen"):
        assert offer in welcome
    d.ui.context.checkin.start()
    d.pump(50)
    checkin = a11y_tree.screen_text(d.window.contentItem())
    assert "Der Scanner ist unter dem Bildschirm" in checkin
    assert "QR-Code" in checkin  # and the words stay


def test_attract_panel_gives_way_once_a_citizen_changed_the_display(make_ui):
    d = make_ui()
    session = d.ui.context.session
    assert d.item("attractPanel").isVisible()
    session.setTextScale(1.5)
    d.pump(30)
    assert not d.item("attractPanel").isVisible()  # the room goes to the languages
    session.setTextScale(1.0)
    session.setLowered(True)
    d.pump(30)
    assert not d.item("attractPanel").isVisible()


def test_arabic_mirrors_writing_and_speech_but_not_devices_or_numbers(make_ui):
    d = make_ui()
    d.ui.context.session.chooseLanguage("ar")
    d.pump(50)
    assert d.item("attract_offer-form").property("mirrored")
    assert d.item("attract_offer-help").property("mirrored")
    assert not d.item("attract_offer-number").property("mirrored")  # "42" reads as it is
    d.ui.context.checkin.start()
    d.pump(50)
    assert not d.item("checkinPicture").property("mirrored")  # the scanner is where it is


def test_the_tour_shows_every_picture_drawn(qapp, tmp_path):
    # Pictures are drawn on Qt's image thread; the tour waits for them before each shot.
    cfg = config.load_demo(str(tmp_path / "state"))
    expected = {
        "welcome": [f"attract_offer-{o}" for o in ("number", "appointment", "form", "help")],
        "checkin": ["checkinPicture"],
        "idcard_place": ["placePicture"],
        "ticket": ["ticketPicture"],
    }
    seen: list[str] = []

    def on_shot(window, screen: str, lang: str) -> None:
        for name in expected.get(screen, []):
            item = find(window, name)
            assert item is not None and item.isVisible(), (screen, name)
            assert item.property("pictureReady"), (screen, name)
            seen.append(screen)

    assert tour.run(cfg, None, languages=["ar"], on_shot=on_shot) == 0
    assert set(seen) == set(expected)
