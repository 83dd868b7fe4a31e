"""Property tests over every shipped form, with strategies built from the definitions:

* any answers (wrong types, junk, huge values) never crash checking, review or submission;
* valid answers generated from the field definitions pass the engine and their submission
  satisfies the form's JSON Schema;
* an invalid answer gets a message at its own field, in the session's language.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kiosk.forms import FieldView, FormIncomplete, FormSession, form_ids, load_form
from kiosk.forms.checks import EMAIL, GERMAN_POSTCODE
from kiosk.forms.export import export_rows
from kiosk.forms.model import Field, Form
from kiosk.forms.schema import schema_errors
from kiosk.forms.texts import LANGS, Text
from kiosk.forms.values import clean

TODAY = date(2026, 3, 2)
FORMS = form_ids()
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(32))
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def new_session(form: Form, lang: str = "de") -> FormSession:
    return FormSession(form, lang, today=lambda: TODAY)


# --- valid answers, from the definitions ----------------------------------------------------


def _clean_text_ok(f: Field, s: str) -> bool:
    c = clean(f, s)
    return (
        c.problem is None
        and c.value == s
        and f.min_length <= len(s) <= f.max_length
        and (f.input != "email" or bool(EMAIL.fullmatch(s)))
    )


def text_values(f: Field) -> st.SearchStrategy[str]:
    if f.input == "email":
        base = st.from_regex(
            r"[a-z]{1,12}(\.[a-z]{1,8})?@[a-z]{2,12}\.(de|com|org)", fullmatch=True
        )
    elif f.pattern is not None:
        base = st.from_regex(f.pattern, fullmatch=True)
    else:
        chars = st.characters(categories=["L", "N", "P", "Zs"])
        if f.multiline:
            chars = chars | st.just("\n")
        base = st.text(chars, min_size=max(1, f.min_length), max_size=min(f.max_length, 60))
    return base.filter(lambda s: _clean_text_ok(f, s))


def number_values(f: Field) -> st.SearchStrategy[Any]:
    lo = f.minimum if f.minimum is not None else -1_000_000
    hi = f.maximum if f.maximum is not None else 1_000_000
    if f.integer:
        ints = st.integers(math.ceil(lo), math.floor(hi))
        return ints | ints.map(str)
    floats = st.floats(lo, hi, allow_nan=False, allow_infinity=False)
    german = floats.map(lambda v: f"{v:.2f}".replace(".", ",")).filter(
        lambda t: lo <= float(t.replace(",", ".")) <= hi
    )
    return floats | german


def date_values(f: Field) -> st.SearchStrategy[Any]:
    lo = f.date_min.resolve(TODAY) if f.date_min else date(1900, 1, 1)
    hi = f.date_max.resolve(TODAY) if f.date_max else date(2100, 12, 31)
    days = st.dates(lo, hi)
    return days | days.map(date.isoformat) | days.map(lambda d: d.strftime("%d.%m.%Y"))


def address_values(f: Field) -> st.SearchStrategy[dict[str, str]]:
    word = st.from_regex(r"[A-ZÄÖÜ][a-zäöüß]{2,20}", fullmatch=True)
    parts = {
        "street": word,
        "house_number": st.from_regex(r"[1-9][0-9]{0,2}[a-c]?", fullmatch=True),
        "postcode": st.from_regex(GERMAN_POSTCODE.pattern, fullmatch=True),
        "city": word,
    }
    german = st.fixed_dictionaries(parts)
    if "country" not in f.part_map:
        return german
    abroad = sorted(f.part_map["country"].codes - {"000"})
    foreign = st.fixed_dictionaries(
        {
            **parts,
            "postcode": st.from_regex(r"[0-9]{4}|[A-Z]{2}-[0-9]{3}", fullmatch=True),
            "country": st.sampled_from(abroad),
        }
    )
    return german | foreign


def values(f: Field) -> st.SearchStrategy[Any]:
    kind = f.kind
    if kind == "text":
        return text_values(f)
    if kind == "number":
        return number_values(f)
    if kind == "date":
        return date_values(f)
    if kind == "choice":
        return st.sampled_from(sorted(f.codes))
    if kind == "multichoice":
        top = min(f.max_items or 4, len(f.codes))
        return st.lists(
            st.sampled_from(sorted(f.codes)),
            min_size=max(1, f.min_items),
            max_size=top,
            unique=True,
        )
    if kind == "yesno":
        return st.just(True) if f.require_yes else st.booleans()
    if kind == "address":
        return address_values(f)
    if kind == "signature":
        return st.sampled_from([PNG, "M 10 10 L 90 40 L 120 10"])
    raise AssertionError(kind)


def answer(f: Field) -> st.SearchStrategy[Any]:
    """A valid value, or nothing for fields that are never required."""
    v = values(f)
    must = f.required or f.require_yes or f.required_if is not None
    return v if must else st.none() | v


def item(group: Field) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({c.id: answer(c) for c in group.fields if c.kind != "info"})


@cache
def form_answers(form_id: str) -> st.SearchStrategy[dict[str, Any]]:
    form = load_form(form_id)
    strategies: dict[str, st.SearchStrategy[Any]] = {}
    for f in form.fields.values():
        if f.kind == "group":
            top = min(f.max_items or 3, 3)
            strategies[f.id] = st.lists(item(f), min_size=max(1, f.min_items), max_size=top)
        elif f.kind != "info":
            strategies[f.id] = answer(f)
    return st.fixed_dictionaries(strategies)


def apply(session: FormSession, answers: dict[str, Any]) -> None:
    for fid, value in answers.items():
        f = session.form.fields[fid]
        if f.kind != "group":
            session.set(fid, value)
            continue
        while session.item_count(fid) < len(value):
            session.add_group_item(fid)
        while session.item_count(fid) > len(value):
            session.remove_group_item(fid, session.item_count(fid) - 1)
        for i, row in enumerate(value):
            for cid, v in row.items():
                session.set(f"{fid}[{i}].{cid}", v)


@pytest.mark.parametrize("form_id", FORMS)
def test_generated_valid_answers_satisfy_the_json_schema(form_id: str) -> None:
    form = load_form(form_id)

    @SETTINGS
    @given(answers=form_answers(form_id), lang=st.sampled_from(LANGS))
    def check(answers: dict[str, Any], lang: str) -> None:
        s = new_session(form, lang)
        apply(s, answers)
        problems = [p for i in s.visible_pages() for p in s.problems(i) if p.level == "error"]
        own = [(p.path, p.kind) for p in problems if p.rule is None]
        assert not own, own  # a value from the definition is valid for its field
        assume(not problems)  # cross-field rules may still object (dates out of order)
        sub = s.submission()
        assert schema_errors(form, sub.data) == []
        rows = export_rows(form, sub.data)  # the FIM export covers every submitted answer
        assert len({r.path for r in rows}) == len(rows) == _leaves(form, sub.data)
        assert [(r.path, r.fim, r.value) for r in rows] == [
            (f["path"], f["fim"], f["value"]) for f in sub.payload()["fields"]
        ]

    check()


def test_generated_anmeldungen_print_a_meldeschein_with_every_person() -> None:
    from kiosk.printing.meldeschein import render_counter_copy

    form = load_form("anmeldung")

    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
    @given(answers=form_answers("anmeldung"))
    def check(answers: dict[str, Any]) -> None:
        s = new_session(form, "de")
        apply(s, answers)
        assume(not [p for i in s.visible_pages() for p in s.problems(i) if p.level == "error"])
        sub = s.submission()
        pdf = render_counter_copy(form, sub, reference="AN-TEST", location="")
        assert pdf.startswith(b"%PDF") and sub.counter_copy
        assert len(sub.data["persons"]) >= 1

    check()


def _leaves(form: Form, data: dict[str, Any]) -> int:
    """Answers in ``data``: an address counts its parts, a group its items' answers."""

    def count(f: Field, value: Any) -> int:
        return len(value) if f.kind == "address" else 1

    total = 0
    for fid, value in data.items():
        f = form.fields[fid]
        if f.kind == "group":
            total += sum(count(f.children[c], v) for item in value for c, v in item.items())
        else:
            total += count(f, value)
    return total


# --- invalid answers get a message at their field, in the session language ------------------


def _field_texts(f: Field) -> list[Text]:
    found = list(f.messages.values())
    for child in (*f.fields, *f.parts):
        found.extend(_field_texts(child))
    return found


@cache
def templates(form_id: str, lang: str) -> list[re.Pattern[str]]:
    form = load_form(form_id)
    texts = [*form.messages.messages.values(), *(r.message for r in form.rules)]
    texts += [t for kinds in form.messages.fields.values() for t in kinds.values()]
    for f in form.fields.values():
        texts.extend(_field_texts(f))
    return [re.compile(re.sub(r"\\\{\w+\\\}", ".+", re.escape(t(lang)))) for t in texts]


def invalid_values(f: Field) -> st.SearchStrategy[Any]:
    kind = f.kind
    bad: list[Any]
    if kind == "text":
        bad = [12345, "a\x00b", "x" * (f.max_length + 1)]
        if f.pattern is not None:
            bad.append("§§§")
        if f.input == "email":
            bad.append("not-an-address")
    elif kind == "number":
        bad = ["zwölf", True, float("nan"), float("inf"), [1]]
        if f.maximum is not None:
            bad.append(f.maximum + 1)
        if f.minimum is not None:
            bad.append(f.minimum - 1)
        if f.integer:
            bad.append(2.5)
    elif kind == "date":
        bad = ["2025-02-30", "31.02.2020", "gestern", 20250101, "2025-13-01"]
        if f.date_max:
            bad.append((f.date_max.resolve(TODAY) + timedelta(days=1)).isoformat())
        if f.date_min:
            bad.append((f.date_min.resolve(TODAY) - timedelta(days=1)).isoformat())
    elif kind == "choice":
        bad = ["no-such-code", 42, ["000"]]
    elif kind == "multichoice":
        bad = [["no-such-code"], "000", [1]]
        if f.max_items is not None and len(f.codes) > f.max_items:
            bad.append(sorted(f.codes)[: f.max_items + 1])
    elif kind == "yesno":
        bad = ["ja", 1, "true"] + ([False] if f.require_yes else [])
    elif kind == "address":
        bad = [
            "Hauptstraße 1, Bonn",
            {"planet": "Mars"},
            {"street": "x" * 60},
            {"street": "Weg", "house_number": "1", "postcode": "00123", "city": "Bonn"},
        ]
    else:  # signature
        bad = ["data:image/png;base64,!!!!", "data:image/png;base64,AAAA", 42]
    return st.sampled_from(bad)


def visible_targets(s: FormSession) -> list[tuple[int, FieldView, Field]]:
    out: list[tuple[int, FieldView, Field]] = []
    for i in s.visible_pages():
        for v in s.page_fields(i):
            if not v.visible or v.kind == "info":
                continue
            f = s.form.fields[v.path]
            if v.kind != "group":
                out.append((i, v, f))
                continue
            for item_view in v.items[:1]:
                out.extend(
                    (i, c, f.children[c.path.rsplit(".", 1)[1]])
                    for c in item_view.fields
                    if c.visible and c.kind != "info"
                )
    return out


@pytest.mark.parametrize("form_id", FORMS)
def test_invalid_answers_get_field_messages_in_the_session_language(form_id: str) -> None:
    form = load_form(form_id)

    @SETTINGS
    @given(answers=form_answers(form_id), lang=st.sampled_from(LANGS), data=st.data())
    def check(answers: dict[str, Any], lang: str, data: st.DataObject) -> None:
        s = new_session(form, lang)
        apply(s, answers)
        page, target, f = data.draw(st.sampled_from(visible_targets(s)))
        bad = data.draw(invalid_values(f))
        s.set(target.path, bad)
        errors = s.validate_page(page)
        mine = {
            p: m for p, m in errors.items() if p == target.path or p.startswith(target.path + ".")
        }
        assert mine, (target.path, bad, errors)
        for message in mine.values():
            assert any(t.fullmatch(message) for t in templates(form_id, lang)), message
        shown = {v.path: v for v in s.page_fields(page)}
        if target.path in shown and target.kind != "address":
            assert shown[target.path].error == mine[target.path]

    check()


# --- anything at all never crashes ----------------------------------------------------------


junk = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.binary(max_size=20)
    | st.dates()
    | st.datetimes()
    | st.sampled_from(["9" * 5000, 10**400, "x" * 100_000, "\ud800", "31.12.9999", -0.0]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def paths(form: Form) -> list[str]:
    out: list[str] = []
    for f in form.fields.values():
        if f.kind == "group":
            out.extend(f"{f.id}[0].{c.id}" for c in f.fields if c.kind != "info")
        elif f.kind == "address":
            out.extend([f.id, *(f"{f.id}.{p.id}" for p in f.parts)])
        elif f.kind != "info":
            out.append(f.id)
    return out


@pytest.mark.parametrize("form_id", FORMS)
def test_random_answers_never_crash(form_id: str) -> None:
    form = load_form(form_id)
    all_paths = paths(form)

    @SETTINGS
    @given(
        st.lists(st.tuples(st.sampled_from(all_paths), junk), max_size=25),
        st.sampled_from(LANGS),
        st.lists(st.sampled_from(["next", "back", "add", "remove"]), max_size=6),
    )
    def check(answers: list[tuple[str, Any]], lang: str, moves: list[str]) -> None:
        s = new_session(form, lang)
        groups = [f.id for f in form.fields.values() if f.kind == "group"]
        for gid in groups:  # optional groups start empty: the paths name item 0
            if s.item_count(gid) == 0:
                s.add_group_item(gid)
        for path, value in answers:
            s.set(path, value)
        for move in moves:
            if move == "next":
                s.next()
            elif move == "back":
                s.back()
            elif groups and move == "add" and s.item_count(groups[0]) < 3:
                s.add_group_item(groups[0])
            elif groups and move == "remove" and s.item_count(groups[0]) > 1:
                s.remove_group_item(groups[0], 0)
        for i in range(len(form.pages)):
            s.validate_page(i)
            s.warnings_page(i)
            s.page_fields(i)
        s.review()
        s.progress()
        try:
            sub = s.submission(now=datetime(2026, 3, 2, 12, 0).astimezone())
        except FormIncomplete as err:
            assert err.errors
        else:
            assert schema_errors(form, sub.data) == []

    check()
