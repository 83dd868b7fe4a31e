"""The field tables of docs/forms.md, generated from the definitions so the docs cannot
drift from the forms: ``python -m kiosk.forms.docs`` prints them; a test checks that the
docs hold exactly these tables between ``<!-- fields:<form id> -->`` markers."""

from __future__ import annotations

import re
import sys

from kiosk.forms.loader import form_ids, load_form
from kiosk.forms.model import Field, Form

_MARKER = re.compile(r"<!-- fields:([a-z0-9_]+) -->\n(.*?)<!-- /fields -->\n", re.S)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _rows(f: Field, prefix: str = "") -> list[str]:
    if f.kind == "info":
        return []
    label = f.label("de") if f.label is not None else ""
    required = "ja" if f.required else ("bedingt" if f.required_if is not None else "")
    kind = f.kind + (f" ({f.codelist.id})" if f.codelist is not None else "")
    row = f"| `{prefix}{f.id}` | {_cell(label)} | {kind} | {required} | {f.fim} | {_cell(f.law)} |"
    rows = [row]
    for child in f.fields:  # a group's fields, once for every item
        rows.extend(_rows(child, f"{f.id}[]."))
    return rows


def field_table(form: Form) -> str:
    """A Markdown table: path, German label, kind, required, FIM id, legal source."""
    lines = [
        "| Feld | Frage (de) | Art | Pflicht | FIM | Rechtsgrundlage |",
        "|---|---|---|---|---|---|",
    ]
    for f in form.fields.values():
        lines.extend(_rows(f))
    return "\n".join(lines) + "\n"


def documented_tables(markdown: str) -> dict[str, str]:
    """The tables docs/forms.md holds, by form id."""
    return {m.group(1): m.group(2) for m in _MARKER.finditer(markdown)}


def main() -> None:
    for fid in form_ids():
        form = load_form(fid)
        sys.stdout.write(f"#### {form.title('de')} (`{fid}`)\n\n<!-- fields:{fid} -->\n")
        sys.stdout.write(field_table(form) + "<!-- /fields -->\n\n")


if __name__ == "__main__":
    main()
