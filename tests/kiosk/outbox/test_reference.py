"""Form references (issue 22.17): no look-alike characters, stable for a key, spread."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kiosk.outbox.submissions import REFERENCE_ALPHABET, normalize_reference, reference_for

CODE = f"[{REFERENCE_ALPHABET}]{{4}}"
SHAPE = re.compile(f"[A-Z]{{3}}-{CODE}-{CODE}")


def test_the_alphabet_has_no_look_alikes() -> None:
    assert not set("0O1IL") & set(REFERENCE_ALPHABET)
    assert len(set(REFERENCE_ALPHABET)) == len(REFERENCE_ALPHABET) == 31


@given(st.text(min_size=1, max_size=60))
def test_reference_shape_and_stability(key: str) -> None:
    ref = reference_for("meldebescheinigung", key)
    assert SHAPE.fullmatch(ref), ref
    assert not set("0O1IL") & set(ref[4:])
    assert reference_for("meldebescheinigung", key) == ref


def test_references_are_spread_over_the_alphabet() -> None:
    refs = {reference_for("anmeldung", f"key-{i}") for i in range(3000)}
    assert len(refs) == 3000
    used = {c for r in refs for c in r[4:].replace("-", "")}
    assert used == set(REFERENCE_ALPHABET)


@given(
    st.text(min_size=1, max_size=30),
    st.lists(st.sampled_from(["", " ", "-", ".", "  ", " - "]), min_size=2, max_size=2),
    st.booleans(),
)
def test_a_reference_is_found_however_it_is_typed(key: str, seps: list[str], lower: bool) -> None:
    ref = reference_for("anmeldung", key)
    head, first, second = ref.split("-")
    typed = f" {head}{seps[0]}{first}{seps[1]}{second} "
    assert normalize_reference(typed.lower() if lower else typed) == ref


@given(st.text(max_size=20))
def test_anything_else_stays_as_typed_and_finds_nothing(text: str) -> None:
    out = normalize_reference(text)
    assert (
        out == text.strip().upper()
        or SHAPE.fullmatch(out)
        or re.fullmatch(f"[A-Z]{{1,2}}-{CODE}-{CODE}", out)
    )
