"""The statistics the UI records: fixed field names per event, stored through Stats."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.ops.stats import Stats, StatsError
from kiosk.ops.usage import Usage, write


def test_each_event_is_stored_with_its_fields(tmp_path):
    stats = Stats(tmp_path / "stats.db")
    usage = Usage(lambda event, fields: write(stats, event, fields))
    usage.session_start()
    usage.session_end("idle", 75.04)
    usage.concern("anmeldung")
    usage.ticket("walk_in", "B")
    usage.checkin("too_early")
    usage.help_request("form")
    usage.help_ack(42.0)
    usage.form_start("anmeldung")
    usage.form_step("anmeldung", 2)
    usage.form_done("anmeldung")
    usage.form_abandon("anmeldung", 1)
    events = [(name, fields) for _day, name, fields in stats.events()]
    assert events == [
        ("session_start", {}),
        ("session_end", {"reason": "idle", "seconds": 75.0}),
        ("concern", {"concern": "anmeldung"}),
        ("ticket", {"group": "B", "kind": "walk_in"}),
        ("checkin", {"result": "too_early"}),
        ("help_request", {"category": "form"}),
        ("help_ack", {"seconds": 42.0}),
        ("form_start", {"form": "anmeldung"}),
        ("form_step", {"form": "anmeldung", "step": 2}),
        ("form_done", {"form": "anmeldung"}),
        ("form_abandon", {"form": "anmeldung", "step": 1}),
    ]
    stats.close()


def test_a_field_named_now_is_refused_not_taken_as_the_time(tmp_path):
    """Stats.record(event, now=None, **fields) would take it as the timestamp."""
    stats = Stats(tmp_path / "stats.db")
    with pytest.raises(StatsError):
        write(stats, "concern", {"now": datetime(2001, 1, 1).isoformat()})
    with pytest.raises(StatsError):
        write(stats, "no_such_event", {})
    assert stats.events() == []
    stats.close()
