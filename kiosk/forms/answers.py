"""The citizen's answers as conditions, checks and the submission see them.

One :class:`Answers` covers one scope: the form's top level or one item of a repeatable
group. It is built fresh for every check (answers change with every tap) and memoises
within it, so visibility chains (a field shown because another one is shown ...) are
evaluated once per check.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from kiosk.forms.conditions import evaluate
from kiosk.forms.model import Field
from kiosk.forms.values import EMPTY, Cleaned, address_filled, clean, clean_address


class Answers:
    def __init__(
        self, fields: Mapping[str, Field], raw: Mapping[str, Any], today: date, shown: bool = True
    ) -> None:
        self.fields = fields
        self.raw = raw
        self.today = today
        self.shown = shown  # False: the whole scope is hidden (its group is)
        self._cleaned: dict[str, Cleaned] = {}
        self._visible: dict[str, bool] = {}
        self._items: dict[str, list[Answers]] = {}

    def cleaned(self, fid: str) -> Cleaned:
        if fid not in self._cleaned:
            f = self.fields[fid]
            raw = self.raw.get(fid)
            if f.kind == "address":
                parts = clean_address(f, raw)
                if parts is None:
                    result = Cleaned(problem="invalid_text")
                elif address_filled(parts):
                    result = Cleaned({k: c.value for k, c in parts.items() if c.value is not None})
                else:
                    result = EMPTY
            elif f.kind == "group":
                result = Cleaned(raw) if isinstance(raw, list) and raw else EMPTY
            else:
                result = clean(f, raw)
            self._cleaned[fid] = result
        return self._cleaned[fid]

    def visible(self, fid: str) -> bool:
        if fid not in self._visible:
            self._visible[fid] = False  # a cycle reads "hidden" (the loader forbids cycles)
            f = self.fields[fid]
            self._visible[fid] = self.shown and all(
                evaluate(c, self.value, self.today) for c in f.visible_if
            )
        return self._visible[fid]

    def value(self, fid: str) -> Any:
        """The effective value: None when hidden, empty or unreadable."""
        if not self.visible(fid):
            return None
        c = self.cleaned(fid)
        return None if c.problem else c.value

    def required(self, fid: str) -> bool:
        f = self.fields[fid]
        if not self.visible(fid):
            return False
        if f.required or f.require_yes:
            return True
        return f.required_if is not None and evaluate(f.required_if, self.value, self.today)

    def items(self, fid: str) -> list[Answers]:
        """The items of group ``fid``, each its own scope."""
        if fid not in self._items:
            f = self.fields[fid]
            raw = self.raw.get(fid)
            rows = raw if isinstance(raw, list) else []
            shown = self.visible(fid)
            self._items[fid] = [
                Answers(f.children, r if isinstance(r, dict) else {}, self.today, shown)
                for r in rows
            ]
        return self._items[fid]

    def data(self) -> dict[str, Any]:
        """What is submitted: visible, non-empty values only."""
        out: dict[str, Any] = {}
        for fid, f in self.fields.items():
            if f.kind == "info" or not self.visible(fid):
                continue
            if f.kind == "group":
                items = [a.data() for a in self.items(fid)]
                if items:
                    out[fid] = items
                continue
            v = self.value(fid)
            if v is not None:
                out[fid] = v
        return out
