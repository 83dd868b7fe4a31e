"""The GUI-thread guard of the UI tests: the GUI thread never waits on I/O.

Two detectors, on during every UI test (tests/ui/conftest.py switches them on and fails
the test on a finding):

* an audit hook (:func:`sys.addaudithook`) that records ``open``, ``sqlite3.connect``,
  ``socket.connect``, ``subprocess.Popen`` and ``os.system`` on the main thread while Qt
  dispatches an event to our code (a tap, a timer, a worker's result). The test's own
  reads (a printed PDF, the outbox file it checks) are not the GUI's and do not count;
  neither does building the UI (start-up: QML, catalogue, config are read then).
* a stall detector: a sampling thread looks at the main thread's Python stack every few
  milliseconds and records any single call into our code from the event loop that keeps
  the GUI thread busy for more than 50 ms. Time the thread spent waiting for a CPU (the
  test machine is shared) is taken off, read from the kernel's schedstat, and so is time
  in Python's cyclic garbage collector: late in a suite of 2700 tests a full collection
  walks every test's leftovers (263 ms once, in a fresh-clone run), which says nothing
  about the kiosk, whose own pauses ``make bench`` measures (max_gc_pause_ms). Qt's own work
  is not counted: rendering a frame runs with no frame of ours on the stack, and QML
  reacting to a signal we emit (bindings, delegates, a screen compiled and created the
  first time it is shown) runs while our innermost frame sits on ``.emit(``; that is QML
  cost, measured by the benchmarks, not a wait on I/O. Deliberate waits (``pump``,
  ``wait_until``) run in test code, not ours, so they never count.

An audit hook cannot be removed, so it stays installed and does nothing unless
:data:`ACTIVE` is true.
"""

from __future__ import annotations

import contextlib
import gc
import linecache
import os
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from frames import current_frames

ROOT = Path(__file__).resolve().parents[2]
_PROJECT = tuple(str(ROOT / p) + os.sep for p in ("ui", "kiosk", "devices"))
_CONFTEST = str(ROOT / "tests" / "ui" / "conftest.py")
_DISPATCH = {"pump", "tap"}  # conftest's helpers that let Qt deliver events
WATCHED = frozenset({"open", "sqlite3.connect", "socket.connect", "subprocess.Popen", "os.system"})
STALL_S = 0.050

# Where our code may still touch a file on the GUI thread, and why. Keep it short.
ALLOWED: tuple[tuple[str, str, str], ...] = (
    # (event, path prefix, why)
)

ACTIVE = False  # switched by the fixture; the hook stays installed for good
_startup = 0  # > 0 while a UI is being built
_MAIN = threading.main_thread()
findings: list[str] = []
_recorders: list[list[str]] = []  # see recording()
_lock = threading.Lock()
_in_hook = threading.local()


def _project(frame: FrameType) -> bool:
    return frame.f_code.co_filename.startswith(_PROJECT)


def _dispatched_entry(frame: FrameType | None) -> FrameType | None:
    """The outermost frame of our code called by Qt from one of the test's dispatch
    helpers (None: not inside event dispatch, or no frame of ours)."""
    entry = None
    while frame is not None:
        code = frame.f_code
        if code.co_filename == _CONFTEST and code.co_name in _DISPATCH:
            return entry
        if _project(frame):
            entry = frame
        frame = frame.f_back
    return None


def _stack(frame: FrameType | None) -> str:
    summary = traceback.StackSummary.extract(
        traceback.walk_stack(frame), limit=14, lookup_lines=False
    )
    summary.reverse()
    return "".join(f"    {f.filename}:{f.lineno} in {f.name}\n" for f in summary)


def _allowed(event: str, args: tuple[object, ...]) -> bool:
    target = str(args[0]) if args else ""
    return any(event == e and target.startswith(prefix) for e, prefix, _why in ALLOWED)


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event not in WATCHED or threading.current_thread() is not _MAIN:
        return
    for recorder in _recorders:
        recorder.append(f"{event} {args[0] if args else ''}")
    if not ACTIVE or _startup or getattr(_in_hook, "on", False):
        return
    _in_hook.on = True
    try:
        frame = sys._getframe(1)
        if _dispatched_entry(frame) is None or _allowed(event, args):
            return
        target = args[1] if event == "socket.connect" and len(args) > 1 else args[:1]
        with _lock:
            findings.append(f"GUI thread did {event} {target!r}:\n{_stack(frame)}")
    finally:
        _in_hook.on = False


sys.addaudithook(_audit)


def _run_delay_s() -> float:
    """Seconds the main thread has waited for a CPU so far (kernel schedstat)."""
    try:
        with open(f"/proc/self/task/{_MAIN.native_id}/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0


_gc_started = 0.0
_gc_total_s = 0.0  # seconds spent in the garbage collector so far, on any thread


def _count_gc(phase: str, _info: dict[str, int]) -> None:
    """On any thread: a collection holds the GIL, so the GUI thread waits for it
    wherever it runs (the sampler's own allocations start some)."""
    global _gc_started, _gc_total_s
    if phase == "start":
        _gc_started = time.monotonic()
    elif _gc_started:
        _gc_total_s += time.monotonic() - _gc_started
        _gc_started = 0.0


gc.callbacks.append(_count_gc)


def _gc_s() -> float:
    """Seconds the process has spent collecting garbage, a collection running now
    included."""
    running = time.monotonic() - _gc_started if _gc_started else 0.0
    return _gc_total_s + running


def _emitting(frame: FrameType) -> bool:
    """The main thread's innermost Python frame is emitting a Qt signal: what runs now is
    QML reacting (bindings, delegates, a new screen), not Python code of ours."""
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
    return ".emit(" in line


class StallDetector:
    """Samples the main thread every ``interval_s``; see the module docstring."""

    def __init__(self, interval_s: float = 0.005) -> None:
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gui-stall-detector", daemon=True)

    def start(self) -> StallDetector:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)

    def _run(self) -> None:
        entry: FrameType | None = None
        last = busy = delay0 = gc0 = 0.0
        reported = False
        while not self._stop.wait(self._interval):
            frame = current_frames().get(_MAIN.ident or 0)
            # The baselines are read before the clock: this thread can lose the GIL at any
            # line, and a collection run meanwhile must fall after them, not between the
            # clock and them (it would be counted busy and never taken off).
            delay_before, gc_before = _run_delay_s(), _gc_s()
            now = time.monotonic()
            entry_now = None
            if ACTIVE and not _startup and frame is not None:
                entry_now = _dispatched_entry(frame)
            if entry_now is not entry:
                entry, last, busy, reported = entry_now, now, 0.0, False
                delay0, gc0 = delay_before, gc_before
                continue
            if entry is None or frame is None or reported:
                continue
            if not _emitting(frame):
                busy += now - last  # Python on the GUI thread since the last sample
            last = now
            # Take off the time the thread waited for a CPU (a shared test machine) and
            # the time it spent collecting the test process's garbage.
            blocked = busy - (_run_delay_s() - delay0) - (_gc_s() - gc0)
            if blocked > STALL_S:
                reported = True
                with _lock:
                    findings.append(
                        f"GUI thread blocked {blocked * 1000:.0f} ms in"
                        f" {entry.f_code.co_name} ({entry.f_code.co_filename}):\n{_stack(frame)}"
                    )
            del frame


@contextlib.contextmanager
def recording() -> Iterator[list[str]]:
    """Every watched event on the main thread during the body ("open /path"), whoever
    caused it: for tests that call a view-model directly, as QML would."""
    events: list[str] = []
    _recorders.append(events)
    try:
        yield events
    finally:
        _recorders.remove(events)


@contextlib.contextmanager
def startup() -> Iterator[None]:
    """Building a UI reads QML, the catalogue and the config on the GUI thread: allowed."""
    global _startup
    _startup += 1
    try:
        yield
    finally:
        _startup -= 1


@contextlib.contextmanager
def guarded() -> Iterator[list[str]]:
    """On for the body; yields the findings (cleared first)."""
    global ACTIVE
    with _lock:
        findings.clear()
    detector = StallDetector().start()
    ACTIVE = True
    try:
        yield findings
    finally:
        ACTIVE = False
        detector.stop()
