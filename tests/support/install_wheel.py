"""The release as an admin gets it: a wheel built from a copy of the source, and a
wheelhouse holding every dependency, so a venv or a clean Debian root installs it with
``pip install --no-index --find-links`` (as ``WHEELHOUSE=`` does for install.sh).

The wheelhouse is built once with pip from the configured index and kept under
build/wheelhouse/<key>, keyed on the dependency list; the wheel is built from a copy of
the tree so parallel builds never share setuptools' build/ folder.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
# What a checkout holds that a release does not: caches, the dev venv, our own output.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "__pycache__", "*.egg-info", ".*_cache", ".hypothesis", "dist"
)


def dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build = project["build-system"]["requires"]
    return [*project["project"]["dependencies"], *build, "wheel"]


def wheelhouse() -> Path:
    """Wheels for every run-time and build dependency (pyscard and pycups compiled here)."""
    deps = dependencies()
    tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
    key = hashlib.sha256("\n".join([tag, *deps]).encode()).hexdigest()[:12]
    house = BUILD / "wheelhouse" / key
    if (house / ".complete").exists():
        return house
    house.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [*PIP, "wheel", "-q", "-w", str(house), *deps],
        check=True,
        timeout=1200,
    )
    (house / ".complete").write_text("\n".join(deps) + "\n")
    return house


def copy_source(dest: Path) -> Path:
    """The checkout without caches, venvs and build output: what install.sh runs from."""
    shutil.copytree(ROOT, dest, ignore=_NOT_SOURCE, symlinks=True)
    return dest


PIP = (sys.executable, "-m", "pip")


def build_wheel(work: Path, house: Path) -> Path:
    """``pip wheel`` of a copy of the source; build requirements from the wheelhouse."""
    src = copy_source(work / "src")
    out = work / "dist"
    offline = ("--no-deps", "--no-index", "--find-links", str(house))
    subprocess.run(
        [*PIP, "wheel", "-q", *offline, "-w", str(out), str(src)],
        check=True,
        timeout=600,
        capture_output=True,
    )
    (wheel,) = out.glob("buergerbuero_kiosk-*.whl")
    return wheel
