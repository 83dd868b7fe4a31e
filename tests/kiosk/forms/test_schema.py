"""The JSON Schema says what the engine says: conditional presence, rules, whole-value
patterns, formats (only with a FormatChecker)."""

from __future__ import annotations

import copy
from typing import Any

from jsonschema import Draft202012Validator

from kiosk.forms import load_form, schema_errors
from kiosk.forms.schema import form_schema

ADDRESS = {"street": "Am Markt", "house_number": "1", "postcode": "53111", "city": "Bonn"}
SPERRMUELL: dict[str, Any] = {
    "surname": "Nguyen",
    "given_names": "Lan",
    "pickup_address": ADDRESS,
    "phone": "0228 123456",
    "items": [{"item_kind": "rest", "count": 2}],
    "volume": 1.5,
    "excluded_understood": True,
}


def errors(form_id: str, data: dict[str, Any]) -> list[str]:
    return schema_errors(load_form(form_id), data)


def test_a_valid_minimal_submission_passes() -> None:
    assert errors("sperrmuell", SPERRMUELL) == []


def test_dates_are_only_checked_with_a_format_checker() -> None:
    data = {**SPERRMUELL, "preferred_date": "2026-02-30"}
    schema = form_schema(load_form("sperrmuell"))
    assert Draft202012Validator(schema).is_valid(data)  # the pitfall
    assert any("is not a 'date'" in e for e in errors("sperrmuell", data))


def test_rules_and_requiredness_are_in_the_schema() -> None:
    no_contact = {k: v for k, v in SPERRMUELL.items() if k != "phone"}
    assert errors("sperrmuell", no_contact)  # phone or e-mail
    assert errors("sperrmuell", {**no_contact, "email": "lan@example.de"}) == []
    assert errors("sperrmuell", {**SPERRMUELL, "excluded_understood": False})
    assert errors("sperrmuell", {**SPERRMUELL, "volume": 6})
    assert errors("sperrmuell", {**SPERRMUELL, "items": []})
    assert errors("sperrmuell", {**SPERRMUELL, "extra": 1})


def test_hidden_fields_must_be_absent_and_required_if_present() -> None:
    data = {
        "surname": "Mustermann",
        "given_names": "Erika",
        "date_of_birth": "1964-08-12",
        "address": ADDRESS,
        "kind": "einfach",
        "copies": 1,
        "delivery": "abholen",
    }
    assert errors("meldebescheinigung", data) == []
    assert errors("meldebescheinigung", {**data, "extras": ["geburtsort"]})  # hidden
    extended = {**data, "kind": "erweitert"}
    assert errors("meldebescheinigung", extended)  # extras required now
    assert errors("meldebescheinigung", {**extended, "extras": ["geburtsort"]}) == []
    assert errors("meldebescheinigung", {**extended, "extras": ["geburtsort", "geburtsort"]})


def test_patterns_match_whole_values_and_postcodes_depend_on_the_country() -> None:
    form = "bewohnerparkausweis"
    data = {
        "surname": "Kovalenko",
        "given_names": "Oksana",
        "address": ADDRESS,
        "zone": "A",
        "residence": "haupt",
        "plate": "BN-OK 412",
        "weight_ok": True,
        "keeper": True,
        "validity": "6",
    }
    assert errors(form, data) == []
    for plate in ("xBN-OK 412", "BN-OK 4123x", "bn-ok 412", "BN-OK 412\n"):
        assert errors(form, {**data, "plate": plate}), plate
    assert errors(form, {**data, "address": {**ADDRESS, "postcode": "00999"}})
    hund = load_form("hundesteuer")
    owner: dict[str, Any] = {
        "action": "abmeldung",
        "surname": "Haddad",
        "given_names": "Karim",
        "date_of_birth": "1979-01-30",
        "address": ADDRESS,
        "tag_number": "H-0815",
        "reason": "abgabe",
        "end_date": "2026-03-01",
        "new_owner_name": "Eva Berg",
        "new_owner_address": {**ADDRESS, "postcode": "1010", "country": "151"},
        "signature": "data:image/png;base64,iVBORw0KGgo=",
    }
    assert schema_errors(hund, owner) == []
    german = copy.deepcopy(owner)
    german["new_owner_address"]["country"] = "000"
    assert schema_errors(hund, german)  # 1010 is no German postcode
    given_away = {k: v for k, v in owner.items() if k != "new_owner_address"}
    assert schema_errors(hund, given_away)
    assert schema_errors(
        hund, {**given_away, "reason": "tod", "new_owner_name": "Eva Berg"}
    )  # hidden then
