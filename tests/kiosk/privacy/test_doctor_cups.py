"""``kiosk doctor`` warns when the local CUPS keeps job files or history by its own
settings (the kiosk purges its jobs; cupsd.conf covers a crash before the purge)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import parse
from kiosk.privacy.doctor import cups_keeps, privacy_findings
from kiosk.privacy.sealing import generate_keypair


@pytest.mark.parametrize(
    ("conf", "kept"),
    [
        ("", "job files and job history"),  # CUPS' defaults: a day of files, all history
        ("PreserveJobFiles No\nPreserveJobHistory No\n", ""),
        ("preservejobfiles off\n  PreserveJobHistory  No\n", ""),
        ("PreserveJobFiles No\nPreserveJobHistory Yes\n", "job history"),
        ("PreserveJobFiles 3600\nPreserveJobHistory No\n", "job files"),
    ],
)
def test_what_cups_keeps(tmp_path: Path, conf: str, kept: str) -> None:
    path = tmp_path / "cupsd.conf"
    path.write_text(conf)
    assert cups_keeps(path) == (f"CUPS keeps {kept} ({path})" if kept else "")


def test_unreadable_conf_is_named(tmp_path: Path) -> None:
    assert cups_keeps(tmp_path / "missing.conf").startswith(f"{tmp_path / 'missing.conf'} not")


def test_doctor_warns_for_a_local_cups_printer_only(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("CUPS_SERVER", raising=False)
    public = tmp_path / "office-public.pem"
    public.write_bytes(generate_keypair()[1])
    base = (
        f'[kiosk]\nstate_dir = "{tmp_path / "state"}"\n'
        f'[privacy]\npublic_key = "{public}"\ncontroller = "Stadt Musterstadt"\n'
        'notice_url = "https://musterstadt.example/datenschutz"\n'
    )
    conf = tmp_path / "cupsd.conf"
    conf.write_text("PreserveJobFiles Yes\nPreserveJobHistory No\n")
    cups = parse(base + '[printer]\nkind = "cups"\ncups_queue = "bon"\n')
    status, detail, fix = privacy_findings(cups, conf)
    assert status == "warn" and "CUPS keeps job files" in detail
    assert "PreserveJobFiles No" in fix
    assert privacy_findings(parse(base), conf)[0] == "ok"  # the folder printer
    monkeypatch.setenv("CUPS_SERVER", "printserver.example:631")  # not ours to read
    assert privacy_findings(cups, conf)[0] == "ok"
    conf.write_text("PreserveJobFiles No\nPreserveJobHistory No\n")
    monkeypatch.delenv("CUPS_SERVER")
    assert privacy_findings(cups, conf)[0] == "ok"
