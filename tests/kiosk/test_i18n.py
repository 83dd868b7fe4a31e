"""Translations: every UI and ticket string is translated in every .ts file, placeholders
survive, nothing stale is left behind, and each file is in its own script."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from kiosk import i18n, printout

REPO = Path(__file__).resolve().parents[2]
QML_DIR = REPO / "ui" / "qml"
PRINTOUT = REPO / "kiosk" / "printout.py"
TS_LANGS = ["de", "tr", "uk", "ar"]

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
    return {(context, js_unescape(m.group(1) if m.group(1) is not None else m.group(2)))
            for m in _QSTR.finditer(text)}


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
    """Source strings printout.py translates: ``<x>.translate(TICKET_CONTEXT, NAME)`` and
    calls of local helpers ``def t(source): return <x>.translate(TICKET_CONTEXT, source)``,
    with NAME resolved to the module's string constants."""
    tree = ast.parse(PRINTOUT.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert constants.get("TICKET_CONTEXT") == "Ticket"

    def is_ticket_translate(call: ast.Call) -> bool:
        return (isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate" and len(call.args) == 2
                and isinstance(call.args[0], ast.Name) and call.args[0].id == "TICKET_CONTEXT")

    def translates_its_argument(fn: ast.FunctionDef) -> bool:
        if len(fn.args.args) != 1:
            return False
        param = fn.args.args[0].arg
        return any(is_ticket_translate(n) and isinstance(n.args[1], ast.Name)
                   and n.args[1].id == param
                   for n in ast.walk(fn) if isinstance(n, ast.Call))

    helpers = {fn.name for fn in ast.walk(tree)
               if isinstance(fn, ast.FunctionDef) and translates_its_argument(fn)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if is_ticket_translate(node):
            arg = node.args[1]
        elif isinstance(node.func, ast.Name) and node.func.id in helpers and len(node.args) == 1:
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
            out.append(((name, msg.findtext("source") or ""),
                        "" if tr is None else (tr.text or ""),
                        None if tr is None else tr.get("type")))
    return tuple(out)


def translations(lang: str) -> dict[Key, str]:
    """Finished translations as the app reads them (kiosk.i18n)."""
    return dict(i18n.catalogue(lang).items())


# --- the extractors find what they should ----------------------------------------------------


def test_qml_extractor_handles_quotes_and_escapes() -> None:
    text = r'''text: qsTr("Say \"hi\"") + qsTr('it\'s') + qsTr( "a\\b" ) + qsTr("\u00e9 %1")'''
    assert qml_strings(text, "V") == {("V", 'Say "hi"'), ("V", "it's"), ("V", "a\\b"),
                                      ("V", "é %1")}


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
    assert ("TicketView", "Expected wait: %1–%2 minutes") in keys
    assert {ctx for ctx, _ in keys} >= {"HelpSheet", "TicketView", "WelcomeView", "TopBar"}


def test_ticket_strings_found() -> None:
    assert ticket_sources() == set(printout.SOURCE_STRINGS)
    assert "Waiting number" in ticket_sources()


# --- completeness, placeholders, staleness ---------------------------------------------------


@pytest.mark.parametrize("lang", TS_LANGS)
def test_ts_file_declares_its_language(lang: str) -> None:
    root = ET.parse(i18n.ts_path(lang)).getroot()
    assert root.get("language") == lang
    assert root.get("sourcelanguage") == i18n.SOURCE_LANGUAGE


@pytest.mark.parametrize("lang", TS_LANGS)
def test_every_ui_string_is_translated(lang: str) -> None:
    cat = i18n.catalogue(lang)
    missing = sorted(key for key in ui_keys() if not cat.translate(*key).strip()
                     or not cat.has(*key))
    assert missing == [], f"kiosk_{lang}.ts lacks: {missing}"


@pytest.mark.parametrize("lang", TS_LANGS)
def test_every_ticket_string_is_translated(lang: str) -> None:
    cat = i18n.catalogue(lang)
    missing = sorted(s for ctx, s in ticket_keys() if not cat.has(ctx, s)
                     or not cat.translate(ctx, s).strip())
    assert missing == [], f"kiosk_{lang}.ts lacks Ticket strings: {missing}"


@pytest.mark.parametrize("lang", TS_LANGS)
def test_placeholders_are_kept(lang: str) -> None:
    wrong = [
        (key, text)
        for key, text in translations(lang).items()
        if set(_PLACEHOLDER.findall(text)) != set(_PLACEHOLDER.findall(key[1]))
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", TS_LANGS)
def test_no_stale_entries(lang: str) -> None:
    used = ui_keys() | ticket_keys()
    stale = sorted(key for key, _, _ in ts_messages(lang) if key not in used)
    assert stale == [], f"kiosk_{lang}.ts has entries no source uses: {stale}"


@pytest.mark.parametrize("lang", TS_LANGS)
def test_no_unfinished_or_duplicate_entries(lang: str) -> None:
    messages = ts_messages(lang)
    assert [key for key, _, kind in messages if kind is not None] == []
    keys = [key for key, _, _ in messages]
    assert len(keys) == len(set(keys))


# --- each language in its own script ---------------------------------------------------------


def _has(text: str, lo: int, hi: int) -> bool:
    return any(lo <= ord(ch) <= hi for ch in text)


def test_arabic_translations_are_arabic() -> None:
    not_arabic = [k for k, text in translations("ar").items()
                  if not (_has(text, 0x0600, 0x06FF) or _has(text, 0xFB50, 0xFEFF))]
    assert not_arabic == []


def test_ukrainian_translations_are_cyrillic() -> None:
    latin_only = [k for k, text in translations("uk").items() if not _has(text, 0x0400, 0x04FF)]
    assert latin_only == []
    # Ukrainian, not Russian: no ы, э, ъ, ё anywhere.
    assert [k for k, text in translations("uk").items() if set(text) & set("ыэъёЫЭЪЁ")] == []


@pytest.mark.parametrize("lang", ["de", "tr"])
def test_longer_strings_are_not_left_in_english(lang: str) -> None:
    same = [key for key, text in translations(lang).items()
            if len(key[1]) > 12 and text.strip() == key[1].strip()]
    assert same == []


def test_source_language_needs_no_file() -> None:
    cat = i18n.catalogue(i18n.SOURCE_LANGUAGE)
    assert len(cat) == 0
    assert cat.translate("Ticket", "Waiting number") == "Waiting number"
    assert set(i18n.LANGUAGES) == {i18n.SOURCE_LANGUAGE, *TS_LANGS}
