"""The Anmeldung asks what the law asks: one test per requirement of § 3, § 17, § 19,
§ 23, §§ 36, 42, 50, 51 BMG and BMeldDigiV § 9 (issue 17). Each checks that the field or
rule exists with the right codes, and that it behaves: visible and required when the law
needs it, hidden otherwise."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kiosk.forms import FormSession, load_form
from kiosk.forms.model import Field
from kiosk.forms.settings import FormSettings

TODAY = date(2026, 3, 2)
FORM = load_form("anmeldung")
PERSON = FORM.fields["persons"].children


def session() -> FormSession:
    return FormSession(FORM, "de", today=lambda: TODAY)


def visible(s: FormSession, path: str) -> bool:
    return any(v.path == path and v.visible for v in _views(s))


def _views(s: FormSession) -> list[Any]:
    out = []
    for i in range(len(FORM.pages)):
        for v in s.page_fields(i):
            out.append(v)
            out.extend(v.parts)
            for item in v.items:
                out.extend(item.fields)
    return out


def errors(s: FormSession) -> dict[str, str]:
    return {p: m for i in range(len(FORM.pages)) for p, m in s.validate_page(i).items()}


def test_several_persons_on_one_form_with_their_relation() -> None:  # § 23 Abs. 1 BMG
    group = FORM.fields["persons"]
    assert group.kind == "group" and group.min_items == 1 and group.max_items >= 4
    assert {"selbst", "ehegatte", "lebenspartner", "kind", "sonstige"} == PERSON["relation"].codes
    s = session()
    for _ in range(3):
        s.add_group_item("persons")
    assert s.item_count("persons") == 4


def test_gesetzlicher_vertreter_is_asked_for_minors_only() -> None:  # § 3 Abs. 1 Nr. 9 BMG
    s = session()
    s.set("persons[0].date_of_birth", "2015-03-14")
    e = errors(s)
    for f in ("rep1_surname", "rep1_given_names", "rep1_date_of_birth", "rep1_lives_here"):
        assert f"persons[0].{f}" in e, f
    assert "persons[0].rep2_surname" not in e  # a second representative is optional
    s.set("persons[0].rep2_surname", "García López")
    assert "persons[0].rep2_given_names" in errors(s)
    s.set("persons[0].rep1_lives_here", False)
    assert "persons[0].rep1_address.street" in errors(s)
    s.set("persons[0].date_of_birth", "1986-05-09")
    assert not any(p.startswith("persons[0].rep") for p in errors(s))
    assert not visible(s, "persons[0].rep1_surname")


def test_gebraeuchlicher_vorname_ordensname_kuenstlername() -> None:  # § 3 Abs. 1 Nr. 3, 5
    for fid in ("usual_given_name", "religious_name", "artist_name"):
        assert PERSON[fid].kind == "text" and not PERSON[fid].required
    assert "0302" in PERSON["usual_given_name"].law
    assert "0501" in PERSON["religious_name"].law and "0502" in PERSON["artist_name"].law


def test_doktorgrad_only_as_the_register_stores_it() -> None:  # XMeld Doktorgrad
    f = PERSON["doctor_title"]
    assert f.kind == "choice" and f.codes == {"Dr.", "Dr. h. c.", "Dr. E. h."}
    assert f.fim == "F60000000229"
    s = session()
    s.set("persons[0].doctor_title", "Dr. med.")
    assert "persons[0].doctor_title" in errors(s)


def test_partly_known_birth_dates() -> None:  # § 3 Abs. 1 Nr. 6 BMG, FIM Tag/Monat/Jahr
    s = session()
    s.set("persons[0].birth_date_partial", True)
    e = errors(s)
    assert "persons[0].birth_year" in e and "persons[0].date_of_birth" not in e
    assert "persons[0].birth_month" not in e  # the month may be unknown as well
    s.set("persons[0].birth_year", 1983)
    s.set("persons[0].birth_month", "07")
    assert not {"persons[0].birth_year", "persons[0].birth_month"} & set(errors(s))
    assert PERSON["birth_month"].codes == {f"{m:02d}" for m in range(1, 13)}
    s.set("persons[0].birth_date_partial", False)
    assert "persons[0].date_of_birth" in errors(s)


def test_place_and_state_of_birth_from_the_destatis_staat_list() -> None:  # Nr. 6
    assert PERSON["place_of_birth"].required and PERSON["place_of_birth"].fim == "F60000000234"
    country = PERSON["birth_country"]
    assert country.codelist is not None and country.codelist.id == "staat"
    assert country.default == "000" and country.fim == "F60000000235"
    assert "181" in country.codes  # Zypern, once missing


def test_moving_in_from_abroad_asks_state_last_german_address_and_moving_out() -> None:
    s = session()  # § 3 Abs. 1 Nr. 12, 13 BMG
    s.set("from_abroad", True)
    e = errors(s)
    assert {"previous_country", "lived_in_germany_before"} <= set(e)
    assert "previous_address.street" not in e
    s.set("lived_in_germany_before", True)
    assert {"last_german_address.street", "moved_out_date"} <= set(errors(s))
    assert FORM.fields["previous_country"].codelist.id == "staat"  # type: ignore[union-attr]


def test_other_dwellings_also_when_the_new_one_is_the_main_one() -> None:  # § 21 BMG
    s = session()
    s.set("status", "haupt")
    assert visible(s, "other_dwellings")
    s.add_group_item("other_dwellings")
    s.add_group_item("other_dwellings")
    assert s.item_count("other_dwellings") == 2
    assert PERSON.keys().isdisjoint({"dwelling_kind"})
    kinds = FORM.fields["other_dwellings"].children["dwelling_kind"].codes
    assert kinds == {"haupt", "neben"}
    assert "other_dwellings[1].dwelling_kind" in errors(s)
    s.set("status", "alleinig")
    assert not visible(s, "other_dwellings")


def test_marital_status_with_date_place_state_and_spouse_when_not_moving() -> None:
    s = session()  # § 3 Abs. 1 Nr. 14, 15 BMG
    s.set("persons[0].marital_status", "VH")
    e = errors(s)
    assert {
        f"persons[0].{f}" for f in ("marriage_date", "marriage_place", "spouse_moves_in")
    } <= set(e)
    assert PERSON["marriage_country"].codelist.id == "staat"  # type: ignore[union-attr]
    s.set("persons[0].spouse_moves_in", False)
    e = errors(s)
    for f in ("spouse_surname", "spouse_given_names", "spouse_date_of_birth"):
        assert f"persons[0].{f}" in e
    s.set("persons[0].spouse_moves_in", True)
    assert "persons[0].spouse_surname" not in errors(s)


def test_id_documents_from_the_legal_list_with_every_detail() -> None:  # Nr. 17
    kinds = PERSON["doc_kind"].codes
    assert kinds == {"PA", "VPA", "EPA", "RP", "VRP", "KP", "PE", "EID"}  # no AT, no AN
    s = session()
    s.set("persons[0].doc_kind", "RP")
    e = errors(s)
    for f in ("doc_number", "doc_authority", "doc_issued", "doc_valid_until"):
        assert f"persons[0].{f}" in e, f
    s.set("persons[0].doc_kind", "EID")  # the eID-Karte has no Ausstellungsdatum
    assert "persons[0].doc_issued" not in errors(s)
    assert PERSON["doc2_kind"].codes == kinds  # a second document, e.g. the passport
    s.set("persons[0].doc2_kind", "RP")
    e = errors(s)
    for f in ("doc2_number", "doc2_authority", "doc2_issued", "doc2_valid_until"):
        assert f"persons[0].{f}" in e, f


@pytest.mark.parametrize(
    ("land", "present", "absent"), [("BW", "iw", "fs"), ("HE", "fs", "iw"), ("NW", "rk", "fa")]
)
def test_religion_is_required_with_keine_and_the_configured_lands_list(
    land: str, present: str, absent: str
) -> None:  # § 3 Abs. 1 Nr. 11 BMG
    form = load_form(
        "anmeldung",
        settings=FormSettings.of(
            land, {"fuehrungszeugnis": 1.0, "fuehrungszeugnis_europaeisch": 1.0}
        ),
    )
    religion = form.fields["persons"].children["religion"]
    assert religion.required and "--" in religion.codes and {"ev", "rk"} <= religion.codes
    assert present in religion.codes and absent not in religion.codes
    assert religion.option_label("--", "de").startswith("keine")


def test_wohnungsgeber_owner_self_declaration_and_zuordnungsmerkmal() -> None:  # § 19 BMG
    s = session()
    s.set("owner_moves_in", False)
    e = errors(s)
    assert {"landlord_name", "landlord_address.street", "landlord_is_owner", "confirmation"} <= set(
        e
    )
    s.set("landlord_is_owner", False)
    assert "owner_name" in errors(s)
    s.set("confirmation", "elektronisch")
    assert "confirmation_code" in errors(s)
    s.set("confirmation_code", "ab12 cd34")
    assert "confirmation_code" in errors(s)  # letters, digits and hyphen only
    s.set("confirmation_code", "ab12-cd34")
    assert "confirmation_code" not in errors(s)
    s.set("owner_moves_in", True)  # the owner moves in: self-declaration
    assert visible(s, "self_declaration_info") and not visible(s, "landlord_name")
    assert "landlord_name" not in errors(s)


def test_widersprueche_and_auskunftssperre() -> None:  # §§ 36, 42, 50, 51 BMG
    objections = FORM.fields["objections"]
    assert objections.codes == {
        "bundeswehr",
        "religion_familie",
        "parteien",
        "jubilaeen",
        "adressbuch",
    }
    assert objections.min_items == 0
    for part in ("§ 36 Abs. 2", "§ 42 Abs. 3", "§ 50 Abs. 1, 2, 3"):
        assert part in objections.law
    s = session()
    assert "information_block" in errors(s)  # the question must be answered
    s.set("information_block", True)
    assert visible(s, "information_block_info") and visible(s, "information_block_reason")


def test_the_meldeschein_is_signed_at_the_counter_and_the_screen_says_so() -> None:  # § 23 Abs. 1
    assert FORM.counter_copy is not None
    assert "§ 23 Abs. 1" in FORM.counter_copy.note("de")
    assert not any(f.kind == "signature" for f in FORM.fields.values())
    info = FORM.fields["counter_info"]
    assert info.kind == "info" and "unterschreiben Sie ihn am Schalter" in info.text("de")  # type: ignore[misc]
    for lang in ("en", "tr", "uk", "ar", "ru", "pl", "ls"):
        assert info.text(lang) != info.text("de")  # type: ignore[misc]


def test_fim_ids_of_the_harmonised_fields() -> None:
    expected = {
        "surname": "F60000000227",
        "given_names": "F60000000228",
        "doctor_title": "F60000000229",
        "birth_name": "F60000000230",
        "place_of_birth": "F60000000234",
        "birth_country": "F60000000235",
        "nationalities": "F60000000236",
        "marital_status": "F60000000275",
        "sex": "F60000000332",
    }
    assert {k: PERSON[k].fim for k in expected} == expected
    street = FORM.fields["new_address"].part_map["street"]
    assert street.fim == "F60000000243"


def test_every_question_names_its_legal_source() -> None:
    def walk(fields: tuple[Field, ...]) -> list[Field]:
        return [x for f in fields for x in (f, *walk(f.fields))]

    asked = [f for f in walk(tuple(FORM.fields.values())) if f.kind not in ("info", "yesno")]
    missing = [f.id for f in asked if not f.law]
    assert missing == []
