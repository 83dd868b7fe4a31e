"""The pictures of assets/pictures/ drawn in the Theme's colours (QML: ``Pictures.url``,
ui/viewmodels/pictures.py).

The SVG files are flat line drawings in six colour roles; each role is drawn in the normal
theme's colour (so a file looks right in any SVG viewer) and that colour is the placeholder
swapped for the colour QML asks for. Picture.qml passes the Theme's current colours, so
high contrast redraws every picture in its own colours.

The files are read once, when the UI is built: the GUI thread never reads a file later.
A picture reaches QML as a ``data:`` URL that Qt's own SVG plugin decodes and draws on its
image-loading thread (Picture.qml loads asynchronously). Not a Python image provider: one
called from that thread needs the GIL, while the GUI thread, holding the GIL, can wait on
the image loader's lock (a Python call creating a QML component) -- a deadlock seen twice
in the UI tests.
"""

from __future__ import annotations

import base64
import logging
import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQuick import QQuickItem
from PySide6.QtSvg import QSvgRenderer

from kiosk.resources import ASSETS

PICTURES_DIR = ASSETS / "pictures"

# Role -> placeholder, in the order Picture.qml passes the Theme's colours. The placeholder
# is the role's colour in the normal theme (Theme.qml), so the files are drawn as shown.
ROLES: dict[str, str] = {
    "ink": "#14202B",  # outlines and the QR code's modules: Theme.text
    "accent": "#0B4F8A",  # the part to use, arrows: Theme.primary
    "paper": "#FFFFFF",  # card, ticket, phone screen: Theme.surface
    "shade": "#DCE6F0",  # the kiosk's body: Theme.secondary
    "mark": "#A4161A",  # what to look for (the access number): Theme.danger
    "line": "#B8C4D0",  # printed lines, photo: Theme.border
}
_HEX = re.compile(r"^[0-9a-fA-F]{6}$")
_LARGEST = 4096  # px per side; a wrong sourceSize must not allocate gigabytes

log = logging.getLogger(__name__)


def load(folder: Path = PICTURES_DIR) -> dict[str, str]:
    """Every ``*.svg`` of ``folder`` by name (without .svg)."""
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.svg"))}


def themed(svg: str, colours: dict[str, str]) -> str:
    """``svg`` with each role's placeholder replaced by ``colours[role]`` ("#rrggbb")."""
    pattern = re.compile("|".join(re.escape(p) for p in ROLES.values()), re.IGNORECASE)
    by_placeholder = {ROLES[role].upper(): colour for role, colour in colours.items()}
    return pattern.sub(lambda m: by_placeholder.get(m.group(0).upper(), m.group(0)), svg)


def parse_id(picture_id: str) -> tuple[str, dict[str, str]]:
    """``"scan-below/14202b/..."`` -> name and the colour of each role given.

    Colours come without '#' (it would start a URL fragment); missing or malformed ones
    keep the file's own colour."""
    name, *hexes = picture_id.split("?")[0].split("/")
    colours = {
        role: "#" + value for role, value in zip(ROLES, hexes, strict=False) if _HEX.match(value)
    }
    return name, colours


def render(svg: str, requested: QSize) -> QImage:
    """Draw ``svg`` into a transparent image that fits ``requested`` keeping the picture's
    proportions (one side 0 or less: taken from the other; both: the file's own size)."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        return QImage()
    box = renderer.viewBoxF()
    aspect = box.width() / box.height() if box.height() > 0 else 1.0
    w, h = requested.width(), requested.height()
    if w <= 0 and h <= 0:
        w, h = renderer.defaultSize().width(), renderer.defaultSize().height()
    elif w <= 0:
        w = round(h * aspect)
    elif h <= 0:
        h = round(w / aspect)
    elif w / h > aspect:
        w = round(h * aspect)
    else:
        h = round(w / aspect)
    w, h = max(1, min(w, _LARGEST)), max(1, min(h, _LARGEST))
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, w, h))
    painter.end()
    return image


def data_url(svg: str) -> str:
    """``svg`` as a URL Qt's image loader decodes without Python (base64: no escaping)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def drawing(root: QQuickItem) -> bool:
    """Whether a visible Picture under ``root`` is still being drawn (the tour waits)."""
    for item in root.childItems():
        if not item.isVisible():
            continue
        if item.property("pictureReady") is False or drawing(item):
            return True
    return False
