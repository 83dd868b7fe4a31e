"""Loading form definitions (assets/forms/<id>.yaml) and checking them on the way.

A definition is checked completely before a citizen sees it: unknown keys, missing
translations, unknown code lists, bad patterns, conditions naming unknown fields or
fields of another scope, visibility that depends on itself, prefill and paper entries
that name nothing. The first problem is raised as a FormDefinitionError naming the file
and the path, e.g. ``assets/forms/anmeldung.yaml: pages[1].sections[0].fields[3].label.tr:
missing``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from kiosk.forms.codelists import CodeList, load_codelists
from kiosk.forms.conditions import Condition, Scope, parse_condition, references
from kiosk.forms.errors import FormDefinitionError, Invalid, display_name, join, read_yaml
from kiosk.forms.errors import unknown_key as _unknown_key
from kiosk.forms.fielddefs import ID, FieldReader
from kiosk.forms.model import (
    IDENTITY_ATTRIBUTES,
    CounterCopy,
    Field,
    Form,
    Page,
    Paper,
    Rule,
    Section,
)
from kiosk.forms.prefill import PREFILL_KINDS
from kiosk.forms.settings import FormSettings, specialise
from kiosk.forms.texts import Messages, Text, load_messages, optional_text, parse_text
from kiosk.resources import FORMS_DIR as FORMS_DIR  # re-exported by kiosk.forms

_FORM_KEYS = (
    "id",
    "version",
    "title",
    "description",
    "pages",
    "rules",
    "prefill",
    "paper",
    "fees",
    "counter_copy",
)
_PAGE_KEYS = ("id", "title", "visible_if", "sections")
_SECTION_KEYS = ("id", "title", "visible_if", "fields")
_RULE_KEYS = ("id", "target", "level", "when", "message")
_PREFILL_PATH = re.compile(r"([a-z][a-z0-9_]*)(?:\[(\d{1,2})\]\.([a-z][a-z0-9_]*))?")
_SectionOutline = tuple[str, Text | None, list[str]]  # id, title, field ids


def _keys(raw: Any, where: str, allowed: tuple[str, ...], what: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise Invalid(where, f"expected {what} (a mapping)")
    for key in raw:
        if key not in allowed:
            raise _unknown_key(where, key, allowed)
    return raw


def _list(raw: Any, where: str, what: str) -> list[Any]:
    if not isinstance(raw, list) or not raw:
        raise Invalid(where, f"missing (a list of {what})")
    return raw


class _FormReader:
    def __init__(self, codelists: Mapping[str, CodeList], messages: Messages) -> None:
        self.messages = messages
        self.fields = FieldReader(codelists, messages)
        self.top: dict[str, Field] = {}  # top-level fields (conditions attached later)

    def read(self, data: Any, expected_id: str, source: str) -> Form:
        data = _keys(data, "", _FORM_KEYS, "a form definition")
        fid = data.get("id")
        if not isinstance(fid, str) or not ID.fullmatch(fid):
            raise Invalid("id", "missing or not a valid id (a-z, 0-9, _)")
        if fid != expected_id:
            raise Invalid("id", f"{fid!r} does not match the file name {expected_id!r}")
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise Invalid("version", "expected a whole number >= 1")
        title = parse_text(data.get("title"), "title")
        description = optional_text(data.get("description"), "description")
        fees = self._fees(data.get("fees"))
        self.fields.text_params = frozenset(fees)
        raw_pages = _list(data.get("pages"), "pages", "pages")
        outline = [self._page(p, f"pages[{i}]") for i, p in enumerate(raw_pages)]
        self._attach_conditions()
        pages = tuple(
            Page(
                pid,
                ptitle,
                tuple(
                    Section(sid, stitle, tuple(self.top[f] for f in ids))
                    for sid, stitle, ids in sections
                ),
            )
            for pid, ptitle, sections in outline
        )
        if not isinstance(data.get("rules", []), list):
            raise Invalid("rules", "expected a list of rules")
        rules = tuple(self._rule(r, f"rules[{i}]") for i, r in enumerate(data.get("rules") or []))
        return Form(
            fid,
            version,
            title,
            description,
            pages,
            rules,
            self._prefill(data.get("prefill")),
            self._paper(data.get("paper")),
            self.messages,
            source,
            fees,
            self._counter_copy(data.get("counter_copy")),
        )

    # -- structure -----------------------------------------------------------------------

    def _page(self, raw: Any, where: str) -> tuple[str, Text, list[_SectionOutline]]:
        raw = _keys(raw, where, _PAGE_KEYS, "a page")
        pid = raw.get("id")
        if not isinstance(pid, str) or not ID.fullmatch(pid):
            raise Invalid(join(where, "id"), "missing or not a valid id (a-z, 0-9, _)")
        title = parse_text(raw.get("title"), join(where, "title"))
        cond = (raw["visible_if"], join(where, "visible_if")) if "visible_if" in raw else None
        sections = [
            self._section(s, join(join(where, "sections"), i), cond)
            for i, s in enumerate(_list(raw.get("sections"), join(where, "sections"), "sections"))
        ]
        return pid, title, sections

    def _section(self, raw: Any, where: str, page_cond: tuple[Any, str] | None) -> _SectionOutline:
        raw = _keys(raw, where, _SECTION_KEYS, "a section")
        sid = raw.get("id", "")
        if sid and (not isinstance(sid, str) or not ID.fullmatch(sid)):
            raise Invalid(join(where, "id"), "not a valid id (a-z, 0-9, _)")
        title = optional_text(raw.get("title"), join(where, "title"))
        conds = [
            c
            for c in (
                page_cond,
                (raw["visible_if"], join(where, "visible_if")) if "visible_if" in raw else None,
            )
            if c is not None
        ]
        ids: list[str] = []
        here = join(where, "fields")
        for i, item in enumerate(_list(raw.get("fields"), here, "fields")):
            f = self.fields.read(item, join(here, i))
            self.top[f.id] = f
            self.fields.pending[(None, f.id)].visible[:0] = conds
            ids.append(f.id)
        return sid, title, ids

    # -- conditions ----------------------------------------------------------------------

    def _scope(self, group: str | None) -> Scope:
        groups = {f.id: f for f in self.top.values() if f.kind == "group"}
        elsewhere: dict[str, str] = {}
        if group is not None:
            elsewhere.update(dict.fromkeys(self.top, "the form's top level"))
        for gid, g in groups.items():
            if gid != group:
                elsewhere.update(dict.fromkeys(g.children, f"group {gid!r}"))
        fields = self.top if group is None else groups[group].children
        name = "the form's top level" if group is None else f"group {group!r}"
        return Scope(fields, name, elsewhere)

    def _conditions(self, f: Field, scope: Scope) -> Field:
        pending = self.fields.pending[(f.group, f.id)]
        visible = tuple(parse_condition(raw, where, scope) for raw, where in pending.visible)
        required: Condition | None = None
        if pending.required is not None:
            required = parse_condition(*pending.required, scope)
        return dataclasses.replace(f, visible_if=visible, required_if=required)

    def _attach_conditions(self) -> None:
        top_scope = self._scope(None)
        done: dict[str, Field] = {}
        for fid, f in self.top.items():
            if f.kind == "group":
                scope = self._scope(fid)
                children = tuple(self._conditions(c, scope) for c in f.fields)
                _no_cycles(children, self.fields.seen_ids)
                f = dataclasses.replace(f, fields=children)
            done[fid] = self._conditions(f, top_scope)
        _no_cycles(tuple(done.values()), self.fields.seen_ids)
        self.top = done

    # -- rules, prefill, paper -----------------------------------------------------------

    def _target(self, raw: Any, where: str) -> tuple[str | None, Field]:
        """``field`` or ``group.field``: the group (or None) and the field."""
        if not isinstance(raw, str):
            raise Invalid(where, "expected a field id or group.field")
        gid, _, cid = raw.partition(".")
        f = self.top.get(gid)
        if f is None:
            raise Invalid(where, f"unknown field {gid!r}")
        if cid:
            if f.kind != "group" or cid not in f.children:
                raise Invalid(where, f"{raw!r} is not a field of a group")
            return gid, f.children[cid]
        if f.kind == "group":
            raise Invalid(where, f"{gid!r} is a group: name a field in it ({gid}.<field>)")
        return None, f

    def _rule(self, raw: Any, where: str) -> Rule:
        raw = _keys(raw, where, _RULE_KEYS, "a rule")
        rid = raw.get("id")
        if not isinstance(rid, str) or not ID.fullmatch(rid):
            raise Invalid(join(where, "id"), "missing or not a valid id (a-z, 0-9, _)")
        group, target = self._target(raw.get("target"), join(where, "target"))
        if target.kind == "info":
            raise Invalid(join(where, "target"), "an info text cannot be a target")
        level = raw.get("level", "error")
        if level not in ("error", "warning"):
            raise Invalid(join(where, "level"), "expected 'error' or 'warning'")
        when = parse_condition(raw.get("when"), join(where, "when"), self._scope(group))
        return Rule(
            rid,
            target.id,
            group,
            level,
            when,
            parse_text(raw.get("message"), join(where, "message")),
        )

    def _fees(self, raw: Any) -> dict[str, str]:
        """``{placeholder: fee id}``: info texts may say ``{placeholder}``; the amount is the
        configured ``[forms.fees] <fee id>``."""
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            raise Invalid("fees", "expected a mapping placeholder -> fee id")
        for name, fee_id in raw.items():
            if not isinstance(name, str) or not ID.fullmatch(name):
                raise Invalid(join("fees", str(name)), "not a valid placeholder name (a-z, 0-9, _)")
            if not isinstance(fee_id, str) or not ID.fullmatch(fee_id):
                raise Invalid(join("fees", name), "expected a fee id (a-z, 0-9, _)")
        return dict(raw)

    def _counter_copy(self, raw: Any) -> CounterCopy | None:
        if raw is None:
            return None
        raw = _keys(raw, "counter_copy", ("title", "note"), "counter_copy: title and note")
        return CounterCopy(
            parse_text(raw.get("title"), "counter_copy.title"),
            parse_text(raw.get("note"), "counter_copy.note"),
        )

    def _prefill(self, raw: Any) -> dict[str, str]:
        if raw is None:
            return {}
        raw = _keys(raw, "prefill", IDENTITY_ATTRIBUTES, "identity attribute -> field path")
        out: dict[str, str] = {}
        for attribute, path in raw.items():
            where = join("prefill", attribute)
            m = _PREFILL_PATH.fullmatch(path) if isinstance(path, str) else None
            f = self.top.get(m.group(1)) if m else None
            if m and f and m.group(2) is not None:
                f = f.children.get(m.group(3)) if f.kind == "group" else None
            elif f is not None and f.kind == "group":
                raise Invalid(where, f"{path!r} is a group: use {path}[0].<field>")
            if f is None:
                raise Invalid(where, f"{path!r} is not a field path")
            if f.kind not in PREFILL_KINDS:
                raise Invalid(where, f"a {f.kind} field cannot be prefilled")
            out[attribute] = path
        return out

    def _paper(self, raw: Any) -> Paper:
        raw = _keys(raw, "paper", ("fields", "date_label"), "paper: the fields that may be printed")
        entries = raw.get("fields")
        if not isinstance(entries, list):
            raise Invalid("paper.fields", "missing (a list, empty when nothing is printed)")
        for i, entry in enumerate(entries):
            _, f = self._target(entry, f"paper.fields[{i}]")
            if f.kind in ("info", "signature"):
                raise Invalid(f"paper.fields[{i}]", f"a {f.kind} field cannot be printed")
        return Paper(tuple(entries), optional_text(raw.get("date_label"), "paper.date_label"))


def _no_cycles(fields: tuple[Field, ...], where: Mapping[str, str]) -> None:
    """Visibility must not depend on itself, directly or through other fields."""
    deps = {f.id: set().union(*(references(c) for c in f.visible_if)) for f in fields}
    state: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(fid: str, path: list[str]) -> None:
        if state.get(fid) == 2:
            return
        if state.get(fid) == 1:
            loop = " -> ".join(path[path.index(fid) :])
            raise Invalid(join(where[path[0]], "visible_if"), f"depends on itself ({loop})")
        state[fid] = 1
        for dep in sorted(deps.get(fid, ())):
            visit(dep, [*path, dep])
        state[fid] = 2

    for fid in deps:
        visit(fid, [fid])


@lru_cache(maxsize=8)
def _shared(directory: str, stamp: tuple[int, ...]) -> tuple[dict[str, CodeList], Messages]:
    base = Path(directory)
    return load_codelists(base / "codelists"), load_messages(base / "messages.yaml")


def _stamp(directory: Path) -> tuple[int, ...]:
    files = [directory / "messages.yaml", *sorted((directory / "codelists").glob("*.yaml"))]
    return tuple(p.stat().st_mtime_ns if p.exists() else 0 for p in files)


@lru_cache(maxsize=64)
def _load(path: str, stamp: int, shared_stamp: tuple[int, ...]) -> Form:
    p = Path(path)
    codelists, messages = _shared(str(p.parent), shared_stamp)
    name = display_name(p)
    try:
        return _FormReader(codelists, messages).read(read_yaml(p), p.stem, name)
    except Invalid as err:
        raise FormDefinitionError(name, err.path, err.problem) from None


@lru_cache(maxsize=64)
def _specialised(form: Form, settings: FormSettings) -> Form:
    return specialise(form, settings)


def load_form(
    form_id: str, directory: Path | None = None, settings: FormSettings | None = None
) -> Form:
    """The form ``<directory>/<form_id>.yaml`` (default assets/forms), checked; loaded
    once and reloaded when a file changes. ``settings`` (the kiosk's ``[forms]``: Land,
    fees) default to the documented defaults."""
    base = directory or FORMS_DIR
    path = base / f"{form_id}.yaml"
    if not ID.fullmatch(form_id) or not path.is_file():
        raise FormDefinitionError(display_name(path), "", "form definition not found")
    form = _load(str(path), path.stat().st_mtime_ns, _stamp(base))
    return _specialised(form, settings or FormSettings.defaults())


def form_ids(directory: Path | None = None) -> list[str]:
    base = directory or FORMS_DIR
    return sorted(p.stem for p in base.glob("*.yaml") if p.name != "messages.yaml")


def load_forms(
    directory: Path | None = None, settings: FormSettings | None = None
) -> dict[str, Form]:
    """Every definition in the directory (the shared messages file excepted)."""
    return {fid: load_form(fid, directory, settings) for fid in form_ids(directory)}
