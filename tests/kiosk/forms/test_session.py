"""FormSession behaviour: conditions, page skipping, groups, what the UI gets, messages in
the session language, prefill from an ID document, wipe."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kiosk.forms import FieldView, FormSession, load_form

TODAY = date(2026, 3, 2)
ERIKA = {  # the specimen of the German identity card
    "surname": "MUSTERMANN",
    "given_names": "ERIKA",
    "date_of_birth": date(1964, 8, 12),
    "nationality": "D",
    "sex": "F",
    "place_of_birth": "BERLIN",
    "document_number": "T22000129",
    "expiry": date(2031, 8, 1),
    "document_kind": "ID",
}


def session(form_id: str, lang: str = "de") -> FormSession:
    return FormSession(load_form(form_id), lang, today=lambda: TODAY)


def view(s: FormSession, path: str, page: int | None = None) -> FieldView:
    def walk(views: tuple[FieldView, ...] | list[FieldView]) -> FieldView | None:
        for v in views:
            if v.path == path:
                return v
            found = walk(v.parts) or walk([f for item in v.items for f in item.fields])
            if found:
                return found
        return None

    pages = range(len(s.form.pages)) if page is None else [page]
    for i in pages:
        found = walk(s.page_fields(i))
        if found:
            return found
    raise KeyError(path)


# --- conditions ---------------------------------------------------------------------------


def test_visible_if_and_required_if_follow_the_answers() -> None:
    s = session("anmeldung")
    assert not view(s, "main_address").visible
    assert not view(s, "main_address").required
    s.set("status", "neben")
    assert view(s, "main_address").visible and view(s, "main_address").required
    errors = s.validate_page(0)
    assert errors["main_address.street"] == "Geben Sie die Straße ein."  # messages.yaml fields
    s.set("status", "alleinig")
    assert "main_address.street" not in s.validate_page(0)


def test_required_if_without_visible_if() -> None:
    s = session("fundsache")
    s.set("report_kind", "verloren")
    assert not view(s, "time").required
    s.set("report_kind", "gefunden")
    assert view(s, "time").required
    assert "time" in s.validate_page(0)


def test_married_asks_for_date_and_place_of_marriage_per_person() -> None:
    s = session("anmeldung")
    s.add_group_item("persons")
    s.set("persons[1].marital_status", "VH")
    assert view(s, "persons[1].marriage_date").visible
    assert not view(s, "persons[0].marriage_date").visible
    errors = s.validate_page(2)
    # Named by the field's label (issue 22.12), not "please fill in this field".
    label = view(s, "persons[1].marriage_place").label
    assert errors["persons[1].marriage_place"] == f"Bitte ausfüllen: {label}"
    assert "persons[0].marriage_place" not in errors
    s.set("persons[1].date_of_birth", "1990-01-01")
    s.set("persons[1].marriage_date", "1989-12-31")
    assert s.validate_page(2)["persons[1].marriage_date"].startswith(
        "Das Datum der Eheschließung liegt vor dem Geburtsdatum"
    )


def test_condition_on_a_number_and_combinators() -> None:
    s = session("fundsache")
    s.set("report_kind", "gefunden")
    s.set("value", "7,50")
    assert view(s, "small_value_info").visible
    s.set("value", 10)
    assert not view(s, "small_value_info").visible
    # contact details: optional only when the finder claims nothing
    assert view(s, "surname").required
    s.set("claim_ownership", False)
    s.set("claim_reward", False)
    assert not view(s, "surname").required and view(s, "contact_info").visible
    s.set("report_kind", "verloren")  # claims are hidden then: contact needed again
    assert view(s, "surname").required


def test_hidden_pages_are_skipped_both_ways() -> None:
    s = session("hundesteuer", "en")
    assert s.visible_pages() == [0, 3]  # nothing chosen yet: only owner and signature
    answers = {
        "surname": "Haddad",
        "given_names": "Karim",
        "date_of_birth": "1979-01-30",
        "address": {"street": "Weg", "house_number": "1", "postcode": "53111", "city": "Bonn"},
    }
    for path, value in answers.items():
        s.set(path, value)
    s.set("action", "abmeldung")
    assert s.visible_pages() == [0, 2, 3]
    assert s.next() and s.page_index == 2
    assert s.progress() == (2, 4)
    assert s.back() and s.page_index == 0
    assert not s.back()
    s.set("action", "anmeldung")
    assert s.next() and s.page_index == 1
    with pytest.raises(ValueError):
        s.goto(2)


def test_next_stays_on_a_page_with_errors_and_shows_them_from_then_on() -> None:
    s = session("sperrmuell", "uk")
    assert view(s, "surname").error is None  # not checked yet: no red before Next
    assert not s.next()
    assert s.page_index == 0
    assert view(s, "surname").error == "Введіть прізвище."
    assert view(s, "phone").error == "Вкажіть номер телефону або адресу електронної пошти."
    s.set("surname", "Nguyen")
    assert view(s, "surname").error is None  # fixed: the message goes at once


def test_warnings_do_not_block() -> None:
    s = session("anmeldung", "tr")
    s.set("move_in_date", "2026-01-02")
    assert s.warnings_page(0)["move_in_date"].startswith("Taşındıktan iki haftadan")
    assert "move_in_date" not in s.validate_page(0)
    assert view(s, "move_in_date").warning is not None
    s.set("move_in_date", "2026-02-20")
    assert s.warnings_page(0) == {}


def test_dates_relative_to_today() -> None:
    s = session("fuehrungszeugnis", "en")
    s.set("date_of_birth", "2012-03-03")  # 13 years old tomorrow would be 14
    assert s.validate_page(1)["date_of_birth"] == "You can apply from the age of 14."
    s.set("date_of_birth", "2012-03-02")
    assert "date_of_birth" not in s.validate_page(1)
    g = session("sperrmuell", "de")
    g.set("preferred_date", "2026-03-08")
    assert g.validate_page(1)["preferred_date"] == (
        "Der früheste mögliche Termin ist der 09.03.2026."
    )
    g.set("preferred_date", "2026-03-09")
    assert "preferred_date" not in g.validate_page(1)
    a = session("anmeldung", "de")
    a.set("persons[0].doc_kind", "PA")
    a.set("persons[0].doc_valid_until", "2026-03-02")
    assert a.validate_page(2)["persons[0].doc_valid_until"] == (
        "Das Dokument muss über den heutigen Tag hinaus gültig sein."
    )
    a.set("move_in_date", "2026-03-03")
    assert a.validate_page(0)["move_in_date"] == (
        "Sie können sich erst ab dem Tag des Einzugs anmelden."
    )


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("AB 123", "pattern"),
        ("B-AB 1234", None),
        ("b-ab 1234", None),
        ("M-X 1H", None),
        ("B-AB 0123", "pattern"),
        ("B-ABC 12", "pattern"),
        ("ABCD-AB 12", "pattern"),
        ("Ö-AB 12", None),
    ],
)
def test_licence_plate_pattern_matches_the_whole_value(value: str, error: str | None) -> None:
    s = session("bewohnerparkausweis", "de")
    s.set("plate", value)
    got = s.validate_page(1).get("plate")
    assert (got is not None) == (error is not None), got


def test_chip_number_has_exactly_15_digits() -> None:
    s = session("hundesteuer", "de")
    s.set("action", "anmeldung")
    for value, ok in (
        ("276098100012345", True),
        ("27609810001234", False),
        ("2760981000123456", False),
        ("27609810001234a", False),
    ):
        s.set("chip_number", value)
        assert ("chip_number" not in s.validate_page(1)) is ok, value


def test_given_away_requires_the_new_owners_address() -> None:
    s = session("hundesteuer", "de")
    s.set("action", "abmeldung")
    s.set("reason", "tod")
    assert "new_owner_address.street" not in s.validate_page(2)
    s.set("reason", "abgabe")
    errors = s.validate_page(2)
    assert "new_owner_address.street" in errors and "new_owner_name" in errors


def test_dog_needs_birth_date_or_age() -> None:
    s = session("hundesteuer", "en")
    s.set("action", "anmeldung")
    assert s.validate_page(1)["dog_birth_date"] == (
        "Please enter the dog's date of birth or its approximate age."
    )
    s.set("dog_age", 4)
    assert "dog_birth_date" not in s.validate_page(1)
    s.set("dog_birth_date", "2024-05-01")
    assert not view(s, "dog_age").visible  # a birth date makes the age unnecessary
    s.set("keeping_since", "2024-04-01")
    assert "keeping_since" in s.validate_page(1)


def test_extended_certificate_needs_the_written_request() -> None:
    s = session("fuehrungszeugnis", "de")
    s.set("belegart", "NE")
    assert view(s, "extended_info").visible
    s.set("request_confirmed", False)
    assert s.validate_page(2)["request_confirmed"].startswith("Ohne die schriftliche")
    s.set("request_confirmed", True)
    assert "request_confirmed" not in s.validate_page(2)
    s.set("belegart", "OE")
    assert view(s, "extended_info").visible
    assert {"authority_name", "authority_reference", "authority_address.city"} <= set(
        s.validate_page(2)
    )
    assert view(s, "fee_info").visible and not view(s, "fee_info_european").visible


# --- groups -------------------------------------------------------------------------------


def test_groups_add_and_remove_within_their_limits() -> None:
    s = session("anmeldung")
    assert s.item_count("persons") == 1
    with pytest.raises(ValueError):
        s.remove_group_item("persons", 0)  # at least one person
    for _ in range(7):
        s.add_group_item("persons")
    assert not view(s, "persons").can_add
    with pytest.raises(ValueError):
        s.add_group_item("persons")
    s.set("persons[2].surname", "Drei")
    s.set("persons[3].surname", "Vier")
    s.remove_group_item("persons", 2)
    assert s.get("persons[2].surname") == "Vier"
    with pytest.raises(IndexError):
        s.remove_group_item("persons", 7)
    with pytest.raises(KeyError):
        s.set("persons[7].surname", "x")
    items = view(s, "persons").items
    assert [i.label for i in items][:2] == ["Person 1", "Person 2"]
    assert all(i.can_remove for i in items)


def test_unknown_paths_raise_key_error() -> None:
    s = session("anmeldung")
    for path in (
        "nope",
        "persons",
        "persons[0]",
        "new_address.planet",
        "landlord_info",
        "persons[0].nope",
        "status.street",
    ):
        with pytest.raises(KeyError):
            s.set(path, "x")


# --- what the UI gets ---------------------------------------------------------------------


def test_page_fields_give_what_the_wizard_shows() -> None:
    s = session("anmeldung", "uk")
    fields = s.page_fields(0)
    status = next(f for f in fields if f.path == "status")
    assert status.kind == "choice" and status.label == "Вид житла"
    assert status.help.startswith("Основне житло")
    assert [code for code, _ in status.options] == ["alleinig", "haupt", "neben"]
    assert status.required and status.visible and status.value is None
    address = next(f for f in fields if f.path == "new_address")
    assert [p.path for p in address.parts] == [
        "new_address.street",
        "new_address.house_number",
        "new_address.postcode",
        "new_address.city",
    ]
    assert address.parts[2].label == "Поштовий індекс"
    move_in = next(f for f in fields if f.path == "move_in_date")
    assert move_in.date_max == "2026-03-02" and move_in.date_min == "2021-03-02"
    assert s.page_title(0) == "Ваше нове житло"
    assert fields[-1].section == "Ваше попереднє житло"
    assert not s.rtl
    s.language = "ar"
    assert s.rtl and s.title == "تسجيل السكن (Anmeldung)"
    with pytest.raises(ValueError):
        s.language = "fr"


def test_messages_follow_the_session_language() -> None:
    s = session("sperrmuell", "de")
    s.set("volume", 7)
    expected = {
        "de": "Pro Abholung sind höchstens 5 m³ möglich.",
        "en": "A collection can take at most 5 m³.",
        "tr": "Bir seferde en fazla 5 m³ alınabilir.",
        "uk": "За один раз можна вивезти не більше 5 м³.",
        "ar": "يمكن جمع 5 م³ كحد أقصى في المرة الواحدة.",
    }
    for lang, start in expected.items():
        s.language = lang
        assert s.validate_page(1)["volume"].startswith(start)
    s.language = "de"
    s.set("volume", 0.25)
    assert s.validate_page(1)["volume"] == "Die Zahl muss mindestens 0,5 sein."
    s.language = "en"
    assert s.validate_page(1)["volume"] == "The number must be at least 0.5."


# --- prefill ------------------------------------------------------------------------------


def test_prefill_from_the_specimen_id_card_fills_the_right_fields() -> None:
    s = session("anmeldung")
    filled = s.prefill(ERIKA)
    expected: dict[str, Any] = {
        "persons[0].surname": "MUSTERMANN",
        "persons[0].given_names": "ERIKA",
        "persons[0].date_of_birth": "1964-08-12",
        "persons[0].place_of_birth": "BERLIN",
        "persons[0].sex": "w",
        "persons[0].nationalities": ["000"],
        "persons[0].doc_kind": "PA",
        "persons[0].doc_number": "T22000129",
        "persons[0].doc_valid_until": "2031-08-01",
    }
    assert set(filled) == set(expected) == s.prefilled
    for path, value in expected.items():
        assert s.get(path) == value
    assert view(s, "persons[0].surname").prefilled
    errors = s.validate_page(2)
    assert set(errors) == {
        "persons[0].relation",
        "persons[0].marital_status",
        "persons[0].religion",
        "persons[0].doc_authority",
        "persons[0].doc_issued",
    }


def test_prefill_fills_only_empty_fields_and_forgets_changed_ones() -> None:
    s = session("anmeldung")
    s.set("persons[0].given_names", "Erika Maria")
    s.set("persons[0].nationalities", ["000", "152"])
    filled = s.prefill(ERIKA)
    assert "persons[0].given_names" not in filled
    assert s.get("persons[0].given_names") == "Erika Maria"
    assert s.get("persons[0].nationalities") == ["000", "152"]
    s.set("persons[0].surname", "Musterfrau")
    assert "persons[0].surname" not in s.prefilled
    assert s.prefill(ERIKA) == []  # nothing empty is left to fill


def test_prefill_skips_what_does_not_convert() -> None:
    s = session("anmeldung")
    odd = {
        **ERIKA,
        "nationality": "UTO",
        "sex": "?",
        "date_of_birth": "1964-08-XX",
        "document_kind": 7,
    }
    filled = s.prefill(odd)
    assert "persons[0].nationalities" not in filled and "persons[0].sex" not in filled
    assert "persons[0].date_of_birth" not in filled and "persons[0].doc_kind" not in filled
    assert s.get("persons[0].nationalities") is None


def test_prefill_in_forms_without_groups() -> None:
    s = session("fuehrungszeugnis")
    assert set(s.prefill(ERIKA)) == {
        "surname",
        "given_names",
        "date_of_birth",
        "place_of_birth",
        "nationalities",
    }
    assert s.get("nationalities") == ["000"]


def test_prefilled_paths_follow_removed_group_items() -> None:
    s = session("anmeldung")
    s.add_group_item("persons")
    s.prefill(ERIKA)
    s.set("persons[1].surname", "Zwei")
    s.remove_group_item("persons", 0)
    assert s.prefilled == frozenset()
    s.add_group_item("persons")
    assert s.get("persons[0].surname") == "Zwei"


# --- wipe ---------------------------------------------------------------------------------


def _strings(obj: Any) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(obj, list | tuple | set | frozenset):
        return [s for v in obj for s in _strings(v)]
    if hasattr(obj, "__dict__") and not isinstance(obj, type):
        return _strings(vars(obj))
    return []


def test_wipe_leaves_no_values() -> None:
    s = session("anmeldung", "tr")
    s.prefill(ERIKA)
    s.add_group_item("persons")
    s.set("persons[1].surname", "Geheimname")
    s.set("landlord_name", "Vermieter Geheim")
    s.set("move_in_date", "2026-02-25")
    s.validate_page(0)
    s.wipe()
    values = s.values()
    assert values == session("anmeldung").values()  # a fresh session: defaults only
    assert values["main_address"] == values["landlord_address"] == {"country": "000"}
    assert s.prefilled == frozenset() and s.language == "tr" and s.page_index == 0
    state = {k: v for k, v in vars(s).items() if k != "form"}  # the form is no citizen data
    left = " ".join(_strings(state))
    for secret in (
        "MUSTERMANN",
        "ERIKA",
        "Geheimname",
        "Vermieter",
        "1964-08-12",
        "T22000129",
        "2026-02-25",
    ):
        assert secret not in left
    assert view(s, "landlord_name").error is None  # checked pages are forgotten too
