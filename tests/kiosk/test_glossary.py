"""docs/glossary.md holds: one term per concept and language (issue 22.17, 22.21).

The glossary's tables are the data: a text belongs to a concept when its English wording
contains one of the concept's phrases, and then must not use a word the glossary forbids
in its language. So a new string cannot bring back "Ticket", "anmelden" or "талон" for
the waiting number without this test naming it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

from kiosk import i18n
from kiosk.resources import CATALOGUE, FORMS_DIR

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"
LANGS = ("en", "de", "ls", "tr", "uk", "ru", "pl", "ar")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True)
class Concept:
    name: str
    found_by: tuple[str, ...]  # English phrases, lower case
    terms: dict[str, str]  # language -> its one term
    forbidden: dict[str, tuple[str, ...]]  # language -> forbidden words


def _rows(markdown: str, heading: str) -> list[list[str]]:
    """The cells of the table under ``## heading`` (header and rule lines skipped)."""
    section = markdown.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    lines = [ln.strip() for ln in section.splitlines() if ln.strip().startswith("|")]
    return [[c.strip().strip("`") for c in ln.strip("|").split("|")] for ln in lines[2:]]


def _words(cell: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in cell.split(",") if w.strip())


@cache
def concepts() -> dict[str, Concept]:
    text = GLOSSARY.read_text(encoding="utf-8")
    out: dict[str, Concept] = {}
    for row in _rows(text, "Terms"):
        name, found_by, *terms, _why = row
        assert len(terms) == len(LANGS), f"glossary row {name!r}: a language column is missing"
        phrases = tuple(p.lower() for p in _words(found_by))
        out[name] = Concept(name, phrases, dict(zip(LANGS, terms, strict=True)), {})
    for name, lang, words in _rows(text, "Forbidden words"):
        assert name in out and lang in LANGS, f"glossary: unknown concept or language {name}/{lang}"
        out[name].forbidden[lang] = _words(words)
    return out


def pattern(entry: str) -> re.Pattern[str]:
    """Word beginnings in a row: "номер черг" finds "номера черги". Arabic anywhere in a
    word, since articles and prepositions are written onto it."""
    parts = []
    for word in entry.split():
        start = "" if _ARABIC.search(word) else r"(?<!\w)"
        parts.append(start + re.escape(word) + r"[\w-]*")
    return re.compile(r"\s+".join(parts), re.IGNORECASE)


def stem(term: str) -> str:
    """The term's words less their last letter, so an inflected form counts: "віконце"
    is found in "до віконця", "potwierdzenie" in "potwierdzenia"."""
    return " ".join(w[:-1] if len(w) > 3 else w for w in term.split())


def _clean(text: str) -> str:
    return text.replace("\u00ad", "")


# --- every text the kiosk shows or prints, with its English wording -------------------------


@dataclass(frozen=True)
class Text:
    where: str
    english: str
    lang: str
    text: str


def _ts_texts() -> Iterator[Text]:
    for lang in LANGS:
        if lang == i18n.SOURCE_LANGUAGE:
            continue
        cat = i18n.own_catalogue(lang)
        for (ctx, src), text in cat.items():
            yield Text(f"kiosk_{lang}.ts {ctx}", src, lang, text)
        for (ctx, src), forms in cat.plural_items():
            for form in forms:
                yield Text(f"kiosk_{lang}.ts {ctx}", src, lang, form)


def _multilingual(node: object, where: str) -> Iterator[Text]:
    """Dicts with an "en" text in the catalogue and the forms: one Text per language."""
    if isinstance(node, dict):
        english = node.get("en")
        if isinstance(english, str):
            for lang, text in node.items():
                if lang in LANGS and isinstance(text, str):
                    yield Text(where, english, lang, text)
        for key, value in node.items():
            yield from _multilingual(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _multilingual(value, f"{where}[{i}]")


@cache
def all_texts() -> tuple[Text, ...]:
    texts = list(_ts_texts())
    texts += [  # the English sources of the UI and printouts, as English texts
        Text(f"source {ctx}", src, "en", src) for ctx, src in {(t.where, t.english) for t in texts}
    ]
    texts += _multilingual(tomllib.loads(CATALOGUE.read_text(encoding="utf-8")), "catalogue")
    for path in sorted(FORMS_DIR.glob("*.yaml")):
        texts += _multilingual(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    return tuple(Text(t.where, t.english, t.lang, _clean(t.text)) for t in texts)


def texts_of(concept: Concept) -> list[Text]:
    return [t for t in all_texts() if any(p in t.english.lower() for p in concept.found_by)]


# --- the tests ----------------------------------------------------------------------------


def test_glossary_names_every_language_for_every_concept() -> None:
    found = concepts()
    assert {"waiting number", "ticket", "receipt", "booking code", "check-in"} <= set(found)
    for concept in found.values():
        assert concept.found_by, concept.name
        assert all(concept.terms[lang] for lang in LANGS), concept.name
        for lang, words in concept.forbidden.items():  # a term cannot forbid itself
            assert not any(pattern(w).search(concept.terms[lang]) for w in words), concept


@pytest.mark.parametrize("name", sorted(concepts()))
def test_no_text_uses_a_forbidden_synonym(name: str) -> None:
    concept = concepts()[name]
    own = texts_of(concept)
    every_english = [t for t in all_texts() if t.lang == "en"]
    wrong = [
        (t.where, t.lang, word, t.text)
        for lang, words in concept.forbidden.items()
        for t in (every_english if lang == "en" else [t for t in own if t.lang == lang])
        for word in words
        if pattern(word).search(t.text)
    ]
    assert wrong == [], "\n".join(map(str, wrong))


@pytest.mark.parametrize("name", sorted(concepts()))
def test_each_term_is_the_one_the_texts_use(name: str) -> None:
    """The glossary is not a wish list: each language's term occurs in the concept's texts."""
    concept = concepts()[name]
    own = texts_of(concept)
    unused = [
        (lang, term)
        for lang, term in concept.terms.items()
        if not any(t.lang == lang and pattern(stem(term)).search(t.text) for t in own)
    ]
    assert unused == []


def test_the_matcher_finds_inflected_and_attached_words() -> None:
    assert pattern("anmeld").search("Bitte melden Sie sich an. Anmeldung")
    assert not pattern("anmeld").search("Ankunft zum Termin melden")
    assert pattern("номер черг").search("Взяти номера черги")
    assert not pattern("номер черг").search("Взяти номер у черзі")
    assert pattern("إيصال").search("خذوا والإيصال")
    assert not pattern("Wartenummer").search("Ihre Warte-Nummer")
    assert pattern("sıra fiş").search("Sıra fişiniz yazdırılıyor")
