"""systemd notify: READY after the first frame, WATCHDOG from the GUI thread, STOPPING."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from kiosk.ops.notify import Notifier, watchdog_interval_ms
from ui.app import start_watchdog

KIOSK = str(Path(sys.executable).with_name("kiosk"))


class Listener:
    """A stand-in for systemd: records every datagram with its arrival time."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.1)
        self.messages: list[tuple[float, str]] = []
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.messages.append((time.monotonic(), data.decode()))

    def texts(self) -> list[str]:
        return [m for _, m in self.messages]

    def close(self) -> None:
        self._stop = True
        self.thread.join(2)
        self.sock.close()


def test_the_real_app_notifies_systemd(tmp_path):
    listener = Listener(tmp_path / "notify.sock")
    env = dict(
        os.environ,
        NOTIFY_SOCKET=str(tmp_path / "notify.sock"),
        WATCHDOG_USEC="200000",
        XDG_STATE_HOME=str(tmp_path / "state"),
        QT_QPA_PLATFORM="offscreen",
        QT_QUICK_BACKEND="software",
    )
    env.pop("WATCHDOG_PID", None)
    proc = subprocess.Popen(
        [KIOSK, "run", "--demo"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any("READY=1" in m for m in listener.texts()):
            time.sleep(0.05)
        time.sleep(1.0)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        time.sleep(0.2)
        listener.close()
    texts = listener.texts()
    ready = [m for m in texts if m.startswith("READY=1")]
    assert len(ready) == 1 and "STATUS=serving" in ready[0]
    assert texts.count("WATCHDOG=1") >= 5  # every 100 ms for about a second
    assert texts[-1] == "STOPPING=1"


def test_no_watchdog_while_the_gui_thread_is_blocked(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QEventLoop

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)

    listener = Listener(tmp_path / "notify.sock")
    notifier = Notifier(str(tmp_path / "notify.sock"))
    timer = start_watchdog(notifier, 50)
    try:
        pump(0.5)
        blocked_from = time.monotonic()
        time.sleep(1.0)  # the GUI thread hangs, as a frozen UI would
        blocked_to = time.monotonic()
        pump(0.5)
    finally:
        timer.stop()
        notifier.close()
        time.sleep(0.1)
        listener.close()
    pings = [t for t, m in listener.messages if m == "WATCHDOG=1"]
    assert len([t for t in pings if t < blocked_from]) >= 5
    assert not [t for t in pings if blocked_from + 0.1 < t < blocked_to - 0.05]
    assert len([t for t in pings if t > blocked_to]) >= 5  # and they resume


def test_watchdog_interval_from_the_environment(monkeypatch):
    monkeypatch.setenv("WATCHDOG_USEC", "10000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    assert watchdog_interval_ms() == 5000
    monkeypatch.setenv("WATCHDOG_PID", "1")  # another process's watchdog
    assert watchdog_interval_ms() is None
    monkeypatch.delenv("WATCHDOG_USEC")
    assert watchdog_interval_ms() is None
    assert not Notifier("").enabled
