"""A family of four moving in from abroad fills the Anmeldung like citizens would (page by
page with Next), the submission goes into the real outbox, and the folder printer gets the
receipt and the Meldeschein. The Meldeschein holds every person and every answer; the
receipt only what § 24 Abs. 2 BMG allows; the export names each field's FIM id."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from devices.printing.folder import FolderPrinter
from kiosk.forms import FormSession, Submission, load_form, schema_errors
from kiosk.forms.export import export_json, export_rows
from kiosk.outbox.store import Outbox
from kiosk.printing.documents import render_receipt
from kiosk.printing.meldeschein import render_counter_copy

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 10, 15, tzinfo=UTC)
PARENT_REPS = {
    "rep1_surname": "Hrytsenko",
    "rep1_given_names": "Olena",
    "rep1_date_of_birth": "09.05.1986",
    "rep1_lives_here": True,
    "rep2_surname": "García López",
    "rep2_given_names": "Javier",
    "rep2_date_of_birth": "1983-07-01",
    "rep2_lives_here": True,
}
PERSONS: list[dict[str, Any]] = [
    {
        "relation": "selbst",
        "surname": "Hrytsenko",
        "given_names": "Olena Petrivna",
        "usual_given_name": "Olena",
        "doctor_title": "Dr.",
        "sex": "w",
        "date_of_birth": "09.05.1986",
        "place_of_birth": "Kyjiw",
        "birth_country": "166",
        "nationalities": ["166"],
        "marital_status": "VH",
        "marriage_date": "16.06.2012",
        "marriage_place": "Sevilla",
        "marriage_country": "161",
        "spouse_moves_in": True,
        "religion": "--",
        "doc_kind": "RP",
        "doc_number": "fx1234567",
        "doc_authority": "DMS 8012",
        "doc_issued": "2022-01-10",
        "doc_valid_until": "2032-01-10",
    },
    {
        "relation": "ehegatte",
        "surname": "García López",
        "given_names": "Javier",
        "artist_name": "Javi Garlo",
        "sex": "m",
        "birth_date_partial": True,  # his passport says XX.07.1983
        "birth_year": 1983,
        "birth_month": "07",
        "place_of_birth": "Sevilla",
        "birth_country": "161",
        "nationalities": ["161"],
        "marital_status": "VH",
        "marriage_date": "16.06.2012",
        "marriage_place": "Sevilla",
        "marriage_country": "161",
        "spouse_moves_in": True,
        "religion": "rk",
        "doc_kind": "RP",
        "doc_number": "PAB123456",
        "doc_authority": "Policía Nacional Sevilla",
        "doc_issued": "2021-04-20",
        "doc_valid_until": "2031-04-19",
    },
    {
        "relation": "kind",
        "surname": "García Hrytsenko",
        "given_names": "Sofía",
        "sex": "w",
        "date_of_birth": "14.03.2015",
        "place_of_birth": "Valencia",
        "birth_country": "161",
        "nationalities": ["161", "166"],
        "marital_status": "LD",
        "religion": "--",
        **PARENT_REPS,
    },
    {
        "relation": "kind",
        "surname": "García Hrytsenko",
        "given_names": "Mateo",
        "sex": "m",
        "date_of_birth": "2020-10-02",
        "place_of_birth": "Valencia",
        "birth_country": "161",
        "nationalities": ["161"],
        "marital_status": "LD",
        "religion": "rk",
        **PARENT_REPS,
    },
]
ANSWERS: dict[str, Any] = {
    "new_address": {
        "street": "Kaiserstraße",
        "house_number": "41",
        "postcode": "53113",
        "city": "Bonn",
    },
    "move_in_date": "27.02.2026",
    "status": "alleinig",
    "from_abroad": True,
    "previous_country": "161",
    "lived_in_germany_before": True,
    "last_german_address": {
        "street": "Aachener Straße",
        "house_number": "5",
        "postcode": "50674",
        "city": "Köln",
    },
    "moved_out_date": "31.08.2019",
    "owner_moves_in": False,
    "landlord_name": "Hausverwaltung Rhein GmbH",
    "landlord_address": {
        "street": "Am Hof",
        "house_number": "1",
        "postcode": "53113",
        "city": "Bonn",
        "country": "000",
    },
    "landlord_is_owner": False,
    "owner_name": "Erbengemeinschaft Weber",
    "confirmation": "papier",
    **{f"persons[{i}].{k}": v for i, p in enumerate(PERSONS) for k, v in p.items()},
    "objections": ["parteien", "adressbuch"],
    "information_block": False,
    "confirm_correct": True,
}


def fill(session: FormSession) -> None:
    while session.item_count("persons") < len(PERSONS):
        session.add_group_item("persons")
    while not session.on_review:
        page = session.page_index
        ids = {f.id for f in session.form.pages[page].fields}
        for path, value in ANSWERS.items():
            if re.match(r"\w+", path).group(0) in ids:  # type: ignore[union-attr]
                session.set(path, value)
        assert session.next(), (page, session.validate_page(page))


@pytest.fixture
def submitted() -> tuple[FormSession, Submission]:
    session = FormSession(load_form("anmeldung"), "uk", today=lambda: TODAY)
    fill(session)
    return session, session.submission(now=NOW)


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def test_the_family_submits_into_the_outbox(
    submitted: tuple[FormSession, Submission], tmp_path: Path
) -> None:
    session, sub = submitted
    assert sub.counter_copy and schema_errors(session.form, sub.data) == []
    data = sub.data
    assert [p["relation"] for p in data["persons"]] == ["selbst", "ehegatte", "kind", "kind"]
    assert data["persons"][1]["birth_year"] == 1983 and "date_of_birth" not in data["persons"][1]
    assert (
        "rep1_surname" not in data["persons"][0]
        and data["persons"][3]["rep2_surname"] == "García López"
    )
    assert data["previous_country"] == "161" and data["last_german_address"]["city"] == "Köln"
    assert "previous_address" not in data
    outbox = Outbox(tmp_path / "outbox.db")
    key = outbox.put("form", sub.payload(), sub.idempotency_key)
    stored = outbox.get(key)
    assert stored is not None and stored.payload["data"] == json.loads(json.dumps(data))
    outbox.close()


def test_the_meldeschein_and_the_receipt_are_printed(
    submitted: tuple[FormSession, Submission], tmp_path: Path
) -> None:
    session, sub = submitted
    printer = FolderPrinter(tmp_path / "printed")
    receipt = render_receipt(
        reference="AN-7Q4K",
        title=session.title,
        lines=[(line.label, line.value) for line in sub.paper_summary],
        issued_at=sub.created,
        location="Bürgerbüro Bonn",
        language=sub.language,
    )
    meldeschein = render_counter_copy(
        session.form, sub, reference="AN-7Q4K", location="Bürgerbüro Bonn"
    )
    printer.print_document(receipt, "receipt-AN-7Q4K")
    printer.print_document(meldeschein, "counter-AN-7Q4K")
    files = sorted(p.name for p in (tmp_path / "printed").iterdir())
    assert (
        len(files) == 2
        and any("receipt" in f for f in files)
        and any("counter" in f for f in files)
    )

    paper = pdf_text(meldeschein)
    flat = " ".join(paper.split())
    for n in range(1, 5):
        assert f"Person {n}" in flat
    # every answer of every person, as the clerk reads it
    for row in export_rows(session.form, sub.data):
        for word in str(row.text).replace(",", " ").split():
            assert word in flat, (row.path, word)
    for name in (
        "Olena Petrivna Hrytsenko",
        "Javier García López",
        "Sofía García Hrytsenko (gesetzlicher Vertreter)",
        "Mateo García Hrytsenko (gesetzlicher Vertreter)",
    ):
        assert name in flat, name
    assert "§ 23 Abs. 1 BMG" in flat and "Meldeschein" in flat

    taken = " ".join(pdf_text(receipt).split())
    assert "Hrytsenko" in taken and "Kaiserstraße" in taken
    for secret in (
        "FX1234567",
        "Kyjiw",
        "Erbengemeinschaft",
        "römisch",
        "Hausverwaltung",
        "Sevilla",
    ):
        assert secret not in taken, secret


def test_the_export_names_each_field_by_its_fim_id(
    submitted: tuple[FormSession, Submission],
) -> None:
    session, sub = submitted
    out = json.loads(json.dumps(export_json(session.form, sub)))
    assert out["form"] == "anmeldung" and out["version"] == session.form.version
    by_path = {f["path"]: f for f in out["fields"]}
    assert by_path["persons[3].surname"]["fim"] == "F60000000227"
    assert by_path["persons[3].surname"]["item"] == 3
    assert by_path["persons[0].nationalities"] == {
        **by_path["persons[0].nationalities"],
        "fim": "F60000000236",
        "value": ["166"],
        "text": "Ukraine",
    }
    assert by_path["new_address.postcode"]["fim"] == "F60000000246"
    assert by_path["persons[1].birth_month"]["fim"] == "F60000000232"
    assert by_path["previous_country"] == {
        **by_path["previous_country"],
        "value": "161",
        "text": "Spanien",
    }
    # every field of the form that has a FIM id and an answer is exported with it
    fims = {f["path"].split(".")[-1].split("[")[0]: f["fim"] for f in out["fields"] if f["fim"]}
    assert {"surname", "given_names", "sex", "street", "postcode", "city"} <= set(fims)
    assert len(out["fields"]) == len(export_rows(session.form, sub.data))
    # the outbox payload carries the same mapping, so the office's system needs no form file
    payload = json.loads(json.dumps(sub.payload()))
    assert [(f["path"], f["fim"], f["value"]) for f in payload["fields"]] == [
        (f["path"], f["fim"], f["value"]) for f in out["fields"]
    ]
