"""The usage statistics the kiosk records: one method per event, its fields named here.

The UI connects its signals to these methods and never builds a field dictionary itself,
so a field cannot be misspelt or collide with a parameter of :meth:`Stats.record` (a field
called ``now`` would otherwise have become the event's timestamp). What may be stored at
all is still decided by :mod:`kiosk.ops.stats`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kiosk.ops.stats import EVENTS, Stats, StatsError

Fields = Mapping[str, str | int | float]
Record = Callable[[str, Fields], None]


def write(stats: Stats, event: str, fields: Fields) -> None:
    """Store one event now; fields outside the event's whitelist are refused, never
    taken as an argument of :meth:`Stats.record`."""
    allowed = EVENTS.get(event)
    if allowed is None:
        raise StatsError(f"unknown event {event!r}")
    if set(fields) - set(allowed):
        raise StatsError(f"{event}: fields not allowed: {sorted(set(fields) - set(allowed))}")
    stats.record(event, None, **fields)


class Usage:
    """Builds each statistic from what the UI saw; ``record`` stores it (on a worker)."""

    def __init__(self, record: Record) -> None:
        self._record = record

    def session_start(self) -> None:
        self._record("session_start", {})

    def session_end(self, reason: str, seconds: float) -> None:
        self._record("session_end", {"reason": reason, "seconds": round(seconds, 1)})

    def concern(self, concern: str) -> None:
        self._record("concern", {"concern": concern})

    def ticket(self, kind: str, group: str) -> None:
        self._record("ticket", {"kind": kind, "group": group})

    def checkin(self, result: str) -> None:
        self._record("checkin", {"result": result})

    def help_request(self, category: str) -> None:
        self._record("help_request", {"category": category})

    def help_ack(self, seconds: float) -> None:
        self._record("help_ack", {"seconds": seconds})

    def form_start(self, form: str) -> None:
        self._record("form_start", {"form": form})

    def form_step(self, form: str, step: int) -> None:
        self._record("form_step", {"form": form, "step": step})

    def form_done(self, form: str) -> None:
        self._record("form_done", {"form": form})

    def form_abandon(self, form: str, step: int) -> None:
        self._record("form_abandon", {"form": form, "step": step})
