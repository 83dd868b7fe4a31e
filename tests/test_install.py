"""The installer, staged under DESTDIR: a release from a wheel, releases side by side,
update and roll back, the admin's config never overwritten. The staged runs are part of
``make test-install`` (marker ``install``); tests/test_install_root.py runs the installer
for real in a clean Debian root."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from install_wheel import build_wheel, copy_source, wheelhouse

ROOT = Path(__file__).resolve().parent.parent


def run(
    src: Path, stage: Path, action: str, *args: str, pip_args: str = "--no-deps"
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DESTDIR=str(stage), PIP_ARGS=pip_args)
    return subprocess.run(
        ["sh", str(src / "assets" / "deploy" / "install.sh"), action, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.install
@pytest.mark.timeout(900)
def test_install_update_and_rollback(tmp_path):
    house = wheelhouse()
    src = copy_source(tmp_path / "checkout")  # install.sh builds its wheel in the source
    stage = tmp_path / "root"
    # The kiosk's own CUPS, as Debian ships it plus an admin's explicit "keep files".
    cupsd = stage / "etc/cups/cupsd.conf"
    cupsd.parent.mkdir(parents=True)
    cupsd.write_text("LogLevel warn\n  PreserveJobFiles Yes\nMaxJobs 500\n")
    # Without a wheel named, install.sh builds one (offline here, from the wheelhouse).
    first = run(src, stage, "install", pip_args=f"--no-deps --no-index --find-links {house}")
    assert first.returncode == 0, first.stderr
    opt = stage / "opt" / "kiosk"
    release_1 = os.readlink(opt / "current")
    assert (opt / release_1 / "bin" / "kiosk").exists()
    installed = list((opt / release_1).glob("lib/python3*/site-packages/buergerbuero_kiosk-*"))
    assert installed and not list((opt / release_1).rglob("__editable__*"))  # not editable
    assert (stage / "etc/systemd/system/kiosk.service").read_text() == (
        ROOT / "kiosk.service"
    ).read_text()
    assert (stage / "etc/udev/rules.d/99-kiosk.rules").exists()
    # Receipts leave no copy in CUPS: job files and history off, the rest untouched.
    assert cupsd.read_text().splitlines() == [
        "LogLevel warn",
        "PreserveJobFiles No",
        "MaxJobs 500",
        "PreserveJobHistory No",
    ]
    config = stage / "etc/kiosk/kiosk.toml"
    config.write_text('[kiosk]\nid = "rathaus-1"\n')  # the admin's edits

    time.sleep(1.1)  # releases are named by the second
    second = run(src, stage, "install", str(build_wheel(tmp_path / "wheel", house)))
    assert second.returncode == 0, second.stderr
    release_2 = os.readlink(opt / "current")
    assert release_2 != release_1
    assert config.read_text() == '[kiosk]\nid = "rathaus-1"\n'  # not overwritten

    back = run(src, stage, "rollback")
    assert back.returncode == 0, back.stderr
    assert os.readlink(opt / "current") == release_1
    again = run(src, stage, "rollback")
    assert again.returncode == 1 and "no release before" in again.stderr


def test_unit_starts_the_installed_release():
    text = (ROOT / "kiosk.service").read_text()
    assert "/opt/kiosk/current/bin/kiosk run --config /etc/kiosk/kiosk.toml" in text
