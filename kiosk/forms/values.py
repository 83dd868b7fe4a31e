"""From what the UI hands over to the value that is validated and submitted.

``set()`` stores what the UI gives (so typing is never fought: a trailing space stays
while the citizen types "Anna Maria"); :func:`clean` makes the value that is checked,
shown on review and submitted: Unicode NFC, whitespace trimmed, dates as ISO text.
A value of the wrong type is not an exception but a problem the citizen is told about.
"""

from __future__ import annotations

import base64
import binascii
import html
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from kiosk.forms.dates import parse_date

if TYPE_CHECKING:
    from kiosk.forms.model import Field

SIGNATURE_MAX_CHARS = 400_000  # a data URI; a drawn signature is far smaller
SIGNATURE_PATTERN = r"data:image/(?:png|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}"
_SIGNATURE = re.compile(SIGNATURE_PATTERN)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")
_PNG = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Cleaned:
    value: Any = None  # None: empty
    problem: str | None = None  # a message kind when the value cannot be read


EMPTY = Cleaned()


def store(field: Field, value: Any) -> Any:
    """What ``set()`` keeps: dates as ISO text, signatures as data URIs."""
    if field.kind == "date" and isinstance(value, date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if field.kind == "signature":
        return signature_uri(value)
    if field.kind == "multichoice" and isinstance(value, tuple | set | frozenset):
        return list(value)
    return value


def signature_uri(value: Any) -> Any:
    """PNG bytes or SVG (a document or just path data) as a ``data:`` URI string."""
    if isinstance(value, bytes | bytearray):
        return "data:image/png;base64," + base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, str) and value.strip() and not value.startswith("data:"):
        svg = value.strip()
        if not svg.startswith("<"):
            svg = (
                '<svg xmlns="http://www.w3.org/2000/svg"><path fill="none" stroke="black" '
                f'stroke-width="3" stroke-linecap="round" d="{html.escape(svg)}"/></svg>'
            )
        return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")
    return value


def _bad_chars(text: str, multiline: bool) -> bool:
    for ch in text:
        cat = unicodedata.category(ch)
        if (cat == "Cc" and not (multiline and ch == "\n")) or cat == "Cs":
            return True
    return False


def clean_text(value: Any, multiline: bool = False, uppercase: bool = False) -> Cleaned:
    if value is None:
        return EMPTY
    if not isinstance(value, str):
        return Cleaned(problem="invalid_text")
    text = unicodedata.normalize("NFC", value)
    if multiline:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        text = "\n".join(line.rstrip() for line in lines).strip()
    else:
        text = re.sub(r"[ \t\u00a0]+", " ", text).strip()
    if _bad_chars(text, multiline):
        return Cleaned(problem="invalid_text")
    if uppercase:
        text = text.upper()
    return Cleaned(text) if text else EMPTY


def _clean_number(field: Field, value: Any) -> Cleaned:
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return EMPTY
        if len(text) > 32 or not _NUMBER.fullmatch(text):  # int() refuses > 4300 digits
            return Cleaned(problem="number")
        value = float(text.replace(",", ".")) if re.search(r"[.,]", text) else int(text)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Cleaned(problem="number")
    if isinstance(value, float):
        if not math.isfinite(value):
            return Cleaned(problem="number")
        if value.is_integer() and abs(value) < 2**53:
            value = int(value)
    if field.integer and not isinstance(value, int):
        return Cleaned(problem="integer")
    return Cleaned(value)


def _clean_signature(value: Any) -> Cleaned:
    if value is None or value == "":
        return EMPTY
    if (
        not isinstance(value, str)
        or len(value) > SIGNATURE_MAX_CHARS
        or not _SIGNATURE.fullmatch(value)
    ):
        return Cleaned(problem="signature")
    try:
        raw = base64.b64decode(value.split(",", 1)[1], validate=True)
    except (binascii.Error, ValueError):
        return Cleaned(problem="signature")
    svg = value.startswith("data:image/svg")
    if (svg and b"<svg" not in raw[:4096]) or (not svg and not raw.startswith(_PNG)):
        return Cleaned(problem="signature")
    return Cleaned(value)


def clean(field: Field, value: Any) -> Cleaned:
    """The value of a non-group, non-address field as it is checked and submitted."""
    kind = field.kind
    if kind == "text":
        return clean_text(value, field.multiline, field.uppercase)
    if kind == "number":
        return EMPTY if value is None else _clean_number(field, value)
    if kind == "date":
        if value is None or (isinstance(value, str) and not value.strip()):
            return EMPTY
        d = parse_date(value)
        return Cleaned(d.isoformat()) if d else Cleaned(problem="date")
    if kind == "choice":
        if value is None or value == "":
            return EMPTY
        return Cleaned(value.strip()) if isinstance(value, str) else Cleaned(problem="choice")
    if kind == "multichoice":
        if value is None or value == []:
            return EMPTY
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return Cleaned(problem="choice")
        return Cleaned(list(dict.fromkeys(value)))
    if kind == "yesno":
        if value is None:
            return EMPTY
        return Cleaned(value) if isinstance(value, bool) else Cleaned(problem="yesno")
    if kind == "signature":
        return _clean_signature(value)
    return EMPTY  # info


def clean_address(field: Field, value: Any) -> dict[str, Cleaned] | None:
    """Each part cleaned; None when the value is not an address mapping at all."""
    if value is None:
        value = {}
    if not isinstance(value, dict) or not set(value) <= set(field.part_map):
        return None
    return {
        pid: (clean(part, value.get(pid)) if part.kind == "choice" else clean_text(value.get(pid)))
        for pid, part in field.part_map.items()
    }


ADDRESS_LINE_PARTS = ("street", "house_number", "postcode", "city")


def address_filled(parts: dict[str, Cleaned]) -> bool:
    """An address counts as given once any part other than the preset country is."""
    return any(parts[p].value is not None for p in ADDRESS_LINE_PARTS)
