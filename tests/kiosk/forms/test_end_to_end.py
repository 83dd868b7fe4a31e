"""Each shipped form filled through the engine like a citizen would: page by page with
Next, realistic answers, review, submission, and the submission satisfies the form's own
JSON Schema (with a FormatChecker)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from kiosk.forms import FormIncomplete, FormSession, Submission, load_form, schema_errors
from kiosk.forms.schema import form_schema

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 10, 15, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
SIGNATURE_SVG = "M 10 80 C 40 10, 65 10, 95 80 S 150 150, 180 80"
ADDRESS = {"street": "Rathausplatz", "house_number": "3a", "postcode": "53111", "city": "Bonn"}

ANSWERS: dict[str, dict[str, Any]] = {
    "anmeldung": {
        "new_address": {
            "street": "Lindenstraße",
            "house_number": "12",
            "postcode": "53111",
            "city": "Bonn",
        },
        "move_in_date": "2026-02-25",
        "status": "neben",
        "main_address": {
            "street": "Ulica Długa",
            "house_number": "5",
            "postcode": "80-831",
            "city": "Gdańsk",
            "country": "152",
        },
        "from_abroad": False,
        "previous_address": {
            "street": "Heidestraße",
            "house_number": "17",
            "postcode": "51147",
            "city": "Köln",
        },
        "keep_previous": False,
        "landlord_name": "Gemeinnützige Wohnungsbau GmbH",
        "landlord_address": {
            "street": "Am Hof",
            "house_number": "1",
            "postcode": "53113",
            "city": "Bonn",
            "country": "000",
        },
        "owner_moves_in": False,
        "landlord_is_owner": True,
        "confirmation": "elektronisch",
        "confirmation_code": "wg7k-23fx",
        "persons[0].relation": "selbst",
        "persons[0].surname": "Kowalska-Öztürk",
        "persons[0].birth_name": "Kowalska",
        "persons[0].given_names": "Anna Maria",
        "persons[0].doctor_title": "Dr.",
        "persons[0].date_of_birth": date(1988, 4, 3),
        "persons[0].place_of_birth": "Gdańsk",
        "persons[0].birth_country": "152",
        "persons[0].sex": "w",
        "persons[0].nationalities": ["152", "000"],
        "persons[0].marital_status": "VH",
        "persons[0].marriage_date": "14.07.2015",
        "persons[0].marriage_place": "Köln",
        "persons[0].spouse_moves_in": False,
        "persons[0].spouse_surname": "Öztürk",
        "persons[0].spouse_given_names": "Mehmet",
        "persons[0].spouse_date_of_birth": "1985-02-11",
        "persons[0].religion": "rk",
        "persons[0].doc_kind": "PA",
        "persons[0].doc_number": "l01x00t47",
        "persons[0].doc_authority": "Stadt Köln",
        "persons[0].doc_issued": "2021-07-01",
        "persons[0].doc_valid_until": "2031-06-30",
        "persons[1].relation": "kind",
        "persons[1].surname": "Öztürk",
        "persons[1].given_names": "Emre",
        "persons[1].date_of_birth": "2019-11-20",
        "persons[1].place_of_birth": "Köln",
        "persons[1].sex": "m",
        "persons[1].nationalities": ["000", "163"],
        "persons[1].marital_status": "LD",
        "persons[1].religion": "--",
        "persons[1].rep1_surname": "Kowalska-Öztürk",
        "persons[1].rep1_given_names": "Anna Maria",
        "persons[1].rep1_date_of_birth": "1988-04-03",
        "persons[1].rep1_lives_here": True,
        "objections": ["parteien", "adressbuch"],
        "information_block": False,
        "confirm_correct": True,
    },
    "meldebescheinigung": {
        "surname": "Mustermann",
        "given_names": "Erika",
        "date_of_birth": "1964-08-12",
        "address": ADDRESS,
        "kind": "erweitert",
        "extras": ["familienstand", "staatsangehoerigkeit"],
        "copies": "2",
        "delivery": "post",
        "purpose": "Rentenantrag",
    },
    "fuehrungszeugnis": {
        "surname": "Yılmaz",
        "given_names": "Elif",
        "date_of_birth": "2008-05-17",
        "place_of_birth": "İzmir, Türkei",
        "nationalities": ["163"],
        "address": ADDRESS,
        "applicant_role": "selbst",
        "request_confirmed": True,
        "belegart": "OE",
        "authority_name": "Jugendamt der Stadt Bonn",
        "authority_address": {
            "street": "Berliner Platz",
            "house_number": "2",
            "postcode": "53111",
            "city": "Bonn",
        },
        "authority_reference": "Ehrenamt Jugendfreizeit, Az. 51-2026-117",
        "signature": SIGNATURE_SVG,
    },
    "bewohnerparkausweis": {
        "surname": "Kovalenko",
        "given_names": "Oksana",
        "address": ADDRESS,
        "zone": "B",
        "residence": "haupt",
        "plate": "bn-ok 412e",
        "weight_ok": True,
        "keeper": False,
        "validity": "12",
    },
    "hundesteuer": {
        "action": "anmeldung",
        "surname": "Haddad",
        "given_names": "Karim",
        "date_of_birth": "1979-01-30",
        "address": ADDRESS,
        "phone": "+49 228 123456",
        "breed": "labrador",
        "dog_name": "Bella",
        "dog_age": 3,
        "keeping_since": "2026-02-14",
        "chip_number": "276098100012345",
        "insured": True,
        "insurer": "Beispiel Versicherung AG, HV-4711",
        "dogs_in_household": 1,
        "assistance_dog": False,
        "signature": PNG,
    },
    "fundsache": {
        "report_kind": "gefunden",
        "category": "geldboerse",
        "description": "Schwarze Geldbörse aus Leder\nmit Bankkarte, ohne Bargeld",
        "date": "2026-03-01",
        "time": "17:45",
        "place": "Bushaltestelle Hauptbahnhof, Bonn",
        "value": "25,50",
        "custody": "abgegeben",
        "claim_ownership": True,
        "claim_reward": True,
        "surname": "Schmidt",
        "given_names": "Jonas",
        "address": ADDRESS,
        "email": "jonas.schmidt@example.org",
    },
    "sperrmuell": {
        "surname": "Nguyen",
        "given_names": "Thi Lan",
        "pickup_address": ADDRESS,
        "email": "lan.nguyen@example.de",
        "items[0].item_kind": "moebel_holz",
        "items[0].count": 3,
        "items[1].item_kind": "elektro_gross",
        "items[1].count": "1",
        "volume": "2,5",
        "preferred_date": "2026-03-20",
        "excluded_understood": True,
    },
}


def fill(session: FormSession, answers: dict[str, Any]) -> None:
    """Answer page by page, as the wizard would, pressing Next after each page."""
    groups = {m.group(1): int(m.group(2)) for p in answers if (m := re.match(r"(\w+)\[(\d+)\]", p))}
    for gid, last in groups.items():
        while session.item_count(gid) <= last:
            session.add_group_item(gid)
    while not session.on_review:
        page = session.page_index
        ids = {f.id for f in session.form.pages[page].fields}
        for path, value in answers.items():
            if re.match(r"\w+", path).group(0) in ids:  # type: ignore[union-attr]
                session.set(path, value)
        assert session.next(), (page, session.validate_page(page))
        assert session.page_index > page


def complete(form_id: str, lang: str = "de") -> tuple[FormSession, Submission]:
    session = FormSession(load_form(form_id), lang, today=lambda: TODAY)
    fill(session, ANSWERS[form_id])
    return session, session.submission(now=NOW)


@pytest.mark.parametrize("form_id", sorted(ANSWERS))
@pytest.mark.parametrize("lang", ["de", "ar"])
def test_form_filled_end_to_end_gives_a_submission_that_satisfies_its_schema(
    form_id: str, lang: str
) -> None:
    session, sub = complete(form_id, lang)
    assert sub.form_id == form_id and sub.form_version == session.form.version
    assert sub.language == lang
    assert sub.created == NOW
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", sub.idempotency_key
    )
    assert schema_errors(session.form, sub.data) == []
    validator = Draft202012Validator(form_schema(session.form), format_checker=FormatChecker())
    assert validator.is_valid(sub.data)
    assert json.loads(json.dumps(sub.payload()))["data"] == sub.data


def test_submission_data_is_clean_and_keeps_only_visible_answers() -> None:
    session, sub = complete("anmeldung")
    data = sub.data
    assert "previous_country" not in data  # from_abroad is False
    assert data["persons"][0]["doc_number"] == "L01X00T47"  # uppercased
    assert data["persons"][0]["marriage_date"] == "2015-07-14"  # German input, ISO out
    assert data["persons"][0]["date_of_birth"] == "1988-04-03"
    assert "marriage_date" not in data["persons"][1]  # single
    assert "doc_number" not in data["persons"][1]  # no document: its fields are hidden
    assert data["confirm_correct"] is True  # the signature is on the printed Meldeschein
    assert data["main_address"]["country"] == "152"
    assert "country" not in data["new_address"]  # a German-only address has no country part
    # A hidden field keeps its value in the session but is not submitted.
    session.set("from_abroad", True)
    session.set("previous_country", "163")
    session.set("from_abroad", False)
    assert "previous_country" not in session.submission(now=NOW).data


def test_numbers_and_multiline_text_are_read_as_people_type_them() -> None:
    _, sub = complete("sperrmuell")
    assert sub.data["volume"] == 2.5
    assert sub.data["items"] == [
        {"item_kind": "moebel_holz", "count": 3},
        {"item_kind": "elektro_gross", "count": 1},
    ]
    _, found = complete("fundsache")
    assert found.data["value"] == 25.5
    assert found.data["description"] == (
        "Schwarze Geldbörse aus Leder\nmit Bankkarte, ohne Bargeld"
    )


def test_signature_as_svg_path_becomes_an_svg_data_uri() -> None:
    _, sub = complete("fuehrungszeugnis")
    assert sub.data["signature"].startswith("data:image/svg+xml;base64,")


def test_review_formats_values_for_reading_and_points_to_the_page() -> None:
    session, _ = complete("anmeldung")
    sections = session.review()
    rows = {r.path: (r.value, s.page_index) for s in sections for r in s.rows}
    assert rows["move_in_date"] == ("25.02.2026", 0)
    assert rows["status"][0] == "Nebenwohnung (meine Hauptwohnung ist woanders)"
    assert rows["new_address"][0] == "Lindenstraße 12, 53111 Bonn"
    assert rows["main_address"][0] == "Ulica Długa 5, 80-831 Gdańsk, Polen"
    assert rows["persons[0].nationalities"][0] == "Polen, Deutschland"
    assert rows["persons[0].date_of_birth"] == ("03.04.1988", 2)
    assert rows["confirmation"][0].startswith("elektronisch")
    assert rows["persons[0].doctor_title"][0] == "Dr."
    titles = [s.title for s in sections]
    assert "Personen: Person 1" in titles and "Personen: Person 2" in titles
    session.language = "tr"
    rows_tr = {r.path: r for s in session.review() for r in s.rows}
    assert rows_tr["persons[0].sex"].value == "kadın"
    assert rows_tr["keep_previous"].value == "Hayır"
    assert rows_tr["persons[0].sex"].label == "Cinsiyet"


def test_review_change_jumps_to_the_page_and_next_returns_through_the_pages() -> None:
    session, _ = complete("anmeldung")
    assert session.on_review
    session.goto(1)
    assert session.page_index == 1 and not session.on_review
    assert session.next() and session.next() and session.next() and session.next()
    assert session.on_review


def test_paper_summary_of_anmeldung_holds_only_what_section_24_bmg_allows() -> None:
    _, sub = complete("anmeldung")
    allowed = re.compile(
        r"persons\[\d+\]\.(surname|given_names|doctor_title|date_of_birth)"
        r"|new_address|move_in_date|status|submitted"
    )
    paths = [line.path for line in sub.paper_summary]
    assert all(allowed.fullmatch(p) for p in paths), paths
    assert {
        "persons[0].surname",
        "persons[0].given_names",
        "persons[0].doctor_title",
        "persons[0].date_of_birth",
        "persons[1].surname",
        "new_address",
        "status",
        "move_in_date",
        "submitted",
    } <= set(paths)
    printed = " ".join(f"{line.label} {line.value}" for line in sub.paper_summary)
    for secret in (
        "Kowalska ",
        "L01X00T47",
        "römisch",
        "Polen",
        "Gdańsk",
        "Ulica",
        "Heidestraße",
        "Gemeinnützige",
        "verheiratet",
        "14.07.2015",
        "weiblich",
    ):
        assert secret not in printed
    lines = {line.path: line for line in sub.paper_summary}
    assert lines["submitted"].value == "02.03.2026"
    assert lines["persons[1].surname"].label == "Familienname (Person 2)"
    assert lines["status"].value == "Nebenwohnung (meine Hauptwohnung ist woanders)"


def test_the_idempotency_key_is_stable_until_an_answer_changes() -> None:
    session, first = complete("meldebescheinigung")
    assert session.submission(now=NOW).idempotency_key == first.idempotency_key
    session.set("copies", 3)
    assert session.submission(now=NOW).idempotency_key != first.idempotency_key


def test_submission_before_completion_names_the_first_page_to_fix() -> None:
    session = FormSession(load_form("sperrmuell"), "en", today=lambda: TODAY)
    session.set("surname", "Nguyen")
    with pytest.raises(FormIncomplete) as err:
        session.submission()
    assert err.value.page_index == 0
    assert err.value.errors["given_names"] == "Enter the first names."  # named (issue 22.12)
    assert err.value.errors["phone"] == "Please give a phone number or an e-mail address."
    assert err.value.errors["items[0].item_kind"] == "Please choose an answer: Kind"
