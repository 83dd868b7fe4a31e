"""ui/process.py: PySide6 no longer reads the source of each module imported after it."""

from __future__ import annotations

import linecache
import sys

import pytest
from shibokensupport import feature

from ui import process


@pytest.fixture
def new_module(tmp_path, monkeypatch):
    """A module never imported before, whose source names PySide6 (as ours do)."""
    path = tmp_path / "kiosk_probe_module.py"
    path.write_text("import PySide6  # noqa\nVALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    yield "kiosk_probe_module", str(path)
    sys.modules.pop("kiosk_probe_module", None)
    feature.pyside_feature_dict.pop("kiosk_probe_module", None)


def test_pyside_reads_each_new_modules_source_unless_told_not_to(new_module, monkeypatch):
    name, path = new_module
    if process.pyside_check is not None:  # a kiosk window in this process skipped them
        monkeypatch.setattr(feature, "_mod_uses_pyside", process.pyside_check)
    # As PySide6 ships: an import statement (PySide6's __import__) reads the file into
    # linecache to look for "PySide6".
    __import__(name)
    assert path in linecache.cache
    assert feature.pyside_feature_dict[name] == 0

    sys.modules.pop(name)
    feature.pyside_feature_dict.pop(name)
    linecache.clearcache()
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # restored
    process.skip_source_scans()
    assert __import__(name).VALUE == 1
    assert path not in linecache.cache  # not read
    assert feature.pyside_feature_dict[name] == -1  # "keeps the selection in force"
