"""Long lists (countries, nationalities) are searched, not listed (issue 22.10): the most
frequent answers first, a search typed with the on-screen keyboard that ignores case and
accents, results as radio or check rows, and the search text is never an answer."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtTest import QTest

from ui.finder import find

# The pages before the persons (as in test_anmeldung_flow.py).
ANSWERS = {
    "new_address": {
        "street": "Kaiserstraße",
        "house_number": "41",
        "postcode": "53113",
        "city": "Bonn",
    },
    "move_in_date": "today",
    "status": "haupt",
    "from_abroad": True,
    "previous_country": "161",
    "lived_in_germany_before": False,
    "owner_moves_in": True,
}
BIRTH = "persons[0].birth_country"
NATIONALITIES = "persons[0].nationalities"


def open_persons_page(d: Any, language: str) -> Any:
    d.tap(f"language_{language}")
    d.tap("concern_anmeldung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    forms = d.ui.context.forms
    form = forms.session
    for path, value in ANSWERS.items():
        form.set(path, date.today().isoformat() if value == "today" else value)
    for _ in range(6):
        if any(r["path"] == BIRTH for r in forms.rows):
            break
        forms.next()
        QTest.qWait(50)
    assert any(r["path"] == BIRTH for r in forms.rows), [r["path"] for r in forms.rows]
    d.built()  # the lists are below the page's first screen
    return forms


def shown(d: Any, path: str, code: str) -> bool:
    item = find(d.window, f"opt_{path}_{code}")
    return item is not None and item.isVisible()


def type_search(d: Any, forms: Any, path: str, text: str) -> None:
    d.tap(f"search_{path}")
    assert forms.focusPath == f"{path}#search"
    for char in text:
        forms.key(char)
    QTest.qWait(50)


def test_frequent_answers_first_then_search_ignoring_case_and_accents(make_ui, make_config):
    d = make_ui(make_config())
    forms = open_persons_page(d, "de")
    # Before any search: the frequent answers (code list data), not all 197 states.
    assert shown(d, BIRTH, "000") and shown(d, BIRTH, "163") and shown(d, BIRTH, "166")
    assert not shown(d, BIRTH, "121")  # Albanien: only by search or the whole list
    type_search(d, forms, BIRTH, "RUMAN")  # no umlaut, upper case: Rumänien
    assert shown(d, BIRTH, "154") and not shown(d, BIRTH, "000")
    assert d.text(f"pickerCount_{BIRTH}") == "Gefunden: 1"
    d.tap(f"opt_{BIRTH}_154")
    assert forms.session.get(BIRTH) == "154"
    assert forms.focusPath == ""  # choosing ends the search; the text was no answer
    # The chosen answer stays on top when the search is cleared.
    type_search(d, forms, BIRTH, "")
    forms.unfocus()
    QTest.qWait(50)
    assert shown(d, BIRTH, "154")


def test_multiple_choice_search_and_whole_list(make_ui, make_config):
    d = make_ui(make_config())
    forms = open_persons_page(d, "de")
    type_search(d, forms, NATIONALITIES, "türk")
    # "Türkei" starts with it, "Turkmenistan" too: both, Türkei first.
    assert shown(d, NATIONALITIES, "163")
    d.tap(f"opt_{NATIONALITIES}_163")
    type_search(d, forms, NATIONALITIES, "pol")
    d.tap(f"opt_{NATIONALITIES}_152")
    assert forms.session.get(NATIONALITIES) == ["163", "152"]
    forms.unfocus()
    type_search(d, forms, NATIONALITIES, "xyzq")
    assert "Nichts gefunden" in d.text(f"pickerCount_{NATIONALITIES}")
    forms.unfocus()
    QTest.qWait(50)


@pytest.mark.parametrize("language", ["ar", "uk"])
def test_search_in_the_citizens_script(make_ui, make_config, language):
    d = make_ui(make_config())
    forms = open_persons_page(d, language)
    word = {"ar": "تركيا", "uk": "туреч"}[language]
    type_search(d, forms, BIRTH, word)
    assert shown(d, BIRTH, "163"), [r for r in forms.rows if r["path"] == BIRTH]
    d.tap(f"opt_{BIRTH}_163")
    assert forms.session.get(BIRTH) == "163"


def test_german_name_and_document_code_find_the_answer_in_any_language(make_ui, make_config):
    """An Arabic screen, typed in Latin letters as the passport shows it: the German name
    ("Syrien") or the document code ("UKR") finds the answer too."""
    d = make_ui(make_config())
    forms = open_persons_page(d, "ar")
    type_search(d, forms, BIRTH, "syrien")
    assert shown(d, BIRTH, "475")
    forms.unfocus()
    type_search(d, forms, NATIONALITIES, "UKR")
    assert shown(d, NATIONALITIES, "166")
    d.tap(f"opt_{NATIONALITIES}_166")
    assert forms.session.get(NATIONALITIES) == ["166"]


def clear_button(d: Any, path: str) -> Any:
    return find(d.window, f"pickerClear_{path}")


@pytest.mark.parametrize(("language", "label"), [("de", "Eingabe löschen"), ("ar", "مسح الإدخال")])
def test_clear_entry_empties_the_search_with_a_finger_sized_button(
    make_ui, make_config, language, label
):
    d = make_ui(make_config())
    forms = open_persons_page(d, language)
    button = clear_button(d, BIRTH)
    assert not button.isVisible()  # nothing typed: nothing to clear
    type_search(d, forms, BIRTH, "RUMAN")
    assert button.isVisible() and button.property("text") == label
    assert button.width() >= 96 and button.height() >= 96  # Theme.touchTarget
    search = find(d.window, f"search_{BIRTH}")
    assert search.width() > button.width()  # the search field keeps most of the row
    assert not shown(d, BIRTH, "000")
    d.tap(f"pickerClear_{BIRTH}")
    # While typing: the text is gone, the keyboard stays for a new search.
    assert forms.focusText == "" and forms.focusPath == f"{BIRTH}#search"
    QTest.qWait(50)
    assert shown(d, BIRTH, "000") and not button.isVisible()
    # After the keyboard closed, the search is kept on screen; the button clears it too.
    for char in "ruman":
        forms.key(char)
    forms.unfocus()
    QTest.qWait(50)
    assert shown(d, BIRTH, "154") and not shown(d, BIRTH, "000") and button.isVisible()
    d.tap(f"pickerClear_{BIRTH}")
    QTest.qWait(50)
    assert shown(d, BIRTH, "000") and not button.isVisible() and forms.focusPath == ""


def test_clear_entry_by_keys(make_ui, make_config):
    from keys_driver import K, focused, keys_config, move_to, press, said, select

    d = make_ui(keys_config(make_config()))
    forms = open_persons_page(d, "de")
    press(d, K.Key_F1, wait_ms=60)  # audio mode: the keys from here on
    move_to(d, f"search_{BIRTH}")
    select(d)  # the keyboard opens (typing by keys: tests/ui/test_keys_forms.py)
    assert focused(d).startswith("key_")
    for ch in "alban":
        forms.key(ch)
    press(d, K.Key_Escape, wait_ms=60)  # the keyboard closes, the search stays
    assert focused(d) == f"search_{BIRTH}"
    assert shown(d, BIRTH, "121") and not shown(d, BIRTH, "000")
    heard = move_to(d, f"pickerClear_{BIRTH}")
    assert heard.startswith("Schaltfläche, Eingabe löschen"), heard
    select(d)
    assert shown(d, BIRTH, "000") and not shown(d, BIRTH, "121")
    # The button is gone; the focus is on the search field, to type a new search.
    assert focused(d) == f"search_{BIRTH}"
    assert said(d)[-1].startswith("Eingabefeld, In der Liste suchen"), said(d)[-1]


def test_what_is_typed_with_its_accents_comes_first(make_ui, make_config):
    """'tür' finds Türkei and Turkmenistan (accents ignored), Türkei first: it starts with
    the letters as typed; 'turk' the other way round."""
    d = make_ui(make_config())
    forms = open_persons_page(d, "de")

    def order(text: str) -> list[str]:
        type_search(d, forms, BIRTH, text)
        found = {c: find(d.window, f"opt_{BIRTH}_{c}") for c in ("163", "471")}
        assert all(item is not None and item.isVisible() for item in found.values())
        forms.unfocus()
        return sorted(found, key=lambda c: found[c].y())

    assert order("tür") == ["163", "471"]
    assert order("turk") == ["471", "163"]
