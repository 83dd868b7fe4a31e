"""The staff console's counter from its configuration file (``[staff] counter``), as
docs/mqtt.md gives it: the document's staff.toml block goes through kiosk-staff's own
start-up, ``--counter`` overrides it, and a wrong label is one line naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.help import docbroker
from kiosk.help.protocol import COUNTER
from ui.staff import app as staff_app
from ui.staff import main as staff_main

SECTION = "## Kiosk and console configuration"


def staff_toml() -> str:
    """The document's configuration block for a staff console."""
    doc = docbroker.DOC.read_text(encoding="utf-8")
    (block,) = [
        b.text
        for b in docbroker.blocks(doc, SECTION)
        if b.text.startswith("# /etc/kiosk/staff.toml")
    ]
    return block


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Config, str]]:
    """kiosk-staff's main up to the window: what it would open the console with."""
    calls: list[tuple[Config, str]] = []

    def run(cfg: Config, *, exit_after_first_frame: bool = False, counter: str = "") -> int:
        calls.append((cfg, counter))
        return 0

    monkeypatch.setattr(staff_app, "run", run)
    monkeypatch.setattr(staff_main.log, "setup", lambda level: None)  # keep pytest's logging
    monkeypatch.setattr(staff_main, "private_umask", lambda: None)
    return calls


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "staff.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_documented_console_starts_with_its_counter(
    tmp_path: Path, started: list[tuple[Config, str]]
) -> None:
    assert staff_main.main(["--config", write(tmp_path, staff_toml())]) == 0
    ((cfg, counter),) = started
    assert counter == "3" == cfg.staff.counter and COUNTER.fullmatch(counter)
    assert cfg.mqtt.username == "staff-schalter3" and cfg.mqtt.tls


def test_the_command_line_overrides_the_file(
    tmp_path: Path, started: list[tuple[Config, str]]
) -> None:
    path = write(tmp_path, staff_toml())
    assert staff_main.main(["--config", path, "--counter", "B12"]) == 0
    assert started[-1][1] == "B12"
    without = write(tmp_path, staff_toml().replace('counter = "3"', 'counter = ""'))
    assert staff_main.main(["--config", without]) == 0
    assert started[-1][1] == ""  # no counter: staff type it into the console


def test_a_wrong_counter_in_the_file_is_one_line_naming_the_key(
    tmp_path: Path, started: list[tuple[Config, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, staff_toml().replace('counter = "3"', 'counter = "Schalter 3"'))
    assert staff_main.main(["--config", path]) == staff_main.EXIT_CONFIG
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "staff.counter" in err and "'Schalter 3'" in err
    assert started == []
