"""``kiosk queue ...``: the handlers, called the way kiosk/cli/main.py calls them."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pytest

from kiosk.cli.queue import register
from kiosk.config import Config, parse


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


def test_status_prints_an_aligned_table(cfg: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(cfg, "seed", "--waiting", "2") == 0
    assert run(cfg, "call", "A") == 0
    capsys.readouterr()
    assert run(cfg, "status") == 0
    first, *table = capsys.readouterr().out.splitlines()
    assert first.startswith("Bürgerbüro Test · ") and first.endswith(" · open")
    assert table == [
        "Group  Issued  Waiting  Called  Left  Wait (min)  Last called",
        "A           2        1       1    48  0-15        A-001",
        "B           2        2       0   997  ?           -",
        "C           2        2       0   997  ?           -",
    ]


def test_status_json(cfg: Config, capsys: pytest.CaptureFixture[str]) -> None:
    run(cfg, "seed", "--waiting", "1")
    capsys.readouterr()
    assert run(cfg, "status", "--json") == 0
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
