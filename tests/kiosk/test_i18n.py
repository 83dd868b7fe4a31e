"""Translations: every UI and ticket string is translated in every .ts file, placeholders
survive, nothing stale is left behind, and each file is in its own script. Leichte Sprache
("ls") may be partial: it must cover the main flows and falls back to German elsewhere."""

from __future__ import annotations

import ast
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import yaml

from kiosk import i18n
from kiosk.printing import documents as printout
from kiosk.privacy import notice
from kiosk.queue import waiting
from kiosk.resources import CATALOGUE, FORMS_DIR

REPO = Path(__file__).resolve().parents[2]
QML_DIR = REPO / "ui" / "qml"
PRINTOUT = REPO / "kiosk" / "printing" / "documents.py"
NOTICE = REPO / "kiosk" / "privacy" / "notice.py"  # the privacy notice on receipts
TS_LANGS = ["de", "tr", "uk", "ar", "ru", "pl"]  # complete: every string
PARTIAL_LANGS = ["ls"]  # Leichte Sprache: the main flows, German for the rest
ALL_TS_LANGS = TS_LANGS + PARTIAL_LANGS
# What a citizen meets on the way to a waiting number or a submitted form: Leichte Sprache
# must say all of it itself.
MAIN_FLOW_CONTEXTS = frozenset(
    {
        "WelcomeView",
        "ConcernView",
        "ConcernChoiceView",
        "TicketView",
        "NoticeView",
        "CheckinView",
        "HelpSheet",
        "IdleDialog",
        "TopBar",
        "Ticket",
        "FormView",
        "FormField",
        "OnScreenKeyboard",
    }
)

Key = tuple[str, str]  # (context, source)

# qsTr("...") or qsTr('...'), with JavaScript escapes inside the literal.
_QSTR = re.compile(r"""\bqsTr\(\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')""")
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)")
_JS_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_PLACEHOLDER = re.compile(r"%\d+")


def js_unescape(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        esc = m.group(1)
        if esc[0] in "ux" and len(esc) > 1:
            return chr(int(esc[1:], 16))
        return _JS_SIMPLE.get(esc, esc)

    return _JS_ESCAPE.sub(repl, text)


def qml_strings(text: str, context: str) -> set[Key]:
    return {
        (context, js_unescape(m.group(1) if m.group(1) is not None else m.group(2)))
        for m in _QSTR.finditer(text)
    }


@cache
def qml_files() -> tuple[Path, ...]:
    return tuple(sorted(QML_DIR.rglob("*.qml")))


@cache
def ui_keys() -> frozenset[Key]:
    keys: set[Key] = set()
    for path in qml_files():
        keys |= qml_strings(path.read_text(encoding="utf-8"), path.stem)
    return frozenset(keys)


@cache
def ticket_sources() -> frozenset[str]:
    """Source strings of the printouts (documents.py and the privacy notice), and the
    wait sentences the ticket shares with the screens (kiosk.queue.waiting)."""
    return _ticket_sources(PRINTOUT) | _ticket_sources(NOTICE) | set(waiting.WAIT_SENTENCES)


def _ticket_sources(module: Path) -> frozenset[str]:
    """Source strings a module translates: ``<x>.translate(TICKET_CONTEXT, NAME)`` and
    calls of local helpers ``def t(source): return <x>.translate(TICKET_CONTEXT, source)``,
    with NAME resolved to the module's string constants."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert constants.get("TICKET_CONTEXT") == "Ticket"

    def is_ticket_translate(call: ast.Call) -> bool:
        return (
            isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) in (2, 3)  # a third: the count of a numerus message
            and isinstance(call.args[0], ast.Name)
            and call.args[0].id == "TICKET_CONTEXT"
        )

    def translates_its_argument(fn: ast.FunctionDef) -> bool:
        if not fn.args.args:  # a helper translating its first argument (and maybe a count)
            return False
        param = fn.args.args[0].arg
        return any(
            is_ticket_translate(n) and isinstance(n.args[1], ast.Name) and n.args[1].id == param
            for n in ast.walk(fn)
            if isinstance(n, ast.Call)
        )

    helpers = {
        fn.name
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef) and translates_its_argument(fn)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if is_ticket_translate(node):
            arg = node.args[1]
        elif isinstance(node.func, ast.Name) and node.func.id in helpers and node.args:
            arg = node.args[0]
        else:
            continue
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.add(arg.value)
        elif isinstance(arg, ast.Name) and arg.id in constants:
            found.add(constants[arg.id])
    return frozenset(found)


def ticket_keys() -> frozenset[Key]:
    return frozenset((printout.TICKET_CONTEXT, s) for s in ticket_sources())


@cache
def ts_messages(lang: str) -> tuple[tuple[Key, str, str | None], ...]:
    """Every message of the file, finished or not: (key, translation, type attribute)."""
    root = ET.parse(i18n.ts_path(lang)).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out.append(
                (
                    (name, msg.findtext("source") or ""),
                    "" if tr is None else (tr.text or ""),
                    None if tr is None else tr.get("type"),
                )
            )
    return tuple(out)


def translations(lang: str) -> dict[Key, str]:
    """Finished translations of the language's own file, as kiosk.i18n reads them (without
    the German a partial language borrows)."""
    return dict(i18n.own_catalogue(lang).items())


# --- the extractors find what they should ----------------------------------------------------


def test_qml_extractor_handles_quotes_and_escapes() -> None:
    text = r"""text: qsTr("Say \"hi\"") + qsTr('it\'s') + qsTr( "a\\b" ) + qsTr("\u00e9 %1")"""
    assert qml_strings(text, "V") == {
        ("V", 'Say "hi"'),
        ("V", "it's"),
        ("V", "a\\b"),
        ("V", "é %1"),
    }


def test_every_qstr_call_in_the_qml_is_a_literal_we_read() -> None:
    for path in qml_files():
        text = path.read_text(encoding="utf-8")
        calls = len(re.findall(r"\bqsTr\s*\(", text))
        assert calls == len(_QSTR.findall(text)), f"{path.name}: a qsTr() the test cannot read"
        assert "qsTranslate" not in text and "qsTrId" not in text, path.name


def test_ui_strings_found() -> None:
    keys = ui_keys()
    assert len(keys) >= 40
    assert ("IdleDialog", "Are you still there?") in keys
    assert ("WaitText", "Expected wait: %1–%n minutes") in keys
    assert {ctx for ctx, _ in keys} >= {"HelpSheet", "TicketView", "WelcomeView", "TopBar"}


def test_ticket_strings_found() -> None:
    assert ticket_sources() == set(printout.SOURCE_STRINGS) | set(notice.NOTICE_STRINGS)
    assert "Waiting number" in ticket_sources()


# --- completeness, placeholders, staleness ---------------------------------------------------


@pytest.mark.parametrize("lang", ALL_TS_LANGS)
def test_ts_file_declares_its_language(lang: str) -> None:
    root = ET.parse(i18n.ts_path(lang)).getroot()
    assert root.get("language") == lang
    assert root.get("sourcelanguage") == i18n.SOURCE_LANGUAGE


@pytest.mark.parametrize("lang", TS_LANGS)
def test_every_ui_string_is_translated(lang: str) -> None:
    cat = i18n.catalogue(lang)
    missing = sorted(
        key for key in ui_keys() if not cat.translate(*key).strip() or not cat.has(*key)
    )
    assert missing == [], f"kiosk_{lang}.ts lacks: {missing}"


@pytest.mark.parametrize("lang", TS_LANGS)
def test_every_ticket_string_is_translated(lang: str) -> None:
    cat = i18n.catalogue(lang)
    missing = sorted(
        s for ctx, s in ticket_keys() if not cat.has(ctx, s) or not cat.translate(ctx, s).strip()
    )
    assert missing == [], f"kiosk_{lang}.ts lacks Ticket strings: {missing}"


@pytest.mark.parametrize("lang", ALL_TS_LANGS)
def test_placeholders_are_kept(lang: str) -> None:
    wrong = [
        (key, text)
        for key, text in translations(lang).items()
        if set(_PLACEHOLDER.findall(text)) != set(_PLACEHOLDER.findall(key[1]))
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", ALL_TS_LANGS)
def test_no_stale_entries(lang: str) -> None:
    used = ui_keys() | ticket_keys()
    stale = sorted(key for key, _, _ in ts_messages(lang) if key not in used)
    assert stale == [], f"kiosk_{lang}.ts has entries no source uses: {stale}"


@pytest.mark.parametrize("lang", ALL_TS_LANGS)
def test_no_unfinished_or_duplicate_entries(lang: str) -> None:
    messages = ts_messages(lang)
    assert [key for key, _, kind in messages if kind is not None] == []
    keys = [key for key, _, _ in messages]
    assert len(keys) == len(set(keys))


# --- each language in its own script ---------------------------------------------------------


def _has(text: str, lo: int, hi: int) -> bool:
    return any(lo <= ord(ch) <= hi for ch in text)


def test_arabic_translations_are_arabic() -> None:
    not_arabic = [
        k
        for k, text in translations("ar").items()
        if not (_has(text, 0x0600, 0x06FF) or _has(text, 0xFB50, 0xFEFF))
    ]
    assert not_arabic == []


def test_ukrainian_translations_are_cyrillic() -> None:
    latin_only = [k for k, text in translations("uk").items() if not _has(text, 0x0400, 0x04FF)]
    assert latin_only == []
    # Ukrainian, not Russian: no ы, э, ъ, ё anywhere.
    assert [k for k, text in translations("uk").items() if set(text) & set("ыэъёЫЭЪЁ")] == []


@pytest.mark.parametrize("lang", ["de", "tr", "pl", "ls"])
def test_longer_strings_are_not_left_in_english(lang: str) -> None:
    same = [
        key
        for key, text in translations(lang).items()
        if len(key[1]) > 12 and text.strip() == key[1].strip()
    ]
    assert same == []


def test_source_language_has_a_file_only_for_plural_forms() -> None:
    cat = i18n.catalogue(i18n.SOURCE_LANGUAGE)
    assert cat.items() == [] and len(cat) == len(cat.plural_items()) > 0
    assert cat.translate("Ticket", "Waiting number") == "Waiting number"
    assert set(i18n.LANGUAGES) == {i18n.SOURCE_LANGUAGE, *ALL_TS_LANGS}


_QSTR_NUMERUS = re.compile(r"""\bqsTr\(\s*"((?:[^"\\\n]|\\.)*)"\s*,\s*""\s*,""")


def test_counts_in_the_qml_are_exactly_the_numerus_messages() -> None:
    """qsTr(text, "", n) in QML <-> <message numerus="yes"> in every file, English too."""
    in_qml = {
        (path.stem, js_unescape(m.group(1)))
        for path in qml_files()
        for m in _QSTR_NUMERUS.finditer(path.read_text(encoding="utf-8"))
    }
    assert in_qml and all("%n" in source for _, source in in_qml)
    for lang in [*ALL_TS_LANGS, i18n.SOURCE_LANGUAGE]:
        numerus = {k for k, _ in i18n.own_catalogue(lang).plural_items()}
        ui_numerus = {k for k in numerus if k[0] != printout.TICKET_CONTEXT}
        assert ui_numerus == in_qml or (lang == "ls" and ui_numerus <= in_qml), lang
    english = ET.parse(i18n.ts_path(i18n.SOURCE_LANGUAGE)).getroot()
    assert all(m.get("numerus") == "yes" for m in english.iter("message"))


# --- Russian and Polish ----------------------------------------------------------------------


def test_russian_translations_are_cyrillic() -> None:
    latin_only = [k for k, text in translations("ru").items() if not _has(text, 0x0400, 0x04FF)]
    assert latin_only == []
    # Russian, not Ukrainian: no і, ї, є, ґ anywhere; and Russian letters are used.
    assert [k for k, text in translations("ru").items() if set(text) & set("іїєґІЇЄҐ")] == []
    assert set("".join(translations("ru").values())) >= set("ыэщ")


# "Вы", "Вас", "Ваш..." with a capital inside a sentence (a letter's courtesy form).
_RU_CAPITAL_YOU = re.compile(
    r"(?<![.!?…]\s)(?<![.!?…]\s«)(?<!^)(?<!^«)\b(Вы|Вас|Вам|Вами|Ваш\w*)\b"
)


def test_russian_says_vy_one_way() -> None:
    """Screens say "вы" in lower case inside a sentence, as Russian public services' sites
    do; the texts used both, sometimes in one screen."""
    own = i18n.own_catalogue("ru")
    texts = [t for _, t in own.items()] + [f for _, forms in own.plural_items() for f in forms]
    data = [tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))]
    data += [yaml.safe_load(p.read_text(encoding="utf-8")) for p in FORMS_DIR.glob("*.yaml")]
    texts += [t for d in data for t in _russian_texts(d)]  # catalogue and forms too
    assert [t for t in texts if _RU_CAPITAL_YOU.search(t)] == []
    assert any(re.search(r"\bвы\b", t) for t in texts)  # the test reads real sentences


def _russian_texts(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("ru"), str):
            yield node["ru"]
        for value in node.values():
            yield from _russian_texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _russian_texts(value)


def test_polish_translations_are_polish() -> None:
    texts = translations("pl")
    assert [k for k, text in texts.items() if _has(text, 0x0400, 0x04FF)] == []
    used = set("".join(texts.values()))
    assert used >= set("ąćęłńóśż"), f"Polish letters missing: {set('ąćęłńóśźż') - used}"
    with_diacritics = [k for k, text in texts.items() if set(text) & set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")]
    assert len(with_diacritics) > len(texts) // 3


def test_polish_uses_neutral_address() -> None:
    """Neutral forms as in Polish public offices ("Proszę wybrać"), not Pan/Pani/Państwo."""
    formal = re.compile(r"\b(Pan|Pani|Pana|Panu|Panem|Państw[aou]?|Państwem)\b")
    assert [k for k, text in translations("pl").items() if formal.search(text)] == []
    # Nor the familiar "ty" ("Twój formularz") an office does not use with citizens.
    familiar = re.compile(r"\b(Tw(?:ój|oja|oje|ojego|ojej|oim|oją|oich)|Ciebie|Cię|Tobie)\b", re.I)
    assert [k for k, text in translations("pl").items() if familiar.search(text)] == []
    # Nor the familiar verb forms in sentences ("Nie widzisz ekranu? Naciśnij ..."); a
    # button's short imperative ("Spróbuj ponownie") is the usual label, so not these.
    familiar_verbs = re.compile(
        r"\b(widzisz|możesz|chcesz|masz|musisz|jesteś|wiesz|Naciśnij|Przechodź|Przytrzymaj)\b",
        re.I,
    )
    assert [k for k, text in translations("pl").items() if familiar_verbs.search(text)] == []


# --- Leichte Sprache: main flows of its own, German for the rest ----------------------------


def test_every_main_flow_string_is_in_leichte_sprache() -> None:
    own = i18n.own_catalogue("ls")
    wanted = {key for key in ui_keys() | ticket_keys() if key[0] in MAIN_FLOW_CONTEXTS}
    assert {ctx for ctx, _ in wanted} == MAIN_FLOW_CONTEXTS, "a main-flow context is gone"
    missing = sorted(key for key in wanted if not own.has(*key))
    assert missing == [], f"kiosk_ls.ts lacks main-flow strings: {missing}"


def test_leichte_sprache_falls_back_to_german_for_the_rest() -> None:
    own, german, ls = i18n.own_catalogue("ls"), i18n.catalogue("de"), i18n.catalogue("ls")
    for key in ui_keys() | ticket_keys():
        expected = own.translate(*key) if own.has(*key) else german.translate(*key)
        assert ls.has(*key) and ls.translate(*key) == expected, key


def test_leichte_sprache_is_german_in_easy_style() -> None:
    """Netzwerk Leichte Sprache: short sentences, no subjunctive, no abbreviations."""
    subjunctive = re.compile(r"\b(würden?|würdest|könnten?|hätten?|wären?|möchten)\b", re.I)
    abbreviation = re.compile(r"\b(z\.\s?B|bzw|ca|usw|evtl|ggf|inkl|Nr|d\.\s?h)\.|%(?!\d)")
    for key, text in translations("ls").items():
        assert not subjunctive.search(text), (key, text)
        assert not abbreviation.search(text), (key, text)
        for sentence in re.split(r"[.!?:…]\s+", text):
            assert len(sentence.split()) <= 14, (key, sentence)


@pytest.fixture
def ts_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """kiosk.i18n reading .ts files from tmp_path, with fresh caches before and after."""
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    i18n.catalogue.cache_clear()
    i18n.own_catalogue.cache_clear()
    yield tmp_path
    i18n.catalogue.cache_clear()
    i18n.own_catalogue.cache_clear()


def _ts(lang: str, messages: dict[Key, str]) -> str:
    body = "".join(
        f"<context><name>{ctx}</name><message><source>{src}</source>"
        f"<translation>{text}</translation></message></context>"
        for (ctx, src), text in messages.items()
    )
    return f'<TS version="2.1" language="{lang}" sourcelanguage="en">{body}</TS>'


def test_a_partial_language_borrows_what_it_lacks_from_german(ts_dir: Path) -> None:
    (ts_dir / "kiosk_de.ts").write_text(
        _ts(
            "de",
            {("V", "Hello"): "Hallo", ("V", "Help"): "Hilfe", ("Ticket", "Receipt"): "Quittung"},
        ),
        encoding="utf-8",
    )
    (ts_dir / "kiosk_ls.ts").write_text(
        _ts("ls", {("V", "Hello"): "Guten Tag", ("V", "Help"): ""}), encoding="utf-8"
    )
    ls = i18n.catalogue("ls")
    assert ls.translate("V", "Hello") == "Guten Tag"  # its own text wins
    assert ls.translate("V", "Help") == "Hilfe"  # an empty translation is a gap
    assert ls.translate("Ticket", "Receipt") == "Quittung"  # printouts too
    assert ls.translate("V", "Unknown") == "Unknown"  # German lacks it too: the source
    assert not i18n.own_catalogue("ls").has("Ticket", "Receipt")


def test_only_leichte_sprache_is_partial() -> None:
    assert i18n.FALLBACKS == {"ls": "de"}
    assert [code for code in i18n.LANGUAGES if i18n.is_partial(code)] == PARTIAL_LANGS
    assert i18n.fallback("ru") is None and i18n.fallback("ls") == "de"
    assert i18n.locale_of("ls") == "de" and i18n.locale_of("pl") == "pl"
    assert i18n.LANGUAGES["ru"].native_name == "Русский"
    assert i18n.LANGUAGES["pl"].native_name == "Polski"
    assert i18n.LANGUAGES["ls"].native_name == "Leichte Sprache"
    assert not any(i18n.LANGUAGES[c].rtl for c in ("ru", "pl", "ls"))


# --- Arabic addresses everyone, not only men -------------------------------------------------

_AR_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652]+")
# Words that end in ك without being "your" (masculine singular).
_AR_NOT_YOUR = {
    "ذلك", "كذلك", "لذلك", "بذلك", "وكذلك", "ولذلك", "هناك", "تلك", "أولئك", "ذاك",
    "شباك", "الشباك", "للشباك", "مالك", "المالك", "ملك", "إمساك", "ترك", "متحرك", "مشترك",
}  # fmt: skip
# Masculine singular imperatives and second-person forms the texts once used.
_AR_MASCULINE = {
    "أنت", "اضغط", "اختر", "أدخل", "امسح", "ضع", "خذ", "اكتب", "انتظر", "املأ", "استخدم",
    "تحقق", "انسخ", "حاول", "اطبع", "سجّل", "أبقِ", "وقّع", "تنقّل", "تستطيع", "تحتاج", "تجد",
    "أدخلت", "زلت", "كنت", "ابحث",
}  # fmt: skip


def test_arabic_uses_the_plural_of_respect_not_the_masculine_singular() -> None:
    """Issue 22.21: "أنت التالي" and masculine imperatives leave out half of the citizens;
    the texts say "يرجى ..." or address everyone in the plural ("موعدكم")."""
    own = i18n.own_catalogue("ar")
    texts = [(k, t) for k, t in own.items()]
    texts += [(k, f) for k, forms in own.plural_items() for f in forms]
    wrong = [
        (key, word)
        for key, text in texts
        for word in _AR_WORD.findall(text)
        if word in _AR_MASCULINE or (word.endswith("ك") and word not in _AR_NOT_YOUR)
    ]
    assert wrong == []


def test_arabic_punctuation_is_arabic() -> None:
    """ "،" "؟" "؛" in Arabic text: a Latin comma or question mark reads wrong (and mirrors
    oddly) in a right-to-left line."""
    own = i18n.own_catalogue("ar")
    texts = [t for _, t in own.items()] + [f for _, forms in own.plural_items() for f in forms]
    assert [t for t in texts if set(t) & set(",?;")] == []
