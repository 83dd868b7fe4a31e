"""The Destatis code lists are complete: checked against reference counts taken from the
published lists (XRepository, version 2021-02-19), not against the files themselves."""

from __future__ import annotations

import re

import pytest

from kiosk.forms import FORMS_DIR, form_ids, load_form
from kiosk.forms.codelists import load_codelists

# Entries of the published lists (codes counted in the XRepository genericode files).
REFERENCE_COUNTS = {"staat": 197, "staatsangehoerigkeit": 211}
EU_OTHER_STATES = {  # Destatis codes of the 26 EU member states besides Germany
    "124", "125", "126", "127", "128", "129", "130", "131", "134", "135", "137", "139", "142",
    "143", "145", "148", "151", "152", "153", "154", "155", "157", "161", "164", "165", "181",
}  # fmt: skip
STATUSES = {"997": "staatenlos", "998": "ungeklärt", "999": "ohne Angabe"}

LISTS = load_codelists(FORMS_DIR / "codelists")


@pytest.mark.parametrize("name", sorted(REFERENCE_COUNTS))
def test_destatis_list_is_complete(name: str) -> None:
    cl = LISTS[name]
    assert len(cl.codes) == REFERENCE_COUNTS[name]
    assert len(set(cl.codes)) == len(cl.codes)
    assert all(re.fullmatch(r"\d{3}", c) for c in cl.codes)
    declared = re.search(r"complete: (\d+) entries", cl.source)
    assert declared and int(declared.group(1)) == REFERENCE_COUNTS[name]
    assert "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:" in cl.source


def test_every_eu_state_is_there_the_ones_once_missing_too() -> None:
    for name in REFERENCE_COUNTS:
        assert set(LISTS[name].offered_codes) >= EU_OTHER_STATES, name
    staat = LISTS["staat"]
    for code, de in {"181": "Zypern", "127": "Estland", "135": "Irland"}.items():
        assert staat.label(code, "de") == de
    assert staat.label("143", "en") == "Luxembourg" and staat.label("145", "pl") == "Malta"


def test_statuses_are_codes_but_never_offered_as_a_country() -> None:
    sa = LISTS["staatsangehoerigkeit"]
    for code, de in STATUSES.items():
        assert sa.label(code, "de").startswith(de)
        assert code not in sa.offered_codes
        assert code not in LISTS["staat"].codes
    assert sa.match("XXA") == "997" and sa.match("XXX") == "998"
    former = {"120", "132", "133", "138", "159", "162", "276"}  # Jugoslawien, Sowjetunion, ...
    assert former <= set(sa.codes) and not former & set(sa.offered_codes)


def test_nationality_fields_offer_states_only() -> None:
    for form_id, path in (
        ("anmeldung", ("persons", "nationalities")),
        ("fuehrungszeugnis", ("nationalities",)),
    ):
        f = load_form(form_id).fields[path[0]]
        if len(path) == 2:
            f = f.children[path[1]]
        assert f.codelist is not None and f.codelist.id == "staatsangehoerigkeit"
        assert not set(STATUSES) & set(f.codes)
        assert len(f.codes) == len(LISTS["staatsangehoerigkeit"].offered_codes)


@pytest.mark.parametrize("name", sorted(REFERENCE_COUNTS))
def test_every_entry_is_translated_and_findable_by_its_document_code(name: str) -> None:
    cl = LISTS[name]
    for e in cl.entries:
        for lang in ("de", "en", "tr", "uk", "ar", "ru", "pl"):
            assert e.label(lang).strip(), (e.code, lang)
        for alias in e.aliases:
            assert cl.match(alias) == e.code
    iso3 = [a for e in cl.entries for a in e.aliases if len(a) == 3]
    assert len(iso3) == len(set(iso3))


# The harmonised FIM Baukasten fields the forms share (XDatenfelder ids).
HARMONISED = {
    "surname": "F60000000227",
    "given_names": "F60000000228",
    "doctor_title": "F60000000229",
    "birth_name": "F60000000230",
    "place_of_birth": "F60000000234",
    "birth_country": "F60000000235",
    "nationalities": "F60000000236",
    "phone": "F60000000240",
    "email": "F60000000242",
    "marital_status": "F60000000275",
    "sex": "F60000000332",
}


@pytest.mark.parametrize("form_id", form_ids())
def test_every_harmonised_field_keeps_its_fim_id(form_id: str) -> None:
    form = load_form(form_id)
    fields = [f for top in form.fields.values() for f in (top, *top.fields)]
    for f in fields:
        if f.id in HARMONISED:
            assert f.fim == HARMONISED[f.id], (form_id, f.id)
        for part in f.parts:
            assert part.fim.startswith("F600000002"), (form_id, f.id, part.id)


@pytest.mark.parametrize("name", sorted(REFERENCE_COUNTS))
def test_frequent_answers_are_offered_codes_germany_first(name: str) -> None:
    """The picker's first answers (issue 22.10) are data, offered, and each named once."""
    cl = LISTS[name]
    assert cl.frequent[0] == "000" and len(cl.frequent) >= 8
    assert len(set(cl.frequent)) == len(cl.frequent)
    assert set(cl.frequent) <= set(cl.offered_codes)
    f = load_form("anmeldung").fields["persons"].children["birth_country"]
    assert f.frequent_codes() == LISTS["staat"].frequent


@pytest.mark.parametrize(
    ("frequent", "problem"),
    [
        ('["000", "999999"]', "'999999' is not a code of this list"),
        ('["000", "000"]', "a code is named twice"),
        ("[0]", "expected a list of codes"),
    ],
)
def test_a_wrong_frequent_list_is_named(tmp_path, frequent: str, problem: str) -> None:
    from kiosk.forms.errors import FormDefinitionError

    text = (FORMS_DIR / "codelists" / "staat.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^frequent: .*$", f"frequent: {frequent}", text)
    (tmp_path / "staat.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(FormDefinitionError) as err:
        load_codelists(tmp_path)
    assert err.value.path.startswith("frequent") and problem in err.value.problem
