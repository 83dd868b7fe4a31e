"""Issue 22.21: the German official term, in brackets, after every concern name and form
title in every language but German and Leichte Sprache, so a citizen can say at the
counter what the office calls it ("Registering your address (Anmeldung)")."""

from __future__ import annotations

import tomllib

import pytest
import yaml

from kiosk.resources import CATALOGUE, FORMS_DIR

FOREIGN = ("en", "tr", "uk", "ar", "ru", "pl")  # German and Leichte Sprache say it anyway

# The office's word for each concern and form, as on the counters and in the statutes.
CONCERN_TERMS = {
    "ausweis": "Personalausweis",
    "reisepass": "Reisepass",
    "dokument_abholen": "Abholung",
    "anmeldung": "Anmeldung",
    "meldebescheinigung": "Meldebescheinigung",
    "fuehrungszeugnis": "Führungszeugnis",
    "bewohnerparken": "Bewohnerparkausweis",
    "hundesteuer": "Hundesteuer",
    "fundsache": "Fundsache",
    "sperrmuell": "Sperrmüll",
}
FORM_TERMS = {
    "anmeldung": "Anmeldung",
    "bewohnerparkausweis": "Bewohnerparkausweis",
    "fuehrungszeugnis": "Führungszeugnis",
    "fundsache": "Fundsache",
    "hundesteuer": "Hundesteuer",
    "meldebescheinigung": "Meldebescheinigung",
    "sperrmuell": "Sperrmüll",
}


def concerns() -> dict[str, dict[str, str]]:
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {c["id"]: c["name"] for c in data["concern"]}


def form_titles() -> dict[str, dict[str, str]]:
    titles = {}
    for path in sorted(FORMS_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "title" in data:
            titles[data["id"]] = data["title"]
    return titles


def test_every_concern_and_form_has_its_term() -> None:
    assert set(concerns()) == set(CONCERN_TERMS), "a concern without its official term"
    assert set(form_titles()) == set(FORM_TERMS), "a form without its official term"


@pytest.mark.parametrize("lang", FOREIGN)
def test_concern_names_end_with_the_german_term(lang: str) -> None:
    wrong = {
        cid: names[lang]
        for cid, names in concerns().items()
        if not names[lang].endswith(f" ({CONCERN_TERMS[cid]})")
    }
    assert wrong == {}


@pytest.mark.parametrize("lang", FOREIGN)
def test_form_titles_end_with_the_german_term(lang: str) -> None:
    wrong = {
        fid: title[lang]
        for fid, title in form_titles().items()
        if not title[lang].endswith(f" ({FORM_TERMS[fid]})")
    }
    assert wrong == {}


def test_terms_are_single_words_that_keep_together_in_arabic() -> None:
    """A "/" or space between Latin words in brackets breaks apart in right-to-left text."""
    assert all(t.isalpha() for t in (*CONCERN_TERMS.values(), *FORM_TERMS.values()))


def test_german_names_need_no_brackets() -> None:
    for names in concerns().values():
        assert "(" not in names["de"]
