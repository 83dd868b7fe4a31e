"""systemd's notify protocol: READY, WATCHDOG, STATUS and STOPPING as datagrams.

No library needed: one datagram to ``$NOTIFY_SOCKET`` per message. Outside systemd the
variable is unset and every call does nothing. The watchdog is pinged from the GUI
thread (see ui/app.py), so a frozen UI stops the pings and systemd restarts the kiosk.
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)


class Notifier:
    def __init__(self, address: str | None = None) -> None:
        self._address = address if address is not None else os.environ.get("NOTIFY_SOCKET", "")
        self._sock: socket.socket | None = None
        if self._address:
            self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)

    @property
    def enabled(self) -> bool:
        return self._sock is not None

    def _target(self) -> str | bytes:
        # "@name" is an abstract socket: the leading @ stands for a NUL byte.
        if self._address.startswith("@"):
            return b"\0" + self._address[1:].encode()
        return self._address

    def send(self, *fields: str) -> bool:
        if self._sock is None:
            return False
        try:
            self._sock.sendto("\n".join(fields).encode(), self._target())
        except OSError as err:
            log.warning("systemd notify failed", extra={"fields": {"error": str(err)}})
            return False
        return True

    def ready(self, status: str = "") -> bool:
        return self.send("READY=1", *([f"STATUS={status}"] if status else []))

    def watchdog(self) -> bool:
        return self.send("WATCHDOG=1")

    def status(self, text: str) -> bool:
        return self.send(f"STATUS={text}")

    def stopping(self) -> bool:
        return self.send("STOPPING=1")

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def watchdog_interval_ms() -> int | None:
    """Half of systemd's WatchdogSec (``$WATCHDOG_USEC``), or None without a watchdog.
    ``$WATCHDOG_PID``, when set, must be this process."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) <= 0:
        return None
    if pid and pid != str(os.getpid()):
        return None
    return max(50, int(usec) // 2000)
