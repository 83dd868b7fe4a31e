"""The one error a broken form definition raises, and the strict YAML reader behind it.

A definition is data written by hand; a mistake in it must stop the kiosk at start-up with
one line naming the file and the path inside it, never show a half-working form to a
citizen. The error is a :class:`~kiosk.config.ConfigError`, so the CLI reports it the same
way (exit status 2).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import Any

import yaml

from kiosk.config import ConfigError

ROOT = Path(__file__).resolve().parent.parent.parent


class FormDefinitionError(ConfigError):
    """``<file>: <path>: <problem>``, e.g. ``assets/forms/x.yaml: title.tr: missing``."""

    def __init__(self, file: str, path: str, problem: str) -> None:
        self.file, self.path, self.problem = file, path, problem
        where = f"{file}: {path}" if path else file
        super().__init__(f"{where}: {problem}")


class Invalid(Exception):
    """Raised while reading one file: the path inside it and the problem. The caller adds
    the file name, so the readers below need not know it."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path, self.problem = path, problem


def display_name(path: Path) -> str:
    """A path as people type it: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def unknown_key(where: str, key: Any, known: Iterable[str]) -> Invalid:
    close = difflib.get_close_matches(str(key), list(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return Invalid(join(where, str(key)), f"unknown key{hint}")


def join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def _strict(base: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """A strict loader on ``base`` (libyaml's CSafeLoader or pure-Python SafeLoader)."""

    class StrictLoader(base):  # type: ignore[valid-type,misc]
        """YAML as people expect it: only true/false are booleans (YAML 1.1 also turns
        ``no``, ``on``, ``off`` into booleans, so ``en: No`` would silently become False),
        and a key given twice is an error instead of the last one winning."""

        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if not isinstance(key, Hashable):
                    continue  # the base class reports unhashable keys
                if key in seen:
                    line = key_node.start_mark.line + 1
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key {key!r} is given twice (line {line})", key_node.start_mark
                    )
                seen.add(key)
            mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
            return mapping

    StrictLoader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    StrictLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    return StrictLoader


# libyaml is ~10x faster but not always installed; the pure-Python parser differs in corner
# cases (it ends a plain scalar at "?" inside {...}), so tests read every asset with both.
PURE_LOADER = _strict(yaml.SafeLoader)
FAST_LOADER = _strict(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_yaml(path: Path, loader: type[yaml.SafeLoader] = FAST_LOADER) -> Any:
    """Parse one YAML file strictly; any problem becomes a FormDefinitionError."""
    name = display_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FormDefinitionError(name, "", "file not found") from None
    except UnicodeDecodeError:
        raise FormDefinitionError(name, "", "not UTF-8 text") from None
    except OSError as err:
        raise FormDefinitionError(name, "", f"cannot read: {err.strerror}") from None
    try:
        return yaml.load(text, Loader=loader)  # a SafeLoader subclass: no objects
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err)
        raise FormDefinitionError(name, "", f"not valid YAML{where}: {problem}") from None
    except RecursionError:
        raise FormDefinitionError(name, "", "not valid YAML: nested too deeply") from None
