"""How on-screen text is said: codes and waiting numbers sign by sign ("B 0 0 7", not
"B seven"), so a citizen hears exactly what is printed and can compare it with the call
display; and the focus announcement: role, label, state, position."""

from __future__ import annotations

import re

from kiosk.i18n import without_isolates

# A waiting number or a short code as the kiosk prints them: B007, A-12, N901, K7Q2M; or a
# long run of digits (a booking code 12345674), which a voice would read as millions.
_CODE = re.compile(
    r"(?<![\w])(?:(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{1,9}|\d{5,})(?![\w])"
)


def spell(token: str) -> str:
    """One sign after the other, hyphens dropped: "B-007" -> "B 0 0 7"."""
    return " ".join(ch for ch in token if ch != "-")


def speakable(text: str) -> str:
    """``text`` with every waiting number or code (capital letters mixed with digits, or
    five digits and more) spelt sign by sign; other words and short numbers ("2 von 10",
    a year) stay as they are. Bidi isolates around values in Arabic sentences are not
    for the voice and are dropped."""
    return _CODE.sub(lambda m: spell(m.group(0)), without_isolates(text))


def announcement(role: str, label: str, states: list[str], position: str) -> str:
    """ "Schaltfläche, Pass und Ausweis, 2 von 10": the parts that are not empty, in the
    order screen readers use, so a citizen learns what, which, how and where."""
    parts = [role, speakable(label.strip()), *states, position]
    return ", ".join(p for p in parts if p)
