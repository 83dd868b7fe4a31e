"""A submission field by field, with each field's FIM id, for a clerk's system to map.

The submission's ``data`` is nested (groups are lists, addresses are mappings). A
receiving system that speaks FIM (XDatenfelder ids such as ``F60000000227`` for
Familienname) wants one row per answer: ``export_rows`` flattens the data in form order,
each row with its path, FIM id (empty where FIM has none), German label, legal source,
the value as submitted (codes for choices) and as a person reads it. The same rows print
the Meldeschein (:mod:`kiosk.printing.meldeschein`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from kiosk.forms.model import Field, Form
from kiosk.forms.views import Submission, display

CLERK_LANGUAGE = "de"  # the register's language


@dataclass(frozen=True)
class ExportRow:
    path: str  # "persons[1].surname", "new_address.postcode"
    field: str  # the field id ("surname", "postcode")
    fim: str  # FIM field id, "" where FIM has none
    label: str  # German label
    value: Any  # as submitted: text, ISO date, number, code, list of codes, bool
    text: str  # as a person reads it (German): dates dd.mm.yyyy, codes by label
    law: str  # legal source of the field (its group's for an address part)
    item: int | None = None  # the group item (person) the row belongs to, from 0


def _label(f: Field) -> str:
    return f.label(CLERK_LANGUAGE) if f.label is not None else f.id


def _rows(form: Form, f: Field, value: Any, path: str, item: int | None) -> Iterator[ExportRow]:
    if f.kind == "address":
        for part in f.parts:
            if part.id in value:
                v = value[part.id]
                shown = part.option_label(v, CLERK_LANGUAGE) if part.kind == "choice" else v
                label = f"{_label(f)}: {_label(part)}"
                yield ExportRow(
                    f"{path}.{part.id}", part.id, part.fim, label, v, shown, f.law, item
                )
        return
    text = display(f, value, CLERK_LANGUAGE, form.messages)
    yield ExportRow(path, f.id, f.fim, _label(f), value, text, f.law, item)


def export_rows(form: Form, data: Mapping[str, Any]) -> list[ExportRow]:
    """Every submitted answer in form order; groups item by item."""
    rows: list[ExportRow] = []
    for f in form.fields.values():
        if f.id not in data:
            continue
        if f.kind == "group":
            for i, entry in enumerate(data[f.id]):
                for child in f.fields:
                    if child.id in entry:
                        rows.extend(
                            _rows(form, child, entry[child.id], f"{f.id}[{i}].{child.id}", i)
                        )
        else:
            rows.extend(_rows(form, f, data[f.id], f.id, None))
    return rows


def export_json(form: Form, submission: Submission) -> dict[str, Any]:
    """JSON for a clerk's system: the submission's identity and one entry per answer."""
    return {
        "form": submission.form_id,
        "version": submission.form_version,
        "created": submission.created.isoformat(),
        "fields": [
            {k: v for k, v in asdict(row).items() if k != "item" or v is not None}
            for row in export_rows(form, submission.data)
        ],
    }
