"""kiosk doctor on a healthy and on broken set-ups."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from kiosk import config
from kiosk.ops import doctor

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def cfg_with(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[kiosk]\nstate_dir = "{tmp_path / "state"}"\n' + extra)
    return path


def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "xdg"))
    return subprocess.run(
        [KIOSK, "doctor", *args], capture_output=True, text=True, env=env, timeout=60
    )


def by_name(result: subprocess.CompletedProcess[str]) -> dict[str, dict[str, str]]:
    return {c["name"]: c for c in json.loads(result.stdout)}


def test_healthy_demo_exits_0(tmp_path):
    result = run("--demo", "--json", tmp_path=tmp_path)
    checks = by_name(result)
    assert result.returncode == 0, result.stdout
    assert checks["config"]["status"] == "ok"
    assert checks["fonts"]["status"] == "ok"
    assert checks["printer"]["status"] == "ok"
    assert checks["central system"]["status"] == "ok"
    assert all(c["status"] != "fail" for c in checks.values())


def test_broken_printer_folder_fails_with_a_fix(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    path = cfg_with(tmp_path, f'[printer]\nkind = "folder"\nfolder = "{blocker / "sub"}"\n')
    result = run("--config", str(path), "--json", tmp_path=tmp_path)
    checks = by_name(result)
    assert result.returncode == 1
    assert checks["printer"]["status"] == "fail" and checks["printer"]["fix"]


def test_unreachable_broker_fails(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    path = cfg_with(tmp_path, f'[help]\nkind = "mqtt"\n[mqtt]\nport = {port}\n')
    checks = by_name(run("--config", str(path), "--json", tmp_path=tmp_path))
    assert checks["help channel"]["status"] == "fail"


def test_corrupt_database_fails(tmp_path):
    path = cfg_with(tmp_path)
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "kiosk.db").write_bytes(b"garbage" * 1000)
    result = run("--config", str(path), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "FAIL  central system" in result.stdout


def test_missing_fonts_are_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(doctor, "FONTS", (str(tmp_path / "NoSuchFont.ttf"),))
    check = doctor.check_fonts(config.load_demo(str(tmp_path)))
    assert check.status == "fail" and "fonts-noto-core" in check.fix


def test_a_crashing_check_does_not_hide_the_others(tmp_path, monkeypatch):
    def boom(cfg):
        raise RuntimeError("driver exploded")

    monkeypatch.setattr(doctor, "CHECKS", (boom, doctor.check_fonts))
    results = doctor.run_checks(config.load_demo(str(tmp_path)))
    assert [r.status for r in results] == ["fail", "ok"]
    assert "driver exploded" in results[0].detail
