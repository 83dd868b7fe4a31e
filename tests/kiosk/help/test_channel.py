"""kiosk/help/channel.py: the simulated help channel's updates, their order, cancel and close."""

from __future__ import annotations

import threading
import time

import pytest

from kiosk.help.channel import CATEGORIES, HelpState, HelpUpdate, SimulatedHelpChannel

ACK_S = 0.05  # the simulated acknowledgement delay in the happy-path tests
SLOW_ACK_S = 0.2  # long enough that cancel()/close() right after request() comes first
WAIT_S = 2.0  # upper bound for anything that should happen; never reached when all is well


class Recorder:
    """Collects updates from any thread; one Event per state to wait on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.updates: list[HelpUpdate] = []
        self.arrived: dict[HelpState, threading.Event] = {s: threading.Event() for s in HelpState}
        self.arrival_time: dict[HelpState, float] = {}

    def __call__(self, update: HelpUpdate) -> None:
        with self._lock:
            self.updates.append(update)
            self.arrival_time.setdefault(update.state, time.monotonic())
        self.arrived[update.state].set()

    def states(self) -> list[HelpState]:
        with self._lock:
            return [u.state for u in self.updates]

    def wait_for(self, state: HelpState) -> None:
        assert self.arrived[state].wait(WAIT_S), f"no {state} within {WAIT_S} s: {self.states()}"


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def channel(recorder: Recorder, ack_after_s: float = ACK_S) -> SimulatedHelpChannel:
    ch = SimulatedHelpChannel(ack_after_s=ack_after_s)
    ch.subscribe(recorder)
    return ch


def test_request_then_simulated_acknowledgement(recorder: Recorder) -> None:
    ch = channel(recorder)
    requested_at = time.monotonic()
    ch.request("form", "ConcernView")
    # REQUESTED is emitted synchronously, before request() returns.
    assert recorder.updates[0] == HelpUpdate(HelpState.REQUESTED, "", simulated=True)
    recorder.wait_for(HelpState.ACKNOWLEDGED)
    assert recorder.updates == [
        HelpUpdate(HelpState.REQUESTED, "", simulated=True),
        HelpUpdate(HelpState.ACKNOWLEDGED, simulated=True),
    ]
    # Not before ack_after_s (a little slack for the clock's resolution).
    assert recorder.arrival_time[HelpState.ACKNOWLEDGED] - requested_at >= ACK_S * 0.9
    ch.close()


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category_is_accepted(recorder: Recorder, category: str) -> None:
    ch = channel(recorder)
    ch.request(category, "WelcomeView")
    recorder.wait_for(HelpState.ACKNOWLEDGED)
    assert recorder.states() == [HelpState.REQUESTED, HelpState.ACKNOWLEDGED]
    ch.close()


def test_every_update_says_it_is_simulated(recorder: Recorder) -> None:
    ch = channel(recorder)
    ch.request("technical", "TicketView")
    recorder.wait_for(HelpState.ACKNOWLEDGED)
    ch.cancel()
    assert recorder.states() == [HelpState.REQUESTED, HelpState.ACKNOWLEDGED, HelpState.CANCELLED]
    assert all(u.simulated for u in recorder.updates)


def test_cancel_before_the_ack(recorder: Recorder) -> None:
    ch = channel(recorder, SLOW_ACK_S)
    ch.request("other", "WelcomeView")
    ch.cancel()
    assert recorder.states() == [HelpState.REQUESTED, HelpState.CANCELLED]
    assert recorder.updates[1] == HelpUpdate(HelpState.CANCELLED, "", simulated=True)
    # Well past the ack time: no acknowledgement of a cancelled call.
    assert not recorder.arrived[HelpState.ACKNOWLEDGED].wait(SLOW_ACK_S * 2)
    assert recorder.states() == [HelpState.REQUESTED, HelpState.CANCELLED]


def test_cancel_without_a_request_says_nothing(recorder: Recorder) -> None:
    ch = channel(recorder)
    ch.cancel()
    assert recorder.updates == []
    ch.request("form", "x")
    ch.cancel()
    ch.cancel()  # the second cancel has nothing to cancel
    assert recorder.states() == [HelpState.REQUESTED, HelpState.CANCELLED]
    ch.close()


def test_unknown_category_raises_and_emits_nothing(recorder: Recorder) -> None:
    ch = channel(recorder)
    for category in ("", "Form", "medical", "form ", "technical\n"):
        with pytest.raises(ValueError, match="unknown help category"):
            ch.request(category, "WelcomeView")
    assert not recorder.arrived[HelpState.ACKNOWLEDGED].wait(ACK_S * 3)
    assert recorder.updates == []


def test_close_stops_a_pending_ack(recorder: Recorder) -> None:
    ch = channel(recorder, SLOW_ACK_S)
    ch.request("form", "ConcernView")
    ch.close()
    assert not recorder.arrived[HelpState.ACKNOWLEDGED].wait(SLOW_ACK_S * 2)
    assert recorder.states() == [HelpState.REQUESTED]  # close() itself emits nothing


def test_a_second_request_replaces_the_pending_one(recorder: Recorder) -> None:
    ch = channel(recorder)
    ch.request("form", "ConcernView")
    ch.request("technical", "ConcernView")
    recorder.wait_for(HelpState.ACKNOWLEDGED)
    assert not threading.Event().wait(ACK_S * 3)  # time for a second (wrong) ack to arrive
    assert recorder.states() == [HelpState.REQUESTED, HelpState.REQUESTED, HelpState.ACKNOWLEDGED]
    ch.close()


def test_every_subscriber_gets_every_update() -> None:
    first, second = Recorder(), Recorder()
    ch = SimulatedHelpChannel(ack_after_s=ACK_S)
    ch.subscribe(first)
    ch.subscribe(second)
    ch.request("other", "TicketView")
    first.wait_for(HelpState.ACKNOWLEDGED)
    second.wait_for(HelpState.ACKNOWLEDGED)
    assert first.updates == second.updates
    assert len(first.updates) == 2
    ch.close()


class _TimerThatFiresFirst(threading.Timer):
    """A timer whose thread runs to completion before start() returns: what the scheduler
    does, in practice every time, when the interval is 0."""

    def start(self) -> None:
        super().start()
        self.finished.wait(WAIT_S)


def test_requested_comes_first_even_with_zero_delay(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(threading, "Timer", _TimerThatFiresFirst)  # the module help.py uses
    ch = channel(recorder, ack_after_s=0)
    ch.request("form", "WelcomeView")
    recorder.wait_for(HelpState.ACKNOWLEDGED)
    recorder.wait_for(HelpState.REQUESTED)
    assert recorder.states() == [HelpState.REQUESTED, HelpState.ACKNOWLEDGED]
