"""What a loaded form definition is: pages -> sections -> fields, rules, prefill, paper.

Everything here is immutable and already checked by :mod:`kiosk.forms.loader`; the
session and the schema read it, never change it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from kiosk.forms.codelists import CodeList
from kiosk.forms.dates import DateBound
from kiosk.forms.texts import Messages, Text

if TYPE_CHECKING:
    from kiosk.forms.conditions import Condition

KINDS = (
    "text",
    "number",
    "date",
    "choice",
    "multichoice",
    "yesno",
    "address",
    "group",
    "signature",
    "info",
)
# Identity attributes read from an ID document that a form may map onto its fields.
IDENTITY_ATTRIBUTES = (
    "surname",
    "given_names",
    "date_of_birth",
    "nationality",
    "sex",
    "place_of_birth",
    "address",  # DG11 of some passports, one line; never from the German ID card
    "document_number",
    "expiry",
    "document_kind",
)


@dataclass(frozen=True, eq=False)
class Option:
    code: str
    label: Text


@dataclass(frozen=True, eq=False)
class Field:
    """One question. Attributes that do not apply to its kind keep their defaults."""

    id: str
    kind: str
    label: Text | None = None
    help: Text | None = None
    placeholder: Text | None = None
    required: bool = False
    required_if: Condition | None = None
    visible_if: tuple[Condition, ...] = ()  # page, section and field conditions, all must hold
    messages: Mapping[str, Text] = field(default_factory=dict)
    default: Any = None
    group: str | None = None  # the group this field repeats in, if any
    fim: str = ""  # FIM field id (F...), so a clerk's system can map the answer
    law: str = ""  # legal source, e.g. "§ 3 Abs. 1 Nr. 1 BMG; DSMeld 0101"
    # text
    min_length: int = 0
    max_length: int = 200
    pattern: re.Pattern[str] | None = None
    input: str = "text"  # keyboard hint: text, email, phone, digits, time
    uppercase: bool = False
    multiline: bool = False
    # number
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    unit: str = ""
    # date
    date_min: DateBound | None = None
    date_max: DateBound | None = None
    # choice, multichoice
    codelist: CodeList | None = None
    options: tuple[Option, ...] = ()  # inline options, or the code list's chosen codes
    # multichoice: number of selections; group: number of items
    min_items: int = 0
    max_items: int | None = None
    # yesno
    require_yes: bool = False
    # address
    parts: tuple[Field, ...] = ()
    # group
    fields: tuple[Field, ...] = ()
    item_label: Text | None = None
    # info
    text: Text | None = None
    style: str = "info"

    @cached_property
    def codes(self) -> frozenset[str]:
        return frozenset(o.code for o in self.options)

    @cached_property
    def _options_by_lang(self) -> dict[str, tuple[tuple[str, str], ...]]:
        # Built once per language: a page is built on every tap, and a country list's
        # 200 labels each time cost milliseconds (issue 19).
        return {}

    def options_for(self, lang: str) -> list[tuple[str, str]]:
        """(code, label) pairs in the order the citizen sees them."""
        done = self._options_by_lang.get(lang)
        if done is None:
            if self.codelist is not None:
                entries = self.codelist.ordered(lang)
                done = tuple((e.code, e.label(lang)) for e in entries if e.code in self.codes)
            else:
                done = tuple((o.code, o.label(lang)) for o in self.options)
            self._options_by_lang[lang] = done
        return list(done)

    @cached_property
    def _search_terms(self) -> dict[str, str]:
        if self.codelist is None:
            return {}
        return {
            e.code: " ".join((e.label("de"), *e.aliases))
            for e in self.codelist.entries
            if e.code in self.codes
        }

    def search_terms(self) -> dict[str, str]:
        """What else finds an option in a long list's search besides its label in the
        citizen's language: the German name and the document codes ("Türkei", "TUR")."""
        return dict(self._search_terms)

    def frequent_codes(self) -> tuple[str, ...]:
        """The code list's most frequent answers this field offers, most frequent first."""
        if self.codelist is None:
            return ()
        return tuple(c for c in self.codelist.frequent if c in self.codes)

    def option_label(self, code: str, lang: str) -> str:
        for o in self.options:
            if o.code == code:
                return o.label(lang)
        return code

    def match_option(self, value: str) -> str | None:
        """The code ``value`` stands for (code or code list alias, any case)."""
        if self.codelist is not None:
            code = self.codelist.match(value)
            return code if code in self.codes else None
        folded = value.strip().casefold()
        return next((o.code for o in self.options if o.code.casefold() == folded), None)

    @cached_property
    def children(self) -> Mapping[str, Field]:
        return {f.id: f for f in self.fields}

    @cached_property
    def part_map(self) -> Mapping[str, Field]:
        return {f.id: f for f in self.parts}


@dataclass(frozen=True, eq=False)
class Section:
    id: str
    title: Text | None
    fields: tuple[Field, ...]


@dataclass(frozen=True, eq=False)
class Page:
    id: str
    title: Text
    sections: tuple[Section, ...]

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(f for s in self.sections for f in s.fields)


@dataclass(frozen=True, eq=False)
class Rule:
    """A cross-field check: when ``when`` holds, ``message`` is shown at ``target``.
    Errors block the page; warnings are shown but let the citizen go on."""

    id: str
    target: str
    group: str | None
    level: str  # "error" or "warning"
    when: Condition
    message: Text


@dataclass(frozen=True, eq=False)
class Paper:
    """What may be printed for the citizen (e.g. the Meldebestätigung, BMG section 24(2)).
    ``fields`` are paths like ``new_address`` or ``persons.surname`` (every person)."""

    fields: tuple[str, ...]
    date_label: Text | None = None  # adds the submission date under this label


@dataclass(frozen=True, eq=False)
class CounterCopy:
    """A paper the citizen signs at the counter (the Meldeschein of § 23 Abs. 1 BMG): every
    answer of every person, printed after submission; the kiosk's screen says so."""

    title: Text
    note: Text  # printed above the signature lines


@dataclass(frozen=True, eq=False)
class Form:
    id: str
    version: int
    title: Text
    description: Text | None
    pages: tuple[Page, ...]
    rules: tuple[Rule, ...]
    prefill: Mapping[str, str]  # identity attribute -> field path
    paper: Paper
    messages: Messages
    source: str  # the file, for messages
    fees: Mapping[str, str] = field(default_factory=dict)  # text placeholder -> fee id
    counter_copy: CounterCopy | None = None

    @cached_property
    def fields(self) -> Mapping[str, Field]:
        """Top-level fields by id, in page order."""
        return {f.id: f for p in self.pages for f in p.fields}

    @cached_property
    def page_of(self) -> Mapping[str, int]:
        return {f.id: i for i, p in enumerate(self.pages) for f in p.fields}
