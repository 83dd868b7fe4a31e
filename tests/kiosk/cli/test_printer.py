"""kiosk printer status / test against the fake ESC/POS printer and the folder backend."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import fake_escpos

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def run(tmp_path: Path, printer_toml: str, *args: str) -> subprocess.CompletedProcess[str]:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[kiosk]\nstate_dir = "{tmp_path / "state"}"\n[printer]\n{printer_toml}')
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [KIOSK, "printer", *args, "--config", str(cfg)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_status_and_test_print_on_an_escpos_printer(tmp_path):
    with fake_escpos.FakeEscposPrinter() as printer:
        toml = f'kind = "escpos"\nuri = "tcp://127.0.0.1:{printer.port}"\nprofile = "tm-t20"\n'
        result = run(tmp_path, toml, "status", "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["state"] == "ready"
        result = run(tmp_path, toml, "test")
        assert result.returncode == 0, result.stderr
        assert len(printer.jobs) == 1
        job = printer.jobs[0]  # a TM-T20 gets the test ticket as citizens get theirs: text
        assert job.errors == [] and [qr.payload for qr in job.qrs] == ["TEST-0000"]
        assert "Testdruck / Test print" in job.text()
        printer.state = "out"
        result = run(tmp_path, toml, "status")
        assert result.returncode == 1 and "paper_out" in result.stdout


def test_test_print_into_the_folder(tmp_path):
    result = run(tmp_path, 'kind = "folder"\n', "test")
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "state" / "printed").glob("*.pdf"))
