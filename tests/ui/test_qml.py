"""Every QML file loads without a single warning, and qmllint finds nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent

from ui import qmltypes
from ui.app import QML_DIR

MODULE = QML_DIR / "Kiosk"


def module_types() -> list[tuple[str, str]]:
    """(type name, file) pairs from the module's qmldir."""
    entries = []
    for line in (MODULE / "qmldir").read_text().splitlines():
        m = re.match(r"^(singleton\s+)?([A-Z]\w*)\s+[\d.]+\s+(\S+\.qml)$", line.strip())
        if m:
            entries.append((m.group(2), m.group(3)))
    return entries


def test_every_qml_file_is_covered():
    listed = {MODULE / f for _, f in module_types()} | {QML_DIR / "Main.qml"}
    on_disk = set(QML_DIR.rglob("*.qml"))
    assert on_disk == listed, "a QML file is neither Main.qml nor in the Kiosk qmldir"


@pytest.mark.parametrize(("name", "file"), module_types())
def test_component_loads_without_warnings(make_ui, qt_messages, name, file):
    d = make_ui()
    engine = d.ui.engine
    # Components with required properties get a realistic value.
    required = {
        "FormField": 'row: ({kind: "text", path: "surname", label: "Familienname", help: "",'
        ' value: "", input: "text", options: [], required: true, error: "",'
        ' warning: "", depth: 0})',
        "MoreBelowBar": "flickable: Flickable { width: 100; height: 100; contentHeight: 300 }",
        "ChoicePicker": 'row: ({kind: "choice", path: "birth_country", label: "Geburtsstaat",'
        ' options: [{code: "000", label: "Deutschland", selected: false},'
        ' {code: "163", label: "Türkei", selected: true}], frequent: ["000", "163"],'
        ' error: ""})',
    }
    if name == "Theme":
        body = "Item { property color c: Theme.text; property real s: Theme.fontScale }"
    else:
        body = f"Item {{ width: 1080; height: 1920; {name} {{ {required.get(name, '')} }} }}"
    source = f"import QtQuick\nimport Kiosk\n{body}\n"
    component = QQmlComponent(engine)
    component.setData(source.encode(), QUrl.fromLocalFile(str(MODULE / f"_test_{name}.qml")))
    obj = component.create()
    assert component.errors() == [], component.errorString()
    assert obj is not None
    d.pump(50)
    obj.deleteLater()
    d.pump(20)
    assert qt_messages.lines == []
    assert d.ui.warnings == []


def test_main_window_and_every_screen_without_warnings(make_ui, qt_messages):
    from ui.viewmodels.navigator import SCREENS

    d = make_ui()
    for lang in ("de", "ar"):
        d.ui.context.session.chooseLanguage(lang)
        for screen in SCREENS:
            d.ui.context.navigator.go(screen)
            d.pump(30)
    assert qt_messages.lines == []
    assert d.ui.warnings == []


def test_qmllint_is_clean(tmp_path: Path):
    result = qmltypes.lint(tmp_path)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0 and output == "", output
