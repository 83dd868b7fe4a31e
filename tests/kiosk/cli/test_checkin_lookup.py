"""``kiosk checkin lookup`` and ``kiosk queue status`` per concern, for both backends:
what support staff see, through the command line's own parser (kiosk.cli.main)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import fake_zms
import pytest

from kiosk import catalogue as catalogue_mod
from kiosk.cli.main import build_parser, load_config
from kiosk.config import parse
from kiosk.queue import open_embedded


@pytest.fixture
def zms() -> Iterator[fake_zms.FakeZms]:
    server = fake_zms.FakeZms().start()
    server.add_scope(141, "Bürgeramt Mitte", prefix="A")
    server.add_scope(142, "Bürgeramt Nord")
    yield server
    server.stop()


def zms_toml(zms: fake_zms.FakeZms, tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(zms.kiosk_toml(tmp_path / "state", {"ausweis": 141, "anmeldung": 142}))
    return path


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """The parser and config loading of ``kiosk`` (kiosk.cli.main), then the handler;
    logging is left alone (main() would point it at this test's captured stderr)."""
    args = build_parser().parse_args(list(argv))
    code: int = args.func(args, load_config(args))
    return code, capsys.readouterr().out


def test_lookup_of_a_zms_code_says_what_the_kiosk_would_do(
    zms: fake_zms.FakeZms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    now = datetime.now(fake_zms.LOCAL)
    pid, key = zms.add_appointment(141, now + timedelta(days=2))
    toml = str(zms_toml(zms, tmp_path))
    code, out = cli(capsys, "checkin", "lookup", f"{pid}-{key}", "--json", "--config", toml)
    result = json.loads(out)
    assert code == 1 and result["found"] and result["process_id"] == pid
    assert result["outcome"] == "other_day" and result["status"] == "confirmed"
    assert key not in out  # the key is a secret of the citizen's
    zms.set_status(pid, "called")
    code, out = cli(capsys, "checkin", "lookup", f"{pid}-{key}", "--config", toml)
    assert code == 1 and "outcome          called" in out
    code, out = cli(capsys, "checkin", "lookup", pid, "--json", "--config", toml)
    assert code == 1 and json.loads(out)["outcome"] == "key_missing"
    code, out = cli(capsys, "checkin", "lookup", f"{pid}-{'0' * 64}", "--json", "--config", toml)
    assert json.loads(out)["outcome"] == "not_found"
    assert zms.count("/waitingnumber/") == 0  # a look-up checks nothing in


def test_lookup_takes_both_zms_key_generations(
    zms: fake_zms.FakeZms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """64 hex characters from the QR code (since 2026-04-24) and 4 typed (before)."""
    toml = str(zms_toml(zms, tmp_path))
    soon = datetime.now(fake_zms.LOCAL) + timedelta(minutes=5)
    pid, key = zms.add_appointment(141, soon)
    qr = f"https://termine.example.de/appointment/?process={pid}&authKey={key}"
    code, out = cli(capsys, "checkin", "lookup", qr, "--json", "--config", toml)
    result = json.loads(out)
    assert len(key) == 64 and code == 0 and result["outcome"] == "in_time"
    assert (result["process_id"], result["key_length"]) == (pid, 64) and key not in out
    zms.legacy_keys = True
    old_pid, old_key = zms.add_appointment(141, soon)
    code, out = cli(capsys, "checkin", "lookup", f"{old_pid}-{old_key}", "--json", "--config", toml)
    result = json.loads(out)
    assert len(old_key) == 4 and code == 0 and result["outcome"] == "in_time", result
    assert result["key_length"] == 4 and result["time"] == f"{soon:%H:%M}"
    code, out = cli(capsys, "checkin", "lookup", f"{old_pid}-{key[:4]}", "--json", "--config", toml)
    assert code == 1 and json.loads(out)["outcome"] == "not_found"  # a wrong key


def test_lookup_with_the_embedded_queue(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "kiosk.toml"
    path.write_text(f"[kiosk]\nstate_dir = '{tmp_path / 'state'}'\n")
    cfg = parse(path.read_text(), str(path))
    backend = open_embedded(cfg, catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages))
    code = backend.book("anmeldung", datetime.now(cfg.tz) + timedelta(minutes=5)).appointment_id
    backend.close()
    exit_code, out = cli(
        capsys, "checkin", "lookup", f"TERMIN:{code}", "--json", "--config", str(path)
    )
    result = json.loads(out)
    assert exit_code == 0 and result["outcome"] == "in_time" and result["concern_id"] == "anmeldung"
    exit_code, out = cli(capsys, "checkin", "lookup", "12345678", "--json", "--config", str(path))
    assert exit_code == 1 and json.loads(out)["outcome"] == "invalid"


def test_queue_status_per_concern_with_zms(
    zms: fake_zms.FakeZms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    zms.add_waiting(141, 2)
    zms.scope(142).deactivated = True
    code, out = cli(capsys, "queue", "status", "--json", "--config", str(zms_toml(zms, tmp_path)))
    rows = {r["concern_id"]: r for r in json.loads(out)}
    assert code == 0
    assert rows["ausweis"] == {
        "concern_id": "ausweis",
        "group_id": "A",
        "state": "open",
        "people_ahead": 2,
        "wait_minutes": [8, 10],  # 2 x 10 min / 2 workstations, as ZMS computes it
        "source": "zms",
    }
    assert rows["anmeldung"]["state"] == "deactivated"
    assert rows["bewohnerparken"]["state"] == "misconfigured"  # not in zms.concerns
    code, out = cli(capsys, "queue", "status", "--config", str(zms_toml(zms, tmp_path)))
    assert "ausweis" in out and "Source" in out


def test_queue_status_with_zms_closed_exhausted_and_disabled(
    zms: fake_zms.FakeZms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    toml = str(zms_toml(zms, tmp_path))
    zms.scope(141).opened = False
    zms.scope(142).contingent, zms.scope(142).given = 3, 3
    code, out = cli(capsys, "queue", "status", "--json", "--config", toml)
    rows = {r["concern_id"]: r for r in json.loads(out)}
    assert code == 0
    assert (rows["ausweis"]["state"], rows["anmeldung"]["state"]) == ("closed", "exhausted")
    assert rows["ausweis"]["people_ahead"] is None and rows["ausweis"]["wait_minutes"] is None
    zms.scope(141).opened = True
    zms.set_activation(True)  # a new printer is disabled: nothing is served until enabled
    zms.delete_printers()
    code, out = cli(capsys, "queue", "status", "--json", "--config", str(zms_toml(zms, tmp_path)))
    assert code == 0 and {r["state"] for r in json.loads(out)} == {"misconfigured"}


def test_queue_status_when_zms_cannot_be_reached(
    zms: fake_zms.FakeZms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    toml = str(zms_toml(zms, tmp_path))
    assert cli(capsys, "queue", "status", "--json", "--config", toml)[0] == 0  # cache written
    zms.stop()
    args = build_parser().parse_args(["queue", "status", "--json", "--config", toml])
    code = args.func(args, load_config(args))
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.startswith("kiosk queue: ") and "unreachable" in err and err.count("\n") == 1


def test_queue_status_same_shape_for_both_backends(
    zms: fake_zms.FakeZms, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    embedded = tmp_path / "embedded.toml"
    embedded.write_text(
        f"[kiosk]\nstate_dir = '{tmp_path / 'state-e'}'\n[embedded.groups.A]\ncounters = 2\n"
    )
    shapes = []
    for toml in (str(embedded), str(zms_toml(zms, tmp_path))):
        code, out = cli(capsys, "queue", "status", "--json", "--config", toml)
        rows = json.loads(out)
        assert code == 0 and [r["concern_id"] for r in rows][:3] == [
            "ausweis",
            "reisepass",
            "dokument_abholen",
        ]
        shapes.append({k: type(v).__name__ for k, v in rows[0].items()})
    assert (
        shapes[0]
        == shapes[1]
        == {
            "concern_id": "str",
            "group_id": "str",
            "state": "str",
            "people_ahead": "int",
            "wait_minutes": "list",
            "source": "str",
        }
    )
