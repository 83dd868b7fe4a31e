"""Other threads' Python frames, for the rigs that sample the GUI thread.

``sys._current_frames()`` holds the interpreter's thread-list lock while it builds its
dict. On Python 3.11 a garbage collection can start inside it (that dict is an
allocation) and run a finalizer that lets go of the GIL, closing a leaked sqlite3
connection say: a thread being started then holds the GIL and waits for that lock, and
the process hangs for good (seen once in the UI suite: the guard's sampler in
``connection_close``, a worker in ``Thread.start``). Python 3.12 disables the collector
for the call (CPython gh-106883); this does the same here.
"""

from __future__ import annotations

import gc
import sys
import threading
from types import FrameType

_lock = threading.Lock()  # two samplers (the guard's, the bench's) switch it in turn


def current_frames() -> dict[int, FrameType]:
    """``sys._current_frames()`` with the garbage collector held off during the call."""
    with _lock:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return sys._current_frames()
        finally:
            if enabled:
                gc.enable()
