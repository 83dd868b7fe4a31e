"""Languages and the one catalogue of UI and printout strings.

Strings live in Qt Linguist files (assets/i18n/kiosk_<lang>.ts), the Qt convention that
translators' tools read. The Qt side installs them as a QTranslator; printouts, which are
made without Qt, read the same files through :class:`Catalogue`. Source strings are
English, so English needs no file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str  # shown on the language buttons, in its own script
    rtl: bool = False


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("de", "Deutsch"),
        Language("en", "English"),
        Language("tr", "Türkçe"),
        Language("uk", "Українська"),
        Language("ar", "العربية", rtl=True),
    )
}


class Catalogue:
    """Translations of one language: (context, source) -> text. Unknown strings fall back
    to the source text, so a gap shows English rather than nothing (a test finds gaps)."""

    def __init__(self, language: str, entries: dict[tuple[str, str], str]) -> None:
        self.language = language
        self._entries = entries

    def translate(self, context: str, source: str) -> str:
        return self._entries.get((context, source)) or source

    def has(self, context: str, source: str) -> bool:
        return bool(self._entries.get((context, source)))

    def __len__(self) -> int:
        return len(self._entries)

    def items(self) -> list[tuple[tuple[str, str], str]]:
        return list(self._entries.items())


def ts_path(language: str) -> Path:
    return I18N_DIR / f"kiosk_{language}.ts"


def parse_ts(data: bytes | str, language: str) -> Catalogue:
    """Read a Qt Linguist .ts document. Unfinished and obsolete entries are ignored."""
    root = ET.fromstring(data)
    entries: dict[tuple[str, str], str] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None:
                continue
            if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            entries[(name, source)] = tr.text or ""
    return Catalogue(language, entries)


@cache
def catalogue(language: str) -> Catalogue:
    if language == SOURCE_LANGUAGE:
        return Catalogue(language, {})
    return parse_ts(ts_path(language).read_bytes(), language)
