"""Every asset means the same with libyaml and with pure-Python PyYAML.

A kiosk built without libyaml falls back to the pure parser, which ends a plain scalar at
"?" inside ``{...}``: five forms once loaded only with libyaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kiosk.forms import FORMS_DIR
from kiosk.forms.errors import FAST_LOADER, PURE_LOADER, FormDefinitionError, read_yaml

ASSET_FILES = sorted(FORMS_DIR.rglob("*.yaml"))


def test_both_loaders_are_really_different_parsers() -> None:
    assert issubclass(PURE_LOADER, yaml.SafeLoader)
    assert not issubclass(PURE_LOADER, getattr(yaml, "CSafeLoader", ()))
    if hasattr(yaml, "CSafeLoader"):
        assert issubclass(FAST_LOADER, yaml.CSafeLoader)


@pytest.mark.parametrize("path", ASSET_FILES, ids=lambda p: str(p.relative_to(FORMS_DIR)))
def test_asset_reads_the_same_with_both_loaders(path: Path) -> None:
    assert read_yaml(path, PURE_LOADER) == read_yaml(path, FAST_LOADER)


def test_the_pure_loader_names_the_line_of_a_question_mark_problem(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("label: {de: Wohnen Sie hier?, en: Do you live here?}\n", encoding="utf-8")
    with pytest.raises(FormDefinitionError, match=r"line 1"):
        read_yaml(bad, PURE_LOADER)


@pytest.mark.parametrize("loader", [PURE_LOADER, FAST_LOADER], ids=["pure", "libyaml"])
def test_both_loaders_are_strict(tmp_path: Path, loader: type[yaml.SafeLoader]) -> None:
    p = tmp_path / "x.yaml"
    p.write_text("en: No\nde: Nein\n", encoding="utf-8")
    assert read_yaml(p, loader) == {"en": "No", "de": "Nein"}
    p.write_text("a: 1\na: 2\n", encoding="utf-8")
    with pytest.raises(FormDefinitionError, match="given twice"):
        read_yaml(p, loader)
