"""Form engine figures for ``make bench`` (measured, never asserted by the test suite)."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:  # run as a script or from tests/support: the repo for `kiosk`
    sys.path.append(_ROOT)

from kiosk.forms import FormSession, load_form  # noqa: E402

_PERSON = {
    "relation": "selbst",
    "surname": "Kowalska-Öztürk",
    "given_names": "Anna Maria",
    "doctor_title": "Dr.",
    "date_of_birth": "1988-04-03",
    "place_of_birth": "Gdańsk, Polen",
    "sex": "w",
    "nationalities": ["152", "000"],
    "marital_status": "VH",
    "marriage_date": "2015-07-14",
    "marriage_place": "Köln",
    "spouse_moves_in": True,
    "religion": "rk",
    "doc_kind": "PA",
    "doc_number": "L01X00T47",
    "doc_authority": "Stadt Köln",
    "doc_issued": "2021-07-01",
    "doc_valid_until": "2031-06-30",
}


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def validate_ms_p95(runs: int = 300, persons: int = 2) -> float:
    """p95 in ms of ``validate_page`` on the persons page of Anmeldung (the largest page:
    a repeatable group with conditions, patterns with Unicode classes and a cross-field
    rule), with ``persons`` people filled in. Goal: <= 5 ms."""
    session = FormSession(load_form("anmeldung"), "de", today=lambda: date(2026, 3, 2))
    page = next(i for i, p in enumerate(session.form.pages) if p.id == "personen")
    for i in range(persons):
        if i >= session.item_count("persons"):
            session.add_group_item("persons")
        for key, value in _PERSON.items():
            session.set(f"persons[{i}].{key}", value)
    if session.validate_page(page):
        raise RuntimeError(f"bench data is not valid: {session.validate_page(page)}")
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        session.validate_page(page)
        times.append((time.perf_counter() - start) * 1000)
    return round(_percentile(times[10:], 95), 3)


if __name__ == "__main__":
    print(f"forms_validate_ms_p95={validate_ms_p95()}")
