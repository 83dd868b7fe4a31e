"""How many calls one idle kiosk makes to ZMS per minute (bench key zms_calls_per_min).

The kiosk refreshes its status every ``backend.sync_interval_s`` (15 s by default): one
snapshot of service state, health and every group's queue, exactly as the UI's Services
does. Ten simulated minutes run in a moment: the ZMS modules' monotonic clock is
advanced by the interval between refreshes, so every cache and re-check expires as it
would in real time; the count is what the fake server received.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import fake_zms

from kiosk import catalogue as catalogue_mod
from kiosk.config import parse
from kiosk.queue.snapshot import snapshot
from kiosk.queue.zms import backend as zms_backend
from kiosk.queue.zms import queues as zms_queues
from kiosk.queue.zms import site as zms_site


def calls_per_minute(minutes: int = 10, scopes: int = 2) -> float:
    clock = {"now": 1000.0}
    shim = SimpleNamespace(monotonic=lambda: clock["now"], time=time.time, sleep=time.sleep)
    modules = (zms_backend, zms_queues, zms_site)
    saved = [m.time for m in modules]  # type: ignore[attr-defined]
    server = fake_zms.FakeZms().start()
    try:
        for m in modules:
            m.time = shim  # type: ignore[attr-defined]
        concerns = {}
        for i, concern in enumerate(("ausweis", "anmeldung", "bewohnerparken")[:scopes]):
            server.add_scope(141 + i, f"Amt {i}")
            concerns[concern] = 141 + i
        with tempfile.TemporaryDirectory() as tmp:
            cfg = parse(server.kiosk_toml(Path(tmp) / "state", concerns))
            cat = catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages)
            backend = zms_backend.ZmsBackend(cfg, cat)
            groups = [g.id for g in cat.groups]
            snapshot(backend, groups)  # start-up: registration, first reads
            before = len(server.requests)
            refreshes = int(minutes * 60 / cfg.backend.sync_interval_s)
            for _ in range(refreshes):
                clock["now"] += cfg.backend.sync_interval_s
                snapshot(backend, groups)
            backend.close()
        return (len(server.requests) - before) / minutes
    finally:
        for m, t in zip(modules, saved, strict=True):
            m.time = t  # type: ignore[attr-defined]
        server.stop()


if __name__ == "__main__":
    print(calls_per_minute())
