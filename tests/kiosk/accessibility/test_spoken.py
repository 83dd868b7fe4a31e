"""Waiting numbers and codes are said sign by sign; other text is left alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.accessibility.spoken import announcement, speakable
from kiosk.i18n import FSI, ISOLATES, PDI


def test_ticket_numbers_and_codes_are_spelt() -> None:
    assert speakable("Ihre Nummer: B007") == "Ihre Nummer: B 0 0 7"
    assert speakable("Code K7Q2M, bitte") == "Code K 7 Q 2 M, bitte"
    assert speakable("A-12.") == "A 1 2."
    assert speakable("2 von 10") == "2 von 10"
    assert speakable("DSGVO und Art. 13") == "DSGVO und Art. 13"
    assert speakable("um 10:30 Uhr") == "um 10:30 Uhr"
    assert speakable("Buchungscode 12345674") == "Buchungscode 1 2 3 4 5 6 7 4"
    assert speakable("geboren 12.08.1964") == "geboren 12.08.1964"


def test_announcement_order() -> None:
    assert (
        announcement("Schaltfläche", "Pass und Ausweis", [], "2 von 10")
        == "Schaltfläche, Pass und Ausweis, 2 von 10"
    )
    assert announcement("Eingabefeld", "Name", ["leer"], "") == "Eingabefeld, Name, leer"


def test_bidi_isolates_are_not_spoken() -> None:
    assert speakable(f"رقمك {FSI}B007{PDI}") == "رقمك B 0 0 7"
    assert speakable(f"{FSI}10:30{PDI}") == "10:30"


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Lu", "Nd"), blacklist_characters=ISOLATES),
        max_size=40,
    )
)
def test_text_without_capitals_digits_or_isolates_is_unchanged(text: str) -> None:
    assert speakable(text) == text


@given(st.text(max_size=40))
def test_no_isolate_mark_survives(text: str) -> None:
    assert not set(speakable(text)) & set(ISOLATES)
