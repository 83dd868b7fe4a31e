"""Type information for qmllint about the Python view-models (module ``Kiosk.Models``).

qmllint cannot read Python. ``pyside6-metaobjectdump`` describes the decorated classes and
``pyside6-qmltyperegistrar`` turns that into a .qmltypes file, as ``pyside6-project`` does,
so qmllint checks every property and slot the QML uses. Run: ``python -m ui.qmltypes DIR``,
then ``pyside6-qmllint -I DIR -I ui/qml FILES``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

VIEWMODELS = Path(__file__).resolve().parent / "viewmodels"
QML_DIR = Path(__file__).resolve().parent / "qml"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def generate(out: Path) -> Path:
    """Write ``out/Kiosk/Models/{qmldir,models.qmltypes}``; return ``out`` for ``-I``."""
    module = out / "Kiosk" / "Models"
    module.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in VIEWMODELS.glob("*.py")
                     if p.name not in ("__init__.py", "registry.py"))
    dump = out / "models.metatypes.json"
    subprocess.run([_tool("pyside6-metaobjectdump"), "-o", str(dump), *sources], check=True)
    meta = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = ",".join(str(meta / f) for f in ("qt6core_metatypes.json", "qt6qml_metatypes.json"))
    subprocess.run([
        _tool("pyside6-qmltyperegistrar"), "--generate-qmltypes", str(module / "models.qmltypes"),
        "-o", str(out / "registrations.cpp"), "--import-name", "Kiosk.Models",
        "--major-version", "1", "--minor-version", "0", f"--foreign-types={foreign}", str(dump),
    ], check=True)
    (module / "qmldir").write_text("module Kiosk.Models\ntypeinfo models.qmltypes\n")
    return out


def lint(out: Path) -> subprocess.CompletedProcess[str]:
    generate(out)
    files = sorted(str(p) for p in QML_DIR.rglob("*.qml"))
    return subprocess.run(
        [_tool("pyside6-qmllint"), "-I", str(out), "-I", str(QML_DIR), *files],
        capture_output=True, text=True,
    )


if __name__ == "__main__":
    result = lint(Path(sys.argv[1] if len(sys.argv) > 1 else "build/qmltypes"))
    sys.stdout.write(result.stdout + result.stderr)
    sys.exit(result.returncode)
