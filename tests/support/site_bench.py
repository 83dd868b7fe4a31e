"""Bench figures of the site database: three kiosk processes draw at once from one private
PostgreSQL (pg_rig), each with its own state folder, as three machines would.

``draw_pg_ms_p95``: one draw (tap -> committed number), 95th percentile, while all three
draw. ``draws_per_s_site``: numbers the site hands out per second with three kiosks.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pg_rig

ROOT = Path(__file__).resolve().parents[2]

KIOSK = """
import json, sys, time, uuid
from kiosk import catalogue
from kiosk.config import load
from kiosk.queue.embedded import EmbeddedBackend
cfg = load(sys.argv[1])
count = int(sys.argv[2])
b = EmbeddedBackend.from_config(cfg, catalogue.load(cfg.catalogue_path, cfg.kiosk.languages))
b.queue_status("A")
print("ready", flush=True)
sys.stdin.readline()
concerns = (("ausweis", "A"), ("anmeldung", "B"), ("sperrmuell", "C"))
times = []
for i in range(count):
    concern, group = concerns[i % 3]
    started = time.perf_counter()
    b.draw_number(concern, group, uuid.uuid4().hex)
    times.append((time.perf_counter() - started) * 1000)
b.close()
print(json.dumps(times), flush=True)
"""


def site_figures(per_kiosk: int = 150, kiosks: int = 3) -> dict[str, float]:
    """Start a private cluster, let ``kiosks`` processes draw ``per_kiosk`` numbers each
    at once, and return the two figures."""
    with pg_rig.PgRig() as pg, tempfile.TemporaryDirectory(prefix="kiosk-site-") as tmp:
        root = Path(tmp)
        pg.admin("CREATE ROLE kiosk_bench LOGIN PASSWORD 'bench'")
        pg.admin("CREATE DATABASE kiosk OWNER kiosk_bench")
        (root / "password").write_text("bench\n")
        contingent = "daily_contingent = 999"
        configs = []
        for k in range(kiosks):
            path = root / f"kiosk-{k}.toml"
            path.write_text(
                f'[kiosk]\nid = "bench-{k}"\nstate_dir = "{root / f"state-{k}"}"\n'
                f'[embedded]\ndatabase = "{pg.url("kiosk_bench", "kiosk")}"\n'
                f'password_file = "{root / "password"}"\n'
                f"[embedded.groups.A]\n{contingent}\n[embedded.groups.B]\n{contingent}\n"
                f"[embedded.groups.C]\n{contingent}\n"
            )
            configs.append(path)
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", KIOSK, str(path), str(per_kiosk)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=(root / f"{path.stem}.err").open("w"),
                text=True,
                cwd=ROOT,
            )
            for path in configs
        ]
        try:
            for p, path in zip(procs, configs, strict=True):  # all connected ...
                assert p.stdout is not None
                if p.stdout.readline() != "ready\n":
                    err = (root / f"{path.stem}.err").read_text()[-1500:]
                    raise RuntimeError(f"bench kiosk did not start: {err}")
            began = time.perf_counter()
            for p in procs:  # ... then all draw at once
                assert p.stdin is not None
                p.stdin.write("go\n")
                p.stdin.flush()
            outputs = [p.communicate(timeout=300)[0] for p in procs]
            elapsed = time.perf_counter() - began
        finally:
            for p in procs:
                if p.poll() is None:
                    p.kill()
                    p.wait()
        times = sorted(t for out in outputs for t in json.loads(out))
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        return {
            "draw_pg_ms_p95": round(p95, 2),
            "draws_per_s_site": round(len(times) / elapsed, 1),
        }


if __name__ == "__main__":
    print(json.dumps(site_figures()))
