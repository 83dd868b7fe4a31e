"""Log pseudonyms (issue 16.5): staff can tie a logged pseudonym to a reference while the
data exists; once the day key is destroyed by retention, nobody can."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.config import parse
from kiosk.log import KeyValueFormatter
from kiosk.privacy import pseudonyms
from kiosk.privacy.pseudonyms import KeyRing, LogKeys
from kiosk.privacy.retention import enforce
from kiosk.privacy.stores import stores_for

REF = "ANM-7K3P-2QXD"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def saved(ring: KeyRing) -> None:
    """Save what the ring's saver thread (if any) may not have written yet."""
    ring.save()


def test_pseudonym_names_its_day_and_hides_the_value(tmp_path: Path) -> None:
    clock = Clock()
    ring = KeyRing(tmp_path / "log-keys", clock)
    p = ring.pseudonym(REF)
    assert p.startswith("ps-20261207-") and len(p) == len("ps-20261207-") + 12
    assert REF not in p
    assert ring.pseudonym(REF) == p  # the same reference: the same pseudonym all day
    assert ring.pseudonym("ANM-7K3P-2QXE") != p
    clock.now += timedelta(days=1)
    assert ring.pseudonym(REF) != p.replace("20261207", "20261208")  # a new day key
    other = KeyRing(tmp_path / "other")
    assert other.pseudonym(REF) != ring.pseudonym(REF)  # random keys, not a plain hash


def test_keys_are_private_files_and_resolve_while_kept(tmp_path: Path) -> None:
    clock = Clock()
    folder = tmp_path / "log-keys"
    ring = KeyRing(folder, clock)
    p = ring.pseudonym(REF)
    saved(ring)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600
    # Another process (``kiosk submissions whois``) reads the saved key.
    assert KeyRing(folder).resolve(p, ["ANM-0000-0000", REF]) == [REF]
    assert KeyRing(folder).resolve(p, ["ANM-0000-0000"]) == []
    with pytest.raises(ValueError, match="not a log pseudonym"):
        KeyRing(folder).resolve(REF, [REF])


def test_retention_destroys_the_key_and_the_link(tmp_path: Path) -> None:
    clock = Clock()
    folder = tmp_path / "log-keys"
    ring = KeyRing(folder, clock)
    p = ring.pseudonym(REF)
    saved(ring)
    store = LogKeys(ring, timedelta(days=31))  # 30 days after the day the key was used
    day_end = datetime(2026, 12, 8, tzinfo=UTC)
    assert store.oldest() == datetime(2026, 12, 7, tzinfo=UTC)  # made: the day began
    # Within the 30 days after the key's day: kept.
    kept = day_end + timedelta(days=30, hours=-1)
    assert enforce([store], kept) and ring.resolve(p, [REF]) == [REF]
    assert list(folder.iterdir())
    # Past it: the file and the key in memory are gone; nothing resolves the line.
    (saved_key,) = folder.iterdir()
    os.link(saved_key, tmp_path / "second-name")  # sees the inode after the unlink
    key = saved_key.read_bytes()
    clock.now = day_end + timedelta(days=30, hours=1)
    enforce([store], clock.now)
    assert (tmp_path / "second-name").read_bytes() == bytes(len(key)) != key  # overwritten
    assert not [f for f in folder.iterdir() if f.name.startswith("20261207")]
    assert ring.resolve(p, [REF]) == [] and KeyRing(folder).resolve(p, [REF]) == []
    assert ring.pseudonym(REF) != p


def test_unsaved_keys_are_saved_by_the_next_run(tmp_path: Path) -> None:
    """A full disk at the day's first line: the key stays in memory and is saved later."""
    folder = tmp_path / "log-keys"
    folder.mkdir(mode=0o700)
    ring = KeyRing(folder, Clock())
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):  # root ignores modes: make the write fail otherwise
            folder.rmdir()
            folder.write_text("not a folder")
        p = ring.pseudonym(REF)
        saved(ring)
    finally:
        if folder.is_dir():
            os.chmod(folder, 0o700)
        else:
            folder.unlink()
            folder.mkdir(mode=0o700)
    assert KeyRing(folder).resolve(p, [REF]) == []  # not on disk yet
    ring.purge(datetime(2026, 1, 1, tzinfo=UTC))  # the hourly run
    assert KeyRing(folder).resolve(p, [REF]) == [REF]


def test_memory_only_ring_never_writes(tmp_path: Path) -> None:
    ring = KeyRing(None, Clock())
    p = ring.pseudonym(REF)
    ring.save()
    assert ring.resolve(p, [REF]) == [REF]  # only this process could, while it runs
    assert list(tmp_path.iterdir()) == []


def test_install_adopts_the_keys_used_before(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pseudonyms, "_ACTIVE", KeyRing())
    early = pseudonyms.pseudonym(REF)  # a line logged before the first retention run
    ring = pseudonyms.install(tmp_path)
    assert pseudonyms.install(tmp_path) is ring and pseudonyms.ring_for(tmp_path) is ring
    assert pseudonyms.pseudonym(REF) == early
    saved(ring)
    assert KeyRing(tmp_path / "log-keys").resolve(early, [REF]) == [REF]


def test_the_installed_ring_saves_a_new_day_key_by_itself(tmp_path: Path, monkeypatch) -> None:
    """The saver thread writes a key made on another thread (the GUI's) without any
    call to save(): a kiosk that crashes an hour later can still resolve its lines."""
    monkeypatch.setattr(pseudonyms, "_ACTIVE", KeyRing())
    ring = pseudonyms.install(tmp_path)
    before = {t.name for t in threading.enumerate()}
    p = pseudonyms.pseudonym(REF)
    assert {t.name for t in threading.enumerate()} == before  # no thread per key
    deadline = time.monotonic() + 10
    while not list((tmp_path / "log-keys").glob("*.key")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert KeyRing(tmp_path / "log-keys").resolve(p, [REF]) == [REF]
    assert ring.start_saving() is None  # started once


def test_stores_keep_keys_for_the_longest_period(tmp_path: Path) -> None:
    cfg = parse(
        f'[kiosk]\nstate_dir = "{tmp_path}"\n'
        "[privacy]\nprinted_days = 2\nrejected_days = 9\nsubmissions_days = 40\n"
    )
    (keys,) = [s for s in stores_for(cfg, None, None) if isinstance(s, LogKeys)]
    assert keys.keep == timedelta(days=41)  # the day in use, then the longest period
    assert keys.ring.folder == tmp_path / "log-keys"


def test_log_lines_carry_the_pseudonym(tmp_path: Path, monkeypatch, caplog) -> None:
    """The outbox's lines name an item by pseudonym, never by its key."""
    from kiosk.outbox.store import Outbox

    monkeypatch.setattr(pseudonyms, "_ACTIVE", KeyRing(tmp_path / "log-keys"))
    caplog.set_level(logging.DEBUG)
    with Outbox(tmp_path / "outbox.db") as outbox:
        outbox.put("form", {"reference": REF}, "key-4711-secret")
        outbox.rejected("key-4711-secret", "HTTP 422 from receiver")
    text = "\n".join(KeyValueFormatter().format(r) for r in caplog.records)
    assert "key-4711-secret" not in text and REF not in text
    assert f"key={pseudonyms.pseudonym('key-4711-secret')}" in text


def test_whois_names_the_stored_item_while_its_key_is_kept(tmp_path: Path, monkeypatch) -> None:
    """``kiosk submissions whois``: a refused outbox item's key and a stored submission's
    reference, from the pseudonyms the kiosk process logged; a made-up pseudonym is 2."""
    from kiosk.outbox.store import Outbox
    from kiosk.outbox.submissions import SubmissionStore

    state = tmp_path / "state"
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[kiosk]\nstate_dir = "{state}"\n')
    monkeypatch.setattr(pseudonyms, "_ACTIVE", KeyRing())
    ring = pseudonyms.install(state)
    with Outbox(state / "outbox.db") as outbox:
        outbox.put("form", {"form": "anmeldung", "reference": REF}, "k-refused")
        outbox.rejected("k-refused", "HTTP 422")
    store = SubmissionStore(state / "submissions.db")
    store.save("k-stored", {"form": "meldebescheinigung", "reference": "MEL-AAAA-BBBB"})
    store.close()
    saved(ring)

    def whois(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk.cli.main",
                "submissions",
                "whois",
                *args,
                "--config",
                str(cfg),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )

    found = whois(pseudonyms.pseudonym("k-refused"))
    assert found.returncode == 0 and found.stdout.split() == ["k-refused"], found.stderr
    found = whois(pseudonyms.pseudonym(REF))
    assert found.stdout.split() == [REF]
    assert whois(pseudonyms.pseudonym("MEL-AAAA-BBBB")).stdout.split() == ["MEL-AAAA-BBBB"]
    assert whois(pseudonyms.pseudonym("4711"), "4711").stdout.split() == ["4711"]  # ZMS no.
    none = whois("ps-20261207-000000000000")
    assert none.returncode == 2 and "no stored reference" in none.stderr
    bad = whois("ANM-7K3P-2QXD")
    assert bad.returncode == 1 and "not a log pseudonym" in bad.stderr
