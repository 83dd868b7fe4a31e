"""Plural forms (Qt Linguist numerus messages): the form chosen for a count is the one Qt
itself chooses, checked against Qt's own rules by compiling a probe with lrelease and
asking a real QTranslator; and every numerus message has as many forms as its language
has, in every language (English included: "1 field", "2 fields")."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from PySide6 import QtCore
from PySide6.QtCore import QTranslator

from kiosk import i18n
from kiosk.privacy import notice
from kiosk.queue import waiting

COUNTS = (0, 1, 2, 3, 5, 11, 21, 100)
MORE = tuple(range(0, 230))  # every residue the rules look at (mod 10, mod 100)
LANGS = ["de", "en", "tr", "uk", "ru", "pl", "ar", "ls"]
LRELEASE = Path(QtCore.__file__).parent / "lrelease"
PROBE = ("Probe", "%n things")


@cache
def qt_choice(tmp: Path, code: str) -> dict[int, int]:
    """n -> the index of the form Qt picks in ``code`` (a .qm built by lrelease)."""
    forms = "".join(f"<numerusform>F{i}</numerusform>" for i in range(6))
    ts = tmp / f"probe_{code}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        f'language="{code}" sourcelanguage="en"><context><name>{PROBE[0]}</name>'
        f'<message numerus="yes"><source>{PROBE[1]}</source><translation>{forms}'
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    qm = tmp / f"probe_{code}.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return {n: int(translator.translate(*PROBE, None, n)[1:]) for n in MORE}


@pytest.fixture(scope="module")
def probe_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("numerus")


@pytest.mark.parametrize("lang", LANGS)
def test_plural_choice_is_qts(lang: str, probe_dir: Path, qapp: object) -> None:
    qt = qt_choice(probe_dir, i18n.locale_of(lang))
    assert {n: i18n.plural_form(lang, n) for n in COUNTS} == {n: qt[n] for n in COUNTS}
    assert {n: i18n.plural_form(lang, n) for n in MORE} == qt
    # Qt's form count for the language is the number of distinct forms it ever picks.
    assert len(set(qt.values())) == i18n.PLURAL_FORMS[i18n.locale_of(lang)]


@cache
def numerus_sources() -> frozenset[i18n.Key]:
    """Every numerus message of the German file: the set every language must have."""
    root = ET.parse(i18n.ts_path("de")).getroot()
    return frozenset(
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if msg.get("numerus") == "yes"
    )


# Every count a citizen reads, on screen and on paper.
COUNTED = {
    ("HelpSheet", "You have been waiting for %n seconds."),
    ("HelpSheet", "You have been waiting for %n minutes."),
    (
        "IdleDialog",
        "To protect your privacy, everything you entered will be deleted in %n seconds.",
    ),
    ("IdCardView", "%n fields were filled in. Please check them."),
    ("IdCardView", "Please check the number and try again. %n attempts left."),
    *((context, source) for context in ("Ticket", "WaitText") for source in waiting.COUNTED),
    ("Ticket", "%n people are ahead of you."),
    *(("Ticket", source) for source in (notice.N_REFUSED, notice.N_KEPT, notice.N_PRINTED)),
    ("TicketView", "%n people are ahead of you."),
    (
        "WelcomeView",
        "Cannot see the screen? Press the help key on the keypad, or hold a finger on a free "
        "part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the "
        "socket on the keypad.",
    ),
}


def test_the_counts_are_numerus_messages() -> None:
    assert numerus_sources() >= COUNTED
    assert all("%n" in source for _, source in numerus_sources())


@pytest.mark.parametrize("lang", LANGS)
def test_every_numerus_message_has_the_languages_forms(lang: str) -> None:
    own = i18n.own_catalogue(lang)
    wanted = i18n.PLURAL_FORMS[i18n.locale_of(lang)]
    keys = numerus_sources() if lang != "ls" else {k for k, _ in own.plural_items()}
    wrong = {key: len(own.forms(*key)) for key in keys if len(own.forms(*key)) != wanted}
    assert wrong == {}, f"kiosk_{lang}.ts: forms per message should be {wanted}"
    # A form that leaves out the number must say it another way ("one", "two"):
    # only the forms Qt uses for 1 (and 2 in Arabic) may do so.
    for key in keys:
        for i, form in enumerate(own.forms(*key)):
            assert "%n" in form or i in _WORD_FORMS.get(i18n.locale_of(lang), ()), (key, form)
            assert set(re.findall(r"%\d", form)) == set(re.findall(r"%\d", key[1])), form


# Arabic says none, one and two in words ("لا أحد", "شخص واحد", "شخصان").
_WORD_FORMS = {"en": (0,), "de": (0,), "ar": (0, 1, 2), "uk": (), "ru": (), "pl": (0,)}


def test_printouts_and_screen_pick_the_same_form(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.translator import use_language

    app = QCoreApplication.instance()
    assert app is not None
    for lang in ("de", "ar", "ru", "pl", "en"):
        use_language(app, lang)
        cat = i18n.catalogue(lang)
        for key in numerus_sources():
            for n in COUNTS:
                assert QCoreApplication.translate(*key, None, n) == cat.translate(*key, n=n)
    use_language(app, "de")


def test_arabic_minutes_agree_with_the_number() -> None:
    cat = i18n.catalogue("ar")
    key = ("HelpSheet", "You have been waiting for %n minutes.")
    assert "دقيقتين" in cat.translate(*key, n=2) or "دقيقتان" in cat.translate(*key, n=2)
    assert "دقائق" in cat.translate(*key, n=5)
    assert "دقيقة" in cat.translate(*key, n=11) and "دقائق" not in cat.translate(*key, n=11)
