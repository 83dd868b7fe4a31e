"""docs/forms.md matches the code: the field tables are the generated ones, the
languages it names are the required ones, and its [forms] block is a valid config."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.config import parse
from kiosk.forms import form_ids, load_form
from kiosk.forms.docs import documented_tables, field_table
from kiosk.forms.settings import FormSettings
from kiosk.forms.texts import REQUIRED_LANGS

DOC = (Path(__file__).resolve().parents[3] / "docs" / "forms.md").read_text(encoding="utf-8")


def test_every_form_has_its_generated_field_table_in_the_docs() -> None:
    tables = documented_tables(DOC)
    assert set(tables) == set(form_ids())
    for fid in form_ids():
        assert tables[fid] == field_table(load_form(fid)), (
            f"regenerate: python -m kiosk.forms.docs ({fid})"
        )


def test_every_row_names_a_legal_source() -> None:
    for fid, table in documented_tables(DOC).items():
        for row in table.splitlines()[2:]:
            law = row.rstrip(" |").rsplit("|", 1)[1].strip()
            assert law, (fid, row)


def test_the_docs_name_the_required_languages() -> None:
    assert len(REQUIRED_LANGS) == 7
    assert f"**all seven** of `{' '.join(REQUIRED_LANGS)}`" in DOC


def test_the_documented_forms_config_block_loads_and_applies() -> None:
    block = next(b for b in re.findall(r"```toml\n(.*?)```", DOC, re.S) if "[forms]" in b)
    cfg = parse(block, "docs/forms.md")
    assert cfg.forms.land == "NW" and cfg.forms.fees["fuehrungszeugnis"] == 13.0
    form = load_form("anmeldung", settings=FormSettings.from_config(cfg.forms))
    religion = form.fields["persons"].children["religion"]
    assert "iw" not in religion.codes and "rk" in religion.codes  # NW: not Württemberg's
