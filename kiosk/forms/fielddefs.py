"""Reading one field of a definition: common keys, then the keys of its kind.

Conditions are not read here: they may name fields defined further down, so the loader
attaches them once every field is known (see :mod:`kiosk.forms.loader`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.forms.codelists import CodeList
from kiosk.forms.dates import parse_bound
from kiosk.forms.errors import Invalid, join
from kiosk.forms.errors import unknown_key as _unknown_key
from kiosk.forms.model import KINDS, Field, Option
from kiosk.forms.patterns import compile_pattern
from kiosk.forms.texts import MESSAGE_PARAMS, Messages, Text, describe, optional_text, parse_text
from kiosk.forms.values import clean

ID = re.compile(r"[a-z][a-z0-9_]{0,39}")
INPUTS = ("text", "latin", "email", "phone", "digits", "time")
# Register fields are typed as written in the passport: Latin letters (keyboard "latin").
_LATIN_PARTS = ("street", "city")  # the address parts the register takes in Latin letters
LATIN_ADDRESS = "[\\p{Latin}0-9][\\p{Latin}0-9 '’.,/()\\-]*"
COUNTRIES = "staat"  # the code list of an address's country part (Destatis Staat)
_COMMON = (
    "id",
    "kind",
    "label",
    "help",
    "placeholder",
    "required",
    "required_if",
    "visible_if",
    "messages",
    "default",
    "fim",
    "law",
)
KEYS: dict[str, tuple[str, ...]] = {
    "text": (*_COMMON, "min_length", "max_length", "pattern", "input", "uppercase", "multiline"),
    "number": (*_COMMON, "min", "max", "integer", "unit"),
    "date": (*_COMMON, "min", "max"),
    "choice": (*_COMMON, "codelist", "codes", "options"),
    "multichoice": (*_COMMON, "codelist", "codes", "options", "min", "max"),
    "yesno": (*_COMMON, "require_yes"),
    "address": (
        "id",
        "kind",
        "label",
        "help",
        "required",
        "required_if",
        "visible_if",
        "messages",
        "country",
        "fim",
        "law",
    ),
    "group": (
        "id",
        "kind",
        "label",
        "help",
        "visible_if",
        "messages",
        "fields",
        "min",
        "max",
        "item_label",
        "fim",
        "law",
    ),
    "signature": (
        "id",
        "kind",
        "label",
        "help",
        "required",
        "required_if",
        "visible_if",
        "messages",
        "law",
    ),
    "info": ("id", "kind", "label", "text", "style", "visible_if"),
}
_PARTS = (("street", 55), ("house_number", 11), ("postcode", 10), ("city", 50))
# The harmonised FIM fields of an address (Baukasten: Anschrift Inland / Ausland).
PART_FIM = {
    "street": "F60000000243",
    "house_number": "F60000000244",
    "postcode": "F60000000246",
    "city": "F60000000247",
    "country": "F60000000261",
}
FIM_ID = re.compile(r"[FG]\d{11}")


@dataclass
class Pending:
    """Conditions read later, once every field of the form is known."""

    visible: list[tuple[Any, str]] = field(default_factory=list)  # (raw, where)
    required: tuple[Any, str] | None = None


@dataclass
class FieldReader:
    codelists: Mapping[str, CodeList]
    messages: Messages
    # placeholders an info text may use (the form's configured values, e.g. fees)
    text_params: frozenset[str] = frozenset()
    pending: dict[tuple[str | None, str], Pending] = field(default_factory=dict)
    seen_ids: dict[str, str] = field(default_factory=dict)  # id -> where it was defined

    def read(self, raw: Any, where: str, group: str | None = None) -> Field:
        if not isinstance(raw, dict):
            raise Invalid(where, f"expected a field (a mapping), got {describe(raw)}")
        kind = raw.get("kind")
        if kind not in KINDS:
            raise Invalid(join(where, "kind"), f"expected one of {', '.join(KINDS)}, got {kind!r}")
        for key in raw:
            if key not in KEYS[kind]:
                raise _unknown_key(where, key, KEYS[kind])
        fid = raw.get("id")
        if not isinstance(fid, str) or not ID.fullmatch(fid):
            raise Invalid(join(where, "id"), "missing or not a valid id (a-z, 0-9, _)")
        if fid in self.seen_ids:
            raise Invalid(join(where, "id"), f"{fid!r} is already used at {self.seen_ids[fid]}")
        self.seen_ids[fid] = where
        label = (
            optional_text(raw.get("label"), join(where, "label"))
            if kind == "info"
            else parse_text(raw.get("label"), join(where, "label"))
        )
        attrs: dict[str, Any] = {
            "label": label,
            "help": optional_text(raw.get("help"), join(where, "help")),
            "placeholder": optional_text(raw.get("placeholder"), join(where, "placeholder")),
            "required": _bool(raw, "required", where),
            "messages": _messages(raw.get("messages"), join(where, "messages")),
            "group": group,
            "fim": _fim(raw, where),
            "law": _law(raw, where),
        }
        attrs.update(_KIND_READERS[kind](self, raw, where, fid))
        f = Field(fid, kind, **attrs)
        pending = Pending()
        if "visible_if" in raw:
            pending.visible.append((raw["visible_if"], join(where, "visible_if")))
        if "required_if" in raw:
            pending.required = (raw["required_if"], join(where, "required_if"))
        self.pending[(group, fid)] = pending
        if "default" in raw:
            _check_default(f, raw["default"], join(where, "default"))
            f = Field(fid, kind, **{**attrs, "default": raw["default"]})
        return f

    # -- kinds -------------------------------------------------------------------------

    def _text(self, raw: dict[str, Any], where: str, fid: str) -> dict[str, Any]:
        multiline = _bool(raw, "multiline", where)
        lo = _int(raw, "min_length", where, 0)
        hi = _int(raw, "max_length", where, 2000 if multiline else 200, low=1)
        if lo > hi:
            raise Invalid(join(where, "min_length"), "is above max_length")
        pattern = raw.get("pattern")
        if pattern is not None and not isinstance(pattern, str):
            raise Invalid(join(where, "pattern"), f"expected text, got {describe(pattern)}")
        # A field whose pattern takes Latin letters only opens the Latin keyboard.
        input_ = raw.get("input", "latin" if "\\p{Latin}" in str(pattern or "") else "text")
        if input_ not in INPUTS:
            raise Invalid(join(where, "input"), f"expected one of {', '.join(INPUTS)}")
        return {
            "min_length": lo,
            "max_length": hi,
            "multiline": multiline,
            "input": input_,
            "uppercase": _bool(raw, "uppercase", where),
            "pattern": compile_pattern(pattern, join(where, "pattern")) if pattern else None,
        }

    def _number(self, raw: dict[str, Any], where: str, fid: str) -> dict[str, Any]:
        lo, hi = _number(raw, "min", where), _number(raw, "max", where)
        if lo is not None and hi is not None and lo > hi:
            raise Invalid(join(where, "min"), "is above max")
        unit = raw.get("unit", "")
        if not isinstance(unit, str):
            raise Invalid(join(where, "unit"), "expected a symbol such as m³ or EUR")
        return {"minimum": lo, "maximum": hi, "integer": _bool(raw, "integer", where), "unit": unit}

    def _date(self, raw: dict[str, Any], where: str, fid: str) -> dict[str, Any]:
        return {
            k: parse_bound(raw[key], join(where, key)) if key in raw else None
            for k, key in (("date_min", "min"), ("date_max", "max"))
        }

    def _choice(self, raw: dict[str, Any], where: str, fid: str) -> dict[str, Any]:
        name, inline = raw.get("codelist"), raw.get("options")
        if (name is None) == (inline is None):
            raise Invalid(where, "needs either codelist or options")
        attrs: dict[str, Any] = {}
        if name is not None:
            if name not in self.codelists:
                known = ", ".join(sorted(self.codelists)) or "none"
                raise Invalid(
                    join(where, "codelist"), f"unknown code list {name!r} (known: {known})"
                )
            cl = self.codelists[name]
            codes = raw.get("codes", list(cl.offered_codes))
            if not isinstance(codes, list) or not codes:
                raise Invalid(join(where, "codes"), "expected a non-empty list of codes")
            for i, code in enumerate(codes):
                if not isinstance(code, str) or code not in cl.codes:
                    raise Invalid(
                        join(join(where, "codes"), i), f"{code!r} is not in code list {name!r}"
                    )
            by_code = {e.code: e for e in cl.entries}
            attrs["codelist"] = cl
            attrs["options"] = tuple(Option(c, by_code[c].label) for c in codes)
        else:
            if "codes" in raw:
                raise Invalid(join(where, "codes"), "only with a codelist")
            attrs["options"] = _options(inline, join(where, "options"))
        if raw.get("kind") == "multichoice":
            attrs["min_items"] = _int(raw, "min", where, 0)
            attrs["max_items"] = _int(raw, "max", where, None, low=1)
        return attrs

    def _yesno(self, raw: dict[str, Any], where: str, fid: str) -> dict[str, Any]:
        return {"require_yes": _bool(raw, "require_yes", where)}

    def _address(self, raw: dict[str, Any], where: str, fid: str) -> dict[str, Any]:
        parts = [
            Field(
                pid,
                "text",
                label=self.messages.parts[pid],
                required=True,
                max_length=size,
                fim=PART_FIM[pid],
                input="latin" if pid in _LATIN_PARTS else "text",
                pattern=(
                    compile_pattern(LATIN_ADDRESS, join(where, pid))
                    if pid in _LATIN_PARTS
                    else None
                ),
            )
            for pid, size in _PARTS
        ]
        if _bool(raw, "country", where):
            if COUNTRIES not in self.codelists:
                raise Invalid(join(where, "country"), f"needs the code list {COUNTRIES!r}")
            cl = self.codelists[COUNTRIES]
            parts.append(
                Field(
                    "country",
                    "choice",
                    label=self.messages.parts["country"],
                    required=True,
                    codelist=cl,
                    default="000",
                    fim=PART_FIM["country"],
                    options=tuple(Option(e.code, e.label) for e in cl.entries if e.offered),
                )
            )
        return {"parts": tuple(parts)}

    def _group(self, raw: dict[str, Any], where: str, fid: str) -> dict[str, Any]:
        lo = _int(raw, "min", where, 0)
        hi = _int(raw, "max", where, None, low=1)
        if hi is not None and lo > hi:
            raise Invalid(join(where, "min"), "is above max")
        items = raw.get("fields")
        here = join(where, "fields")
        if not isinstance(items, list) or not items:
            raise Invalid(here, "missing (a list of fields)")
        children = []
        for i, child in enumerate(items):
            if isinstance(child, dict) and child.get("kind") == "group":
                raise Invalid(join(join(here, i), "kind"), "groups cannot be nested")
            children.append(self.read(child, join(here, i), group=fid))
        item_label = raw.get("item_label")
        return {
            "min_items": lo,
            "max_items": hi,
            "fields": tuple(children),
            "item_label": None
            if item_label is None
            else parse_text(item_label, join(where, "item_label"), frozenset({"n"})),
        }

    def _signature(self, raw: dict[str, Any], where: str, fid: str) -> dict[str, Any]:
        return {}

    def _info(self, raw: dict[str, Any], where: str, fid: str) -> dict[str, Any]:
        style = raw.get("style", "info")
        if style not in ("info", "warning"):
            raise Invalid(join(where, "style"), "expected 'info' or 'warning'")
        text = parse_text(raw.get("text"), join(where, "text"), self.text_params)
        return {"text": text, "style": style}


_Reader = Callable[[FieldReader, dict[str, Any], str, str], dict[str, Any]]
_KIND_READERS: dict[str, _Reader] = {
    "text": FieldReader._text,
    "number": FieldReader._number,
    "date": FieldReader._date,
    "choice": FieldReader._choice,
    "multichoice": FieldReader._choice,
    "yesno": FieldReader._yesno,
    "address": FieldReader._address,
    "group": FieldReader._group,
    "signature": FieldReader._signature,
    "info": FieldReader._info,
}


def _fim(raw: dict[str, Any], where: str) -> str:
    """The FIM identifier of the field (``F`` + 11 digits; ``G`` for a field group)."""
    value = raw.get("fim", "")
    if value and (not isinstance(value, str) or not FIM_ID.fullmatch(value)):
        raise Invalid(join(where, "fim"), "expected a FIM id such as 'F60000000227'")
    return str(value)


def _law(raw: dict[str, Any], where: str) -> str:
    """Where the field comes from in law or standard (for the docs and the clerk)."""
    value = raw.get("law", "")
    if not isinstance(value, str):
        raise Invalid(join(where, "law"), "expected text, e.g. '§ 3 Abs. 1 Nr. 1 BMG'")
    return value.strip()


def _bool(raw: dict[str, Any], key: str, where: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise Invalid(join(where, key), f"expected true or false, got {describe(value)}")
    return value


def _int(raw: dict[str, Any], key: str, where: str, default: int | None, low: int = 0) -> Any:
    value = raw.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise Invalid(join(where, key), f"expected a whole number >= {low}, got {describe(value)}")
    return value


def _number(raw: dict[str, Any], key: str, where: str) -> float | None:
    value = raw.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise Invalid(join(where, key), f"expected a number, got {describe(value)}")
    return value


def _options(raw: Any, where: str) -> tuple[Option, ...]:
    if not isinstance(raw, list) or not raw:
        raise Invalid(where, "expected a non-empty list of {code, label}")
    options: list[Option] = []
    for i, item in enumerate(raw):
        here = join(where, i)
        if not isinstance(item, dict):
            raise Invalid(here, f"expected {{code, label}}, got {describe(item)}")
        for key in item:
            if key not in ("code", "label"):
                raise _unknown_key(here, key, ("code", "label"))
        code = item.get("code")
        if not isinstance(code, str) or not code:
            hint = " (quote it)" if isinstance(code, int | float | bool) else ""
            raise Invalid(join(here, "code"), f"expected a text code{hint}")
        if any(o.code == code for o in options):
            raise Invalid(join(here, "code"), f"{code!r} is used twice")
        options.append(Option(code, parse_text(item.get("label"), join(here, "label"))))
    return tuple(options)


def _messages(raw: Any, where: str) -> dict[str, Text]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise Invalid(where, "expected a mapping of message kind -> texts")
    out: dict[str, Text] = {}
    for kind, text in raw.items():
        if kind not in MESSAGE_PARAMS:
            raise _unknown_key(where, kind, MESSAGE_PARAMS)
        out[kind] = parse_text(text, join(where, kind), MESSAGE_PARAMS[kind])
    return out


def _check_default(f: Field, value: Any, where: str) -> None:
    if f.kind not in ("text", "number", "choice", "multichoice", "yesno"):
        raise Invalid(where, f"not supported for {f.kind} fields")
    c = clean(f, value)
    ok = c.problem is None and c.value is not None
    if ok and f.kind == "choice":
        ok = c.value in f.codes
    elif ok and f.kind == "multichoice":
        ok = all(v in f.codes for v in c.value)
    elif ok and f.kind == "number":
        ok = (f.minimum is None or c.value >= f.minimum) and (
            f.maximum is None or c.value <= f.maximum
        )
    if not ok:
        raise Invalid(where, f"{value!r} is not a valid answer for this field")
