"""The GUI-thread stall detector of ``make bench`` (tests/bench.py), with what it caught.

A 5 ms timer on the GUI thread: the gap between two of its ticks, less 5 ms, is how long
the thread could not draw a frame or take a tap. The benchmark drives the UI from the same
thread; the time its driver spends looking items up (``ui.finder.find`` walks the whole
item tree in Python, 1-200 ms, which a citizen's finger never costs) is left out, so the
figure is the kiosk's own. Each stall keeps the step it happened in, to see what blocks,
and the GUI thread's CPU time within it: on a loaded machine a stall is longer than the
work in it (the thread waited for a core), and the CPU time is the part the kiosk can cut.
With ``sample=True`` a watcher thread also notes the GUI thread's Python stack while a
stall lasts (what was running: a slot, a property read, the bench's click into Qt).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import NamedTuple

from frames import current_frames
from PySide6.QtCore import QElapsedTimer, QTimer

INTERVAL_MS = 5
SCHEDSTAT = Path("/proc/thread-self/schedstat")  # Linux: ns on a core, ns waiting for one


class Stall(NamedTuple):
    """One block of the GUI thread, in ms: how long; the GUI thread's CPU time in it; the
    time it was ready to run but waited for a core (machine load, not the kiosk); the
    whole process's CPU time (other threads too: a worker holding the GIL makes the GUI
    thread wait without either); and the driver's steps it happened in."""

    ms: float
    gui_cpu_ms: float
    core_wait_ms: float
    process_cpu_ms: float
    steps: str


def _stack(frame: FrameType, depth: int) -> str:
    """A thread's innermost Python frames, innermost first, as file:line function."""
    lines = [
        f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno} {f.name}"
        for f in traceback.extract_stack(frame)[-depth:]
    ]
    return " < ".join(reversed(lines))


def _idle(frame: FrameType) -> bool:
    """A thread waiting for work (a queue, an event), not running Python."""
    return frame.f_code.co_name in ("wait", "get", "_worker", "select", "poll", "accept")


def _core_wait_ns() -> int:
    try:
        return int(SCHEDSTAT.read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0


SAMPLE_AFTER_MS = 20  # the watcher looks at the GUI thread once a stall is this long


class StallDetector:
    """Longest GUI-thread block while ``armed``; ``step`` names what the driver is doing."""

    def __init__(self, keep: int = 10, sample: bool = False) -> None:
        self.armed = False
        self.step = ""
        self.max_ms = 0.0
        self.max_cpu_ms = 0.0  # the most CPU time the GUI thread spent within one stall
        self.worst: list[Stall] = []  # the ``keep`` longest
        self.ticks = 0  # a driver waits for the next tick before a tap (see ``between``)
        self._keep = keep
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last_ns = self._last_cpu_ns = self._last_proc_ns = self._last_wait_ns = 0
        self._driver_ns = self._driver_cpu_ns = 0
        self._steps: list[str] = []  # steps since the last tick
        # The watcher: the GUI thread's stacks seen during the current stall, and for
        # the longest stalls (same order as ``worst``, by their ms).
        self.stacks: dict[float, list[str]] = {}
        self._sample = sample
        self._seen: list[str] = []
        self._tick_mono_ns = time.monotonic_ns()
        self._gui_thread = threading.get_ident()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    def start(self) -> None:
        self._clock.start()
        self._last_ns = self._clock.nsecsElapsed()
        self._last_cpu_ns = time.thread_time_ns()
        self._last_proc_ns = time.process_time_ns()
        self._last_wait_ns = _core_wait_ns()
        self._timer.start()
        if self._sample:
            self._watcher = threading.Thread(target=self._watch, name="stall-watch", daemon=True)
            self._watcher.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.004):
            if time.monotonic_ns() - self._tick_mono_ns < SAMPLE_AFTER_MS * 1_000_000:
                continue
            frames = current_frames()
            frame = frames.get(self._gui_thread)
            if frame is None:
                continue
            stack = _stack(frame, 6)
            # The other threads' Python: one of them may hold the GIL the GUI thread
            # waits for (a worker inside a long C call, e.g. drawing an image).
            names = {t.ident: t.name for t in threading.enumerate()}
            others = [
                f"[{names.get(ident, ident)}] {_stack(f, 2)}"
                for ident, f in frames.items()
                if ident not in (self._gui_thread, threading.get_ident()) and not _idle(f)
            ]
            stack = " | ".join([stack, *others])
            if stack not in self._seen and len(self._seen) < 4:
                self._seen.append(stack)

    def enter(self, step: str) -> None:
        """The driver begins ``step`` (a tap, a wait): a stall is reported with it."""
        self.step = step
        self._steps.append(step)

    @contextmanager
    def driver(self) -> Iterator[None]:
        """The benchmark's own work (finding an item): not counted as a stall."""
        start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
        try:
            yield
        finally:
            self._driver_ns += time.perf_counter_ns() - start
            self._driver_cpu_ns += time.thread_time_ns() - start_cpu

    def between(self, process_events: Callable[[], None]) -> None:
        """Let one tick pass before the driver's next tap: a finger never taps within 5 ms
        of the screen it answers, and two taps' work in one gap would be one stall."""
        seen = self.ticks
        while self.ticks == seen:
            process_events()

    def _tick(self) -> None:
        self.ticks += 1
        now, now_cpu, now_proc, now_wait = (
            self._clock.nsecsElapsed(),
            time.thread_time_ns(),
            time.process_time_ns(),
            _core_wait_ns(),
        )
        gap_ms = (now - self._last_ns - self._driver_ns) / 1e6 - INTERVAL_MS
        cpu_ms = (now_cpu - self._last_cpu_ns - self._driver_cpu_ns) / 1e6
        proc_ms = (now_proc - self._last_proc_ns - self._driver_cpu_ns) / 1e6
        wait_ms = (now_wait - self._last_wait_ns) / 1e6
        steps = " > ".join(dict.fromkeys([*self._steps[-3:], self.step]))
        self._last_ns, self._last_cpu_ns, self._last_proc_ns = now, now_cpu, now_proc
        self._last_wait_ns = now_wait
        self._tick_mono_ns = time.monotonic_ns()
        seen, self._seen = self._seen, []
        self._driver_ns = self._driver_cpu_ns = 0
        self._steps = []
        if not self.armed or gap_ms <= 0:
            return
        self.max_ms = max(self.max_ms, gap_ms)
        self.max_cpu_ms = max(self.max_cpu_ms, cpu_ms)
        if len(self.worst) < self._keep or gap_ms > self.worst[-1][0]:
            entry = Stall(*(round(v, 1) for v in (gap_ms, cpu_ms, wait_ms, proc_ms)), steps)
            self.worst = sorted([*self.worst, entry], reverse=True)[: self._keep]
            if seen:
                self.stacks[entry.ms] = seen
