"""docs/zms.md works as written: its kiosk.toml block loads, and a kiosk configured
with it serves against the fake ZMS; the zmsadmin steps name what doctor names."""

from __future__ import annotations

import json
import re
from pathlib import Path

import fake_zms
import pytest
from zms_rig import CATALOGUE

from kiosk.cli.main import build_parser, load_config
from kiosk.config import parse
from kiosk.queue.base import ServiceState
from kiosk.queue.zms.backend import ZmsBackend

DOC = Path(__file__).resolve().parents[4] / "docs" / "zms.md"


def toml_block() -> str:
    blocks = re.findall(r"```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 1
    return blocks[0]


def test_the_documented_config_loads_and_serves(zms: fake_zms.FakeZms, tmp_path: Path):
    text = toml_block().replace("https://zms.example.de/terminvereinbarung/api/2", zms.url)
    cfg = parse(f"[kiosk]\nstate_dir = '{tmp_path}'\n" + text, "docs/zms.md")
    assert cfg.zms.booking_url and "c" not in cfg.zms.buttonlist.split(",")[0]
    backend = ZmsBackend(cfg, CATALOGUE)
    try:
        assert backend.service_status().state is ServiceState.OPEN
        assert backend.draw_number("ausweis", "A", "doc-1").number.startswith("A")
        assert zms.count("?requestId=120335") == 1
        health = backend.health()
        assert health.ok, health.detail
    finally:
        backend.close()


def test_the_doctor_fix_is_the_documented_step(zms: fake_zms.FakeZms, tmp_path: Path):
    zms.set_activation(True)
    text = toml_block().replace("https://zms.example.de/terminvereinbarung/api/2", zms.url)
    backend = ZmsBackend(parse(f"[kiosk]\nstate_dir = '{tmp_path}'\n" + text), CATALOGUE)
    try:
        fix = backend.health().fix
    finally:
        backend.close()
    assert fix.startswith("enable ticket printer 71abcdefghijklmnopqrstuvwxyz in zmsadmin")
    assert "enable ticket printer 71abc… in zmsadmin, organisation 71" in DOC.read_text()


def test_the_documented_queue_status_output_is_what_the_command_prints(
    zms: fake_zms.FakeZms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """The example of ``kiosk queue status --json``: two waiting at scope 141 (10 min,
    2 workstations), scope 142 deactivated; the documented rows are printed as shown."""
    blocks = re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    documented = json.loads(blocks[0])
    zms.add_waiting(141, 2)
    zms.scope(142).deactivated = True
    path = tmp_path / "kiosk.toml"
    path.write_text(zms.kiosk_toml(tmp_path / "state", {"ausweis": 141, "anmeldung": 142}))
    args = build_parser().parse_args(["queue", "status", "--json", "--config", str(path)])
    assert args.func(args, load_config(args)) == 0
    printed = {r["concern_id"]: r for r in json.loads(capsys.readouterr().out)}
    for row in documented:
        assert printed[row["concern_id"]] == row
