"""``kiosk queue ...``: the handlers, called the way kiosk/cli/main.py calls them."""

from __future__ import annotations

import argparse
import json
import random
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.cli.queue import register
from kiosk.config import Config, parse
from kiosk.queue.hours import WEEKDAYS


def config(tmp_path: Path, extra: str = "") -> Config:
    return parse(f"""
[kiosk]
location = "Bürgerbüro Test"
state_dir = '{tmp_path}'
{extra}
[embedded.groups.A]
counters = 2
handling_minutes = 10
daily_contingent = 50
""")


def run(cfg: Config, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["queue", *argv])
    code: int = args.func(args, cfg)
    return code


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return config(tmp_path)


def test_seed_default_five_per_group(cfg: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(cfg, "seed") == 0
    assert capsys.readouterr().out == "seeded 15 waiting tickets (A 5, B 5, C 5)\n"
    assert cfg.database_path.exists()


def test_status_per_group_prints_an_aligned_table(
    cfg: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(cfg, "seed", "--waiting", "2") == 0
    assert run(cfg, "call", "A") == 0
    capsys.readouterr()
    assert run(cfg, "status", "--groups") == 0
    first, *table = capsys.readouterr().out.splitlines()
    assert first.startswith("Bürgerbüro Test · ") and first.endswith(" · open")
    assert table == [
        "Group  Issued  Waiting  Called  Left  Wait (min)  Last called",
        "A           2        1       1    48  0-15        A-001",
        "B           2        2       0   997  ?           -",
        "C           2        2       0   997  ?           -",
    ]


def test_status_per_group_json(cfg: Config, capsys: pytest.CaptureFixture[str]) -> None:
    run(cfg, "seed", "--waiting", "1")
    capsys.readouterr()
    assert run(cfg, "status", "--groups", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["group_id"] for r in rows] == ["A", "B", "C"]
    assert rows[0] == {
        "group_id": "A",
        "prefix": "A",
        "issued": 1,
        "waiting": 1,
        "called": 0,
        "done": 0,
        "contingent_left": 49,
        "last_called": None,
        "wait_low_min": 0,
        "wait_high_min": 15,
    }


def test_status_per_concern_is_the_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """What a citizen choosing each concern gets now, in the shape ZMS kiosks report too
    (tests/kiosk/cli/test_checkin_lookup.py): B's contingent is used up."""
    cfg = config(tmp_path, "[embedded.groups.B]\ndaily_contingent = 2\n")
    run(cfg, "seed", "--waiting", "2")
    capsys.readouterr()
    assert run(cfg, "status", "--json") == 0
    rows = {r["concern_id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["ausweis"] == {
        "concern_id": "ausweis",
        "group_id": "A",
        "state": "open",
        "people_ahead": 2,
        "wait_minutes": [5, 20],  # 2 x 10 min / 2 counters, widened (estimate_wait)
        "source": "kiosk",
    }
    assert rows["anmeldung"] == {
        "concern_id": "anmeldung",
        "group_id": "B",
        "state": "exhausted",
        "people_ahead": None,
        "wait_minutes": None,
        "source": "",
    }
    assert rows["sperrmuell"]["people_ahead"] == 2
    assert rows["sperrmuell"]["wait_minutes"] is None  # group C has no staffing configured
    assert len(rows) == 10  # every concern of the catalogue
    assert run(cfg, "status") == 0
    first, header, *body = capsys.readouterr().out.splitlines()
    assert first.startswith("Bürgerbüro Test · ") and first.endswith(" · embedded")
    assert header.split() == ["Concern", "Group", "State", "Ahead", "Wait", "(min)", "Source"]
    assert body[0].split() == ["ausweis", "A", "open", "2", "5-20", "kiosk"]


def test_status_per_concern_outside_opening_hours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tomorrow = WEEKDAYS[(datetime.now(ZoneInfo("Europe/Berlin")).weekday() + 1) % 7]
    cfg = config(tmp_path, f'[embedded.opening_hours]\n{tomorrow} = ["08:00-12:00"]\n')
    assert run(cfg, "status", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["state"], r["people_ahead"], r["wait_minutes"]) for r in rows} == {
        ("closed", None, None)
    }


def test_groups_is_the_embedded_queues_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = parse(f"""
[kiosk]
state_dir = '{tmp_path}'
[backend]
kind = "zms"
[zms]
base_url = "http://127.0.0.1:9/api/2"
organisation_id = 71
""")
    assert run(cfg, "status", "--groups") == 2
    assert "without --groups" in capsys.readouterr().err


def test_call_next_by_id_or_prefix_in_any_case(
    cfg: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    run(cfg, "seed", "--waiting", "1")
    capsys.readouterr()
    assert run(cfg, "call", "b") == 0
    out = capsys.readouterr().out
    assert out.startswith("B-001  (") and "-B-001, drawn " in out
    assert run(cfg, "call", "B") == 0
    assert capsys.readouterr().out == "group B: nobody is waiting\n"


def test_call_unknown_group_is_a_usage_error(
    cfg: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(cfg, "call", "Z") == 2
    assert capsys.readouterr().err == "kiosk queue: unknown group 'Z' (known: A, B, C)\n"


def test_reset_needs_yes(cfg: Config, capsys: pytest.CaptureFixture[str]) -> None:
    run(cfg, "seed", "--waiting", "1")
    capsys.readouterr()
    assert run(cfg, "reset") == 2
    assert "--yes" in capsys.readouterr().err
    assert run(cfg, "reset", "--yes") == 0
    assert capsys.readouterr().out == "deleted 3 tickets of today; numbering restarts at 001\n"
    run(cfg, "seed", "--waiting", "1")
    assert run(cfg, "call", "A") == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("A-001  (")


def test_backend_error_is_one_line_and_exit_1(
    cfg: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg.database_path.parent.mkdir(parents=True, exist_ok=True)
    cfg.database_path.write_bytes(random.Random(3).randbytes(8192))
    for argv in (["status"], ["status", "--json"], ["call", "A"], ["seed"], ["reset", "--yes"]):
        assert run(cfg, *argv) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.count("\n") == 1
        assert captured.err.startswith("kiosk queue: queue database ")
        assert "is not a database file" in captured.err


def test_missing_catalogue_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = config(tmp_path, f"catalogue = '{tmp_path / 'missing.toml'}'")
    assert run(cfg, "status") == 2
    assert "catalogue not found" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv", [[], ["seed", "--waiting", "0"], ["seed", "--waiting", "x"], ["call"]]
)
def test_bad_arguments_are_refused_by_argparse(cfg: Config, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run(cfg, *argv)
    assert caught.value.code == 2
