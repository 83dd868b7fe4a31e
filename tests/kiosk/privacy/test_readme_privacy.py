"""README's "Privacy" section: its commands and its [privacy] block work as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from kiosk import config
from kiosk.cli.main import main
from kiosk.privacy.notice import facts_from, notice_lines
from kiosk.privacy.sealing import Sealer

README = Path(__file__).resolve().parents[3] / "README.md"


def section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Privacy\n")
    return text[start : text.index("\n## ", start + 1)]


def test_the_documented_set_up_works(tmp_path, monkeypatch):
    blocks = dict(re.findall(r"```(sh|toml)\n(.*?)```", section(), re.S))
    command = shlex.split(blocks["sh"].split("#")[0])
    assert command[:3] == ["kiosk", "keys", "generate"]
    out = tmp_path / "keys"
    assert "--out" in command
    assert main([*command[1 : command.index("--out")], "--out", str(out)]) == 0
    assert (out / "office-private.pem").stat().st_mode & 0o077 == 0

    toml = blocks["toml"].replace("/etc/kiosk/office-public.pem", str(out / "office-public.pem"))
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[kiosk]\nstate_dir = "{tmp_path / "state"}"\n' + toml, encoding="utf-8")
    cfg = config.load(path)
    assert Sealer.from_file(cfg.privacy.public_key).kid
    facts = facts_from(cfg)
    assert facts.sealed and facts.controller.startswith("Stadt Musterstadt")
    lines = notice_lines(facts, "de")
    assert any("nach 30 Tagen gelöscht" in line for line in lines)
