"""Sealing at rest and retention on the real stores: outbox file, form store, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.outbox.store import Outbox
from kiosk.outbox.submissions import LocalDelivery, SubmissionStore
from kiosk.privacy.pseudonyms import pseudonym
from kiosk.privacy.retention import enforce, oldest_items
from kiosk.privacy.sealing import Sealer, generate_keypair, is_sealed
from kiosk.privacy.stores import OutboxDelivered, OutboxRejected, Submissions

SECRET = "Quastenflosser-Weg 91"
CLI = "import sys; from kiosk.cli.main import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("keys")
    private, public = generate_keypair()
    (folder / "private.pem").write_bytes(private)
    (folder / "public.pem").write_bytes(public)
    return folder / "private.pem", folder / "public.pem"


def on_disk(folder: Path, value: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and value.encode() in p.read_bytes()]


def form(ref: str) -> dict[str, object]:
    return {"form": "anmeldung", "version": 1, "reference": ref, "data": {"street": SECRET}}


def test_form_payloads_are_sealed_before_they_are_written(tmp_path, keys):
    ob = Outbox(tmp_path / "outbox.db", sealer=Sealer.from_file(keys[1]))
    ob.put("form", form("ANM-AAAA-BBBB"), "k1")
    ob.put("arrival", {"ticket": "A12"}, "k2")  # not a form: as it was
    item = ob.get("k1")
    assert item is not None and is_sealed(item.payload["sealed"])
    assert item.payload["reference"] == "ANM-AAAA-BBBB" and "data" not in item.payload
    assert ob.get("k2").payload == {"ticket": "A12"}  # type: ignore[union-attr]
    assert on_disk(tmp_path, SECRET) == []  # database and -wal
    ob.close()


def test_delivered_items_leave_nothing_and_the_log_is_emptied(tmp_path):
    ob = Outbox(tmp_path / "outbox.db", keep_delivered_s=0)
    ob.put("form", form("ANM-AAAA-BBBB"), "k1")
    assert on_disk(tmp_path, SECRET)  # unsealed (no key): readable until delivered
    ob.delivered("k1")
    assert ob.get("k1") is None
    ob.purge()
    assert (tmp_path / "outbox.db-wal").stat().st_size == 0
    assert on_disk(tmp_path, SECRET) == []
    ob.close()


def test_rejected_items_go_after_their_days_with_a_staff_line(tmp_path, caplog):
    ob = Outbox(tmp_path / "outbox.db")
    ob.put("form", form("ANM-AAAA-BBBB"), "k1")
    ob.put("form", form("ANM-CCCC-DDDD"), "k2")
    ob.rejected("k1", "HTTP 422 from receiver")
    now = datetime.now(UTC)
    stores = [OutboxDelivered(ob), OutboxRejected(ob, timedelta(days=7))]
    assert enforce(stores, now + timedelta(days=6))[1].removed == 0
    ages = dict((n, v) for n, v, _bad in oldest_items(stores, now + timedelta(days=8)))
    assert ages["outbox, rejected"] is not None
    assert [bad for *_x, bad in oldest_items(stores, now + timedelta(days=8))] == [False, True]
    report = enforce(stores, now + timedelta(days=8))
    assert report[1].removed == 1 and ob.get("k1") is None
    assert ob.get("k2") is not None  # pending: on its way, never deleted
    lines = [r for r in caplog.records if "rejected item deleted" in r.getMessage()]
    # named by its log pseudonym (kiosk.privacy.pseudonyms), not by its key
    assert [r.fields["key"] for r in lines] == [pseudonym("k1")]  # type: ignore[attr-defined]
    ob.close()


def test_form_store_purge_by_age_and_checkpoint(tmp_path):
    store = SubmissionStore(tmp_path / "submissions.db")
    store.save("k1", form("ANM-AAAA-BBBB"))
    kept = Submissions(store, timedelta(days=30))
    assert kept.oldest() is not None
    assert enforce([kept], datetime.now(UTC) + timedelta(days=29))[0].removed == 0
    assert enforce([kept], datetime.now(UTC) + timedelta(days=31))[0].removed == 1
    assert store.all() == [] and on_disk(tmp_path, SECRET) == []
    store.close()


def run_cli(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLI, "submissions", *args, "--config", str(cfg)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sealed_store_opens_only_with_the_private_key_given(tmp_path, keys):
    state = tmp_path / "state"
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[kiosk]\nstate_dir = "{state}"\n[privacy]\npublic_key = "{keys[1]}"\n')
    ob = Outbox(state / "outbox.db", sealer=Sealer.from_file(keys[1]))
    ob.put("form", form("ANM-AAAA-BBBB"), "k1")
    store = SubmissionStore(state / "submissions.db")
    LocalDelivery(store)(ob.get("k1"))
    store.close()
    ob.close()
    assert on_disk(state, SECRET) == []
    listed = run_cli(cfg, "list")
    assert listed.returncode == 0 and "ANM-AAAA-BBBB" in listed.stdout
    shut = run_cli(cfg, "show", "ANM-AAAA-BBBB")
    assert shut.returncode == 1 and "private key" in shut.stderr and SECRET not in shut.stdout
    opened = run_cli(cfg, "show", "ANM-AAAA-BBBB", "--private-key", str(keys[0]))
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout)["data"]["street"] == SECRET
    out = tmp_path / "export"
    wrong = run_cli(cfg, "export", "--out", str(out), "--private-key", str(keys[1]))
    assert wrong.returncode == 1 and "public key" in wrong.stderr and not out.exists()
    done = run_cli(cfg, "export", "--out", str(out), "--private-key", str(keys[0]))
    assert done.returncode == 0, done.stderr
    assert SECRET in (out / "ANM-AAAA-BBBB.json").read_text()


def test_doctor_shows_the_oldest_items_and_flags_what_is_kept_too_long(tmp_path, keys):
    from kiosk.config import load
    from kiosk.ops.doctor import check_privacy

    state = tmp_path / "state"
    cfg_file = tmp_path / "kiosk.toml"
    cfg_file.write_text(f'[kiosk]\nstate_dir = "{state}"\n[privacy]\nrejected_days = 1\n')
    cfg = load(cfg_file)
    check = check_privacy(cfg)
    assert check.status == "warn" and "NOT sealed" in check.detail and "public_key" in check.fix
    assert not state.exists() or not (state / "outbox.db").exists()  # created nothing
    ob = Outbox(state / "outbox.db", clock=lambda: datetime.now(UTC).timestamp() - 2 * 86400)
    ob.put("form", form("ANM-AAAA-BBBB"), "k1")
    ob.rejected("k1", "HTTP 422")
    ob.close()
    (state / "printed").mkdir(mode=0o700)
    (state / "printed" / "receipt.pdf").write_bytes(b"%PDF")
    check = check_privacy(cfg)
    assert check.status == "fail" and "kept too long: outbox, rejected" in check.detail
    assert "oldest outbox, rejected: 2 d" in check.detail
    assert "oldest printed files: 0 h" in check.detail
    cfg_file.write_text(
        f'[kiosk]\nstate_dir = "{state}"\n[privacy]\npublic_key = "{keys[1]}"\nrejected_days = 3\n'
    )
    check = check_privacy(load(cfg_file))
    assert check.status == "warn" and "sealed to key" in check.detail
    assert check.fix == "set [privacy] controller and notice_url"
    with cfg_file.open("a") as f:
        f.write('controller = "Stadt Musterstadt"\nnotice_url = "https://m.example/ds"\n')
    check = check_privacy(load(cfg_file))
    assert check.status == "ok" and "sealed to key" in check.detail
