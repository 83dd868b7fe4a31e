"""What a ZMS scope offers now, and the wait, as ZMS's own ticket printer sees them.

Availability comes from the ticket printer's buttons: ZMS disables a button when its
scope is closed, its contingent used up, or ticket printing deactivated, and embeds the
full scope (with status and workstationCount) in the button, which an anonymous
``GET /scope/{id}/`` never shows. The wait comes from the queue list, where ZMS computes
``waitingTimeEstimate``/``waitingTimeOptimistic`` itself (``QueueList``): the dummy entry
with status "fake" stands for the next number; without one the last entry is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.queue.base import UNKNOWN_WAIT, Availability, GroupState, WaitEstimate
from kiosk.queue.zms.model import FAKE, QueueEntry, Scope, people_ahead

SOURCE_ZMS = "zms"  # ZMS computed the estimate (queue list)
SOURCE_KIOSK = "kiosk"  # computed here from the scope, as ZMS would (older servers)


def scope_state(
    listed: bool, enabled: bool, scope: Scope | None, known_exhausted: bool
) -> GroupState:
    """Why a scope can or cannot get numbers; ``listed``: on the kiosk's button list."""
    if not listed:
        return GroupState(Availability.MISCONFIGURED, "scope is not on the ZMS button list")
    if known_exhausted:
        return GroupState(Availability.EXHAUSTED)
    if scope is not None:
        if scope.deactivated:
            return GroupState(Availability.DEACTIVATED, scope.deactivated_text)
        if scope.exhausted:
            return GroupState(Availability.EXHAUSTED)
        if scope.opened is False:
            return GroupState(Availability.CLOSED)
    if enabled:
        return GroupState(Availability.OPEN)
    return GroupState(Availability.CLOSED)  # disabled, and neither deactivated nor used up


# Which cause a group shows when its concerns differ (the most useful to a citizen first).
PRIORITY = (
    Availability.OPEN,
    Availability.CLOSED,
    Availability.DEACTIVATED,
    Availability.EXHAUSTED,
    Availability.MISCONFIGURED,
)


def combined(states: list[GroupState]) -> GroupState:
    """A group's state from its concerns' states: open if any is open, else the first
    cause by :data:`PRIORITY`; misconfigured when the group maps to nothing."""
    if not states:
        return GroupState(Availability.MISCONFIGURED, "no concern of the group is in zms.concerns")
    return min(states, key=lambda s: PRIORITY.index(s.availability))


@dataclass(frozen=True)
class Estimate:
    people_ahead: int
    wait: WaitEstimate
    source: str


def next_number(queue: tuple[QueueEntry, ...], scope: Scope | None, now_ts: int) -> Estimate:
    """People ahead of and the wait for a number drawn now, as ZMS's ticket printer
    shows them (module doc); the scope is only needed for "unknown" and old servers."""
    fake = next((e for e in queue if e.status == FAKE), None)
    if fake is not None:
        index = queue.index(fake)
        ahead = sum(1 for e in queue[:index] if e.waiting and e.status != FAKE)
    else:
        ahead = people_ahead(queue, None, None, now_ts)
    if scope is not None and scope.wait_unknown:
        return Estimate(ahead, UNKNOWN_WAIT, SOURCE_ZMS)
    basis = fake if fake is not None else (queue[-1] if queue else None)
    if basis is not None and basis.wait.known:
        return Estimate(ahead, basis.wait, SOURCE_ZMS)
    if basis is None:
        return Estimate(0, WaitEstimate(0, 0), SOURCE_ZMS)
    if scope is not None and (local := scope.wait_for(ahead)).known:
        return Estimate(ahead, local, SOURCE_KIOSK)
    return Estimate(ahead, UNKNOWN_WAIT, "")


def for_number(
    queue: tuple[QueueEntry, ...],
    scope: Scope | None,
    number: str | None,
    arrival: int | None,
    now_ts: int,
    sent: WaitEstimate = UNKNOWN_WAIT,
) -> Estimate:
    """People ahead of a drawn or booked ``number`` and its wait: ZMS's estimate for
    that entry (or the one the process reply carried), else computed here."""
    entry = next((e for e in queue if number and e.number == number), None)
    if arrival is None and entry is not None:
        arrival = entry.arrival
    ahead = people_ahead(queue, number, arrival, now_ts)
    if scope is not None and scope.wait_unknown:
        return Estimate(ahead, UNKNOWN_WAIT, SOURCE_ZMS)
    if entry is not None and entry.wait.known:
        return Estimate(ahead, entry.wait, SOURCE_ZMS)
    if sent.known:
        return Estimate(ahead, sent, SOURCE_ZMS)
    if scope is not None and (local := scope.wait_for(ahead)).known:
        return Estimate(ahead, local, SOURCE_KIOSK)
    return Estimate(ahead, UNKNOWN_WAIT, "")


def widest(waits: list[WaitEstimate]) -> WaitEstimate:
    """Several scopes behind one group: the range spanning them; unknown if any is."""
    if not waits or not all(w.known for w in waits):
        return UNKNOWN_WAIT
    return WaitEstimate(min(w.low_min or 0 for w in waits), max(w.high_min or 0 for w in waits))
