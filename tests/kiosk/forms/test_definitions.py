"""The shipped definitions: all load and check, every catalogue form exists, every text is
in every language, the schemas are valid 2020-12 schemas, code lists hold what the notes
ask for."""

from __future__ import annotations

import tomllib

import pytest
from jsonschema import Draft202012Validator

from kiosk.config import ASSETS
from kiosk.forms import FORMS_DIR, form_ids, load_form, load_forms
from kiosk.forms.codelists import load_codelists
from kiosk.forms.model import Field, Form
from kiosk.forms.texts import LANGS, Text

FORMS = form_ids()


def test_every_definition_in_assets_loads() -> None:
    forms = load_forms()
    assert set(forms) == set(FORMS)
    assert len(forms) >= 7


def test_every_form_of_the_catalogue_has_a_definition() -> None:
    catalogue = tomllib.loads((ASSETS / "catalogue.toml").read_text(encoding="utf-8"))
    wanted = {c["form"] for c in catalogue["concern"] if c.get("form")}
    assert wanted == {"anmeldung", "meldebescheinigung", "fuehrungszeugnis",
                      "bewohnerparkausweis", "hundesteuer", "fundsache", "sperrmuell"}
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
        assert set(text.by_lang) == set(LANGS)
        assert all(v.strip() for v in text.by_lang.values())
    # Translated, not copied: most labels differ from German in every other language.
    labels = [t for t in _texts(form) if len(t("de")) > 25]
    for lang in ("en", "tr", "uk", "ar"):
        same = [t("de") for t in labels if t(lang) == t("de")]
        assert not same, f"{form_id}: not translated to {lang}: {same}"


@pytest.mark.parametrize("form_id", FORMS)
def test_schema_is_a_valid_2020_12_schema(form_id: str) -> None:
    schema = load_form(form_id).schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False


def test_loading_twice_reuses_the_parsed_form() -> None:
    assert load_form("anmeldung") is load_form("anmeldung")


def test_code_lists_hold_the_official_codes() -> None:
    lists = load_codelists(FORMS_DIR / "codelists")
    assert {"familienstand", "geschlecht", "staaten", "religion", "hunderassen",
            "fundkategorien", "sperrmuell_arten", "ausweisart"} <= set(lists)
    assert set(lists["familienstand"].codes) == {"LD", "VH", "VW", "GS", "EA", "LP", "LA",
                                                 "LV", "LE", "NB"}
    assert set(lists["geschlecht"].codes) == {"m", "w", "d", "x"}
    staaten = lists["staaten"]
    assert len([c for c in staaten.codes if not c.startswith("99")]) >= 30
    assert staaten.label("000", "de") == "Deutschland"
    assert staaten.label("163", "tr") == "Türkiye"
    assert staaten.label("166", "uk") == "Україна"
    assert staaten.label("475", "ar") == "سوريا"
    assert staaten.match("DEU") == staaten.match("d") == "000"


def test_sorted_code_lists_keep_pinned_entries_in_place() -> None:
    nationality = load_form("anmeldung").fields["persons"].children["nationalities"]
    for lang in LANGS:
        options = nationality.options_for(lang)
        assert options[0][0] == "000"  # Germany first
        assert {code for code, _ in options[-2:]} == {"997", "998"}  # stateless etc. last
        middle = [label.casefold() for _, label in options[1:-2]]
        assert middle == sorted(middle)


def test_an_address_never_offers_stateless_as_a_country() -> None:
    country = load_form("anmeldung").fields["main_address"].part_map["country"]
    assert "000" in country.codes
    assert not {"997", "998"} & country.codes
