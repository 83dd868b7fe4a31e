"""The installer, staged under DESTDIR: releases side by side, update and roll back, the
admin's config never overwritten."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "assets" / "deploy" / "install.sh"


def run(stage: Path, action: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DESTDIR=str(stage), PIP_ARGS="--no-deps")
    return subprocess.run(
        ["sh", str(SCRIPT), action], env=env, capture_output=True, text=True, timeout=300
    )


def test_install_update_and_rollback(tmp_path):
    stage = tmp_path / "root"
    first = run(stage, "install")
    assert first.returncode == 0, first.stderr
    opt = stage / "opt" / "kiosk"
    release_1 = os.readlink(opt / "current")
    assert (opt / release_1 / "bin" / "kiosk").exists()
    assert (stage / "etc/systemd/system/kiosk.service").read_text() == (
        ROOT / "kiosk.service"
    ).read_text()
    assert (stage / "etc/udev/rules.d/99-kiosk.rules").exists()
    config = stage / "etc/kiosk/kiosk.toml"
    config.write_text('[kiosk]\nid = "rathaus-1"\n')  # the admin's edits

    time.sleep(1.1)  # releases are named by the second
    second = run(stage, "install")
    assert second.returncode == 0, second.stderr
    release_2 = os.readlink(opt / "current")
    assert release_2 != release_1
    assert config.read_text() == '[kiosk]\nid = "rathaus-1"\n'  # not overwritten

    back = run(stage, "rollback")
    assert back.returncode == 0, back.stderr
    assert os.readlink(opt / "current") == release_1
    again = run(stage, "rollback")
    assert again.returncode == 1 and "no release before" in again.stderr


def test_unit_starts_the_installed_release():
    text = (ROOT / "kiosk.service").read_text()
    assert "/opt/kiosk/current/bin/kiosk run --config /etc/kiosk/kiosk.toml" in text
