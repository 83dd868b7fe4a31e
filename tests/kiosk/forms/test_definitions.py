"""The shipped definitions: all load and check, every catalogue form exists, every text is
in every language, the schemas are valid 2020-12 schemas, code lists hold what the notes
ask for."""

from __future__ import annotations

import re
import tomllib

import pytest
from jsonschema import Draft202012Validator

from kiosk.config import ASSETS
from kiosk.forms import FORMS_DIR, form_ids, load_form, load_forms
from kiosk.forms.codelists import load_codelists
from kiosk.forms.model import Field, Form
from kiosk.forms.schema import form_schema
from kiosk.forms.session import FormSession
from kiosk.forms.texts import LANGS, REQUIRED_LANGS, Text

FORMS = form_ids()


def test_every_definition_in_assets_loads() -> None:
    forms = load_forms()
    assert set(forms) == set(FORMS)
    assert len(forms) >= 7


def test_every_form_of_the_catalogue_has_a_definition() -> None:
    catalogue = tomllib.loads((ASSETS / "catalogue.toml").read_text(encoding="utf-8"))
    wanted = {c["form"] for c in catalogue["concern"] if c.get("form")}
    assert wanted == {
        "anmeldung",
        "meldebescheinigung",
        "fuehrungszeugnis",
        "bewohnerparkausweis",
        "hundesteuer",
        "fundsache",
        "sperrmuell",
    }
    assert wanted <= set(FORMS)
    for form_id in wanted:
        assert load_form(form_id).id == form_id


def _texts(form: Form) -> list[Text]:
    found: list[Text] = [form.title]

    def field_texts(f: Field) -> None:
        found.extend(t for t in (f.label, f.help, f.placeholder, f.text, f.item_label) if t)
        found.extend(f.messages.values())
        if f.codelist is None:  # code list labels hold proper names (breeds), same everywhere
            found.extend(o.label for o in f.options)
        for child in (*f.fields, *f.parts):
            field_texts(child)

    for page in form.pages:
        found.append(page.title)
        for section in page.sections:
            if section.title:
                found.append(section.title)
            for f in section.fields:
                field_texts(f)
    found.extend(r.message for r in form.rules)
    return found


@pytest.mark.parametrize("form_id", FORMS)
def test_every_text_exists_in_every_language_and_is_translated(form_id: str) -> None:
    form = load_form(form_id)
    for text in _texts(form):
        # every complete language; Leichte Sprache (ls) may leave a text to German
        assert set(REQUIRED_LANGS) <= set(text.by_lang) <= set(LANGS)
        assert all(v.strip() for v in text.by_lang.values())
    # Translated, not copied: most labels differ from German in every other language.
    labels = [t for t in _texts(form) if len(t("de")) > 25]
    for lang in ("en", "tr", "uk", "ar", "ru", "pl"):
        same = [t("de") for t in labels if t(lang) == t("de")]
        assert not same, f"{form_id}: not translated to {lang}: {same}"


@pytest.mark.parametrize("form_id", FORMS)
def test_schema_is_a_valid_2020_12_schema(form_id: str) -> None:
    schema = form_schema(load_form(form_id))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False


def test_loading_twice_reuses_the_parsed_form() -> None:
    assert load_form("anmeldung") is load_form("anmeldung")


def test_required_languages() -> None:
    assert set(REQUIRED_LANGS) == {"de", "en", "tr", "uk", "ar", "ru", "pl"}
    assert set(LANGS) - set(REQUIRED_LANGS) == {"ls"}


def test_the_registration_form_is_in_leichte_sprache() -> None:
    """Anmeldung and the shared messages have Leichte Sprache of their own: every text
    that says more than a word or two."""
    form = load_form("anmeldung")
    own = [t for t in _texts(form) if "ls" in t.by_lang]
    long_german = [t("de") for t in _texts(form) if len(t("de")) > 40 and "ls" not in t.by_lang]
    assert long_german == []
    assert len(own) >= 40
    shared = form.messages
    for kind, text in [*shared.messages.items(), *shared.words.items(), *shared.parts.items()]:
        assert "ls" in text.by_lang, kind  # every shared text was written for ls
    subjunctive = re.compile(r"\b(würden?|könnten?|hätten?|wären?|möchten)\b", re.I)
    abbreviation = re.compile(r"\b(z\.\s?B|bzw|ca|usw|evtl|ggf|inkl|Nr|d\.\s?h)\.|§")
    for text in [*own, *shared.messages.values()]:
        ls = text("ls")
        assert not subjunctive.search(ls) and not abbreviation.search(ls), ls
        assert all(len(s.split()) <= 14 for s in re.split(r"[.!?:]\s+", ls)), ls


def test_a_form_in_leichte_sprache_shows_german_where_it_has_no_text() -> None:
    form = load_form("fuehrungszeugnis")  # state names have no Leichte Sprache of their own
    session = FormSession(form, "ls")
    assert session.title == form.title("ls") != form.title("de")
    nationality = next(v for v in session.page_fields(1) if v.path == "nationalities")
    assert dict(nationality.options)["129"] == "Frankreich"  # the German name


def test_russian_and_polish_form_texts_are_in_their_script() -> None:
    for form_id in FORMS:
        for text in _texts(load_form(form_id)):
            ru, pl = text("ru"), text("pl")
            if any(ch.isalpha() for ch in text("en")) and text("en") != text("de"):
                assert any("\u0400" <= ch <= "\u04ff" for ch in ru) or ru == text("en"), ru
            assert not any("\u0400" <= ch <= "\u04ff" for ch in pl), pl


def test_code_lists_hold_the_official_codes() -> None:
    lists = load_codelists(FORMS_DIR / "codelists")
    assert {
        "familienstand",
        "geschlecht",
        "staat",
        "staatsangehoerigkeit",
        "religion",
        "hunderassen",
        "fundkategorien",
        "sperrmuell_arten",
        "ausweisart",
    } <= set(lists)
    assert set(lists["familienstand"].codes) == {
        "LD",
        "VH",
        "VW",
        "GS",
        "EA",
        "LP",
        "LA",
        "LV",
        "LE",
        "NB",
    }
    assert set(lists["geschlecht"].codes) == {"m", "w", "d", "x"}
    staaten = lists["staatsangehoerigkeit"]
    assert staaten.label("000", "de") == "Deutschland"
    assert staaten.label("163", "tr") == "Türkiye"
    assert staaten.label("166", "uk") == "Україна"
    assert staaten.label("475", "ar") == "سوريا"
    assert staaten.label("152", "ru") == "Польша"
    assert staaten.label("163", "pl") == "Turcja"
    assert staaten.label("163", "ls") == "Türkei"  # Leichte Sprache: the German name
    assert staaten.match("DEU") == staaten.match("d") == "000"


def test_sorted_code_lists_keep_pinned_entries_in_place() -> None:
    nationality = load_form("anmeldung").fields["persons"].children["nationalities"]
    for lang in LANGS:
        options = nationality.options_for(lang)
        assert options[0][0] == "000"  # Germany first
        middle = [label.casefold() for _, label in options[1:]]
        assert middle == sorted(middle)


def test_an_address_never_offers_stateless_as_a_country() -> None:
    country = load_form("anmeldung").fields["main_address"].part_map["country"]
    assert "000" in country.codes
    assert not {"997", "998", "999"} & set(country.codes)
    assert not {"997", "998"} & country.codes
