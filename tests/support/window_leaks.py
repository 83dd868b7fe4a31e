"""What a closed test window left open: SQLite connections and sockets.

A kiosk has one window per process, but the UI tests open hundreds one after the other;
whatever a closed window leaves open piles up (descriptors past 1024 break paho-mqtt's
select()). So each UI test checks, after closing its windows, that nothing the windows
opened is still open: :func:`watching` records, while windows live, every SQLite
connection and socket the window's code opens, and :meth:`Watch.left_open` lists those
still open after the close.

The window's code: opened with a frame of ui/ on the stack (the context, its services
and view-models, whichever thread runs them), or on a thread the window started (its
workers, paho-mqtt's loop, HTTP pools), directly or through another such thread. The
test's own connections and sockets (fake servers, rigs, a test reading the database)
are not the window's. Connections and sockets are seen by an audit hook
(``sqlite3.connect``, ``socket.__new__``; it cannot be removed, so it stays
installed and records nothing unless a watch is on), threads by wrapping
``threading.Thread.start`` while a watch is on (Python 3.11 has no audit event for it).
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import sys
import threading
import traceback
import weakref
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

_UI = str(Path(__file__).resolve().parents[2] / "ui") + os.sep
_EVENTS = frozenset({"sqlite3.connect", "sqlite3.connect/handle", "socket.__new__"})


class Watch:
    """One test's windows: what their code opened, to be checked after they closed."""

    def __init__(self) -> None:
        self.threads: weakref.WeakSet[threading.Thread] = weakref.WeakSet()
        # Connections cannot be weakly referenced: held until the check, which is stricter
        # (one the window dropped without closing counts as left open, as it should).
        self.databases: list[tuple[sqlite3.Connection, str, str]] = []  # (conn, file, where)
        self._opening = threading.local()  # the file of the connect under way
        self.sockets: list[tuple[weakref.ref[socket.socket], str]] = []
        self._lock = threading.Lock()

    def _window_code(self, frame: FrameType | None) -> bool:
        if threading.current_thread() in self.threads:
            return True
        while frame is not None:
            if frame.f_code.co_filename.startswith(_UI):
                return True
            frame = frame.f_back
        return False

    def record(self, event: str, args: tuple[object, ...], frame: FrameType | None) -> None:
        if not self._window_code(frame):
            return
        if event == "sqlite3.connect":  # the file; the connection follows in ".../handle"
            self._opening.database = str(args[0]) if args else "?"
            return
        where = f"{threading.current_thread().name}:\n{_stack(frame)}"
        with self._lock:
            if event == "sqlite3.connect/handle" and isinstance(args[0], sqlite3.Connection):
                database = getattr(self._opening, "database", "?")
                self.databases.append((args[0], database, where))
            elif args and isinstance(args[0], socket.socket):
                self.sockets.append((weakref.ref(args[0]), where))

    def thread_started(self, thread: threading.Thread, frame: FrameType | None) -> None:
        if self._window_code(frame):
            self.threads.add(thread)

    def left_open(self) -> list[str]:
        """The window's SQLite connections and sockets not closed; forgets them."""
        found = []
        for conn, database, where in self.databases:
            if _is_open(conn):
                found.append(f"SQLite connection to {database}, opened on {where}")
        self.databases.clear()
        for ref, where in self.sockets:
            sock = ref()
            if sock is not None and sock.fileno() != -1:
                found.append(f"socket {_describe(sock)}, opened on {where}")
        return sorted(set(found))


def _is_open(conn: sqlite3.Connection) -> bool:
    """Any thread may ask: ``total_changes`` checks the connection, not the thread."""
    try:
        conn.total_changes  # noqa: B018 (raises on a closed connection)
    except sqlite3.ProgrammingError:
        return False
    return True


def _describe(sock: socket.socket) -> str:
    try:
        return f"{sock.family.name} {sock.getsockname()} -> {sock.getpeername()}"
    except OSError:
        return f"{sock.family.name} (not connected)"


def _stack(frame: FrameType | None) -> str:
    summary = traceback.StackSummary.extract(
        traceback.walk_stack(frame), limit=10, lookup_lines=False
    )
    summary.reverse()
    return "".join(f"    {f.filename}:{f.lineno} in {f.name}\n" for f in summary)


_watches: list[Watch] = []
_in_hook = threading.local()


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event not in _EVENTS or not _watches or getattr(_in_hook, "on", False):
        return
    _in_hook.on = True
    try:
        frame = sys._getframe(1)
        for watch in list(_watches):
            watch.record(event, args, frame)
    finally:
        _in_hook.on = False


sys.addaudithook(_audit)
_thread_start = threading.Thread.start


def _recording_start(thread: threading.Thread) -> None:
    frame = sys._getframe(1)
    for watch in list(_watches):
        watch.thread_started(thread, frame)
    _thread_start(thread)


@contextlib.contextmanager
def watching() -> Iterator[Watch]:
    """Record while the body runs (from before the first window is built until after the
    last one closed); check with :meth:`Watch.left_open` at the end."""
    watch = Watch()
    _watches.append(watch)
    threading.Thread.start = _recording_start  # type: ignore[method-assign]
    try:
        yield watch
    finally:
        _watches.remove(watch)
        if not _watches:
            threading.Thread.start = _thread_start  # type: ignore[method-assign]
