"""Usage statistics: only whitelisted, non-personal values; per-day export."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.ops.stats import Stats, StatsError, aggregate, to_csv

TZ = ZoneInfo("Europe/Berlin")
DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


def test_aggregate_per_day(tmp_path):
    s = Stats(tmp_path / "stats.db", TZ)
    for _ in range(3):
        s.record("session_start", now=DAY)
    s.record("session_end", now=DAY, reason="idle", seconds=75)
    s.record("session_end", now=DAY, reason="finished", seconds=40)
    s.record("concern", now=DAY, concern="anmeldung")
    s.record("ticket", now=DAY, group="B", kind="walk_in")
    s.record("ticket", now=DAY, group="A", kind="appointment")
    s.record("checkin", now=DAY, result="too_early")
    s.record("form_start", now=DAY, form="anmeldung")
    s.record("form_abandon", now=DAY, form="anmeldung", step=2)
    s.record("help_request", now=DAY, category="form")
    s.record("help_ack", now=DAY, seconds=42)
    (day,) = aggregate(s.events())
    assert day["date"] == "2026-11-23" and day["sessions"] == 3
    assert day["session_end"] == {"idle": 1, "finished": 1}
    assert day["session_seconds_median"] == 57.5
    assert day["tickets"] == {"walk_in": 1, "appointment": 1}
    assert day["forms"]["anmeldung"] == {
        "started": 1,
        "completed": 0,
        "abandoned_at_step": {"2": 1},
    }
    assert day["help_response_seconds_median"] == 42
    rows = list(csv.reader(io.StringIO(to_csv([day]))))
    assert ["2026-11-23", "form_abandoned", "anmeldung:2", "1"] in rows


@pytest.mark.parametrize(
    ("event", "fields"),
    [
        ("surname", {}),
        ("concern", {"concern": "Erika Mustermann"}),
        ("concern", {"name": "x"}),
        ("form_step", {"form": "anmeldung", "step": "12.08.1964"}),
        ("help_ack", {"seconds": True}),
    ],
)
def test_personal_or_unknown_values_are_refused(tmp_path, event, fields):
    s = Stats(tmp_path / "stats.db", TZ)
    with pytest.raises(StatsError):
        s.record(event, now=DAY, **fields)
    assert s.events() == []


@given(st.text(min_size=1, max_size=60))
def test_no_free_text_gets_in(text):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        s = Stats(Path(tmp) / "s.db", TZ)
        try:
            s.record("concern", now=DAY, concern=text)
        except StatsError:
            assert s.events() == []
        else:
            assert " " not in text and len(text) <= 40
            assert not any(c.isdigit() for c in text[:1])  # never a date or a number
        s.close()


def test_export_command(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[kiosk]\nstate_dir = "{tmp_path}"\n')
    Stats(tmp_path / "stats.db", TZ).record("session_start", now=DAY)
    kiosk = str(Path(sys.executable).with_name("kiosk"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [kiosk, "stats", "export", "--config", str(cfg)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["days"][0]["sessions"] == 1
    out = subprocess.run(
        [kiosk, "stats", "export", "--config", str(cfg), "--format", "csv", "--from", "2026-11-24"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.stdout.strip() == "date,metric,key,value"
