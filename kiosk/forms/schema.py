"""The JSON Schema (2020-12) of a form's submitted data, and checking data against it.

The schema is the contract with the receiving side: types, lengths, whole-value patterns,
code lists, formats, and which fields must or must not be present given the others
(``visible_if``/``required_if`` and error rules, as far as JSON Schema can say them).
Bounds relative to today and comparisons between dates cannot be expressed; the engine
checks those. Always validate with a FormatChecker: without one, "2025-02-30" passes as a
date.
"""

from __future__ import annotations

import copy
import weakref
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kiosk.forms.checks import FOREIGN_POSTCODE, GERMAN_POSTCODE, GERMANY
from kiosk.forms.conditions import AllOf, Condition, to_schema
from kiosk.forms.model import Field, Form, Rule
from kiosk.forms.patterns import anchored, schema_pattern
from kiosk.forms.values import SIGNATURE_MAX_CHARS, SIGNATURE_PATTERN

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _text(f: Field) -> dict[str, Any]:
    s: dict[str, Any] = {
        "type": "string",
        "minLength": max(1, f.min_length),
        "maxLength": f.max_length,
    }
    if f.pattern is not None:
        s["pattern"] = schema_pattern(f.pattern)
    if f.input == "email":
        s["format"] = "email"
    return s


def _address(f: Field) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for part in f.parts:
        props[part.id] = (
            {"type": "string", "enum": sorted(part.codes)} if part.kind == "choice" else _text(part)
        )
    s: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "additionalProperties": False,
        "required": [p.id for p in f.parts if p.required],
    }
    german = anchored(GERMAN_POSTCODE.pattern)
    if "country" in props:  # the postcode's form depends on the country
        s["if"] = {"required": ["country"], "properties": {"country": {"not": {"const": GERMANY}}}}
        s["then"] = {"properties": {"postcode": {"pattern": anchored(FOREIGN_POSTCODE.pattern)}}}
        s["else"] = {"properties": {"postcode": {"pattern": german}}}
    else:
        props["postcode"]["pattern"] = german
    return s


def field_schema(f: Field) -> dict[str, Any]:
    kind = f.kind
    s: dict[str, Any]
    if kind == "text":
        s = _text(f)
    elif kind == "number":
        s = {"type": "integer" if f.integer else "number"}
        if f.minimum is not None:
            s["minimum"] = f.minimum
        if f.maximum is not None:
            s["maximum"] = f.maximum
    elif kind == "date":
        s = {"type": "string", "format": "date"}
    elif kind == "choice":
        s = {"type": "string", "enum": [o.code for o in f.options]}
    elif kind == "multichoice":
        s = {
            "type": "array",
            "items": {"type": "string", "enum": [o.code for o in f.options]},
            "uniqueItems": True,
            "minItems": max(1, f.min_items),
        }
        if f.max_items is not None:
            s["maxItems"] = f.max_items
    elif kind == "yesno":
        s = {"type": "boolean"}
        if f.require_yes:
            s["const"] = True
    elif kind == "address":
        s = _address(f)
    elif kind == "signature":
        s = {
            "type": "string",
            "maxLength": SIGNATURE_MAX_CHARS,
            "pattern": anchored(SIGNATURE_PATTERN),
        }
    else:  # group
        s = {"type": "array", "minItems": max(1, f.min_items), "items": scope_schema(f.fields, ())}
        if f.max_items is not None:
            s["maxItems"] = f.max_items
    if f.label is not None:
        s = {"title": f.label("de"), **s}
    return s


def _all(conds: Iterable[Condition]) -> dict[str, Any] | None:
    items = tuple(conds)
    return to_schema(items[0] if len(items) == 1 else AllOf(items))


def scope_schema(fields: Iterable[Field], rules: Iterable[Rule]) -> dict[str, Any]:
    """An object schema for one scope: the form's top level or one group item."""
    fields = [f for f in fields if f.kind != "info"]
    by_id: Mapping[str, Field] = {f.id: f for f in fields}
    required: list[str] = []
    all_of: list[dict[str, Any]] = []
    for f in fields:
        need: dict[str, Any] | None = None  # what must hold while the field is visible
        if f.required or f.require_yes:
            need = {"required": [f.id]}
        elif f.required_if is not None and (r := to_schema(f.required_if)) is not None:
            need = {"if": r, "then": {"required": [f.id]}}
        if not f.visible_if:
            if need == {"required": [f.id]}:
                required.append(f.id)
            elif need is not None:
                all_of.append(need)
            continue
        shown = _all(f.visible_if)
        if shown is None:
            continue  # JSON Schema cannot tell when it is shown: allow it either way
        entry: dict[str, Any] = {"if": shown, "else": {"not": {"required": [f.id]}}}
        if need is not None:
            entry["then"] = need
        all_of.append(entry)
    for rule in rules:
        if rule.level != "error":
            continue
        target = by_id[rule.target]
        fired = _all((*target.visible_if, rule.when))
        if fired is not None:
            all_of.append({"not": fired})
    s: dict[str, Any] = {
        "type": "object",
        "properties": {f.id: field_schema(f) for f in fields},
        "additionalProperties": False,
    }
    if required:
        s["required"] = required
    if all_of:
        s["allOf"] = all_of
    return s


def _build_schema(form: Form) -> dict[str, Any]:
    top = [f for p in form.pages for f in p.fields]
    schema = scope_schema(top, [r for r in form.rules if r.group is None])
    for name, prop in schema["properties"].items():
        group_rules = [r for r in form.rules if r.group == name]
        if group_rules:
            prop["items"] = scope_schema(form.fields[name].fields, group_rules)
    defs: dict[str, Any] = {}
    _share_patterns(schema, defs)
    out = {
        "$schema": DIALECT,
        "$id": f"urn:buergerbuero-kiosk:form:{form.id}:{form.version}",
        "title": form.title("de"),
        **schema,
    }
    if defs:
        out["$defs"] = defs
    return out


def _share_patterns(node: Any, defs: dict[str, Any]) -> None:
    """Long patterns (\\p{L} expands to ~13 KB) are written once under ``$defs``."""
    if isinstance(node, list):
        for item in node:
            _share_patterns(item, defs)
        return
    if not isinstance(node, dict):
        return
    pattern = node.get("pattern")
    if isinstance(pattern, str) and len(pattern) > 256 and "$ref" not in node:
        names = {d["pattern"]: name for name, d in defs.items()}
        name = names.get(pattern) or f"pattern{len(defs) + 1}"
        defs[name] = {"pattern": pattern}
        del node["pattern"]
        node["$ref"] = f"#/$defs/{name}"
    for value in node.values():
        _share_patterns(value, defs)


_schemas: weakref.WeakKeyDictionary[Form, dict[str, Any]] = weakref.WeakKeyDictionary()


def form_schema(form: Form) -> dict[str, Any]:
    """The JSON Schema (2020-12) a submission's ``data`` must satisfy (a fresh copy; built
    once per form)."""
    if form not in _schemas:
        _schemas[form] = _build_schema(form)
    return copy.deepcopy(_schemas[form])


_validators: weakref.WeakKeyDictionary[Form, Draft202012Validator] = weakref.WeakKeyDictionary()


def validator(form: Form) -> Draft202012Validator:
    """A validator for the form's schema, with the FormatChecker that makes "format" count."""
    if form not in _validators:
        from jsonschema import Draft202012Validator, FormatChecker  # ~40 ms: only when used

        _validators[form] = Draft202012Validator(form_schema(form), format_checker=FormatChecker())
    return _validators[form]


def schema_errors(form: Form, data: Any) -> list[str]:
    """Every way ``data`` breaks the form's schema, as ``path: message`` lines."""
    errors = sorted(validator(form).iter_errors(data), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}" for e in errors]
