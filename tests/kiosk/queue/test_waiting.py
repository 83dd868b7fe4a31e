"""kiosk/queue/waiting.py: one decision how a wait is said, for the screen and the ticket
("0–1 Minuten" and "5–5 Minuten" on screen while the paper said "etwa eine Minute")."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk import i18n
from kiosk.queue.base import WaitEstimate
from kiosk.queue.waiting import WAIT_SENTENCES, WaitPhrase, say_wait, wait_phrase

SCREENS = ("WaitText",)  # the one QML component both screens show the wait with


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (None, None, WaitPhrase("unknown", -1, -1)),
        (5, None, WaitPhrase("unknown", -1, -1)),
        (0, 0, WaitPhrase("short", -1, -1)),
        (0, 1, WaitPhrase("short", -1, -1)),
        (1, 1, WaitPhrase("short", -1, -1)),
        (-3, 1, WaitPhrase("short", -1, -1)),
        (5, 5, WaitPhrase("about", -1, 5)),
        (0, 5, WaitPhrase("up_to", -1, 5)),
        (1, 2, WaitPhrase("range", 1, 2)),
        (25, 15, WaitPhrase("range", 15, 25)),
    ],
)
def test_the_sentence_for_a_range(low: int | None, high: int | None, expected: WaitPhrase):
    assert wait_phrase(WaitEstimate(low, high)) == expected


@given(st.integers(-10, 500), st.integers(-10, 500))
def test_every_range_gets_a_sentence_that_reads_right(low: int, high: int):
    phrase = wait_phrase(WaitEstimate(low, high))
    top = max(0, low, high)
    if phrase.kind == "short":
        assert top <= 1
    else:
        assert phrase.high == top >= 2  # never "0–1" or "1 minutes" as a range
        assert phrase.kind != "range" or 1 <= phrase.low < phrase.high
    english = say_wait(phrase, lambda s, n: i18n.catalogue("en").translate("Ticket", s, n))
    assert "%" not in english and not re.search(rf"\b{top}–{top}\b|\b0–", english)


@pytest.mark.parametrize("lang", ["de", "ls", "tr", "uk", "ru", "pl", "ar", "en"])
def test_screen_and_ticket_say_the_same_words(lang: str):
    cat = i18n.catalogue(lang)
    for source in WAIT_SENTENCES:
        paper = (cat.translate("Ticket", source), cat.forms("Ticket", source))
        for screen in SCREENS:
            said = (cat.translate(screen, source), cat.forms(screen, source))
            assert said == paper, (lang, screen, source)


def test_a_german_ticket_reads_naturally():
    cat = i18n.catalogue("de")

    def say(low: int, high: int) -> str:
        phrase = wait_phrase(WaitEstimate(low, high))
        return say_wait(phrase, lambda s, n: cat.translate("Ticket", s, n))

    assert say(0, 1) == "Voraussichtliche Wartezeit: höchstens eine Minute"
    assert say(5, 5) == "Voraussichtliche Wartezeit: etwa 5 Minuten"
    assert say(0, 5) == "Voraussichtliche Wartezeit: bis zu 5 Minuten"
    assert say(5, 10) == "Voraussichtliche Wartezeit: 5–10 Minuten"
