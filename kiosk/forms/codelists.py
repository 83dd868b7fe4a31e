"""Code lists (Familienstand, Staatsangehörigkeit, ...) as data: codes the authority
understands, labels in every language, and aliases that map what an ID document says
("D", "F") onto a code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.config import LANDS  # a code list may differ by Land (religion)
from kiosk.forms.errors import FormDefinitionError, Invalid, display_name, join, read_yaml
from kiosk.forms.errors import unknown_key as _unknown_key
from kiosk.forms.texts import Text, describe, parse_text

_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")
_KEYS = ("id", "title", "source", "sorted", "frequent", "entries")
_ENTRY_KEYS = ("code", "label", "aliases", "pin", "offered", "lands")


@dataclass(frozen=True)
class Entry:
    code: str
    label: Text
    aliases: tuple[str, ...] = ()
    pin: str = ""  # "first" or "last": kept at the top or bottom when sorted by label
    # False: a valid code (a former state, a status such as "staatenlos") that stored data
    # may hold, but not offered unless a field names it in ``codes``.
    offered: bool = True
    lands: tuple[str, ...] = ()  # offered only where the kiosk's Land is one of these

    def offered_in(self, land: str) -> bool:
        return not self.lands or not land or land in self.lands


@dataclass(frozen=True, eq=False)
class CodeList:
    id: str
    title: Text
    source: str
    entries: tuple[Entry, ...]
    sorted: bool = False  # options sorted by their label in the citizen's language
    # Codes most citizens choose, most frequent first: a long list's picker shows these
    # before any search (the site's own statistics may reorder them; data, not code).
    frequent: tuple[str, ...] = ()
    _by_code: dict[str, Entry] = field(init=False, repr=False)
    _by_alias: dict[str, str] = field(init=False, repr=False)
    # The sorted order per language: sorting 200 countries by label took about 1 ms, and
    # a form page showing two of them is built on every tap (issue 19).
    _ordered: dict[str, tuple[Entry, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_alias = {a.casefold(): e.code for e in self.entries for a in (e.code, *e.aliases)}
        object.__setattr__(self, "_by_code", {e.code: e for e in self.entries})
        object.__setattr__(self, "_by_alias", by_alias)
        object.__setattr__(self, "_ordered", {})

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(e.code for e in self.entries)

    @property
    def offered_codes(self) -> tuple[str, ...]:
        """What a field offers when it names no ``codes`` of its own."""
        return tuple(e.code for e in self.entries if e.offered)

    def label(self, code: str, lang: str) -> str:
        entry = self._by_code.get(code)
        return entry.label(lang) if entry else code

    def match(self, value: str) -> str | None:
        """The code meaning ``value`` (a code or an alias, any case), or None."""
        return self._by_alias.get(value.strip().casefold())

    def ordered(self, lang: str) -> tuple[Entry, ...]:
        if not self.sorted:
            return self.entries
        done = self._ordered.get(lang)
        if done is None:
            rank = {"first": 0, "": 1, "last": 2}
            key = lambda e: (rank[e.pin], e.label(lang).casefold())  # noqa: E731
            done = self._ordered[lang] = tuple(sorted(self.entries, key=key))
        return done


def _entry(raw: Any, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise Invalid(where, f"expected a mapping, got {describe(raw)}")
    for key in raw:
        if key not in _ENTRY_KEYS:
            raise _unknown_key(where, key, _ENTRY_KEYS)
    code = raw.get("code")
    if not isinstance(code, str) or not code.strip():
        hint = " (quote it, e.g. '000')" if isinstance(code, int | float | bool) else ""
        raise Invalid(join(where, "code"), f"expected a text code{hint}")
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise Invalid(join(where, "aliases"), "expected a list of texts (quote them)")
    pin = raw.get("pin", "")
    if pin not in ("", "first", "last"):
        raise Invalid(join(where, "pin"), "expected 'first' or 'last'")
    offered = raw.get("offered", True)
    if not isinstance(offered, bool):
        raise Invalid(join(where, "offered"), "expected true or false")
    lands = raw.get("lands", [])
    if not isinstance(lands, list) or (not lands and "lands" in raw):
        raise Invalid(join(where, "lands"), f"expected a list of Länder ({', '.join(LANDS)})")
    for i, land in enumerate(lands):
        if land not in LANDS:
            raise Invalid(join(join(where, "lands"), i), f"expected one of {', '.join(LANDS)}")
    label = parse_text(raw.get("label"), join(where, "label"))
    return Entry(code, label, tuple(aliases), pin, offered, tuple(lands))


def parse_codelist(data: Any, expected_id: str) -> CodeList:
    if not isinstance(data, dict):
        raise Invalid("", "expected a mapping with id, title, source and entries")
    for key in data:
        if key not in _KEYS:
            raise _unknown_key("", key, _KEYS)
    cid = data.get("id")
    if not isinstance(cid, str) or not _ID.fullmatch(cid):
        raise Invalid("id", "missing or not a valid id (a-z, 0-9, _)")
    if cid != expected_id:
        raise Invalid("id", f"{cid!r} does not match the file name {expected_id!r}")
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        raise Invalid("source", "missing: say where the codes come from")
    if not isinstance(data.get("sorted", False), bool):
        raise Invalid("sorted", "expected true or false")
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise Invalid("entries", "missing (a list of codes)")
    entries = [_entry(e, f"entries[{i}]") for i, e in enumerate(raw_entries)]
    seen: dict[str, int] = {}
    for i, e in enumerate(entries):
        for name in (e.code, *e.aliases):
            key = name.casefold()
            if key in seen and seen[key] != i:
                raise Invalid(f"entries[{i}]", f"code or alias {name!r} is used twice")
            seen[key] = i
    frequent = data.get("frequent", [])
    if not isinstance(frequent, list) or not all(isinstance(c, str) for c in frequent):
        raise Invalid("frequent", "expected a list of codes (quote them, e.g. '000')")
    known = {e.code for e in entries}
    for i, code in enumerate(frequent):
        if code not in known:
            raise Invalid(f"frequent[{i}]", f"{code!r} is not a code of this list")
    if len(set(frequent)) != len(frequent):
        raise Invalid("frequent", "a code is named twice")
    return CodeList(
        cid,
        parse_text(data.get("title"), "title"),
        source,
        tuple(entries),
        data.get("sorted", False),
        tuple(frequent),
    )


def load_codelists(directory: Path) -> dict[str, CodeList]:
    """Every ``<id>.yaml`` in ``directory``."""
    lists: dict[str, CodeList] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            lists[path.stem] = parse_codelist(read_yaml(path), path.stem)
        except Invalid as err:
            raise FormDefinitionError(display_name(path), err.path, err.problem) from None
    return lists
