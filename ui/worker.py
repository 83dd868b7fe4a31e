"""Blocking work off the GUI thread.

Each :class:`Worker` owns one thread, so the calls it runs are serialised (one SQLite
connection, one printer) and the GUI thread only ever receives results through a queued
signal. Nothing here waits on the GUI thread, except :meth:`Worker.shutdown` at the
window's end, and that wait is bounded.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any, BaseException | None], None]

# Open unless the kiosk is starting: jobs queued before its first frame (translations,
# retention, the outbox, the demo's seeding) then wait, so they do not take the GIL and
# the second core from the welcome screen's first frame (ui.app.run opens it).
_START_GATE = threading.Event()
_START_GATE.set()
START_GATE_MAX_S = 3.0  # should the first frame never come, the work starts anyway
SHUTDOWN_WAIT_S = 5.0  # the job running at shutdown and the closing step, together


def hold_until_first_frame() -> None:
    """Jobs submitted from now on wait until :func:`first_frame_shown` (or 3 s)."""
    _START_GATE.clear()


def first_frame_shown() -> None:
    _START_GATE.set()


def wait_for_first_frame() -> None:
    """For other background threads (audio): wait like a queued job (at most 3 s)."""
    _START_GATE.wait(START_GATE_MAX_S)


class Worker(QObject):
    """Runs callables in order on a dedicated thread; ``done(result, error)`` runs on the
    thread this object lives in (the GUI thread)."""

    # One tuple (callback, result, error): PySide6 mishandles a bare None passed through
    # an `object` argument of a queued signal (a reference-count crash), a tuple is safe.
    _finished = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._finished.connect(self._deliver)
        self._closed = False
        self._name = name
        self._queued: set[Future[Any]] = set()  # submitted, not finished: cancelled at the end
        self._queued_lock = threading.Lock()
        # The pool starts its thread at the first submit and waits until it runs: do that
        # now, while the kiosk starts, not on the first tap (a GUI wait of tens of ms).
        self._pool.submit(lambda: None)

    def submit(self, fn: Callable[[], Any], done: Done | None = None) -> Future[Any] | None:
        """Queue ``fn``; after :meth:`shutdown` nothing runs and None is returned."""
        if self._closed:
            return None

        def run() -> Any:
            _START_GATE.wait(START_GATE_MAX_S)
            try:
                result = fn()
            except BaseException as err:  # reported to the caller, never lost
                if done is not None:
                    self._finished.emit((done, None, err))
                else:
                    log.error("background task failed", exc_info=err)
                raise
            if done is not None:
                self._finished.emit((done, result, None))
            return result

        future = self._pool.submit(run)
        with self._queued_lock:
            self._queued.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: Future[Any]) -> None:
        with self._queued_lock:
            self._queued.discard(future)

    @Slot(object)
    def _deliver(self, outcome: tuple[Done, Any, BaseException | None]) -> None:
        done, result, error = outcome
        if not self._closed:
            done(result, error)

    def relay(self, future: Future[Any], done: Done) -> None:
        """Deliver another thread's future to ``done`` on this object's (GUI) thread."""

        def finished(f: Future[Any]) -> None:
            if self._closed:
                return
            error = f.exception()
            self._finished.emit((done, None if error else f.result(), error))

        future.add_done_callback(finished)

    def shutdown(
        self,
        wait: bool = True,
        last: Callable[[], object] | None = None,
        timeout_s: float = SHUTDOWN_WAIT_S,
    ) -> bool:
        """Stop taking work and drop the queued jobs (nobody is left to see their
        results). Then ``last`` runs on this worker's thread, once, even though the jobs
        before it were dropped: it closes what the thread owns (a database connection).
        With ``wait``, the job still running and ``last`` get ``timeout_s`` together; a
        thread stuck longer is logged and left behind rather than freezing the window's
        end. Returns False when it was left behind."""
        if self._closed:
            return True
        self._closed = True
        with self._queued_lock:
            queued = list(self._queued)
        for future in queued:
            future.cancel()  # only those not started yet; a running job finishes
        final = self._pool.submit(self._last, last)  # not held by the start gate
        self._pool.shutdown(wait=False)
        if not wait:
            return True
        try:
            final.result(timeout_s)
        except FutureTimeout:
            log.warning("worker %s did not stop within %.0f s", self._name, timeout_s)
            return False
        return True

    def _last(self, last: Callable[[], object] | None) -> None:
        if last is None:
            return
        try:
            last()
        except Exception as err:  # closing at the end: report it, go on closing the rest
            log.error("closing on worker %s failed", self._name, exc_info=err)
