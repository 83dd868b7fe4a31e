"""The leak check every UI test runs after closing its windows (tests/support/
window_leaks.py): what the window's code left open is found, what it closed and what the
test itself opened is not. Without it, a store a shutdown forgets to close would go
unnoticed until descriptors ran out hundreds of tests later."""

from __future__ import annotations

import socket
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gui_guard
import window_leaks


def _as_ui_code(source: str, name: str) -> Callable[..., Any]:
    """A function that Python believes lives in ui/, as the window's code does."""
    namespace: dict[str, object] = {}
    exec(compile(source, str(gui_guard.ROOT / "ui" / "leak_probe.py"), "exec"), namespace)
    return namespace[name]  # type: ignore[return-value]


OPEN = _as_ui_code(
    "import socket, sqlite3\n"
    "def open_both(path):\n"
    "    return sqlite3.connect(path), socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n",
    "open_both",
)
START = _as_ui_code(
    "import threading\n"
    "def start(target):\n"
    "    t = threading.Thread(target=target, name='window-thread')\n"
    "    t.start()\n"
    "    return t\n",
    "start",
)


def test_what_the_window_left_open_is_found(tmp_path: Path) -> None:
    with window_leaks.watching() as watch:
        conn, sock = OPEN(tmp_path / "kiosk.db")
    left = watch.left_open()
    assert len(left) == 2
    assert any(f"SQLite connection to {tmp_path / 'kiosk.db'}" in line for line in left)
    assert any(line.startswith("socket AF_INET") for line in left)
    conn.close()
    sock.close()


def test_what_the_window_closed_is_not(tmp_path: Path) -> None:
    with window_leaks.watching() as watch:
        conn, sock = OPEN(tmp_path / "kiosk.db")
        conn.close()
        sock.close()
    assert watch.left_open() == []


def test_a_thread_the_window_started_counts_as_the_window(tmp_path: Path) -> None:
    opened: list[sqlite3.Connection] = []
    with window_leaks.watching() as watch:
        START(
            lambda: opened.append(sqlite3.connect(tmp_path / "stats.db", check_same_thread=False))
        ).join()
    (left,) = watch.left_open()
    assert left.startswith(f"SQLite connection to {tmp_path / 'stats.db'}, opened on window-thread")
    opened[0].close()


def test_the_tests_own_connections_and_threads_are_not_the_window(tmp_path: Path) -> None:
    with window_leaks.watching() as watch:
        conn = sqlite3.connect(tmp_path / "kiosk.db")
        sock = socket.socket()
        mine: list[sqlite3.Connection] = []
        t = threading.Thread(
            target=lambda: mine.append(sqlite3.connect(tmp_path / "x.db", check_same_thread=False))
        )
        t.start()
        t.join()
    assert watch.left_open() == []
    for c in (conn, *mine):
        c.close()
    sock.close()
