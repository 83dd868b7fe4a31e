"""The site database on a real PostgreSQL (tests/support/pg_rig.py), set up exactly as
docs/site.md says: its SQL and config blocks are extracted and run. Three kiosk
processes with separate state folders draw at once; kill -9 and a server restart mid-draw
leave no duplicate and no gap; a clerk works from the CLI with the clerk role."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pg_rig
import pytest

from kiosk import catalogue as catalogue_mod
from kiosk.config import Config, load
from kiosk.ops.stats import StatsUnavailable, open_stats
from kiosk.outbox.submissions import StoreUnavailable, open_submissions, reference_for
from kiosk.queue.base import BackendUnavailable, NumbersExhausted, ServiceState
from kiosk.queue.embedded import EmbeddedBackend

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "site.md"
KIOSK = str(Path(sys.executable).with_name("kiosk"))
PASSWORDS = {"kiosk_owner": "owner-pw-1", "kiosk_terminal": "terminal-pw-2", "kiosk_clerk": "c3"}

pytestmark = pytest.mark.timeout(300)


def blocks(lang: str) -> list[str]:
    """The fenced blocks of docs/site.md in one language, in order."""
    text = DOC.read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(rf"```{lang}\n(.*?)```", text, re.S)]


@dataclass
class Site:
    pg: pg_rig.PgRig
    root: Path
    owner: Path
    clerk: Path
    kiosks: list[Path]

    def cfg(self, path: Path) -> Config:
        return load(path)


def _toml(block: str, pg: pg_rig.PgRig, root: Path, role: str) -> str:
    """A doc config block pointed at the rig: its host, its CA, files under ``root``."""
    assert pg.ca_file is not None
    password = root / f"{role}.password"
    password.write_text(PASSWORDS[role] + "\n")
    text = block.replace("db.rathaus.local:5432", f"{pg.host}:{pg.port}")
    text = text.replace("/etc/kiosk/site-db-ca.pem", str(pg.ca_file))
    text = re.sub(r'password_file = "[^"]*"', f'password_file = "{password}"', text)
    return re.sub(r'state_dir = "[^"]*"', f'state_dir = "{root / role}"', text)


def kiosk_cli(*args: str, config: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [KIOSK, *args, "--config", str(config)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    pg_rig.require()
    root = tmp_path_factory.mktemp("site")
    with pg_rig.PgRig(tls=True) as pg:
        roles_sql, grants_sql = blocks("sql")
        pg.psql(roles_sql)
        for role, password in PASSWORDS.items():
            pg.admin(f"ALTER ROLE {role} PASSWORD '{password}'")
        (hba,) = blocks("conf")  # TLS only, as the doc says: the subnets become loopback
        local = [ln for ln in pg.hba_path.read_text().splitlines() if ln.startswith("local")]
        lines = re.sub(r"\d+\.\d+\.\d+\.\d+/\d+", "127.0.0.1/32", hba)
        pg.hba_path.write_text("\n".join([*local, lines]))
        pg.reload()
        owner_block, kiosk_block, clerk_block, _offline = blocks("toml")
        owner = root / "site-owner.toml"
        owner.write_text(_toml(owner_block, pg, root, "kiosk_owner"))
        clerk = root / "clerk.toml"
        clerk.write_text(_toml(clerk_block, pg, root, "kiosk_clerk"))
        kiosks = []
        for k in range(3):
            path = root / f"kiosk-{k}.toml"
            head = f'[kiosk]\nid = "kiosk-{k}"\nstate_dir = "{root / f"state-{k}"}"\n\n'
            path.write_text(head + _toml(kiosk_block, pg, root, "kiosk_terminal"))
            kiosks.append(path)
        built = Site(pg, root, owner, clerk, kiosks)

        # Before the owner migrated, a kiosk says what to do (it may not create tables).
        backend = queue(built, 0)
        with pytest.raises(BackendUnavailable, match="run 'kiosk site migrate'"):
            backend.draw_number("ausweis", "A", "early")
        backend.close()

        (migrate_line,) = [ln for ln in blocks("sh")[0].splitlines() if ln.strip()]
        assert migrate_line.startswith("kiosk site migrate --config ")
        done = kiosk_cli("site", "migrate", config=owner)
        assert done.returncode == 0, done.stderr
        assert "queue database: schema version 2" in done.stdout
        pg.psql(grants_sql, dbname="kiosk")
        yield built


def queue(site: Site, k: int) -> EmbeddedBackend:
    cfg = load(site.kiosks[k])
    return EmbeddedBackend.from_config(
        cfg, catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages)
    )


def reset(site: Site) -> None:
    site.pg.admin("DELETE FROM appointment; DELETE FROM ticket", dbname="kiosk")


def numbers(site: Site, group: str = "A") -> list[tuple[int, str, str]]:
    return [
        (seq, request_id, kiosk_id)
        for seq, request_id, kiosk_id in site.pg.admin(
            f"SELECT seq, request_id, kiosk_id FROM ticket WHERE group_id = '{group}' ORDER BY seq",
            dbname="kiosk",
        )
    ]


# -- set-up as documented ------------------------------------------------------------------


def test_site_check_passes_for_kiosk_and_clerk_over_tls(site: Site) -> None:
    done = kiosk_cli("site", "check", config=site.kiosks[0])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "as kiosk_terminal" in done.stdout and "TLSv1." in done.stdout
    assert "role kiosk_terminal has the rights a kiosk needs" in done.stdout
    done = kiosk_cli("site", "check", "--role", "clerk", config=site.clerk)
    assert done.returncode == 0, done.stdout + done.stderr


def test_doctor_reports_the_site_database(site: Site) -> None:
    done = kiosk_cli("doctor", "--json", config=site.kiosks[1])
    (entry,) = [c for c in json.loads(done.stdout) if c["name"] == "site database"]
    assert entry["status"] == "ok", entry
    assert (
        "kiosk_terminal" in entry["detail"] and "queue database: schema version" in entry["detail"]
    )
    site.pg.admin("REVOKE INSERT ON ticket FROM kiosk_terminal", dbname="kiosk")
    try:
        done = kiosk_cli("doctor", "--json", config=site.kiosks[1])
    finally:
        site.pg.admin("GRANT INSERT ON ticket TO kiosk_terminal", dbname="kiosk")
    (entry,) = [c for c in json.loads(done.stdout) if c["name"] == "site database"]
    assert entry["status"] == "fail" and "lacks: INSERT on ticket" in entry["detail"]
    assert done.returncode == 1


def test_site_check_names_a_missing_and_a_forbidden_right(site: Site) -> None:
    site.pg.admin("REVOKE INSERT ON event FROM kiosk_terminal", dbname="kiosk")
    site.pg.admin("GRANT SELECT ON submission TO kiosk_terminal", dbname="kiosk")
    try:
        done = kiosk_cli("site", "check", config=site.kiosks[0])
    finally:
        site.pg.admin("GRANT INSERT ON event TO kiosk_terminal", dbname="kiosk")
        site.pg.admin("REVOKE SELECT ON submission FROM kiosk_terminal", dbname="kiosk")
    assert done.returncode == 1
    assert "lacks: INSERT on event" in done.stdout
    assert "must not have: SELECT on submission" in done.stdout


def test_only_tls_logins_are_accepted(site: Site) -> None:
    import psycopg

    plain = site.pg.url("kiosk_terminal", "kiosk", sslmode="disable")
    with pytest.raises(psycopg.OperationalError, match=r"no pg_hba\.conf entry"):
        psycopg.connect(plain, password=PASSWORDS["kiosk_terminal"]).close()


def test_the_documented_backup_can_be_restored(site: Site) -> None:
    (line,) = [ln for ln in blocks("sh")[-1].splitlines() if "pg_dump" in ln]
    assert line.startswith("sudo -u postgres pg_dump ") and "/var/backups/" in line
    pg = site.pg
    command = line.replace(
        "sudo -u postgres pg_dump",
        f"{pg.bindir / 'pg_dump'} -h {pg.socket_dir} -p {pg.port} -U postgres",
    ).replace("/var/backups/", f"{site.root}/")
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    (dump,) = site.root.glob("kiosk-*.dump")
    listed = subprocess.run(
        [str(site.pg.bindir / "pg_restore"), "--list", str(dump)], capture_output=True, text=True
    )
    assert "TABLE public submission" in listed.stdout and "TABLE public ticket" in listed.stdout


def test_a_wrong_password_is_a_clear_line(site: Site) -> None:
    cfg = load(site.kiosks[0])
    Path(cfg.embedded.password_file).write_text("wrong\n")
    try:
        backend = queue(site, 0)
        with pytest.raises(BackendUnavailable) as caught:
            backend.draw_number("ausweis", "A", "pw")
    finally:
        Path(cfg.embedded.password_file).write_text(PASSWORDS["kiosk_terminal"] + "\n")
    assert "password authentication failed" in str(caught.value)
    assert PASSWORDS["kiosk_terminal"] not in str(caught.value) and "\n" not in str(caught.value)


# -- kiosks and clerk ----------------------------------------------------------------------


def test_kiosks_hand_in_forms_and_statistics_the_clerk_reads_them(site: Site) -> None:
    key = uuid.uuid4().hex
    reference = reference_for("anmeldung", key)
    store = open_submissions(load(site.kiosks[1]))
    store.save(key, {"kind": "form", "form": "anmeldung", "data": {"familienname": "Öztürk"}})
    store.save(key, {"kind": "form", "form": "anmeldung", "data": {"familienname": "other"}})
    with pytest.raises(StoreUnavailable, match="lacks a right"):
        store.all()  # a kiosk cannot read the town's forms
    store.close()
    stats = open_stats(load(site.kiosks[2]))
    stats.record("concern", concern="anmeldung")
    with pytest.raises(StatsUnavailable, match="lacks a right"):
        stats.events()
    stats.close()

    listed = kiosk_cli("submissions", "list", "--json", config=site.clerk)
    assert listed.returncode == 0, listed.stderr
    assert reference in [row["reference"] for row in json.loads(listed.stdout)]
    shown = kiosk_cli("submissions", "show", reference.lower(), config=site.clerk)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["data"] == {"familienname": "Öztürk"}
    missing = kiosk_cli("submissions", "show", "ANM-XXXX-XXXX", config=site.clerk)
    assert missing.returncode == 2 and "no submission" in missing.stderr
    exported = kiosk_cli("stats", "export", config=site.clerk)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["days"][-1]["concerns"]["anmeldung"] >= 1


def test_the_owner_purges_old_forms_nobody_else_may(site: Site) -> None:
    site.pg.admin(
        "INSERT INTO submission (key, reference, form, received, payload) VALUES"
        " ('old-key', 'ANM-OLD0-0001', 'anmeldung', '2020-01-02T10:00:00+01:00', '{}')",
        dbname="kiosk",
    )
    denied = kiosk_cli("submissions", "purge", config=site.clerk)
    assert denied.returncode == 1 and "lacks a right" in denied.stderr
    done = kiosk_cli("submissions", "purge", config=site.owner)
    assert done.returncode == 0, done.stderr
    left = site.pg.admin("SELECT key FROM submission WHERE key = 'old-key'", dbname="kiosk")
    assert left == []


def test_clerk_calls_numbers_the_kiosks_drew(site: Site) -> None:
    reset(site)
    for k in range(3):
        backend = queue(site, k)
        backend.draw_number("ausweis", "A", f"clerk-{k}")
        backend.close()
    status = kiosk_cli("queue", "status", "--groups", "--json", config=site.clerk)
    assert status.returncode == 0, status.stderr
    group_a = next(r for r in json.loads(status.stdout) if r["group_id"] == "A")
    assert (group_a["issued"], group_a["waiting"]) == (3, 3)
    called = kiosk_cli("queue", "call", "A", config=site.clerk)
    assert called.returncode == 0, called.stderr
    assert called.stdout.startswith("A-001")
    # a kiosk may not call numbers: only the clerk role may change a ticket
    denied = kiosk_cli("queue", "call", "A", config=site.kiosks[0])
    assert denied.returncode == 1 and "lacks a right" in denied.stderr


# -- concurrency and faults ----------------------------------------------------------------

DRAWER = textwrap.dedent("""
    import sys, time, uuid
    from kiosk import catalogue
    from kiosk.config import load
    from kiosk.queue.base import BackendUnavailable
    from kiosk.queue.embedded import EmbeddedBackend
    cfg = load(sys.argv[1])
    count, prefix = int(sys.argv[2]), sys.argv[3]
    cat = catalogue.load(cfg.catalogue_path, cfg.kiosk.languages)
    b = EmbeddedBackend.from_config(cfg, cat)
    b.queue_status("A")  # connected
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(count):
        request_id = f"{prefix}-{i}"
        for attempt in range(200):  # the same request id until it is answered
            try:
                t = b.draw_number("ausweis", "A", request_id)
                break
            except BackendUnavailable as err:
                print("retry", err, file=sys.stderr, flush=True)
                time.sleep(0.05)
        else:
            sys.exit(f"gave up on {request_id}")
        print(request_id, t.number, flush=True)
    b.close()
""")


class Drawer:
    """A kiosk process drawing ``count`` numbers; its stdout lines are read by a thread."""

    def __init__(self, config: Path, count: int, prefix: str, log: Path) -> None:
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-c", DRAWER, str(config), str(count), prefix],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log.open("ab"),
            text=True,
            cwd=REPO,
        )
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        assert first == "ready\n", log.read_text()[-2000:]
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.endswith("\n"):
                self.lines.append(line.strip())

    def go(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def drawn(self) -> dict[str, int]:
        """request id -> the number the kiosk showed."""
        return {r: int(n.removeprefix("A-")) for r, n in (line.split() for line in self.lines)}


def check_no_duplicate_no_gap(site: Site, shown: dict[str, int]) -> None:
    stored = numbers(site)
    seqs = [seq for seq, _, _ in stored]
    assert seqs == list(range(1, len(seqs) + 1)), "a gap or a duplicate"
    by_request = {request_id: seq for seq, request_id, _ in stored}
    assert len(by_request) == len(stored)  # one number per request id
    for request_id, seq in shown.items():  # what a citizen saw is what is stored
        assert by_request[request_id] == seq


def test_three_kiosks_draw_at_once_without_duplicate_or_gap(site: Site) -> None:
    reset(site)
    drawers = [Drawer(site.kiosks[k], 60, f"k{k}", site.root / f"draw-{k}.log") for k in range(3)]
    for d in drawers:
        d.go()
    for d in drawers:
        assert d.proc.wait(120) == 0
        d.reader.join(10)
    shown: dict[str, int] = {}
    for d in drawers:
        mine = list(d.drawn().values())
        assert len(mine) == 60 and mine == sorted(mine)
        shown |= d.drawn()
    assert sorted(shown.values()) == list(range(1, 181))
    check_no_duplicate_no_gap(site, shown)
    assert {kiosk for _, _, kiosk in numbers(site)} == {"kiosk-0", "kiosk-1", "kiosk-2"}


def test_kill_9_mid_draw_leaves_no_gap_and_loses_nothing_shown(site: Site) -> None:
    reset(site)
    rng = random.Random(20261206)
    shown: dict[str, int] = {}
    steady = Drawer(site.kiosks[0], 150, "steady", site.root / "steady.log")
    steady.go()
    for round_no in range(5):
        victim = Drawer(site.kiosks[1], 999, f"victim{round_no}", site.root / "victim.log")
        victim.go()
        time.sleep(rng.uniform(0.1, 0.4))
        victim.proc.send_signal(signal.SIGKILL)
        victim.proc.wait(10)
        victim.reader.join(10)
        shown |= victim.drawn()
    assert steady.proc.wait(120) == 0
    steady.reader.join(10)
    shown |= steady.drawn()
    assert len(steady.drawn()) == 150
    check_no_duplicate_no_gap(site, shown)


def test_server_restart_mid_draw_no_number_twice_after_retries(site: Site) -> None:
    reset(site)
    drawers = [
        Drawer(site.kiosks[k], 80, f"r{k}", site.root / f"restart-{k}.log") for k in range(3)
    ]
    for d in drawers:
        d.go()
    # Restart while every kiosk is drawing (a loaded machine starts the processes late).
    end = time.monotonic() + 60
    while time.monotonic() < end and not all(len(d.drawn()) >= 3 for d in drawers):
        time.sleep(0.01)
    site.pg.restart("immediate")  # as after a crash: connections cut mid-transaction
    time.sleep(0.2)
    site.pg.restart("fast")
    for d in drawers:
        assert d.proc.wait(120) == 0
        d.reader.join(10)
    shown: dict[str, int] = {}
    for d in drawers:
        assert len(d.drawn()) == 80
        shown |= d.drawn()
    assert len(shown) == 240
    check_no_duplicate_no_gap(site, shown)
    assert len(numbers(site)) == 240
    retried = sum("retry" in (site.root / f"restart-{k}.log").read_text() for k in range(3))
    assert retried >= 1, "the restart should have hit at least one kiosk mid-draw"


def test_site_bench_reports_its_figures() -> None:
    """Also three processes migrating a new database at the same moment (exactly once)."""
    import site_bench

    pg_rig.require()
    figures = site_bench.site_figures(per_kiosk=20)
    assert figures["draw_pg_ms_p95"] > 0 and figures["draws_per_s_site"] > 0


def test_a_server_restart_while_idle_costs_no_failed_draw(site: Site) -> None:
    """After a nightly restart or a failover the first citizen gets a number: an idle
    connection is tested and replaced before use."""
    backend = queue(site, 1)
    backend.draw_number("ausweis", "A", f"idle-{uuid.uuid4().hex}")
    site.pg.restart("fast")
    time.sleep(2.1)  # idle longer than PostgresDatabase.idle_check_s
    backend.draw_number("ausweis", "A", f"idle-{uuid.uuid4().hex}")  # no error
    backend.close()


def test_lost_connection_shows_degraded_and_recovers_by_itself(site: Site) -> None:
    backend = queue(site, 2)
    assert backend.service_status().state is ServiceState.OPEN
    site.pg.stop("fast")
    try:
        status = backend.service_status()
        assert status.state is ServiceState.OUT_OF_SERVICE
        assert "cannot be reached" in status.reason or "restarting" in status.reason
        assert not backend.health().ok
        with pytest.raises(BackendUnavailable):
            backend.draw_number("ausweis", "A", "while-down")
    finally:
        site.pg.start()
    assert backend.service_status().state is ServiceState.OPEN  # same object, no restart
    first = backend.draw_number("ausweis", "A", "after")
    again = queue(site, 0).draw_number("ausweis", "A", "after")  # another kiosk retries
    assert first.reference == again.reference
    backend.close()


def test_emergency_numbers_while_unreachable_are_kept_and_reconciled(site: Site) -> None:
    """With [offline] emergency_numbers a kiosk keeps serving from its own range while
    the server is down; the same request keeps its number afterwards; the numbers reach
    the clerks through the outbox and the site's form store."""
    from kiosk.outbox.store import Outbox, OutboxWorker
    from kiosk.outbox.submissions import LocalDelivery
    from kiosk.queue import open_embedded
    from kiosk.queue.emergency import report_emergency_numbers

    reset(site)
    path = site.root / "kiosk-emergency.toml"
    offline = blocks("toml")[3]  # as docs/site.md gives it, the range narrowed to two
    path.write_text(
        site.kiosks[2].read_text().replace('id = "kiosk-2"', 'id = "kiosk-e"')
        + "\n"
        + offline.replace("emergency_last = 929", "emergency_last = 901")
    )
    cfg = load(path)
    backend = open_embedded(cfg, catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages))
    assert backend.draw_number("ausweis", "A", "before").number == "A-001"
    site.pg.stop("fast")
    try:
        status = backend.service_status()
        assert status.state is ServiceState.OPEN and status.reason.startswith("degraded:")
        assert backend.health().detail.startswith("degraded:")
        first = backend.draw_number("ausweis", "A", "down-1")
        assert first.number == "N-900" and first.reference.startswith("offline-kiosk-e-")
        assert backend.draw_number("ausweis", "A", "down-1") == first  # a retry
        assert backend.draw_number("anmeldung", "B", "down-2").number == "N-901"
        with pytest.raises(NumbersExhausted):
            backend.draw_number("ausweis", "A", "down-3")
    finally:
        site.pg.start()
    assert backend.draw_number("ausweis", "A", "down-1") == first  # not a second number
    assert backend.draw_number("ausweis", "A", "after").number == "A-002"  # no gap
    assert [seq for seq, _, _ in numbers(site)] == [1, 2]

    pending = backend.pending_emergency_tickets()
    assert [t.number for t in pending] == ["N-900", "N-901"]
    outbox = Outbox(site.root / "state-e" / "outbox.db")
    assert report_emergency_numbers(backend, outbox, cfg.kiosk.id) == 2
    assert backend.pending_emergency_tickets() == []
    store = open_submissions(cfg)
    worker = OutboxWorker(outbox, LocalDelivery(store), idle_poll_s=0.1)
    worker.start()
    try:
        deadline = time.monotonic() + 20
        while outbox.pending_count() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        assert worker.stop(5)
        store.close()
        backend.close()
    listed = kiosk_cli("submissions", "list", "--json", config=site.clerk)
    references = [row["reference"] for row in json.loads(listed.stdout)]
    assert first.reference in references


HOLDER = textwrap.dedent("""
    import sys, time
    from kiosk import catalogue
    from kiosk.config import load
    from kiosk.queue.embedded import EmbeddedBackend
    cfg = load(sys.argv[1])
    b = EmbeddedBackend.from_config(cfg, catalogue.load(cfg.catalogue_path, cfg.kiosk.languages))
    group = b.catalogue.group("A")
    with b.db.write() as conn:  # the draw's transaction, stopped after its insert
        row = b._issue(conn, group, "ausweis", "victim-mid-draw", b._now(None))
        print("inside", row.number, flush=True)
        time.sleep(120)
""")


def test_kill_9_inside_the_draw_transaction_leaves_no_gap(site: Site) -> None:
    """Deterministic: the victim holds the queue's lock with its number inserted but not
    committed; the other kiosks wait; kill -9; the server rolls it back, they go on."""
    reset(site)
    with (site.root / "holder.log").open("w") as log:
        victim = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(site.kiosks[1])],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            cwd=REPO,
        )
    assert victim.stdout is not None
    line = victim.stdout.readline()
    assert line == "inside A-001\n", (site.root / "holder.log").read_text()[-2000:]
    steady = Drawer(site.kiosks[0], 20, "after-kill", site.root / "after-kill.log")
    steady.go()
    time.sleep(1.0)
    assert steady.drawn() == {}  # waiting for the victim's lock
    victim.send_signal(signal.SIGKILL)
    victim.wait(10)
    assert steady.proc.wait(60) == 0
    steady.reader.join(10)
    assert sorted(steady.drawn().values()) == list(range(1, 21))  # A-001 is given again
    check_no_duplicate_no_gap(site, steady.drawn())
    assert "victim-mid-draw" not in {request_id for _, request_id, _ in numbers(site)}
