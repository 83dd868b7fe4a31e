"""Leichte Sprache for every form (issue 17): every text a citizen reads in a form has its
own `ls` text, so nobody in Leichte Sprache falls back to the German of the office. Code
lists of proper names (states, dog breeds) keep the German name, as Leichte Sprache does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.forms import FORMS_DIR, form_ids, load_form
from kiosk.forms.errors import read_yaml
from kiosk.forms.session import FormSession

NAME_LISTS = {"staat", "staatsangehoerigkeit", "hunderassen"}  # proper names: German is right


def _missing(node: Any, path: str = "") -> list[str]:
    if isinstance(node, dict):
        if isinstance(node.get("de"), str) and "en" in node:
            return [] if isinstance(node.get("ls"), str) and node["ls"].strip() else [path]
        return [m for k, v in node.items() for m in _missing(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [m for i, v in enumerate(node) for m in _missing(v, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("form_id", [*form_ids(), "messages"])
def test_every_text_of_the_form_has_leichte_sprache(form_id: str) -> None:
    assert _missing(read_yaml(FORMS_DIR / f"{form_id}.yaml")) == []


@pytest.mark.parametrize(
    "path",
    [p for p in sorted((FORMS_DIR / "codelists").glob("*.yaml")) if p.stem not in NAME_LISTS],
    ids=lambda p: p.stem,
)
def test_every_code_list_of_words_has_leichte_sprache(path: Path) -> None:
    assert _missing(read_yaml(path)) == []


@pytest.mark.parametrize("form_id", form_ids())
def test_the_longer_explanations_are_rewritten_not_copied(form_id: str) -> None:
    form = load_form(form_id)
    s = FormSession(form, "ls")
    infos = [f for p in form.pages for f in p.fields if f.kind == "info" and f.text is not None]
    for f in infos:
        de, ls = f.text("de"), f.text("ls")  # type: ignore[misc]
        if len(de) > 60:
            assert ls != de, (form_id, f.id)
    assert s.title == form.title("ls")
