"""docs/zms.md works as written: its kiosk.toml block loads, and a kiosk configured
with it serves against the fake ZMS; the zmsadmin steps name what doctor names."""

from __future__ import annotations

import re
from pathlib import Path

import fake_zms
from zms_rig import CATALOGUE

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
