"""How an expected wait is said, once for the screen and the printed ticket.

A queue estimates the wait as a range of minutes. Read out raw it says odd things
("0–1 Minuten", "5–5 Minuten") and the paper said something else ("etwa eine Minute").
:func:`wait_phrase` makes the one decision both use: which sentence, and with which
numbers. The sentences are numerus messages (``%n`` is the upper bound, so "1 minute",
"5 minutes" and the Arabic and Slavic plural forms agree with the number said last).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.queue.base import WaitEstimate

# The sentences, in the printout's context ("Ticket"); the screens say the same words.
WAIT_UNKNOWN = "Expected wait: unknown"
WAIT_SHORT = "Expected wait: a minute or less"
WAIT_ABOUT = "Expected wait: about %n minutes"  # numerus
WAIT_UP_TO = "Expected wait: up to %n minutes"  # numerus
WAIT_RANGE = "Expected wait: %1–%n minutes"  # numerus; %1 is the lower bound

WAIT_SENTENCES = (WAIT_UNKNOWN, WAIT_SHORT, WAIT_ABOUT, WAIT_UP_TO, WAIT_RANGE)
COUNTED = (WAIT_ABOUT, WAIT_UP_TO, WAIT_RANGE)


@dataclass(frozen=True)
class WaitPhrase:
    """Which sentence to say (``kind``) and its numbers: ``high`` is ``%n``, ``low``
    is ``%1`` of the range sentence. ``-1`` where the sentence has no number."""

    kind: str  # "unknown", "short", "about", "up_to" or "range"
    low: int
    high: int

    @property
    def source(self) -> str:
        """The sentence's source text (translate it in the "Ticket" context)."""
        return {
            "unknown": WAIT_UNKNOWN,
            "short": WAIT_SHORT,
            "about": WAIT_ABOUT,
            "up_to": WAIT_UP_TO,
            "range": WAIT_RANGE,
        }[self.kind]


def wait_phrase(wait: WaitEstimate) -> WaitPhrase:
    """The sentence for ``wait``: a bound below zero counts as zero, a reversed range is
    put in order; up to one minute is "a minute or less", equal bounds are "about N",
    a range from zero is "up to N", anything else "L–N"."""
    if wait.low_min is None or wait.high_min is None:
        return WaitPhrase("unknown", -1, -1)
    low, high = sorted((max(0, wait.low_min), max(0, wait.high_min)))
    if high <= 1:
        return WaitPhrase("short", -1, -1)
    if low == high:
        return WaitPhrase("about", -1, high)
    if low == 0:
        return WaitPhrase("up_to", -1, high)
    return WaitPhrase("range", low, high)


def say_wait(phrase: WaitPhrase, translate: Callable[[str, int | None], str]) -> str:
    """The sentence in a language: ``translate(source, n)`` gives the translated
    (plural) form with ``%n`` filled in; ``%1`` is filled here."""
    text = translate(phrase.source, phrase.high if phrase.high >= 0 else None)
    return text.replace("%1", str(phrase.low)) if phrase.kind == "range" else text
