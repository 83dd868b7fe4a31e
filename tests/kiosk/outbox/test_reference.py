"""Form references (issue 22.17): no look-alike characters, stable for a key, spread."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kiosk.outbox.submissions import REFERENCE_ALPHABET, reference_for

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
