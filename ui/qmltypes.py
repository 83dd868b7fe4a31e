"""Type information for qmllint about the Python view-models (modules ``Kiosk.Models``
and the staff console's ``Staff.Models``).

qmllint cannot read Python. ``pyside6-metaobjectdump`` describes the decorated classes and
``pyside6-qmltyperegistrar`` turns that into a .qmltypes file, as ``pyside6-project`` does,
so qmllint checks every property and slot the QML uses. Run: ``python -m ui.qmltypes DIR``
(lints the kiosk's and the staff console's QML; prints nothing when both are clean).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import PySide6

VIEWMODELS = Path(__file__).resolve().parent / "viewmodels"
QML_DIR = Path(__file__).resolve().parent / "qml"
STAFF_MODELS = Path(__file__).resolve().parent / "staff" / "models.py"
STAFF_QML_DIR = Path(__file__).resolve().parent / "staff" / "qml"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def generate(
    out: Path, sources: list[str] | None = None, import_name: str = "Kiosk.Models"
) -> Path:
    """Write ``out/<Import>/<Name>/{qmldir,models.qmltypes}``; return ``out`` for ``-I``.

    Without ``sources``: the kiosk's view-models (``Kiosk.Models``)."""
    module = out.joinpath(*import_name.split("."))
    module.mkdir(parents=True, exist_ok=True)
    if sources is None:
        sources = sorted(
            str(p) for p in VIEWMODELS.glob("*.py") if p.name not in ("__init__.py", "registry.py")
        )
    dump = out / f"{import_name}.metatypes.json"
    subprocess.run([_tool("pyside6-metaobjectdump"), "-o", str(dump), *sources], check=True)
    _mark_constants(dump, sources)
    meta = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = ",".join(str(meta / f) for f in ("qt6core_metatypes.json", "qt6qml_metatypes.json"))
    subprocess.run(
        [
            _tool("pyside6-qmltyperegistrar"),
            "--generate-qmltypes",
            str(module / "models.qmltypes"),
            "-o",
            str(out / f"{import_name}.registrations.cpp"),
            "--import-name",
            import_name,
            "--major-version",
            "1",
            "--minor-version",
            "0",
            f"--foreign-types={foreign}",
            str(dump),
        ],
        check=True,
    )
    (module / "qmldir").write_text(f"module {import_name}\ntypeinfo models.qmltypes\n")
    return out


# ``@Property(int, constant=True)`` followed by its getter's name.
_CONSTANT = re.compile(r"@Property\([^)]*\bconstant=True[^)]*\)\s*\n\s*def (\w+)")


def _mark_constants(dump: Path, sources: list[str]) -> None:
    """metaobjectdump leaves out ``constant=True`` (as of PySide 6.11): qmllint then
    takes a constant (``Focus.longPressMs``) for a property that changes unannounced
    and warns of stale reads. Mark them as moc would, from the sources' decorators."""
    constants = {name for src in sources for name in _CONSTANT.findall(Path(src).read_text())}
    data = json.loads(dump.read_text())
    for entry in data:
        for cls in entry.get("classes", []):
            for prop in cls.get("properties", []):
                if prop["name"] in constants and "notify" not in prop:
                    prop["constant"] = True
    dump.write_text(json.dumps(data, indent=1))


def lint(out: Path) -> subprocess.CompletedProcess[str]:
    generate(out)
    files = sorted(str(p) for p in QML_DIR.rglob("*.qml"))
    return subprocess.run(
        [_tool("pyside6-qmllint"), "-I", str(out), "-I", str(QML_DIR), *files],
        capture_output=True,
        text=True,
    )


def lint_staff(out: Path) -> subprocess.CompletedProcess[str]:
    """The staff console's QML (module ``Staff``) against ``Staff.Models``."""
    generate(out, [str(STAFF_MODELS)], "Staff.Models")
    files = sorted(str(p) for p in STAFF_QML_DIR.rglob("*.qml"))
    return subprocess.run(
        [_tool("pyside6-qmllint"), "-I", str(out), "-I", str(STAFF_QML_DIR), *files],
        capture_output=True,
        text=True,
    )


if __name__ == "__main__":
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "build/qmltypes")
    results = [lint(out_dir), lint_staff(out_dir)]
    for result in results:
        sys.stdout.write(result.stdout + result.stderr)
    sys.exit(max(r.returncode for r in results))
