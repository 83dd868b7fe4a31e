"""Values read from an ID document, converted for the fields a form maps them to.

A document says "D" or "DEU" for German, "F" for female, "ID" for an identity card; the
form wants the Destatis code "000", "w" and its own document kind code. Code lists carry
these spellings as aliases, so the mapping is data. A value that does not convert is
left out: the citizen types it instead of seeing something wrong.
"""

from __future__ import annotations

from typing import Any

from kiosk.forms.dates import parse_date
from kiosk.forms.model import Field

PREFILL_KINDS = ("text", "date", "choice", "multichoice")


def convert(f: Field, value: Any) -> Any:
    """The value to store in ``f``, or None when it does not fit."""
    if value is None:
        return None
    if f.kind == "text":
        if not isinstance(value, str | int) or isinstance(value, bool):
            return None
        text = " ".join(str(value).split())
        return text or None
    if f.kind == "date":
        d = parse_date(value)
        return d.isoformat() if d else None
    if f.kind in ("choice", "multichoice"):
        if not isinstance(value, str):
            return None
        code = f.match_option(value)
        if code is None:
            return None
        return code if f.kind == "choice" else [code]
    return None
