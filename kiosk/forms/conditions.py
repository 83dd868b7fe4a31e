"""The small, safe condition language of ``visible_if``, ``required_if`` and rules.

Conditions are data, never code: ``{field: x, equals: "y"}``, ``{field: x, in: [..]}``,
``{field: x, filled: true}``, ``{field: x, contains: "y"}`` (multichoice),
``{field: d, before: "today-14d"}`` / ``after`` (dates; also ``{field: other}``),
``{field: n, less_than: 3}`` / ``greater_than``, and ``{any: [..]}``, ``{all: [..]}``,
``{not: ..}``. A field that is hidden or empty counts as not filled, exactly as it is
absent from the submitted data, so a condition means the same in the engine and in the
JSON Schema. Conditions only see fields of their own scope: the form's top level, or the
same item of a repeatable group.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from kiosk.forms.dates import DateBound, parse_bound, parse_date
from kiosk.forms.errors import Invalid, join
from kiosk.forms.errors import unknown_key as _unknown_key
from kiosk.forms.texts import describe

if TYPE_CHECKING:
    from kiosk.forms.model import Field

OPERATORS = ("equals", "in", "filled", "contains", "before", "after", "less_than", "greater_than")


@dataclass(frozen=True)
class FieldRef:
    field: str


@dataclass(frozen=True)
class Compare:
    field: str
    op: str
    operand: Any  # a value, a tuple of values, a bool, a DateBound or a FieldRef


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class AllOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    item: Condition


Condition = Compare | AnyOf | AllOf | Not


@dataclass(frozen=True)
class Scope:
    """The fields a condition may name, and where the other ones live (for the message)."""

    fields: Mapping[str, Field]
    name: str  # "the form" or "group 'persons'"
    elsewhere: Mapping[str, str]  # field id -> the scope it belongs to


def _literal(f: Field, value: Any, where: str) -> Any:
    """Check a literal compared with field ``f``; returns it in the stored form."""
    kind = f.kind
    if kind == "choice":
        if not isinstance(value, str) or value not in f.codes:
            raise Invalid(where, f"{value!r} is not an option of {f.id!r}")
    elif kind == "yesno":
        if not isinstance(value, bool):
            raise Invalid(where, f"expected true or false for {f.id!r}, got {describe(value)}")
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Invalid(where, f"expected a number for {f.id!r}, got {describe(value)}")
    elif kind == "date":
        d = parse_date(value)
        if d is None:
            raise Invalid(where, f"expected a date for {f.id!r}, got {describe(value)}")
        return d.isoformat()
    elif kind == "text":
        if not isinstance(value, str):
            raise Invalid(where, f"expected text for {f.id!r}, got {describe(value)}")
    else:
        raise Invalid(where, f"{kind} field {f.id!r} can only be tested with 'filled'")
    return value


def _field(raw: Any, where: str, scope: Scope) -> Field:
    if not isinstance(raw, str):
        raise Invalid(where, f"expected a field id, got {describe(raw)}")
    if raw in scope.fields:
        f = scope.fields[raw]
        if f.kind == "info":
            raise Invalid(where, f"{raw!r} is an info text, it has no value")
        return f
    if raw in scope.elsewhere:
        raise Invalid(
            where,
            f"field {raw!r} belongs to {scope.elsewhere[raw]}; a condition in "
            f"{scope.name} can only use fields of {scope.name}",
        )
    raise Invalid(where, f"unknown field {raw!r}")


def _operand(f: Field, op: str, raw: Any, where: str, scope: Scope) -> Any:
    if op == "equals":
        return _literal(f, raw, where)
    if op == "in":
        if not isinstance(raw, list) or not raw:
            raise Invalid(where, "expected a non-empty list")
        return tuple(_literal(f, v, join(where, i)) for i, v in enumerate(raw))
    if op == "filled":
        if not isinstance(raw, bool):
            raise Invalid(where, "expected true or false")
        return raw
    if op == "contains":
        if f.kind != "multichoice":
            raise Invalid(where, f"'contains' needs a multichoice field, {f.id!r} is {f.kind}")
        if not isinstance(raw, str) or raw not in f.codes:
            raise Invalid(where, f"{raw!r} is not an option of {f.id!r}")
        return raw
    if op in ("before", "after"):
        if f.kind != "date":
            raise Invalid(where, f"'{op}' needs a date field, {f.id!r} is {f.kind}")
        if isinstance(raw, dict):
            if set(raw) != {"field"}:
                raise Invalid(where, "expected {field: <date field>} or a date")
            other = _field(raw["field"], join(where, "field"), scope)
            if other.kind != "date":
                raise Invalid(join(where, "field"), f"{other.id!r} is not a date field")
            return FieldRef(other.id)
        return parse_bound(raw, where)
    # less_than, greater_than
    if f.kind != "number":
        raise Invalid(where, f"'{op}' needs a number field, {f.id!r} is {f.kind}")
    return _literal(f, raw, where)


def parse_condition(raw: Any, where: str, scope: Scope) -> Condition:
    if not isinstance(raw, dict) or not raw:
        raise Invalid(
            where, f"expected a condition like {{field: x, equals: y}}, got {describe(raw)}"
        )
    for combinator in ("any", "all"):
        if combinator in raw:
            if set(raw) != {combinator}:
                extra = sorted(set(raw) - {combinator})[0]
                raise Invalid(join(where, str(extra)), f"not allowed next to '{combinator}'")
            items = raw[combinator]
            here = join(where, combinator)
            if not isinstance(items, list) or not items:
                raise Invalid(here, "expected a non-empty list of conditions")
            parsed = tuple(parse_condition(c, join(here, i), scope) for i, c in enumerate(items))
            return AnyOf(parsed) if combinator == "any" else AllOf(parsed)
    if "not" in raw:
        if set(raw) != {"not"}:
            raise Invalid(where, "'not' takes exactly one condition")
        return Not(parse_condition(raw["not"], join(where, "not"), scope))
    for key in raw:
        if key != "field" and key not in OPERATORS:
            raise _unknown_key(where, key, ("field", *OPERATORS, "any", "all", "not"))
    f = _field(raw.get("field"), join(where, "field"), scope)
    ops = [k for k in raw if k in OPERATORS]
    if len(ops) != 1:
        raise Invalid(where, f"expected exactly one of {', '.join(OPERATORS)}")
    op = ops[0]
    return Compare(f.id, op, _operand(f, op, raw[op], join(where, op), scope))


def references(cond: Condition) -> set[str]:
    """The field ids a condition reads."""
    if isinstance(cond, Compare):
        extra = {cond.operand.field} if isinstance(cond.operand, FieldRef) else set()
        return {cond.field} | extra
    if isinstance(cond, Not):
        return references(cond.item)
    return set().union(*(references(c) for c in cond.items))


Lookup = Callable[[str], Any]


def _as_date(value: Any) -> date | None:
    return parse_date(value) if isinstance(value, str) else None


def evaluate(cond: Condition, value: Lookup, today: date) -> bool:
    """``value(field_id)``: the field's effective value, None when hidden or empty."""
    if isinstance(cond, AnyOf):
        return any(evaluate(c, value, today) for c in cond.items)
    if isinstance(cond, AllOf):
        return all(evaluate(c, value, today) for c in cond.items)
    if isinstance(cond, Not):
        return not evaluate(cond.item, value, today)
    v = value(cond.field)
    op, operand = cond.op, cond.operand
    if op == "filled":
        return (v is not None) is operand
    if v is None:
        return False
    if op == "equals":
        return bool(type(v) is type(operand) and v == operand) or (
            isinstance(v, int | float)
            and not isinstance(v, bool)
            and not isinstance(operand, bool)
            and v == operand
        )
    if op == "in":
        return any(evaluate(Compare(cond.field, "equals", o), value, today) for o in operand)
    if op == "contains":
        return isinstance(v, list) and operand in v
    if op in ("before", "after"):
        mine = _as_date(v)
        if isinstance(operand, FieldRef):
            other = _as_date(value(operand.field))
        else:
            assert isinstance(operand, DateBound)
            other = operand.resolve(today)
        if mine is None or other is None:
            return False
        return mine < other if op == "before" else mine > other
    if isinstance(v, bool) or not isinstance(v, int | float):
        return False
    return bool(v < operand) if op == "less_than" else bool(v > operand)


def to_schema(cond: Condition) -> dict[str, Any] | None:
    """The condition as a JSON Schema that the data object satisfies exactly when the
    condition holds; None when JSON Schema cannot say it (dates compared with today or
    with each other)."""
    if isinstance(cond, AnyOf | AllOf):
        parts = [to_schema(c) for c in cond.items]
        if any(p is None for p in parts):
            return None
        return {"anyOf" if isinstance(cond, AnyOf) else "allOf": parts}
    if isinstance(cond, Not):
        inner = to_schema(cond.item)
        return None if inner is None else {"not": inner}
    f, op, operand = cond.field, cond.op, cond.operand
    if op == "filled":
        return {"required": [f]} if operand else {"not": {"required": [f]}}
    keyword: dict[str, Any]
    if op == "equals":
        keyword = {"const": operand}
    elif op == "in":
        keyword = {"enum": list(operand)}
    elif op == "contains":
        keyword = {"contains": {"const": operand}}
    elif op == "less_than":
        keyword = {"exclusiveMaximum": operand}
    elif op == "greater_than":
        keyword = {"exclusiveMinimum": operand}
    else:
        return None
    return {"required": [f], "properties": {f: keyword}}
