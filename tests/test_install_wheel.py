"""The wheel carries everything the kiosk needs at run time: built from the source,
installed into a fresh venv outside the checkout, and run from another folder, with no
path back into the checkout. Run by ``make test-install`` (marker ``install``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from install_wheel import ROOT, build_wheel, wheelhouse

pytestmark = [pytest.mark.install, pytest.mark.timeout(900)]


@dataclass
class Release:
    wheel: Path
    venv: Path
    cwd: Path
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.venv / "bin" / args[0]), *args[1:]],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    work = tmp_path_factory.mktemp("release")
    assert not work.resolve().is_relative_to(ROOT), "the venv must live outside the checkout"
    house = wheelhouse()
    wheel = build_wheel(work, house)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = str(venv / "bin" / "pip")
    subprocess.run(
        [pip, "install", "-q", "--no-index", "--find-links", str(house), str(wheel)],
        check=True,
        timeout=900,
    )
    cwd = work / "elsewhere"
    cwd.mkdir()
    env = {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(work / "home"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QUICK_BACKEND": "software",
    }
    return Release(wheel, venv, cwd, env)


def shipped(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_the_wheel_carries_every_data_file(release: Release) -> None:
    names = set(zipfile.ZipFile(release.wheel).namelist())
    assets = {f for f in shipped(ROOT / "assets") if not f.startswith("deploy/")}
    assert {f"kiosk_assets/{f}" for f in assets} <= names
    for qml in ("ui/qml", "ui/staff/qml"):
        assert {f"{qml}/{f}" for f in shipped(ROOT / qml)} <= names
    assert not any(n.startswith(("assets/", "kiosk_assets/deploy/")) for n in names)


def test_installed_kiosk_reaches_its_first_frame(release: Release) -> None:
    result = release.run("kiosk", "run", "--demo", "--exit-after-first-frame")
    assert result.returncode == 0, result.stderr
    assert "first_frame_ms=" in result.stdout
    assert str(ROOT) not in result.stdout + result.stderr


def test_installed_doctor_reads_the_shipped_catalogue_and_fonts(release: Release) -> None:
    result = release.run("kiosk", "doctor", "--demo", "--json")
    checks = {c["name"]: c for c in json.loads(result.stdout)}
    assert checks["config"]["status"] == "ok", checks["config"]
    assert "10 concerns" in checks["config"]["detail"]
    assert checks["fonts"]["status"] == "ok", checks["fonts"]
    assert str(ROOT) not in result.stdout + result.stderr


def test_installed_tour_renders_german_and_arabic(release: Release) -> None:
    out = release.cwd / "tour"
    result = release.run("kiosk", "tour", "--demo", "--langs", "de,ar", "--out", str(out))
    assert result.returncode == 0, result.stderr
    for lang in ("de", "ar"):
        welcome = out / f"welcome-{lang}.png"
        assert welcome.stat().st_size > 10_000, welcome
        assert len(list(out.glob(f"*-{lang}.png"))) >= 10
    assert not list(out.glob("*-en.png"))


def test_installed_staff_console_reaches_its_first_frame(release: Release) -> None:
    result = release.run("kiosk-staff", "--demo", "--exit-after-first-frame")
    assert result.returncode == 0, result.stderr
    assert "first_frame" in result.stdout


PROBE = """
import json, sys
from ui.launcher import main
code = main(["run", "--demo", "--exit-after-first-frame"])
files = [getattr(m, "__file__", None) or "" for m in list(sys.modules.values())]
import kiosk.resources
print(json.dumps({"code": code, "path": sys.path, "files": files,
                  "assets": str(kiosk.resources.ASSETS)}))
"""


def test_nothing_is_loaded_from_the_checkout(release: Release) -> None:
    """The same start, from Python: every module and data folder comes from the venv."""
    result = release.run("python", "-c", PROBE)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    checkout = str(ROOT)
    assert not [p for p in seen["path"] if p.startswith(checkout)]
    assert not [f for f in seen["files"] if f.startswith(checkout)]
    loaded = [f for f in seen["files"] if f.endswith(("kiosk/resources.py", "ui/app.py"))]
    assert len(loaded) == 2 and all(f.startswith(str(release.venv)) for f in loaded)
    assert seen["assets"].startswith(str(release.venv)) and seen["assets"].endswith("kiosk_assets")
    assert os.path.isfile(Path(seen["assets"]) / "config" / "demo.toml")
