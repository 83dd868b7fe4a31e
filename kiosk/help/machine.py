"""Help calls: the one state machine behind "I need help".

Qt-free, no I/O, and the clock is injected, so every transition is unit-tested without a
broker. The kiosk owns its call: it alone writes the retained state, consoles only send
commands, and :class:`HelpCallMachine` decides here whether one applies (the first
acknowledgement wins, later ones and stale call ids are rejected). That keeps two
consoles from ever disagreeing about who is coming. The wire format is in
:mod:`kiosk.help.protocol`.

States: ``requested -> acknowledged -> resolved``; ``requested`` escalates (``level`` +1)
each time ``escalate_after_s`` passes without an acknowledgement; ``cancelled`` from any
open state (the citizen, a session reset, staff, a kiosk restart or shutdown).
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.help.channel import CATEGORIES
from kiosk.help.protocol import (
    CONTROL_CHARS,
    KIOSK_ID,
    MAX_LOCATION,
    REASONS,
    Action,
    CallState,
    Command,
    HelpCall,
    check_pattern,
    clean_step,
)

# -- the kiosk's state machine ----------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """The kiosk's answer to a command: accepted with the new state, or why not."""

    accepted: bool
    reason: str
    call: HelpCall | None = None


class HelpCallMachine:
    """The kiosk side: one call at a time. Not thread-safe; the channel holds a lock."""

    def __init__(
        self,
        kiosk_id: str,
        location: str,
        escalate_after_s: float,
        *,
        clock: Callable[[], float] = time.time,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        check_pattern(kiosk_id, KIOSK_ID, "kiosk id")
        if not escalate_after_s > 0:
            raise ValueError("escalate_after_s must be positive")
        self.kiosk_id = kiosk_id
        # The label comes from the configuration, but it still goes out to every console.
        self.location = CONTROL_CHARS.sub(" ", location)[:MAX_LOCATION]
        self.escalate_after_s = escalate_after_s
        self._clock = clock
        self._new_id = new_id
        self._current: HelpCall | None = None
        self._last_closed: HelpCall | None = None

    def _now(self) -> float:
        # Millisecond precision, as on the wire: a parsed payload equals the call.
        return round(self._clock(), 3)

    @property
    def current(self) -> HelpCall | None:
        """The open call, if any."""
        return self._current

    @property
    def last_closed(self) -> HelpCall | None:
        return self._last_closed

    def _close(self, call: HelpCall) -> HelpCall:
        self._current = None
        self._last_closed = call
        return call

    def request(self, category: str, step: str) -> HelpCall:
        """A new call (replacing an open one: the citizen asked again)."""
        if category not in CATEGORIES:
            raise ValueError(f"unknown help category {category!r}")
        now = self._now()
        call = HelpCall(
            self._new_id(),
            self.kiosk_id,
            self.location,
            category,
            clean_step(step),
            CallState.REQUESTED,
            0,
            now,
            now,
        )
        self._current = call
        return call

    def cancel(self, reason: str = "kiosk") -> HelpCall | None:
        """Cancel the open call (citizen, session reset, shutdown); None if there is none."""
        if reason not in REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        cur = self._current
        if cur is None:
            return None
        return self._close(
            dataclasses.replace(
                cur, state=CallState.CANCELLED, updated_at=self._now(), reason=reason
            )
        )

    def command(self, cmd: Command) -> Decision:
        cur = self._current
        if cur is None or cmd.call_id != cur.call_id:
            return Decision(False, "stale call id")
        now = self._now()
        if cmd.action is Action.ACK:
            if cur.state is not CallState.REQUESTED:
                return Decision(False, "already acknowledged")
            new = dataclasses.replace(
                cur,
                state=CallState.ACKNOWLEDGED,
                staff=cmd.staff,
                reply=cmd.reply,
                counter=cmd.counter,
                updated_at=now,
            )
            self._current = new
            return Decision(True, "acknowledged", new)
        staff = cmd.staff or cur.staff
        if cmd.action is Action.RESOLVE:
            new = dataclasses.replace(cur, state=CallState.RESOLVED, staff=staff, updated_at=now)
        else:
            new = dataclasses.replace(
                cur, state=CallState.CANCELLED, staff=staff, updated_at=now, reason="staff"
            )
        return Decision(True, new.state.value, self._close(new))

    def escalate(self) -> HelpCall | None:
        """The escalated call when a level is due now, else None. After a long gap (a
        stopped timer) it jumps straight to the level the waiting time deserves."""
        cur = self._current
        if cur is None or cur.state is not CallState.REQUESTED:
            return None
        now = self._now()
        due = int((now - cur.requested_at) // self.escalate_after_s)
        if due <= cur.level:
            return None
        self._current = dataclasses.replace(cur, level=due, updated_at=now)
        return self._current

    def seconds_to_escalation(self) -> float | None:
        """When to call :meth:`escalate` next; never more than one period (the wall
        clock may be set back)."""
        cur = self._current
        if cur is None or cur.state is not CallState.REQUESTED:
            return None
        due_at = cur.requested_at + (cur.level + 1) * self.escalate_after_s
        return min(max(0.0, due_at - self._now()), self.escalate_after_s)

    def reconcile(self, retained: HelpCall) -> HelpCall | None:
        """What to announce about a call the broker still holds for this kiosk.

        Found when (re)subscribing: an open call that is not the current one was left by
        an earlier run (a crash or power cut) or closed while the broker was out of
        reach. The kiosk's UI no longer shows it, so it is closed, never re-announced:
        with the state it really ended in if this run closed it, else ``cancelled`` with
        reason ``restart``. None means nothing to do.
        """
        cur = self._current
        if not retained.state.open or retained.kiosk != self.kiosk_id:
            return None
        if cur is not None and retained.call_id == cur.call_id:
            return None
        last = self._last_closed
        if last is not None and last.call_id == retained.call_id:
            return last
        return dataclasses.replace(
            retained, state=CallState.CANCELLED, reason="restart", updated_at=self._now()
        )
