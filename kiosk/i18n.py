"""Languages and the one catalogue of UI and printout strings.

Strings live in Qt Linguist files (assets/i18n/kiosk_<lang>.ts), the Qt convention that
translators' tools read. The Qt side installs them as a QTranslator; printouts, which are
made without Qt, read the same files through :class:`Catalogue`. Source strings are
English, so English needs no file.

A language may be partial: Leichte Sprache ("ls", German easy-to-read language) has its
own texts for the main flows and borrows German (:attr:`Language.fallback`) for anything
it lacks, in UI strings, printouts, the service catalogue and forms alike. Every other
language must be complete.

Counts use Qt Linguist's numerus messages (``<message numerus="yes">`` with one
``<numerusform>`` per plural form): :func:`plural_form` picks the form by the same rules
as Qt, so "1 field", "2 fields", "5 полей" and the six Arabic forms read the same on
screen (QML ``qsTr(text, "", n)``) and on paper (``Catalogue.translate(..., n=n)``).
English, the source language, has a file only for these plural forms.

In a right-to-left language every placeholder (``%1``..``%99``, ``%n``) is read wrapped
in Unicode isolates (FSI U+2068 ... PDI U+2069, :func:`isolate_placeholders`), so a
value filled into an Arabic sentence on screen (QML ``.arg()``, Qt's ``%n``) or on paper
keeps its own order: "10:30–11:00" or "+49 30 1234" would otherwise be reordered by the
sentence's direction. This is the one place it is done; the printouts drop the isolates
after reordering (:func:`kiosk.printing.script.visual`), the speech before speaking.
"""

from __future__ import annotations

import re
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


# How many plural forms each language has, as Qt Linguist counts them (numerus.cpp).
PLURAL_FORMS = {"de": 2, "en": 2, "tr": 1, "uk": 3, "ru": 3, "pl": 3, "ar": 6}


def plural_form(language: str, n: int) -> int:
    """The index of the ``<numerusform>`` Qt chooses for ``n`` in ``language``.

    The rules are Qt's (tools/linguist/shared/numerus.cpp), which follow CLDR: Turkish
    has one form (a number is followed by the singular), Ukrainian and Russian three
    (1, 21 / 2-4, 22 / 0, 5-20), Polish three (only 1 itself takes the first), Arabic
    six (0 / 1 / 2 / 3-10 / 11-99 / 100-102 of each hundred)."""
    code = locale_of(language)
    n = abs(n)
    if code == "tr":
        return 0
    if code in ("uk", "ru", "pl"):
        if (n % 10 == 1 and n % 100 != 11) if code != "pl" else n == 1:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19 else 2
    if code == "ar":
        if n <= 2:
            return n
        return 3 if 3 <= n % 100 <= 10 else 4 if n % 100 >= 11 else 5
    return 0 if n == 1 else 1


Key = tuple[str, str]  # (context, source)

FSI = "\u2068"  # FIRST STRONG ISOLATE: the value takes the direction of its first letter
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE: ends it
ISOLATES = "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
_DROP_ISOLATES = str.maketrans(dict.fromkeys(ISOLATES))

# Qt's placeholders: %1..%99 (also %L1, localised) and %n (also %Ln); one not already
# isolated by the translator.
_PLACEHOLDER = re.compile("(?<!\u2068)%L?(?:[1-9][0-9]?|n)")


def isolate_placeholders(text: str) -> str:
    """``text`` with each placeholder between FSI and PDI: whatever is filled in later is
    laid out as a unit in the direction of its own first strong letter (digits alone:
    left to right), and is a neutral for the sentence around it."""
    return _PLACEHOLDER.sub(lambda m: f"{FSI}{m.group(0)}{PDI}", text)


def without_isolates(text: str) -> str:
    """``text`` without isolate marks, for output that has no bidi layout of its own
    (speech, or a printout after :func:`bidi.get_display` reordered it)."""
    return text.translate(_DROP_ISOLATES)


class Catalogue:
    """Translations of one language: (context, source) -> text, and the plural forms of
    the numerus messages. Unknown strings fall back to the source text, so a gap shows
    English rather than nothing (a test finds gaps). A right-to-left language's texts
    have their placeholders isolated (:func:`isolate_placeholders`)."""

    def __init__(
        self,
        language: str,
        entries: dict[Key, str],
        plurals: dict[Key, tuple[str, ...]] | None = None,
    ) -> None:
        self.language = language
        self._entries = entries
        self._plurals = plurals or {}
        lang = LANGUAGES.get(language)
        if lang is not None and lang.rtl:
            self._entries = {k: isolate_placeholders(v) for k, v in entries.items()}
            self._plurals = {
                k: tuple(isolate_placeholders(f) for f in forms)
                for k, forms in self._plurals.items()
            }

    def translate(self, context: str, source: str, n: int | None = None) -> str:
        """The text; with ``n``, the plural form for ``n`` with ``%n`` replaced by it."""
        if n is None:
            return self._entries.get((context, source)) or source
        forms = self._plurals.get((context, source))
        if forms:
            text = forms[min(plural_form(self.language, n), len(forms) - 1)]
        else:  # not a numerus message here: its one text, or the source
            text = self._entries.get((context, source)) or source
        return text.replace("%n", str(n))

    def forms(self, context: str, source: str) -> tuple[str, ...]:
        """The plural forms of a numerus message (empty if it has none here)."""
        return self._plurals.get((context, source), ())

    def has(self, context: str, source: str) -> bool:
        return bool(self._entries.get((context, source))) or bool(
            self._plurals.get((context, source))
        )

    def __len__(self) -> int:
        return len(self._entries) + len(self._plurals)

    def items(self) -> list[tuple[Key, str]]:
        return list(self._entries.items())

    def plural_items(self) -> list[tuple[Key, tuple[str, ...]]]:
        return list(self._plurals.items())


def ts_path(language: str) -> Path:
    return I18N_DIR / f"kiosk_{language}.ts"


def parse_ts(data: bytes | str, language: str) -> Catalogue:
    """Read a Qt Linguist .ts document. Unfinished and obsolete entries are ignored."""
    root = ET.fromstring(data)
    entries: dict[Key, str] = {}
    plurals: dict[Key, tuple[str, ...]] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None:
                continue
            if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if msg.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in tr.iter("numerusform"))
                if all(forms):
                    plurals[(name, source)] = forms
            else:
                entries[(name, source)] = tr.text or ""
    return Catalogue(language, entries, plurals)


@cache
def own_catalogue(language: str) -> Catalogue:
    """Only what the language's own file says (no fallback). English, the source, has a
    file only for its plural forms; without it, counts read "%n" forms as written."""
    path = ts_path(language)
    if language == SOURCE_LANGUAGE and not path.exists():
        return Catalogue(language, {})
    return parse_ts(path.read_bytes(), language)


@cache
def catalogue(language: str) -> Catalogue:
    """The language's translations; a partial language has its fallback's entries
    under its own, so a gap shows German rather than English."""
    own = own_catalogue(language)
    base = fallback(language)
    if base is None:
        return own
    parent = catalogue(base)
    merged = dict(parent.items())
    merged.update((key, text) for key, text in own.items() if text)
    plurals = dict(parent.plural_items())
    plurals.update(own.plural_items())
    return Catalogue(language, merged, plurals)
