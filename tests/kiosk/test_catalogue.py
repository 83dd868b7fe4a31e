"""kiosk/catalogue.py: the shipped catalogue is complete and translated; broken ones are
reported as one ConfigError naming the file and the entry."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from kiosk import catalogue
from kiosk.catalogue import Catalogue, load
from kiosk.config import ASSETS, ConfigError

SHIPPED = ASSETS / "catalogue.toml"
LANGS = ["de", "en", "tr", "uk", "ar", "ru", "pl", "ls"]
COMPLETE_LANGS = [lang for lang in LANGS if lang != "ls"]  # ls may fall back to German

# Texts that may read the same in German and another language (proper names, numbers).
# Empty today; add an entry only with a reason.
SAME_AS_GERMAN_ALLOWED: frozenset[str] = frozenset()


# --- helpers --------------------------------------------------------------------------------


def texts(prefix: str, values: dict[str, str]) -> str:
    return "".join(f'{prefix}.{lang} = "{text}"\n' for lang, text in values.items())


def group(gid: str = "A", prefix: str | None = None, langs: list[str] | None = None) -> str:
    names = {lang: f"Gruppe {gid} ({lang})" for lang in (langs or LANGS)}
    prefix = gid if prefix is None else prefix
    return f'[[group]]\nid = "{gid}"\nprefix = "{prefix}"\nicon = "x"\n' + texts("name", names)


def concern(
    cid: str = "ausweis",
    gid: str = "A",
    name_langs: list[str] | None = None,
    hint_langs: list[str] | None = None,
    extra: str = "",
) -> str:
    return (
        f'[[concern]]\nid = "{cid}"\ngroup = "{gid}"\nicon = "y"\n{extra}'
        + texts("name", {lang: f"Anliegen {cid} ({lang})" for lang in (name_langs or LANGS)})
        + texts("hint", {lang: f"Hinweis {cid} ({lang})" for lang in (hint_langs or LANGS)})
    )


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalogue.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str, languages: list[str] = LANGS) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load(path, languages)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message, message
    assert message.startswith(f"{path}: "), message
    return message


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load(SHIPPED, LANGS)


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return tomllib.loads(SHIPPED.read_text(encoding="utf-8"))


# --- the shipped catalogue ------------------------------------------------------------------


def test_shipped_catalogue_size(shipped: Catalogue) -> None:
    assert len(shipped.concerns) >= 8
    assert len(shipped.groups) >= 3
    used = {c.group_id for c in shipped.concerns}
    assert len(used) >= 3
    assert used == {g.id for g in shipped.groups}, "a group without concerns"


def test_shipped_ids_and_prefixes_are_unique(shipped: Catalogue) -> None:
    assert len({c.id for c in shipped.concerns}) == len(shipped.concerns)
    assert len({g.id for g in shipped.groups}) == len(shipped.groups)
    assert len({g.prefix for g in shipped.groups}) == len(shipped.groups)


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_exists_in_every_language(shipped: Catalogue, lang: str) -> None:
    for g in shipped.groups:
        assert g.names.get(lang, "").strip(), (g.id, lang)
        assert g.name(lang) == g.names[lang]
    for c in shipped.concerns:
        assert c.names.get(lang, "").strip(), (c.id, "name", lang)
        assert c.hints.get(lang, "").strip(), (c.id, "hint", lang)
        assert c.name(lang) == c.names[lang] and c.hint(lang) == c.hints[lang]


def test_shipped_file_has_no_languages_beyond_the_kiosks(raw: dict[str, Any]) -> None:
    for entry in [*raw["group"], *raw["concern"]]:
        for key in ("name", "hint"):
            if key in entry:
                assert set(entry[key]) == set(LANGS), (entry["id"], key)


@pytest.mark.parametrize("lang", [lang for lang in COMPLETE_LANGS if lang != "de"])
def test_translations_differ_from_german(shipped: Catalogue, lang: str) -> None:
    same = [
        (entry_id, german)
        for entry_id, texts_by_lang in [
            *((g.id, g.names) for g in shipped.groups),
            *((c.id, c.names) for c in shipped.concerns),
            *((c.id, c.hints) for c in shipped.concerns),
        ]
        if (german := texts_by_lang["de"]) == texts_by_lang[lang]
        and german not in SAME_AS_GERMAN_ALLOWED
    ]
    assert same == [], f"untranslated ({lang}): {same}"


def test_shipped_lookup_helpers(shipped: Catalogue) -> None:
    first = shipped.concerns[0]
    assert shipped.concern(first.id) is first
    assert shipped.group(first.group_id).id == first.group_id
    assert first in shipped.concerns_of(first.group_id)
    with pytest.raises(KeyError):
        shipped.concern("no-such-concern")
    with pytest.raises(KeyError):
        shipped.group("ZZ")


# --- small valid catalogues -----------------------------------------------------------------


def test_minimal_catalogue_loads(tmp_path: Path) -> None:
    cat = load(
        write(
            tmp_path,
            group("A")
            + group("B", "BX")
            + concern("c1", "B", extra='form = "f1"\n')
            + concern("c2", "A"),
        ),
        LANGS,
    )
    assert [g.id for g in cat.groups] == ["A", "B"]
    assert cat.group("B").prefix == "BX"
    assert [c.id for c in cat.concerns_of("B")] == ["c1"]
    assert cat.concern("c1").form == "f1" and cat.concern("c2").form is None
    assert cat.concern("c2").name("tr") == "Anliegen c2 (tr)"


def test_only_the_configured_languages_are_required(tmp_path: Path) -> None:
    cat = load(
        write(
            tmp_path,
            group("A", langs=["de"]) + concern("c1", name_langs=["de", "en"], hint_langs=["de"]),
        ),
        ["de"],
    )
    c = cat.concern("c1")
    assert c.name("en") == "Anliegen c1 (en)"
    assert c.name("ar") == "Anliegen c1 (de)"  # falls back to German
    assert c.hint("uk") == "Hinweis c1 (de)"


def test_leichte_sprache_may_leave_texts_to_german(tmp_path: Path) -> None:
    cat = load(
        write(
            tmp_path,
            group("A", langs=COMPLETE_LANGS)
            + concern("c1", name_langs=COMPLETE_LANGS, hint_langs=LANGS),
        ),
        LANGS,
    )
    assert cat.group("A").name("ls") == "Gruppe A (de)"
    assert cat.concern("c1").name("ls") == "Anliegen c1 (de)"
    assert cat.concern("c1").hint("ls") == "Hinweis c1 (ls)"


def test_shipped_leichte_sprache_is_its_own(shipped: Catalogue) -> None:
    for c in shipped.concerns:
        assert c.name("ls") == c.names["ls"] != c.names["de"], c.id
        assert c.hint("ls") == c.hints["ls"] != c.hints["de"], c.id


# --- broken catalogues: one line, file and entry ---------------------------------------------


def test_missing_name_in_a_language(tmp_path: Path) -> None:
    msg = load_error(
        tmp_path, group() + concern("c1") + concern("c2", name_langs=["de", "en", "uk", "ar"])
    )
    assert "concern[1].name.tr: missing text" in msg


def test_missing_hint_in_a_language(tmp_path: Path) -> None:
    msg = load_error(tmp_path, group() + concern("c1", hint_langs=["de", "en", "tr", "uk"]))
    assert "concern[0].hint.ar: missing text" in msg


def test_missing_group_name_in_a_language(tmp_path: Path) -> None:
    msg = load_error(tmp_path, group("A") + group("B", langs=["de", "en", "tr", "ar"]) + concern())
    assert "group[1].name.uk: missing text" in msg


def test_russian_and_polish_must_be_complete(tmp_path: Path) -> None:
    langs = [lang for lang in LANGS if lang != "ru"]
    msg = load_error(tmp_path, group() + concern("c1", name_langs=langs))
    assert "concern[0].name.ru: missing text" in msg
    langs = [lang for lang in LANGS if lang != "pl"]
    msg = load_error(tmp_path, group() + concern("c1", hint_langs=langs))
    assert "concern[0].hint.pl: missing text" in msg


def test_a_blank_leichte_sprache_text_is_an_error(tmp_path: Path) -> None:
    text = group() + concern().replace('name.ls = "Anliegen ausweis (ls)"', 'name.ls = " "')
    assert "concern[0].name.ls: missing text" in load_error(tmp_path, text)


def test_blank_or_non_string_text(tmp_path: Path) -> None:
    text = group() + concern().replace('name.en = "Anliegen ausweis (en)"', 'name.en = "  "')
    assert "concern[0].name.en: missing text" in load_error(tmp_path, text)
    text = group() + concern().replace('hint.de = "Hinweis ausweis (de)"', "hint.de = 5")
    assert "concern[0].hint.de: missing text" in load_error(tmp_path, text)


def test_texts_not_a_table(tmp_path: Path) -> None:
    text = group() + '[[concern]]\nid = "c"\ngroup = "A"\nname = "Ausweis"\n'
    assert "concern[0].name: missing" in load_error(tmp_path, text)


def test_unknown_group(tmp_path: Path) -> None:
    msg = load_error(tmp_path, group("A") + concern("c1", "A") + concern("c2", "Z"))
    assert "concern[1].group: 'Z' is not a group" in msg


def test_concern_without_group(tmp_path: Path) -> None:
    text = group() + concern().replace('group = "A"\n', "")
    assert "concern[0].group: None is not a group" in load_error(tmp_path, text)


def test_duplicate_concern_id(tmp_path: Path) -> None:
    msg = load_error(tmp_path, group() + concern("pass") + concern("meldung") + concern("pass"))
    assert "concern[2].id: 'pass' used twice" in msg


def test_duplicate_group_id_or_prefix(tmp_path: Path) -> None:
    msg = load_error(tmp_path, group("A") + group("A", "B") + concern())
    assert "group[1]: id or prefix used twice" in msg
    msg = load_error(tmp_path, group("A") + group("B", "A") + concern())
    assert "group[1]: id or prefix used twice" in msg


@pytest.mark.parametrize("prefix", ["a", "ABC", "1", "", "Ä", "A-"])
def test_bad_prefix(tmp_path: Path, prefix: str) -> None:
    msg = load_error(tmp_path, group("A", prefix) + concern())
    assert "group[0].prefix: one or two capital letters expected" in msg


def test_missing_prefix(tmp_path: Path) -> None:
    text = group().replace('prefix = "A"\n', "") + concern()
    assert "group[0].prefix:" in load_error(tmp_path, text)


@pytest.mark.parametrize("cid", ["Ausweis-Neu", "", "x" * 41, "mit leerzeichen"])
def test_bad_concern_id(tmp_path: Path, cid: str) -> None:
    msg = load_error(tmp_path, group() + concern(cid))
    assert "concern[0].id: missing or not a valid id" in msg


def test_bad_group_id(tmp_path: Path) -> None:
    assert "group[0].id: missing or not a valid id" in load_error(
        tmp_path, group("A-1", "A") + concern(gid="A-1")
    )


def test_no_concerns(tmp_path: Path) -> None:
    assert load_error(tmp_path, group("A") + group("B")).endswith(": no concerns defined")
    assert load_error(tmp_path, "# empty\n").endswith(": no concerns defined")


def test_invalid_toml(tmp_path: Path) -> None:
    msg = load_error(tmp_path, group() + "[[concern]\nid = 1\n")
    assert "not valid TOML" in msg and "line" in msg


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=re.escape(f"{path}: catalogue not found")):
        load(path, LANGS)


def test_parse_names_the_source(tmp_path: Path) -> None:
    data = tomllib.loads(group() + concern("c1", "B"))
    with pytest.raises(ConfigError, match=r"^site\.toml: concern\[0\]\.group: 'B'"):
        catalogue.parse(data, "site.toml", LANGS)


@pytest.mark.parametrize(
    "content",
    [
        'name = "Bürgerbüro"\n'.encode("latin-1"),
        b'group = "A"\n',
        b"concern = [1, 2]\n",
        (group() + concern().replace('group = "A"', 'group = ["A"]')).encode(),
        b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n",
    ],
    ids=["not-utf8", "group-not-a-table", "concern-not-a-table", "group-is-a-list", "deep-nesting"],
)
def test_other_broken_catalogues_are_config_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "catalogue.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigError):
        load(path, LANGS)
