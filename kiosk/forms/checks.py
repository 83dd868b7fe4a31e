"""Field checks and cross-field rules, producing :class:`Problem` s that the session turns
into plain-language messages in the citizen's language."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date
from typing import Any

from kiosk.forms.answers import Answers
from kiosk.forms.conditions import evaluate
from kiosk.forms.model import Field, Form, Rule
from kiosk.forms.texts import Messages, format_date, format_number
from kiosk.forms.values import clean_address

EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
GERMAN_POSTCODE = re.compile(r"(?:0[1-9]|[1-9][0-9])[0-9]{3}")
FOREIGN_POSTCODE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 -]{0,8}[A-Za-z0-9])?")
GERMANY = "000"  # Destatis code


@dataclass(frozen=True)
class Problem:
    path: str
    kind: str  # a message kind (see texts.MESSAGE_PARAMS) or "rule"
    field: Field
    params: Mapping[str, Any] = _field(default_factory=dict)
    rule: Rule | None = None

    @property
    def level(self) -> str:
        return self.rule.level if self.rule else "error"

    def message(self, lang: str, messages: Messages) -> str:
        if self.rule is not None:
            return self.rule.message(lang)
        text = messages.for_field(self.field.id, self.kind, self.field.messages)
        label = self.field.label(lang).strip() if self.field.label else ""
        params = {"label": label or "…", **{k: _show(v, lang) for k, v in self.params.items()}}
        return text.format(lang, **params)


def _show(value: Any, lang: str) -> str:
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int | float):
        return format_number(value, lang)
    return str(value)


def _required_kind(f: Field) -> str:
    if f.kind in ("choice", "multichoice", "yesno"):
        return "required_choice"
    return "required_signature" if f.kind == "signature" else "required"


def _text(f: Field, path: str, value: str) -> Iterator[Problem]:
    if len(value) < f.min_length:
        yield Problem(path, "min_length", f, {"min": f.min_length})
    elif len(value) > f.max_length:
        yield Problem(path, "max_length", f, {"max": f.max_length})
    elif f.input == "email" and not EMAIL.fullmatch(value):
        yield Problem(path, "email", f)
    elif f.pattern is not None and not f.pattern.fullmatch(value):
        yield Problem(path, "pattern", f)


def _address(f: Field, a: Answers, path: str) -> Iterator[Problem]:
    parts = clean_address(f, a.raw.get(f.id))
    if parts is None:
        yield Problem(path, "invalid_text", f)
        return
    if not a.required(f.id) and a.cleaned(f.id).value is None:
        return  # optional and not started
    country = parts["country"].value if "country" in parts else GERMANY
    for pid, part in f.part_map.items():
        here = f"{path}.{pid}"
        c = parts[pid]
        if c.problem:
            yield Problem(here, c.problem, part)
        elif c.value is None:
            if part.required:
                yield Problem(here, _required_kind(part), part)
        elif pid == "postcode":
            rx = GERMAN_POSTCODE if country == GERMANY else FOREIGN_POSTCODE
            if not rx.fullmatch(c.value):
                yield Problem(here, "postcode", part)
        elif part.kind == "choice":
            if c.value not in part.codes:
                yield Problem(here, "choice", part)
        else:
            yield from _text(part, here, c.value)


def check_field(f: Field, a: Answers, path: str) -> Iterator[Problem]:
    """Problems of one field (and, for groups, of their items); none when hidden."""
    if f.kind == "info" or not a.visible(f.id):
        return
    if f.kind == "address":
        yield from _address(f, a, path)
        return
    if f.kind == "group":
        yield from _group(f, a, path)
        return
    c = a.cleaned(f.id)
    if c.problem:
        yield Problem(path, c.problem, f)
        return
    v = c.value
    if v is None:
        if a.required(f.id):
            yield Problem(path, _required_kind(f), f)
        return
    if f.kind == "text":
        yield from _text(f, path, v)
    elif f.kind == "number":
        if f.minimum is not None and v < f.minimum:
            yield Problem(path, "min", f, {"min": f.minimum})
        elif f.maximum is not None and v > f.maximum:
            yield Problem(path, "max", f, {"max": f.maximum})
    elif f.kind == "date":
        d = date.fromisoformat(v)
        low = f.date_min.resolve(a.today) if f.date_min else None
        high = f.date_max.resolve(a.today) if f.date_max else None
        if low is not None and d < low:
            yield Problem(path, "date_min", f, {"min": low})
        elif high is not None and d > high:
            yield Problem(path, "date_max", f, {"max": high})
    elif f.kind == "choice":
        if v not in f.codes:
            yield Problem(path, "choice", f)
    elif f.kind == "multichoice":
        if any(code not in f.codes for code in v):
            yield Problem(path, "choice", f)
        elif len(v) < f.min_items:
            yield Problem(path, "min_items", f, {"min": f.min_items})
        elif f.max_items is not None and len(v) > f.max_items:
            yield Problem(path, "max_items", f, {"max": f.max_items})
    elif f.kind == "yesno" and f.require_yes and v is not True:
        yield Problem(path, "require_yes", f)


def _group(f: Field, a: Answers, path: str) -> Iterator[Problem]:
    items = a.items(f.id)
    if len(items) < f.min_items:
        yield Problem(path, "group_min", f, {"min": f.min_items})
    elif f.max_items is not None and len(items) > f.max_items:
        yield Problem(path, "group_max", f, {"max": f.max_items})
    for i, item in enumerate(items):
        for child in f.fields:
            yield from check_field(child, item, f"{path}[{i}].{child.id}")


def _rule_problems(rule: Rule, a: Answers, path: str) -> Iterator[Problem]:
    if a.visible(rule.target) and evaluate(rule.when, a.value, a.today):
        yield Problem(path, "rule", a.fields[rule.target], rule=rule)


def check_rules(form: Form, a: Answers, field_ids: set[str]) -> Iterator[Problem]:
    """Cross-field rules whose target is one of ``field_ids`` (top-level ids; a group's
    id covers the rules of its items)."""
    for rule in form.rules:
        if rule.group is None:
            if rule.target in field_ids:
                yield from _rule_problems(rule, a, rule.target)
        elif rule.group in field_ids:
            for i, item in enumerate(a.items(rule.group)):
                yield from _rule_problems(rule, item, f"{rule.group}[{i}].{rule.target}")
