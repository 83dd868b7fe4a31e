"""Texts in every kiosk language, the shared validation messages, and display formats.

Every text a citizen can see (titles, labels, help, options, messages) is a mapping
language -> string that must exist in each language of :data:`kiosk.i18n.LANGUAGES`: a
gap found at load time is a bug report, a gap found by a citizen is a dead end. Only a
partial language (Leichte Sprache, see :func:`kiosk.i18n.fallback`) may leave a text out;
the citizen then reads the German one.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.forms.errors import FormDefinitionError, Invalid, display_name, join, read_yaml
from kiosk.forms.errors import unknown_key as _unknown_key
from kiosk.i18n import LANGUAGES, fallback, locale_of

LANGS: tuple[str, ...] = tuple(LANGUAGES)
# The languages every text must have; the others (partial ones) fall back to German.
REQUIRED_LANGS: tuple[str, ...] = tuple(lang for lang in LANGS if fallback(lang) is None)

# Rule kind -> the placeholders its message may use. Every kind needs a default message in
# messages.yaml; a field may override any of them (``messages:``).
# ``{label}`` is the field's own label, so that a message names its field ("Please fill
# in: First names", issue 22.12) and an error summary reads without the page.
MESSAGE_PARAMS: dict[str, frozenset[str]] = {
    "required": frozenset({"label"}),
    "required_choice": frozenset({"label"}),
    "required_signature": frozenset(),
    "invalid_text": frozenset(),
    "min_length": frozenset({"min"}),
    "max_length": frozenset({"max"}),
    "pattern": frozenset(),
    "email": frozenset(),
    "postcode": frozenset(),
    "number": frozenset(),
    "integer": frozenset(),
    "min": frozenset({"min"}),
    "max": frozenset({"max"}),
    "date": frozenset(),
    "date_min": frozenset({"min"}),
    "date_max": frozenset({"max"}),
    "choice": frozenset(),
    "min_items": frozenset({"min"}),
    "max_items": frozenset({"max"}),
    "group_min": frozenset({"min"}),
    "group_max": frozenset({"max"}),
    "yesno": frozenset(),
    "require_yes": frozenset(),
    "signature": frozenset(),
}
WORDS = ("yes", "no", "signed")
ADDRESS_PARTS = ("street", "house_number", "postcode", "city", "country")


@dataclass(frozen=True, eq=False)
class Text:
    """One text in every language."""

    by_lang: Mapping[str, str]

    def __call__(self, lang: str) -> str:
        return self.by_lang.get(lang) or self.by_lang[fallback(lang) or "de"]

    def format(self, lang: str, **params: str) -> str:
        return self(lang).format_map(params)


def _placeholders(text: str, where: str) -> set[str]:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as err:
        raise Invalid(where, f"bad placeholder ({err}); write {{{{ and }}}} for braces") from None
    for name in names:
        if not name.isidentifier():
            raise Invalid(where, f"bad placeholder {{{name}}}")
    return names


def describe(value: Any) -> str:
    kinds = {
        str: "text",
        bool: "boolean",
        int: "integer",
        float: "number",
        list: "list",
        dict: "mapping",
    }
    shown = repr(value)
    return f"{kinds.get(type(value), type(value).__name__)} {shown[:37]}"


def parse_text(raw: Any, where: str, params: frozenset[str] | None = frozenset()) -> Text:
    """Read a per-language text; ``params`` are the placeholders it may use (None: any,
    as long as every language uses the same ones)."""
    if isinstance(raw, str):
        raise Invalid(
            where, f"expected a text per language ({', '.join(LANGS)}), got a single text"
        )
    if not isinstance(raw, dict):
        raise Invalid(
            where,
            "missing" if raw is None else f"expected a text per language, got {describe(raw)}",
        )
    for key in raw:
        if key not in LANGS:
            raise _unknown_key(where, key, LANGS)
    texts: dict[str, str] = {}
    reference: set[str] | None = None
    for lang in LANGS:
        here = join(where, lang)
        value = raw.get(lang)
        if value is None and lang not in REQUIRED_LANGS:
            continue  # a partial language: the citizen reads the fallback's text
        if value is None or (isinstance(value, str) and not value.strip()):
            raise Invalid(here, "missing")
        if not isinstance(value, str):
            raise Invalid(here, f"expected text, got {describe(value)} (quote it)")
        used = _placeholders(value, here)
        if params is not None and not used <= params:
            allowed = ", ".join(f"{{{p}}}" for p in sorted(params)) or "none"
            raise Invalid(
                here, f"unknown placeholder {{{sorted(used - params)[0]}}} (allowed: {allowed})"
            )
        if reference is None:
            reference = used
        elif used != reference:
            raise Invalid(
                here, f"uses placeholders {sorted(used)}, but {LANGS[0]} uses {sorted(reference)}"
            )
        texts[lang] = value
    return Text(texts)


def optional_text(raw: Any, where: str, params: frozenset[str] = frozenset()) -> Text | None:
    return None if raw is None else parse_text(raw, where, params)


@dataclass(frozen=True)
class Messages:
    """Shared texts: a default message per rule kind, small words, address part labels,
    and messages for fields every form has (by field id: "given_names" -> "required" ->
    "Enter your first names"), used unless the field names its own."""

    messages: Mapping[str, Text]
    words: Mapping[str, Text]
    parts: Mapping[str, Text]
    fields: Mapping[str, Mapping[str, Text]] = field(default_factory=dict)

    def for_field(self, field_id: str, kind: str, own: Mapping[str, Text]) -> Text:
        """The message for ``kind`` on a field: its own, the shared one for its id, or
        the default."""
        return own.get(kind) or self.fields.get(field_id, {}).get(kind) or self.messages[kind]


def _section(
    data: dict[str, Any], name: str, keys: Mapping[str, frozenset[str]]
) -> dict[str, Text]:
    raw = data.get(name)
    if not isinstance(raw, dict):
        raise Invalid(name, "missing (a mapping)")
    for key in raw:
        if key not in keys:
            raise _unknown_key(name, key, keys)
    out: dict[str, Text] = {}
    for key, params in keys.items():
        here = join(name, key)
        if key not in raw:
            raise Invalid(here, "missing")
        out[key] = parse_text(raw[key], here, params)
    return out


def _field_messages(raw: Any) -> dict[str, dict[str, Text]]:
    """``fields:`` in messages.yaml: field id -> message kind -> text."""
    if not isinstance(raw, dict):
        raise Invalid("fields", "expected a mapping of field id -> message kind -> texts")
    out: dict[str, dict[str, Text]] = {}
    for fid, kinds in raw.items():
        where = join("fields", str(fid))
        if not isinstance(kinds, dict) or not kinds:
            raise Invalid(where, "expected a mapping of message kind -> texts")
        for kind in kinds:
            if kind not in MESSAGE_PARAMS:
                raise _unknown_key(where, kind, MESSAGE_PARAMS)
        out[str(fid)] = {
            k: parse_text(v, join(where, k), MESSAGE_PARAMS[k]) for k, v in kinds.items()
        }
    return out


def load_messages(path: Path) -> Messages:
    data = read_yaml(path)
    try:
        if not isinstance(data, dict):
            raise Invalid("", "expected a mapping with messages, words and parts")
        for key in data:
            if key not in ("messages", "words", "parts", "fields"):
                raise _unknown_key("", key, ("messages", "words", "parts", "fields"))
        none: frozenset[str] = frozenset()
        return Messages(
            _section(data, "messages", MESSAGE_PARAMS),
            _section(data, "words", dict.fromkeys(WORDS, none)),
            _section(data, "parts", dict.fromkeys(ADDRESS_PARTS, none)),
            _field_messages(data.get("fields", {})),
        )
    except Invalid as err:
        raise FormDefinitionError(display_name(path), err.path, err.problem) from None


# Display formats. Dates print as dd.mm.yyyy in every language: it is what German
# documents and the citizen's own papers show.
_DECIMAL_COMMA = frozenset({"de", "tr", "uk", "ru", "pl"})


def format_date(value: date | str) -> str:
    d = value if isinstance(value, date) else date.fromisoformat(value)
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def format_number(value: float, lang: str) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if locale_of(lang) in _DECIMAL_COMMA else text
