"""Broken definitions are refused at load time with one line naming the file and the path
inside it, the way a broken config is (FormDefinitionError is a ConfigError)."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from kiosk.config import ConfigError
from kiosk.forms import FORMS_DIR, FormDefinitionError, load_form, load_forms
from kiosk.forms.patterns import compile_pattern, translate

T = "{de: D, en: E, tr: T, uk: U, ar: A, ru: R, pl: P}"  # ls may be left out


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    """A forms folder with the shipped messages and code lists and no forms."""
    shutil.copy(FORMS_DIR / "messages.yaml", tmp_path / "messages.yaml")
    shutil.copytree(FORMS_DIR / "codelists", tmp_path / "codelists")
    return tmp_path


def definition(fields: str, rules: str = "", extra: str = "", form_id: str = "probe") -> str:
    body = textwrap.indent(textwrap.dedent(fields).strip("\n"), " " * 10)
    return (
        f"id: {form_id}\nversion: 1\ntitle: {T}\npaper: {{fields: []}}\n{extra}"
        f"pages:\n  - id: p1\n    title: {T}\n    sections:\n      - fields:\n"
        f"{body}\n{textwrap.dedent(rules)}"
    )


def broken(forms: Path, text: str, name: str = "probe") -> FormDefinitionError:
    (forms / f"{name}.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(FormDefinitionError) as err:
        load_form(name, forms)
    assert isinstance(err.value, ConfigError)
    assert "\n" not in str(err.value)
    return err.value


GOOD = f"""
- id: name
  kind: text
  label: {T}
- id: married
  kind: yesno
  label: {T}
"""


def test_a_minimal_definition_loads(forms: Path) -> None:
    (forms / "probe.yaml").write_text(definition(GOOD), encoding="utf-8")
    assert load_form("probe", forms).fields["married"].kind == "yesno"
    assert list(load_forms(forms)) == ["probe"]


def test_missing_translation_names_file_and_path(forms: Path) -> None:
    text = definition(GOOD).replace(
        f"label: {T}\n- id: married", "label: {de: D, en: E, uk: U, ar: A}\n- id: married"
    )
    text = text.replace(
        f"label: {T}\n          - id: married",
        "label: {de: D, en: E, uk: U, ar: A}\n          - id: married",
    )
    err = broken(forms, text)
    assert str(err).endswith("probe.yaml: pages[0].sections[0].fields[0].label.tr: missing")
    assert err.path == "pages[0].sections[0].fields[0].label.tr"


@pytest.mark.parametrize("lang", ["ru", "pl"])
def test_russian_and_polish_are_required(forms: Path, lang: str) -> None:
    partial = T.replace(f", {lang}: {lang[0].upper()}", "")
    err = broken(forms, definition(GOOD.replace(f"label: {T}", f"label: {partial}", 1)))
    assert err.path == f"pages[0].sections[0].fields[0].label.{lang}"
    assert err.problem == "missing"


def test_leichte_sprache_may_be_left_to_german(forms: Path) -> None:
    with_ls = T.replace("}", ", ls: L}")
    text = definition(GOOD.replace(f"label: {T}", f"label: {with_ls}", 1))
    (forms / "probe.yaml").write_text(text, encoding="utf-8")
    form = load_form("probe", forms)
    assert form.fields["name"].label("ls") == "L"
    assert form.fields["married"].label("ls") == "D"  # no ls text: the German one
    assert form.title("ls") == "D"


def test_leichte_sprache_texts_are_checked_when_given(forms: Path) -> None:
    text = definition(
        GOOD.replace(
            f"label: {T}", "label: {de: D, en: E, tr: T, uk: U, ar: A, ru: R, pl: P, ls: ' '}", 1
        )
    )
    assert broken(forms, text).path == "pages[0].sections[0].fields[0].label.ls"
    text = definition(f"""
- id: a
  kind: text
  label: {T}
  messages:
    max_length: {{de: '{{max}}', en: '{{max}}', tr: '{{max}}', uk: '{{max}}', ar: '{{max}}',
                 ru: '{{max}}', pl: '{{max}}', ls: 'zu lang'}}
""")
    err = broken(forms, text)
    assert err.path == "pages[0].sections[0].fields[0].messages.max_length.ls"
    assert "uses placeholders []" in err.problem


def test_a_repository_file_is_named_relative_to_the_repository() -> None:
    with pytest.raises(FormDefinitionError) as err:
        load_form("no_such_form")
    assert str(err.value) == "assets/forms/no_such_form.yaml: form definition not found"


@pytest.mark.parametrize(
    ("fields", "path", "problem"),
    [
        (
            f"- {{id: a, kind: text, lable: {T}}}",
            "pages[0].sections[0].fields[0].lable",
            "unknown key (did you mean 'label'?)",
        ),
        (
            f"- {{id: a, kind: txt, label: {T}}}",
            "pages[0].sections[0].fields[0].kind",
            "expected one of text, number",
        ),
        (
            f"- {{id: a, kind: choice, codelist: farben, label: {T}}}",
            "pages[0].sections[0].fields[0].codelist",
            "unknown code list 'farben'",
        ),
        (
            f"- {{id: a, kind: text, pattern: '[a-', label: {T}}}",
            "pages[0].sections[0].fields[0].pattern",
            "not a valid pattern",
        ),
        (
            f"- {{id: a, kind: text, pattern: '\\p{{Greek}}+', label: {T}}}",
            "pages[0].sections[0].fields[0].pattern",
            "unknown class",
        ),
        (
            f"- {{id: a, kind: text, label: {T}, visible_if: {{field: b, equals: x}}}}",
            "pages[0].sections[0].fields[0].visible_if.field",
            "unknown field 'b'",
        ),
        (
            f"- {{id: a, kind: yesno, label: {T}}}\n"
            f"- {{id: b, kind: text, label: {T}, required_if: {{any: [{{field: a, equals: 1}}]}}}}",
            "pages[0].sections[0].fields[1].required_if.any[0].equals",
            "expected true or false",
        ),
        (
            f"- {{id: a, kind: choice, options: [{{code: x, label: {T}}}], label: {T}}}\n"
            f"- {{id: b, kind: text, label: {T}, visible_if: {{field: a, equals: y}}}}",
            "pages[0].sections[0].fields[1].visible_if.equals",
            "'y' is not an option of 'a'",
        ),
        (
            f"- {{id: a, kind: text, label: {T}, visible_if: {{field: b, filled: true}}}}\n"
            f"- {{id: b, kind: text, label: {T}, visible_if: {{field: a, filled: true}}}}",
            "pages[0].sections[0].fields[0].visible_if",
            "depends on itself (a -> b -> a)",
        ),
        (
            f"- {{id: a, kind: text, label: {T}}}\n- {{id: a, kind: text, label: {T}}}",
            "pages[0].sections[0].fields[1].id",
            "'a' is already used",
        ),
        (
            f"- {{id: a, kind: choice, options: [{{code: 000, label: {T}}}], label: {T}}}",
            "pages[0].sections[0].fields[0].options[0].code",
            "quote it",
        ),
        (
            f"- {{id: a, kind: number, min: 5, max: 1, label: {T}}}",
            "pages[0].sections[0].fields[0].min",
            "is above max",
        ),
        (
            f"- {{id: a, kind: number, max: 5, default: 9, label: {T}}}",
            "pages[0].sections[0].fields[0].default",
            "not a valid answer",
        ),
        (
            f"- {{id: a, kind: date, max: tomorrow, label: {T}}}",
            "pages[0].sections[0].fields[0].max",
            "is not 'today'",
        ),
        (
            f"- id: a\n  kind: text\n  label: {T}\n  messages:\n    pattern:\n"
            "      {de: 'mind. {min}', en: '{min}', tr: '{min}', uk: '{min}', ar: '{min}'}",
            "pages[0].sections[0].fields[0].messages.pattern.de",
            "unknown placeholder {min}",
        ),
        (
            f"- id: a\n  kind: text\n  label: {T}\n  messages:\n    max_length:\n"
            "      {de: 'max {max}', en: 'max', tr: '{max}', uk: '{max}', ar: '{max}'}",
            "pages[0].sections[0].fields[0].messages.max_length.en",
            "uses placeholders []",
        ),
        (
            "- {id: a, kind: text, label: {de: D, en: No, tr: T, uk: 5, ar: A}}",
            "pages[0].sections[0].fields[0].label.uk",
            "expected text, got integer 5",
        ),
        (
            f"- id: g\n  kind: group\n  label: {T}\n  fields:\n"
            f"    - {{id: inner, kind: group, label: {T}, fields: []}}",
            "pages[0].sections[0].fields[0].fields[0].kind",
            "groups cannot be nested",
        ),
    ],
)
def test_broken_definitions_name_the_path(
    forms: Path, fields: str, path: str, problem: str
) -> None:
    err = broken(forms, definition(fields))
    assert err.file.endswith("probe.yaml")
    assert err.path == path, str(err)
    assert problem in err.problem, str(err)


GROUP = f"""
- {{id: status, kind: yesno, label: {T}}}
- id: persons
  kind: group
  label: {T}
  fields:
    - {{id: married, kind: yesno, label: {T}}}
    - {{id: spouse, kind: text, label: {T}, visible_if: {{field: married, equals: true}}}}
"""


def test_conditions_stay_inside_their_scope(forms: Path) -> None:
    (forms / "probe.yaml").write_text(definition(GROUP), encoding="utf-8")
    assert load_form("probe", forms).fields["persons"].children["spouse"].visible_if
    err = broken(forms, definition(GROUP.replace("field: married", "field: status")))
    assert err.path == "pages[0].sections[0].fields[1].fields[1].visible_if.field"
    assert "belongs to the form's top level" in err.problem
    outside = (
        GROUP + f"- {{id: x, kind: text, label: {T}, "
        "visible_if: {field: married, equals: true}}\n"
    )
    err = broken(forms, definition(outside))
    assert err.path == "pages[0].sections[0].fields[2].visible_if.field"
    assert "belongs to group 'persons'" in err.problem


@pytest.mark.parametrize(
    ("extra", "rules", "path", "problem"),
    [
        ("prefill: {surname: nobody}\n", "", "prefill.surname", "'nobody' is not a field path"),
        ("prefill: {shoe_size: name}\n", "", "prefill.shoe_size", "unknown key"),
        ("prefill: {surname: married}\n", "", "prefill.surname", "a yesno field cannot"),
        (
            "",
            f"rules:\n  - {{id: r, target: nope, when: {{field: name, filled: false}}, "
            f"message: {T}}}\n",
            "rules[0].target",
            "unknown field 'nope'",
        ),
        (
            "",
            f"rules:\n  - {{id: r, target: name, level: fatal, when: {{field: name, filled: "
            f"false}}, message: {T}}}\n",
            "rules[0].level",
            "expected 'error' or 'warning'",
        ),
        (
            "",
            f"rules:\n  - {{id: r, target: name, when: {{field: name, before: today}}, "
            f"message: {T}}}\n",
            "rules[0].when.before",
            "needs a date field",
        ),
    ],
)
def test_broken_form_parts_name_the_path(
    forms: Path, extra: str, rules: str, path: str, problem: str
) -> None:
    err = broken(forms, definition(GOOD, rules=rules, extra=extra))
    assert err.path == path, str(err)
    assert problem in err.problem, str(err)


def test_paper_must_be_declared_and_name_fields(forms: Path) -> None:
    text = definition(GOOD).replace("paper: {fields: []}\n", "")
    assert broken(forms, text).path == "paper"
    text = definition(GOOD).replace("paper: {fields: []}", "paper: {fields: [nope]}")
    assert broken(forms, text).path == "paper.fields[0]"


def test_the_id_must_match_the_file_name(forms: Path) -> None:
    err = broken(forms, definition(GOOD, form_id="other"))
    assert (err.path, err.problem) == ("id", "'other' does not match the file name 'probe'")


def test_yaml_pitfalls_are_caught(forms: Path) -> None:
    # a key given twice would silently win in plain PyYAML
    text = definition(GOOD).replace("version: 1\n", "version: 1\nversion: 2\n")
    err = broken(forms, text)
    assert "key 'version' is given twice" in err.problem
    # "No" is text here, not a boolean (YAML 1.1 would make it False)
    (forms / "probe.yaml").write_text(
        definition(GOOD).replace(
            f"label: {T}",
            "label: {de: Nein, en: No, tr: Hayır, uk: Ні, ar: لا, ru: Нет, pl: Nie}",
            1,
        ),
        encoding="utf-8",
    )
    assert load_form("probe", forms).fields["name"].label("en") == "No"  # type: ignore[misc]
    err = broken(forms, "pages: [unclosed\n")
    assert err.problem.startswith("not valid YAML (line")


def test_broken_shared_files_are_named(forms: Path) -> None:
    (forms / "probe.yaml").write_text(definition(GOOD), encoding="utf-8")
    messages = (forms / "messages.yaml").read_text(encoding="utf-8")
    (forms / "messages.yaml").write_text(
        messages.replace("  yesno:\n", "  yes_no:\n"), encoding="utf-8"
    )
    err = broken(forms, definition(GOOD))
    assert err.file.endswith("messages.yaml") and err.path == "messages.yes_no"
    (forms / "messages.yaml").write_text(messages, encoding="utf-8")
    staaten = forms / "codelists" / "staat.yaml"
    staaten.write_text(
        staaten.read_text(encoding="utf-8").replace('code: "163"', 'code: "000"'), encoding="utf-8"
    )
    err = broken(forms, definition(GOOD))
    assert err.file.endswith("staat.yaml")
    assert "'000' is used twice" in err.problem


def test_pattern_translation() -> None:
    rx = compile_pattern(r"[\p{L}\p{M}][\p{L}\p{M} '\-]*")
    for ok in ("Müller-Lüdenscheidt", "Ğülşen", "Олена", "محمد", "O'Brien", "Nguyễn"):
        assert rx.fullmatch(ok), ok
    for bad in ("1abc", " Anna", "Anna1", "a_b"):
        assert not rx.fullmatch(bad), bad
    assert compile_pattern(r"\P{L}+").fullmatch("123 ")
    assert translate(r"\\p{L}") == r"\\p{L}"  # an escaped backslash stays as it is
    assert "\\p" not in translate(r"[\p{Lu}]x\p{Nd}")


# --- the keys of issue 17: fim, law, fees, counter_copy, offered, lands ----------------------


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("fim", "'F6000'", "expected a FIM id"),
        ("fim", "'X60000000227'", "expected a FIM id"),
        ("fim", "60000000227", "expected a FIM id"),
        ("law", "[BMG]", "expected text"),
    ],
)
def test_bad_fim_or_law_is_named(forms: Path, key: str, value: str, problem: str) -> None:
    err = broken(
        forms, definition(GOOD.replace("  kind: text\n", f"  kind: text\n  {key}: {value}\n", 1))
    )
    assert err.path == f"pages[0].sections[0].fields[0].{key}" and problem in err.problem


def test_a_fim_id_and_a_law_are_kept(forms: Path) -> None:
    text = definition(
        GOOD.replace("  kind: text\n", "  kind: text\n  fim: F60000000227\n  law: '§ 3 BMG'\n", 1)
    )
    (forms / "probe.yaml").write_text(text, encoding="utf-8")
    f = load_form("probe", forms).fields["name"]
    assert (f.fim, f.law) == ("F60000000227", "§ 3 BMG")


def test_an_info_text_may_use_only_the_forms_fee_placeholders(forms: Path) -> None:
    fee_text = ", ".join(
        f"{lang}: 'Es kostet {{fee}}.'" for lang in ("de", "en", "tr", "uk", "ar", "ru", "pl")
    )
    info = f"- id: fee\n  kind: info\n  text: {{{fee_text}}}\n"
    err = broken(forms, definition(GOOD + info))
    assert err.path.endswith("fields[2].text.de") and "unknown placeholder {fee}" in err.problem
    text = definition(GOOD + info, extra="fees: {fee: fuehrungszeugnis}\n")
    (forms / "probe.yaml").write_text(text, encoding="utf-8")
    assert load_form("probe", forms).fields["fee"].text("de") == "Es kostet 13,00 EUR."  # type: ignore[misc]
    assert broken(forms, definition(GOOD, extra="fees: [fuehrungszeugnis]\n")).path == "fees"
    err = broken(forms, definition(GOOD, extra="fees: {fee: 'Gebühr!'}\n"))
    assert err.path == "fees.fee" and "fee id" in err.problem


def test_counter_copy_needs_title_and_note(forms: Path) -> None:
    err = broken(forms, definition(GOOD, extra=f"counter_copy: {{title: {T}}}\n"))
    assert err.path == "counter_copy.note" and err.problem == "missing"
    err = broken(
        forms, definition(GOOD, extra=f"counter_copy: {{title: {T}, note: {T}, sign: {T}}}\n")
    )
    assert err.path == "counter_copy.sign" and "unknown key" in err.problem


@pytest.mark.parametrize(
    ("entry", "path", "problem"),
    [
        ("offered: nein", "entries[0].offered", "true or false"),
        ("lands: BW", "entries[0].lands", "list of Länder"),
        ("lands: []", "entries[0].lands", "list of Länder"),
        ("lands: [BW, XX]", "entries[0].lands[1]", "expected one of BW"),
    ],
)
def test_bad_offered_or_lands_in_a_code_list_is_named(
    forms: Path, entry: str, path: str, problem: str
) -> None:
    religion = forms / "codelists" / "religion.yaml"
    religion.write_text(
        religion.read_text(encoding="utf-8").replace(
            "  - code: ev\n", f"  - code: ev\n    {entry}\n", 1
        ),
        encoding="utf-8",
    )
    err = broken(forms, definition(GOOD))
    assert err.file.endswith("religion.yaml") and err.path == path and problem in err.problem
