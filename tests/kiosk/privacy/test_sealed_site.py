"""Sealed forms in a site's PostgreSQL (tests/support/pg_rig.py): the table holds only the
JWE, a clerk opens it with the private key, and `kiosk submissions purge` with the site
config removes what is older than submissions_days."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pg_rig
import pytest

from kiosk.config import load
from kiosk.outbox.store import Outbox
from kiosk.outbox.submissions import LocalDelivery, open_submissions
from kiosk.privacy.sealing import Sealer, generate_keypair

SECRET = "Schwanenteichstrasse 8"
CLI = "import sys; from kiosk.cli.main import main; sys.exit(main(sys.argv[1:]))"

pytestmark = pytest.mark.timeout(180)


def cli(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLI, "submissions", *args, "--config", str(cfg)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sealed_in_the_site_database(tmp_path):
    pg_rig.require()
    private, public = generate_keypair()
    (tmp_path / "private.pem").write_bytes(private)
    (tmp_path / "public.pem").write_bytes(public)
    with pg_rig.PgRig() as pg:
        pg.admin("CREATE ROLE kiosk_site LOGIN PASSWORD 'site-pw'")
        pg.admin("CREATE DATABASE kiosk OWNER kiosk_site")
        (tmp_path / "password").write_text("site-pw\n")
        cfg_path = tmp_path / "kiosk.toml"
        cfg_path.write_text(
            f'[kiosk]\nstate_dir = "{tmp_path / "state"}"\n'
            f'[embedded]\ndatabase = "{pg.url("kiosk_site", "kiosk")}"\n'
            f'password_file = "{tmp_path / "password"}"\n'
            f'[privacy]\npublic_key = "{tmp_path / "public.pem"}"\nsubmissions_days = 30\n'
        )
        cfg = load(cfg_path)
        ob = Outbox(cfg.outbox_path, sealer=Sealer.from_file(tmp_path / "public.pem"))
        payload = {"form": "anmeldung", "version": 1, "reference": "ANM-SITE-0001"}
        ob.put("form", {**payload, "data": {"street": SECRET}}, "k-site")
        store = open_submissions(cfg)
        LocalDelivery(store)(ob.get("k-site"))
        store.close()
        ob.close()

        rows = pg.admin("SELECT payload FROM submission", dbname="kiosk")
        assert len(rows) == 1 and SECRET not in str(rows) and "sealed" in rows[0][0]

        shut = cli(cfg_path, "show", "ANM-SITE-0001")
        assert shut.returncode == 1 and SECRET not in shut.stdout
        opened = cli(
            cfg_path, "show", "ANM-SITE-0001", "--private-key", str(tmp_path / "private.pem")
        )
        assert opened.returncode == 0, opened.stderr
        assert json.loads(opened.stdout)["data"]["street"] == SECRET

        kept = cli(cfg_path, "purge")
        assert kept.returncode == 0 and kept.stdout.startswith("0 submissions"), kept
        pg.admin("UPDATE submission SET received = '2020-01-01T09:00:00+01:00'", dbname="kiosk")
        gone = cli(cfg_path, "purge")
        assert gone.returncode == 0 and gone.stdout.startswith("1 submissions"), gone
        assert pg.admin("SELECT count(*) FROM submission", dbname="kiosk") == [(0,)]
