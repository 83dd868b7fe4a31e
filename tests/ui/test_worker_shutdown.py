"""A worker's end (ui.worker.Worker.shutdown): queued jobs are dropped, the closing step
still runs, on the worker's own thread, once, and a stuck job cannot freeze the window's
end. The closing step used to be an ordinary queued job, which the shutdown cancelled:
the queue, statistics and form stores were then never closed."""

from __future__ import annotations

import threading
import time

from ui.worker import Worker


def test_the_closing_step_runs_on_the_workers_thread_after_queued_jobs_are_dropped(
    qapp,
) -> None:
    w = Worker("close-test")
    release = threading.Event()
    ran: list[str] = []
    closed_on: list[str] = []
    w.submit(lambda: release.wait(5))  # running while the window closes
    for i in range(3):
        w.submit(lambda i=i: ran.append(f"job {i}"))  # queued behind it: dropped
    threading.Timer(0.1, release.set).start()
    assert w.shutdown(last=lambda: closed_on.append(threading.current_thread().name))
    assert ran == []
    assert len(closed_on) == 1 and closed_on[0].startswith("close-test")
    assert w.submit(lambda: ran.append("late")) is None  # closed: nothing runs any more
    assert w.shutdown(last=lambda: closed_on.append("again"))  # a second call: no-op
    assert ran == [] and len(closed_on) == 1


def test_a_stuck_job_delays_the_end_only_up_to_the_bound(qapp) -> None:
    w = Worker("stuck-test")
    release = threading.Event()
    w.submit(lambda: release.wait(10))  # e.g. a network call without its own timeout
    time.sleep(0.05)  # it has started
    started = time.monotonic()
    assert not w.shutdown(last=lambda: None, timeout_s=0.3)
    assert time.monotonic() - started < 2
    release.set()


def test_a_failing_closing_step_is_reported_not_raised(qapp, caplog) -> None:
    def broken() -> None:
        raise OSError("disk gone")

    w = Worker("broken-close")
    assert w.shutdown(last=broken)
    assert "closing on worker broken-close failed" in caplog.text
