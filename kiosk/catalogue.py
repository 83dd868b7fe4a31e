"""The service catalogue: the concerns a citizen can choose, grouped by counter.

It is data (assets/catalogue.toml), loaded and checked once at start-up; a broken
catalogue is reported like a broken config: one line naming the entry.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.config.errors import MAX_CONFIG_BYTES, ConfigError
from kiosk.files import FileProblem, read_regular_file
from kiosk.i18n import fallback

_ID = re.compile(r"[a-z0-9_]{1,40}|[A-Z]{1,2}")
_PREFIX = re.compile(r"[A-Z]{1,2}")


@dataclass(frozen=True)
class Group:
    id: str
    prefix: str
    icon: str
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["de"]  # partial languages (ls) too


@dataclass(frozen=True)
class Concern:
    id: str
    group_id: str
    icon: str
    names: dict[str, str]
    hints: dict[str, str]
    form: str | None = None

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["de"]

    def hint(self, lang: str) -> str:
        return self.hints.get(lang) or self.hints.get("de", "")


@dataclass(frozen=True)
class Catalogue:
    groups: tuple[Group, ...]
    concerns: tuple[Concern, ...]

    def group(self, group_id: str) -> Group:
        for g in self.groups:
            if g.id == group_id:
                return g
        raise KeyError(group_id)

    def concern(self, concern_id: str) -> Concern:
        for c in self.concerns:
            if c.id == concern_id:
                return c
        raise KeyError(concern_id)

    def concerns_of(self, group_id: str) -> list[Concern]:
        return [c for c in self.concerns if c.group_id == group_id]


def _texts(entry: dict[str, Any], key: str, where: str, languages: list[str]) -> dict[str, str]:
    texts = entry.get(key)
    if not isinstance(texts, dict):
        raise ConfigError(f"{where}.{key}: missing (a table of texts per language)")
    for lang in languages:
        value = texts.get(lang)
        if value is None and fallback(lang) is not None:
            continue  # a partial language (Leichte Sprache) may leave it to German
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}.{key}.{lang}: missing text")
    return {k: str(v) for k, v in texts.items()}


def _entries(data: dict[str, Any], name: str, source: str) -> list[dict[str, Any]]:
    entries = data.get(name, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(f"{source}: {name}: expected [[{name}]] tables")
    return entries


def parse(data: dict[str, Any], source: str, languages: list[str]) -> Catalogue:
    groups: list[Group] = []
    concerns: list[Concern] = []
    for i, g in enumerate(_entries(data, "group", source)):
        where = f"{source}: group[{i}]"
        gid, prefix = g.get("id"), g.get("prefix")
        if not isinstance(gid, str) or not _ID.fullmatch(gid):
            raise ConfigError(f"{where}.id: missing or not a valid id")
        if not isinstance(prefix, str) or not _PREFIX.fullmatch(prefix):
            raise ConfigError(f"{where}.prefix: one or two capital letters expected")
        if any(x.id == gid or x.prefix == prefix for x in groups):
            raise ConfigError(f"{where}: id or prefix used twice")
        groups.append(
            Group(gid, prefix, str(g.get("icon", "")), _texts(g, "name", where, languages))
        )
    ids = {g.id for g in groups}
    for i, c in enumerate(_entries(data, "concern", source)):
        where = f"{source}: concern[{i}]"
        cid = c.get("id")
        if not isinstance(cid, str) or not _ID.fullmatch(cid):
            raise ConfigError(f"{where}.id: missing or not a valid id")
        if not isinstance(c.get("group"), str) or c.get("group") not in ids:
            raise ConfigError(f"{where}.group: {c.get('group')!r} is not a group")
        if any(x.id == cid for x in concerns):
            raise ConfigError(f"{where}.id: {cid!r} used twice")
        form = c.get("form")
        concerns.append(
            Concern(
                cid,
                c["group"],
                str(c.get("icon", "")),
                _texts(c, "name", where, languages),
                _texts(c, "hint", where, languages),
                str(form) if form else None,
            )
        )
    if not concerns:
        raise ConfigError(f"{source}: no concerns defined")
    return Catalogue(tuple(groups), tuple(concerns))


def load(path: Path, languages: list[str]) -> Catalogue:
    try:
        data = tomllib.loads(read_regular_file(path, MAX_CONFIG_BYTES).decode("utf-8"))
    except FileProblem as err:
        what = "catalogue not found" if str(err) == "not found" else str(err)
        raise ConfigError(f"{path}: {what}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None
    return parse(data, str(path), languages)
