"""The paper a citizen signs at the counter for forms that need one (``counter_copy`` in
the definition): for the Anmeldung the filled Meldeschein of § 23 Abs. 1 BMG, because a
signature on the kiosk's screen does not replace it.

It prints every submitted answer of every person, in German (the register's language),
from the same rows a clerk's system gets (:func:`kiosk.forms.export.export_rows`), then the
note and one signature line per person of age (minors are signed for by their
gesetzlicher Vertreter). The layout is the receipt's: the same printer, fonts and width.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from kiosk.forms.export import CLERK_LANGUAGE, ExportRow, export_rows
from kiosk.forms.model import Form
from kiosk.forms.views import Submission
from kiosk.printing.documents import _begin, _pdf, format_issued

SIGNATURE_LINE = "_" * 34
_PARTS = ("street", "house_number", "postcode", "city", "country")
ADULT_YEARS = 18


def _item_title(form: Form, group_id: str, index: int) -> str:
    group = form.fields[group_id]
    label = group.item_label.format(CLERK_LANGUAGE, n=str(index + 1)) if group.item_label else ""
    return label or f"{group_id} {index + 1}"


def _signers(rows: list[ExportRow], today: datetime) -> list[str]:
    """Who signs: each person of age by name; for a minor, the person's name with
    "(gesetzlicher Vertreter)". Rows without persons (other forms): one line."""
    by_item: dict[int, dict[str, ExportRow]] = {}
    for row in rows:
        if row.item is not None and row.path.startswith("persons["):
            by_item.setdefault(row.item, {})[row.field] = row
    names: list[str] = []
    for fields in by_item.values():
        name = " ".join(fields[f].text for f in ("given_names", "surname") if f in fields).strip()
        born = fields.get("date_of_birth")
        minor = False
        if born is not None:
            y, m, d = (int(x) for x in str(born.value).split("-"))
            minor = (today.year - y - ((today.month, today.day) < (m, d))) < ADULT_YEARS
        names.append(f"{name} (gesetzlicher Vertreter)" if minor else name)
    return names or [""]


def _lines(rows: list[ExportRow]) -> list[tuple[ExportRow, str, str]]:
    """(first row, label, text) per printed entry: an address's parts become one entry
    ("Lindenstraße 12, 53111 Bonn, Polen")."""
    out: list[tuple[ExportRow, str, str]] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        owner, _, part = row.path.rpartition(".")
        if part in _PARTS and owner and not owner.endswith("]"):
            parts = {}
            while i < len(rows) and rows[i].path.rpartition(".")[0] == owner:
                parts[rows[i].field] = str(rows[i].text)
                i += 1
            street = " ".join(parts[k] for k in ("street", "house_number") if k in parts)
            city = " ".join(parts[k] for k in ("postcode", "city") if k in parts)
            text = ", ".join(x for x in (street, city, parts.get("country", "")) if x)
            out.append((row, row.label.split(": ")[0], text))
            continue
        out.append((row, row.label, str(row.text)))
        i += 1
    return out


def render_counter_copy(
    form: Form, submission: Submission, *, reference: str, location: str
) -> bytes:
    """The counter copy of ``submission`` (a PDF in the receipt's layout)."""
    if form.counter_copy is None:
        raise ValueError(f"form {form.id!r} has no counter_copy")
    copy = form.counter_copy
    fonts, layout, _ = _begin(CLERK_LANGUAGE)
    layout.text(copy.title(CLERK_LANGUAGE), 13, bold=True, align="center")
    if submission.language != CLERK_LANGUAGE:
        layout.text(copy.title(submission.language), 10, align="center", gap=1 * mm)
    layout.text(f"{form.title(CLERK_LANGUAGE)} · {reference}", 9, gap=2 * mm)
    layout.text(format_issued(submission.created, CLERK_LANGUAGE), 9, gap=1 * mm)
    if location.strip():
        layout.text(location, 9, gap=1 * mm)
    layout.rule(gap=2.5 * mm)
    rows = export_rows(form, submission.data)
    current: int | None = None
    for row, label, text in _lines(rows):
        if row.item is not None and row.item != current:
            current = row.item
            group_id = row.path.split("[", 1)[0]
            layout.rule(gap=2 * mm)
            layout.text(_item_title(form, group_id, row.item), 11, bold=True, gap=2 * mm)
        layout.text(label, 8, gap=1.6 * mm)
        layout.text(text or "–", 10, bold=True, gap=0.4 * mm)
    layout.rule(gap=3 * mm)
    layout.text(copy.note(CLERK_LANGUAGE), 9, gap=2.5 * mm)
    if submission.language != CLERK_LANGUAGE:
        layout.text(copy.note(submission.language), 9, gap=1.5 * mm)
    for signer in _signers(rows, submission.created):
        layout.text(SIGNATURE_LINE, 10, gap=9 * mm)
        layout.text(signer, 8, gap=0.8 * mm)
    layout.text(SIGNATURE_LINE, 10, gap=9 * mm)
    layout.text("Ort, Datum / Meldebehörde", 8, gap=0.8 * mm)
    return _pdf(layout, fonts, CLERK_LANGUAGE, f"{copy.title(CLERK_LANGUAGE)} {reference}")
