"""Languages and the one catalogue of UI and printout strings.

Strings live in Qt Linguist files (assets/i18n/kiosk_<lang>.ts), the Qt convention that
translators' tools read. The Qt side installs them as a QTranslator; printouts, which are
made without Qt, read the same files through :class:`Catalogue`. Source strings are
English, so English needs no file.

A language may be partial: Leichte Sprache ("ls", German easy-to-read language) has its
own texts for the main flows and borrows German (:attr:`Language.fallback`) for anything
it lacks, in UI strings, printouts, the service catalogue and forms alike. Every other
language must be complete.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk.resources import I18N_DIR

SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str  # shown on the language buttons, in its own script
    rtl: bool = False
    # A partial language: what it does not say itself is taken from this language.
    fallback: str | None = None

    @property
    def locale(self) -> str:
        """The code for locale-dependent things outside our texts (QLocale day names,
        text to speech, keyboard layout, number format): a variety of another language
        uses that language's locale."""
        return self.fallback or self.code


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("de", "Deutsch"),
        Language("en", "English"),
        Language("tr", "Türkçe"),
        Language("uk", "Українська"),
        Language("ar", "العربية", rtl=True),
        Language("ru", "Русский"),
        Language("pl", "Polski"),
        Language("ls", "Leichte Sprache", fallback="de"),
    )
}

# Languages whose texts may be partial -> the language that fills their gaps.
FALLBACKS: dict[str, str] = {
    lang.code: lang.fallback for lang in LANGUAGES.values() if lang.fallback
}


def fallback(language: str) -> str | None:
    """The language a partial language falls back to, or None for a complete one."""
    return FALLBACKS.get(language)


def is_partial(language: str) -> bool:
    return language in FALLBACKS


def locale_of(language: str) -> str:
    """The locale code for ``language`` (``ls`` -> ``de``); unknown codes as given."""
    lang = LANGUAGES.get(language)
    return lang.locale if lang else language


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
def own_catalogue(language: str) -> Catalogue:
    """Only what the language's own file says (no fallback)."""
    if language == SOURCE_LANGUAGE:
        return Catalogue(language, {})
    return parse_ts(ts_path(language).read_bytes(), language)


@cache
def catalogue(language: str) -> Catalogue:
    """The language's translations; a partial language has its fallback's entries
    under its own, so a gap shows German rather than English."""
    own = own_catalogue(language)
    base = fallback(language)
    if base is None:
        return own
    merged = dict(catalogue(base).items())
    merged.update((key, text) for key, text in own.items() if text)
    return Catalogue(language, merged)
