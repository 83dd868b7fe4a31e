"""The start gate: background jobs queued while the kiosk starts wait for its first frame
(so they do not compete with it for the GIL), and nothing waits forever for it."""

from __future__ import annotations

import threading

import pytest

from ui import worker
from ui.worker import Worker


@pytest.fixture
def gate_reset():
    yield
    worker.first_frame_shown()


def test_jobs_queued_while_starting_run_after_the_first_frame(qapp, gate_reset) -> None:
    w = Worker("gate-test")
    ran = threading.Event()
    worker.hold_until_first_frame()
    future = w.submit(ran.set)
    assert future is not None
    assert not ran.wait(0.3)  # held while the window has not drawn
    worker.first_frame_shown()
    assert ran.wait(5)
    w.shutdown()


def test_a_first_frame_that_never_comes_holds_jobs_only_briefly(
    qapp, gate_reset, monkeypatch
) -> None:
    monkeypatch.setattr(worker, "START_GATE_MAX_S", 0.2)
    w = Worker("gate-test")
    worker.hold_until_first_frame()
    future = w.submit(lambda: "done")
    assert future is not None and future.result(timeout=5) == "done"
    w.shutdown()


def test_the_gate_is_open_unless_the_kiosk_is_starting(qapp) -> None:
    w = Worker("gate-test")
    future = w.submit(lambda: 42)
    assert future is not None and future.result(timeout=5) == 42
    w.shutdown()
