"""What the UI and the printer get: plain, immutable records in the citizen's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.forms.checks import GERMANY
from kiosk.forms.model import Field
from kiosk.forms.texts import Messages, format_date, format_number


@dataclass(frozen=True)
class GroupItem:
    label: str  # "Person 2"
    fields: tuple[FieldView, ...]
    can_remove: bool


@dataclass(frozen=True)
class FieldView:
    """One field as the current page shows it. ``value`` is what was set (raw), so an
    input shows exactly what the citizen typed; ``error`` appears once the page has been
    checked (Next, or ``validate_page``); ``warning`` does not block."""

    path: str
    kind: str
    label: str
    help: str = ""
    placeholder: str = ""
    text: str = ""  # info: the text to show
    style: str = "info"  # info: "info" or "warning"
    section: str = ""  # the section's title ("" when it has none)
    required: bool = False
    visible: bool = True
    value: Any = None
    error: str | None = None
    warning: str | None = None
    prefilled: bool = False
    options: tuple[tuple[str, str], ...] = ()  # (code, label) in display order
    frequent: tuple[str, ...] = ()  # codes a long list's picker shows first (code list data)
    search: tuple[tuple[str, str], ...] = ()  # (code, more words that find it) in a picker
    input: str = "text"  # keyboard: text, email, phone, digits, time
    multiline: bool = False
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    date_min: str | None = None  # ISO, for the date picker
    date_max: str | None = None
    parts: tuple[FieldView, ...] = ()  # address: street, house_number, postcode, city, country
    items: tuple[GroupItem, ...] = ()  # group
    can_add: bool = False  # group: another item may be added


@dataclass(frozen=True)
class ReviewRow:
    path: str
    label: str
    value: str


@dataclass(frozen=True)
class ReviewSection:
    """A block on the review page; "change" jumps to ``page_index``."""

    title: str
    page_index: int
    rows: tuple[ReviewRow, ...]


@dataclass(frozen=True)
class SummaryLine:
    path: str
    label: str
    value: str


@dataclass(frozen=True)
class Submission:
    """A completed form. ``data`` satisfies ``form_schema(form)``; ``paper_summary`` is all
    that may be printed for the citizen to take away."""

    form_id: str
    form_version: int
    language: str
    created: datetime
    idempotency_key: str
    data: dict[str, Any]
    paper_summary: tuple[SummaryLine, ...]
    # the form prints a paper to sign at the counter (render_counter_copy), e.g. the Meldeschein
    counter_copy: bool = False
    # the answers field by field with their FIM ids ({path, fim, value}; kiosk.forms.export)
    fields: tuple[dict[str, Any], ...] = ()

    def payload(self) -> dict[str, Any]:
        """JSON for the outbox (``outbox.put("form", s.payload(), s.idempotency_key)``)."""
        return {
            "form": self.form_id,
            "version": self.form_version,
            "language": self.language,
            "created": self.created.isoformat(),
            "data": self.data,
            **({"fields": list(self.fields)} if self.fields else {}),
        }


def display(f: Field, value: Any, lang: str, messages: Messages) -> str:
    """A cleaned value as a person reads it: dates dd.mm.yyyy, choices by label."""
    kind = f.kind
    if kind == "number":
        return f"{format_number(value, lang)} {f.unit}".strip()
    if kind == "date":
        return format_date(value)
    if kind == "choice":
        return f.option_label(value, lang)
    if kind == "multichoice":
        return ", ".join(f.option_label(v, lang) for v in value)
    if kind == "yesno":
        return messages.words["yes" if value else "no"](lang)
    if kind == "signature":
        return messages.words["signed"](lang)
    if kind == "address":
        street = " ".join(value[p] for p in ("street", "house_number") if p in value)
        city = " ".join(value[p] for p in ("postcode", "city") if p in value)
        lines = [s for s in (street, city) if s]
        country = value.get("country", GERMANY)
        if country != GERMANY and "country" in f.part_map:
            lines.append(f.part_map["country"].option_label(country, lang))
        return ", ".join(lines)
    return str(value)
