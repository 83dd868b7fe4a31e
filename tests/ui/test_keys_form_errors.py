"""A form page's error summary by keys alone (issue 22.12): a link takes the keys' focus
ring to its question (the input box, with the keyboard open; or the first option), and
the citizen goes on from there: types the answer, and "Done" comes back to that field."""

from __future__ import annotations

from typing import Any

from keys_driver import K, focused, keys_config, move_to, press, said, select, start_audio
from PySide6.QtCore import QPointF


def open_form(d: Any) -> None:
    start_audio(d)
    move_to(d, "language_de")
    select(d, until=lambda: d.screen() == "concerns")
    move_to(d, "concern_meldebescheinigung")
    select(d, until=lambda: d.screen() == "concern_choice")
    move_to(d, "choiceForm")
    select(d, until=lambda: d.screen() == "form")


def next_with_problems(d: Any) -> None:
    move_to(d, "formNext")
    select(d, until=lambda: d.item("errorSummary").isVisible())


def in_viewport(d: Any, name: str) -> bool:
    flick, item = d.item("formFlick"), d.item(name)
    top = item.mapToItem(flick, QPointF(0, 0)).y()
    return top >= 0 and top + item.height() <= flick.height() + 0.5


def ring_on(d: Any, name: str) -> bool:
    """The drawn ring is where the control is (in the layout's coordinates)."""
    item, root = d.item(name), d.item("root")
    rect = item.mapRectToItem(root, item.boundingRect())
    ring = d.ui.context.focus.ring
    return bool(d.ui.context.focus.ringVisible) and ring.toRect() == rect.toRect()


def test_a_summary_link_takes_the_keys_to_the_field_and_they_type_there(make_ui, make_config):
    d = make_ui(keys_config(make_config()))
    forms = d.ui.context.forms
    open_form(d)
    next_with_problems(d)

    heard = move_to(d, "problem_address.city")
    assert heard.startswith("Link, "), heard
    select(d)
    # The ring is on the field now, not on the link; the keyboard is open for it.
    assert focused(d) == "field_address.city"
    assert said(d)[-1].startswith("Eingabefeld, Ort"), said(d)[-1]
    assert forms.focusPath == "address.city" and d.item("keyboard").isVisible()
    d.wait_until(lambda: in_viewport(d, "field_address.city") and ring_on(d, "field_address.city"))

    # Going on from there: select opens the keys of the keyboard, the letters are typed
    # into this field, and back returns the ring to it.
    select(d)
    assert focused(d).startswith("key_") and said(d)[-1].startswith("Tastatur. ")
    for ch in "koeln":
        move_to(d, f"key_{ch}")
        select(d)
    press(d, K.Key_Escape, wait_ms=60)
    assert focused(d) == "field_address.city"
    assert forms.session.get("address.city") == "koeln"


def test_a_summary_link_to_a_choice_goes_to_its_first_option(make_ui, make_config):
    d = make_ui(keys_config(make_config()))
    forms = d.ui.context.forms
    open_form(d)
    for path, value in (
        ("surname", "Mustermann"),
        ("given_names", "Erika"),
        ("date_of_birth", "12.08.1964"),
        ("address.street", "Heidestrasse"),
        ("address.house_number", "17"),
        ("address.postcode", "51147"),
        ("address.city", "Koeln"),
    ):
        forms.session.set(path, value)
    move_to(d, "formNext")
    select(d, until=lambda: d.text("formProgress") == "Schritt 2 von 3")
    next_with_problems(d)
    first = "opt_kind_" + next(r for r in forms.rows if r["path"] == "kind")["options"][0]["code"]
    move_to(d, "problem_kind")
    select(d)
    assert focused(d) == first
    assert forms.focusPath == ""  # a choice: no keyboard
    d.wait_until(lambda: ring_on(d, focused(d)) and in_viewport(d, focused(d)))
    select(d)  # the option is chosen where the ring is
    assert "opt_kind_" + str(forms.session.get("kind")) == first


def test_a_tapped_link_leaves_no_ring_but_the_next_key_starts_at_the_field(make_ui, make_config):
    d = make_ui(keys_config(make_config()))
    d.tap("language_de")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    d.tap("formNext")
    d.pump(100)
    d.tap("problem_given_names")
    d.pump(60)
    focus = d.ui.context.focus
    assert not focus.ringVisible  # a finger: no ring, nothing said
    press(d, K.Key_Escape, wait_ms=60)  # keys from now on: "Done" on the keyboard first
    assert focused(d) == "field_given_names"
    press(d, K.Key_Tab)
    assert focused(d) == "field_date_of_birth"
