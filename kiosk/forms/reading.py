"""What a person reads of a session's answers: the review before sending (every visible
answer, by section and group item) and the paper summary of the receipt (only the
form's ``paper`` fields). Values are formatted by :func:`kiosk.forms.views.display`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from kiosk.forms.answers import Answers
from kiosk.forms.model import Field, Form
from kiosk.forms.texts import format_date
from kiosk.forms.views import ReviewRow, ReviewSection, SummaryLine, display


def item_label(group: Field, n: int, lang: str) -> str:
    """The label of item ``n`` (from 0) of a group, e.g. "Person 2"."""
    if group.item_label is None:
        return str(n + 1)
    return group.item_label.format(lang, n=str(n + 1))


def _rows(
    form: Form, fields: Iterable[Field], a: Answers, prefix: str, lang: str
) -> list[ReviewRow]:
    rows: list[ReviewRow] = []
    for f in fields:
        v = a.value(f.id)
        if f.kind in ("info", "group") or v is None:
            continue
        label = f.label(lang) if f.label else ""
        rows.append(ReviewRow(prefix + f.id, label, display(f, v, lang, form.messages)))
    return rows


def review_sections(form: Form, a: Answers, lang: str, pages: Iterable[int]) -> list[ReviewSection]:
    """Every visible answer of the visible ``pages``, by section; a group item each."""
    out: list[ReviewSection] = []
    for i in pages:
        page = form.pages[i]
        for section in page.sections:
            title = section.title(lang) if section.title else page.title(lang)
            pending: list[Field] = []
            for f in (*section.fields, None):
                if f is not None and f.kind != "group":
                    pending.append(f)
                    continue
                if rows := _rows(form, pending, a, "", lang):
                    out.append(ReviewSection(title, i, tuple(rows)))
                pending = []
                if f is None or not a.visible(f.id):
                    continue
                for n, item in enumerate(a.items(f.id)):
                    rows = _rows(form, f.fields, item, f"{f.id}[{n}].", lang)
                    label = f.label(lang) if f.label else title
                    out.append(ReviewSection(f"{label}: {item_label(f, n, lang)}", i, tuple(rows)))
    return out


def paper_summary(form: Form, a: Answers, lang: str, created: datetime) -> tuple[SummaryLine, ...]:
    """The lines the receipt may show: the form's ``paper`` fields, every group item."""
    paper = form.paper
    lines: list[SummaryLine] = []
    groups_done: set[str] = set()
    for entry in paper.fields:
        fid = entry.partition(".")[0]
        f = form.fields[fid]
        if f.kind != "group":
            v = a.value(fid)
            if v is not None and f.label is not None:
                lines.append(SummaryLine(fid, f.label(lang), display(f, v, lang, form.messages)))
            continue
        if fid in groups_done:
            continue
        groups_done.add(fid)
        children = [e.partition(".")[2] for e in paper.fields if e.partition(".")[0] == fid]
        for n, item in enumerate(a.items(fid)):
            for cid in children:
                c, v = f.children[cid], item.value(cid)
                if v is not None and c.label is not None:
                    lines.append(
                        SummaryLine(
                            f"{fid}[{n}].{cid}",
                            f"{c.label(lang)} ({item_label(f, n, lang)})",
                            display(c, v, lang, form.messages),
                        )
                    )
    if paper.date_label is not None:
        lines.append(SummaryLine("submitted", paper.date_label(lang), format_date(created.date())))
    return tuple(lines)
