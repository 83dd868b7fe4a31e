"""Errors on a form page (issue 22.12): after "Next" a summary at the top lists every
problem with a message that names its field, each a link to its question; nothing is
hidden behind the button bar; optional questions are marked, explained once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF


def parts(row: Any) -> list[str]:
    value = row.property("parts")
    return list(value.toVariant() if hasattr(value, "toVariant") else value)


def start(d: Any, language: str) -> None:
    d.tap(f"language_{language}")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")


def in_viewport(d: Any, name: str) -> bool:
    """Fully inside the form's scroll area (not under the buttons or the keyboard)."""
    flick, item = d.item("formFlick"), d.item(name)
    top = item.mapToItem(flick, QPointF(0, 0)).y()
    return top >= 0 and top + item.height() <= flick.height() + 0.5


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
def test_next_shows_a_summary_of_named_problems_with_links(make_ui, make_config, size):
    d = make_ui(make_config())
    d.window.resize(*size)
    start(d, "de")
    forms = d.ui.context.forms
    assert not d.item("errorSummary").isVisible()
    flick = d.item("formFlick")
    flick.setProperty("contentY", 300)  # the citizen had scrolled down
    d.tap("formNext")
    d.pump(100)
    assert d.text("formProgress") == "Schritt 1 von 3"
    assert d.item("errorSummary").isVisible() and in_viewport(d, "errorSummaryTitle")
    problems = [r for r in forms.rows if r.get("error")]
    assert d.text("errorSummaryTitle") == f"Probleme auf dieser Seite: {len(problems)}"
    messages = {r["path"]: r["error"] for r in problems}
    # Each message names its field; none is the old "please fill in this field".
    assert messages["given_names"] == "Geben Sie die Vornamen ein."
    assert messages["address.postcode"] == "Geben Sie die Postleitzahl ein."
    assert len(set(messages.values())) == len(messages)
    # A link goes to the question: a typed answer opens the keyboard with the field in view.
    d.tap("problem_address.city")
    d.pump(100)
    assert forms.focusPath == "address.city"
    assert in_viewport(d, "field_address.city")
    assert d.item("keyboard").isVisible()


def test_optional_questions_are_marked_and_explained_once(make_ui, make_config):
    d = make_ui(make_config())
    start(d, "de")
    forms = d.ui.context.forms
    assert d.item("formOptionalNote").isVisible()
    assert "(freiwillig)" in d.text("formOptionalNote")
    labels = {r["path"]: d.text(f"label_{r['path']}") for r in forms.rows if r["kind"] == "text"}
    assert labels and not any(t.endswith(("*", "(freiwillig)")) for t in labels.values()), labels
    d.tap("formNext")  # the explanation is on the first page only
    for path, text in (
        ("surname", "Mustermann"),
        ("given_names", "Erika"),
        ("date_of_birth", "12.08.1964"),
        ("address.street", "Heidestrasse"),
        ("address.house_number", "17"),
        ("address.postcode", "51147"),
        ("address.city", "Koeln"),
    ):
        forms.session.set(path, text)
    forms.next()
    d.pump(50)
    assert d.text("formProgress") == "Schritt 2 von 3"
    assert not d.item("formOptionalNote").isVisible()
    assert not d.item("errorSummary").isVisible()
    # "What for" is optional on this page: marked once, after its label.
    assert d.text("label_purpose").endswith(" (freiwillig)"), d.text("label_purpose")
    assert d.text("label_purpose").count("(freiwillig)") == 1


def test_date_as_day_month_year_boxes(make_ui, make_config):
    """Dates in three boxes with an example (issue 22.12): typed as digits only, the boxes
    fill day, month, year; the form stores the date."""
    d = make_ui(make_config())
    start(d, "de")
    forms = d.ui.context.forms
    assert d.item("field_date_of_birth").isVisible()
    d.tap("field_date_of_birth")
    assert forms.focusPath == "date_of_birth" and forms.keyboardMode == "date"
    for ch in "270319":
        d.tap(f"key_{ch}")
    row = d.item("field_date_of_birth")
    assert parts(row) == ["27", "03", "19"] and row.property("current") == 2
    for ch in "85":
        d.tap(f"key_{ch}")
    d.tap("key_done")
    assert forms.session.get("date_of_birth") == "27031985"  # as typed; read as a date:
    assert "date_of_birth" not in forms.session.validate_page(0)
    assert parts(d.item("field_date_of_birth")) == ["27", "03", "1985"]
    forms.session.set("date_of_birth", "31021985")  # no 31 February: the field says so
    assert "date_of_birth" in forms.session.validate_page(0)


def test_the_summary_says_whose_answer_is_missing():
    """Several persons (or homes) on a page: each problem names its person with the form's
    own label; a message that would still be listed twice names its heading."""
    from kiosk.forms.views import FieldView, GroupItem
    from ui.viewmodels.form_rows import page_rows

    def name(i: int) -> FieldView:
        return FieldView(
            f"persons[{i}].given_names", "text", "Vornamen", error="Geben Sie die Vornamen ein."
        )

    def street(path: str) -> FieldView:
        return FieldView(path, "text", "Straße", error="Geben Sie die Straße ein.")

    persons = FieldView(
        "persons",
        "group",
        "Personen",
        items=(
            GroupItem("Person 1", (name(0),), False),
            GroupItem("Person 2", (name(1),), True),
        ),
    )
    alone = FieldView("kids", "group", "Kinder", items=(GroupItem("Kind 1", (name(5),), False),))
    new = FieldView("new", "address", "Neue Wohnung", parts=(street("new.street"),))
    old = FieldView("old", "address", "Bisherige Wohnung", parts=(street("old.street"),))
    rows = page_rows([persons, alone, new, old])
    problems = {r["path"]: r["problem"] for r in rows if r.get("problem")}
    assert problems["persons[0].given_names"] == "Person 1: Geben Sie die Vornamen ein."
    assert problems["persons[1].given_names"] == "Person 2: Geben Sie die Vornamen ein."
    # One person only: nothing to tell apart; the message is the field's own.
    assert problems["persons[5].given_names"] == "Geben Sie die Vornamen ein."
    assert problems["new.street"] == "Neue Wohnung: Geben Sie die Straße ein."
    assert problems["old.street"] == "Bisherige Wohnung: Geben Sie die Straße ein."
    assert all("owners" not in r and "within" not in r for r in rows)  # not for QML


@pytest.mark.parametrize(
    ("language", "person"), [("de", "→ Person 2"), ("ar", "← الشخص 2")]
)  # the arrow points the way the text reads
def test_summary_links_of_two_persons_name_the_person(make_ui, make_config, language, person):
    from tests.ui.test_choice_picker import open_persons_page
    from ui import a11y_tree

    d = make_ui(make_config())
    forms = open_persons_page(d, language)
    forms.addItem("persons")
    forms.next()  # nothing answered for either person
    d.pump(100)
    links = [d.item(f"problem_{r['path']}") for r in forms.rows if r.get("error")]
    texts = [str(link.property("contentItem").property("text")) for link in links]
    assert len(texts) == len(set(texts)), texts  # no message listed twice
    second = d.item("problem_persons[1].given_names")
    text = str(second.property("contentItem").property("text"))
    assert text.startswith(f"{person}: "), text
    assert a11y_tree.name(second) == text[2:]  # what the keys' user hears: no arrow
    own = next(r["error"] for r in forms.rows if r["path"] == "persons[1].given_names")
    assert text.endswith(own)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_each_person_is_named_once(make_ui, make_config, language):
    """A person's row shows its name once, beside its Remove button; its label above the
    row said it a second time (seen on the Anmeldung's persons page)."""
    from tests.ui.test_choice_picker import open_persons_page
    from ui import a11y_tree

    d = make_ui(make_config())
    forms = open_persons_page(d, language)
    forms.addItem("persons")
    d.pump(100)
    names = [r["label"] for r in forms.rows if r["kind"] == "item"]
    assert len(names) == 2, names
    spoken = a11y_tree.screen_text(d.item("formView"))
    for label in names:
        assert spoken.count(label) == 1, (label, spoken)
