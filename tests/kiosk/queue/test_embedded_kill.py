"""The queue database survives kill -9 mid-write: every number a kiosk reported as drawn
is there, none twice, and the file passes SQLite's integrity check."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

CHILD = textwrap.dedent("""
    import sys, uuid
    from pathlib import Path
    from zoneinfo import ZoneInfo
    from kiosk import catalogue
    from kiosk.queue.embedded import EmbeddedBackend
    from kiosk.config import ASSETS, GroupPolicy
    from kiosk.queue.hours import OpeningHours
    tz = ZoneInfo("Europe/Berlin")
    cat = catalogue.load(ASSETS / "catalogue.toml", ["de", "en", "tr", "uk", "ar"])
    policy = GroupPolicy(daily_contingent=999)
    b = EmbeddedBackend(Path(sys.argv[1]), cat, {"A": policy, "B": policy, "C": policy},
                        OpeningHours({}, tz), tz, "kill-test")
    concerns = (("ausweis", "A"), ("anmeldung", "B"), ("sperrmuell", "C"))
    i = 0
    while True:
        concern, group = concerns[i % 3]
        i += 1
        try:
            t = b.draw_number(concern, group, uuid.uuid4().hex)
        except Exception as err:  # a fast machine may use up a day's numbers
            print("FULL", err, flush=True)
            break
        print(t.number, flush=True)
""")


def test_kill_9_mid_write_loses_and_duplicates_nothing(tmp_path):
    db = tmp_path / "queue.db"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    rng = random.Random(20261121)
    reported: list[str] = []
    for round_ in range(6):
        errors = tmp_path / f"child-{round_}.err"
        with errors.open("w") as err:
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(db)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )
        deadline = time.monotonic() + rng.uniform(0.3, 0.8)
        first = child.stdout.readline()  # running: drawing as fast as it can
        assert first.strip(), f"the child drew nothing: {errors.read_text()[-2000:]}"
        if first.startswith("FULL"):
            child.wait(10)
            break
        reported.append(first.strip())
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.strip() and not line.startswith("FULL"):
                reported.append(line.strip())
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        reported.extend(
            line.strip()
            for line in child.stdout.read().splitlines()
            if line.strip() and not line.startswith("FULL")
        )
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = [r[0] for r in conn.execute("SELECT number FROM ticket ORDER BY group_id, seq")]
    assert len(stored) == len(set(stored))
    assert set(reported) <= set(stored)  # everything reported drawn was committed
    for group in "ABC":
        seqs = [int(n.split("-")[1]) for n in stored if n.startswith(group + "-")]
        assert seqs == list(range(1, len(seqs) + 1))  # no gaps, no doubles
