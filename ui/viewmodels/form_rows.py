"""The form page and the review as rows for QML: the engine's nested field views
(groups with items, addresses with parts) flattened into one list a Repeater can show,
each row carrying its own error and warning text for the screen."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the engine loads when the first form starts
    from kiosk.forms.views import FieldView, ReviewSection

TEXT_KINDS = ("text", "number", "date")


def field_text(value: Any) -> str:
    """An answer as the text field shows it (nothing for unanswered and yes/no)."""
    if value is None or isinstance(value, bool):
        return ""
    return str(value)


def page_rows(fields: list[FieldView]) -> list[dict[str, Any]]:
    """The visible fields of one page, depth-first, as QML rows."""
    rows: list[dict[str, Any]] = []
    for view in fields:
        _flatten(view, 0, rows, (), "")
    _name_problems(rows)
    return rows


def _name_problems(rows: list[dict[str, Any]]) -> None:
    """Each error as the page's summary lists it (``problem``): a question asked once per
    person says whose answer is missing ("Person 2: Geben Sie die Vornamen ein."), with
    the form's own labels for its persons; a message that would still appear twice says
    where it is (the address or group heading it is under)."""
    for row in rows:
        error = row.get("error") or ""
        row["problem"] = ": ".join([*row.get("owners", ()), error]) if error else ""
    seen = Counter(row["problem"] for row in rows if row["problem"])
    for row in rows:
        if row["problem"] and seen[row["problem"]] > 1 and row.get("within"):
            row["problem"] = ": ".join([*row.get("owners", ()), row["within"], row["error"]])
    for row in rows:  # only the summary's text goes to QML
        row.pop("owners", None)
        row.pop("within", None)


def review_rows(sections: list[ReviewSection]) -> list[dict[str, Any]]:
    """The review: one section per page with its answers, and the page to "change"."""
    return [
        {
            "title": s.title,
            "page": s.page_index,
            "rows": [{"label": r.label, "value": r.value} for r in s.rows],
        }
        for s in sections
    ]


def _heading(v: FieldView, depth: int) -> dict[str, Any]:
    return {
        "kind": "heading",
        "path": v.path,
        "label": v.label,
        "help": v.help,
        "depth": depth,
        "error": v.error or "",
    }


def _flatten(
    v: FieldView, depth: int, rows: list[dict[str, Any]], owners: tuple[str, ...], within: str
) -> None:
    """``owners``: the labels of the group items (persons) a field belongs to, outermost
    first; ``within``: the heading (address, group) it is shown under."""
    if not v.visible:
        return
    if v.kind == "group":
        rows.append({**_heading(v, depth), "owners": owners, "within": within})
        for i, item in enumerate(v.items):
            rows.append(
                {
                    "kind": "item",
                    "path": v.path,
                    "index": i,
                    "label": item.label,
                    "canRemove": item.can_remove,
                    "depth": depth,
                }
            )
            # Whose answer it is, once there are several persons to tell apart.
            mine = (*owners, item.label) if len(v.items) > 1 else owners
            for child in item.fields:
                _flatten(child, depth + 1, rows, mine, v.label)
        if v.can_add:
            rows.append({"kind": "add", "path": v.path, "label": v.label, "depth": depth})
        return
    if v.kind == "address":
        rows.append({**_heading(v, depth), "owners": owners, "within": within})
        for part in v.parts:
            _flatten(part, depth + 1, rows, owners, v.label)
        return
    rows.append({**_field_row(v, depth), "owners": owners, "within": within})


def _field_row(v: FieldView, depth: int) -> dict[str, Any]:
    also = dict(v.search)
    return {
        "kind": v.kind,
        "path": v.path,
        "label": v.label,
        "help": v.help,
        "required": v.required,
        "error": v.error or "",
        "warning": v.warning or "",
        "prefilled": v.prefilled,
        "depth": depth,
        "text": v.text,
        "style": v.style,
        "section": v.section,
        "unit": v.unit,
        "input": "date" if v.kind == "date" else ("digits" if v.kind == "number" else v.input),
        "value": field_text(v.value) if v.kind in TEXT_KINDS else "",
        "checked": v.value is True,
        "unchecked": v.value is False,
        "options": [
            {
                "code": c,
                "label": lbl,
                "selected": (v.value == c)
                if v.kind == "choice"
                else (isinstance(v.value, list) and c in v.value),
                "also": also.get(c, ""),
            }
            for c, lbl in v.options
        ],
        "signed": bool(v.value) if v.kind == "signature" else False,
        "frequent": list(v.frequent),
    }
