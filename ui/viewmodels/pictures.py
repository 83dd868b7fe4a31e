"""The pictures for QML: ``Pictures.url(name, colours)`` gives a picture of assets/pictures/
in the Theme's colours as a ``data:`` URL (ui/pictures.py says why not an image provider)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from ui.pictures import PICTURES_DIR, data_url, load, log, parse_id, themed

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

_loaded: dict[str, str] | None = None  # the files, read by the first UI built (start-up)


@QmlElement
@QmlSingleton
class Pictures(QObject):
    """``Pictures.url(name, "ink/accent/paper/shade/mark/line")``: the picture ``name`` in
    those colours (``rrggbb`` each, as Picture.qml passes the Theme's), or "" if unknown."""

    def __init__(self, pictures: dict[str, str] | None = None) -> None:
        super().__init__()
        global _loaded
        if pictures is None:
            if _loaded is None:
                _loaded = load()
            pictures = _loaded
        self.pictures = pictures
        self._urls: dict[str, str] = {}  # a few names x two themes: kept

    @staticmethod
    def create(engine: object) -> Pictures:
        if _current is None:
            raise RuntimeError("Pictures requested before a UI was built")
        return _current

    @Slot(str, str, result=str)
    def url(self, name: str, colours: str) -> str:
        key = f"{name}/{colours}"
        cached = self._urls.get(key)
        if cached is not None:
            return cached
        svg = self.pictures.get(name)
        if svg is None:
            log.warning("no picture %r in %s", name, PICTURES_DIR)
            return ""
        url = self._urls[key] = data_url(themed(svg, parse_id(key)[1]))
        return url


_current: Pictures | None = None


def use(pictures: Pictures) -> Pictures:
    """Make ``pictures`` the one QML's ``Pictures`` singleton gives (set before a load)."""
    global _current
    _current = pictures
    return pictures
