"""Blocking work off the GUI thread.

Each :class:`Worker` owns one thread, so the calls it runs are serialised (one SQLite
connection, one printer) and the GUI thread only ever receives results through a queued
signal. Nothing here waits on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
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

        return self._pool.submit(run)

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

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)
