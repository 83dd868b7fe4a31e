"""The Qt application object and the process's age: what a start needs first, importable
before the rest of the UI (ui/start_screen.py shows its picture before ui.app loads).
PySide6 is imported only when the application is made: the start picture's file is read
in a thread while that import runs."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux /proc), for the first-frame figure."""
    try:
        with open("/proc/self/stat", "rb") as f:
            start_ticks = int(f.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/uptime", "rb") as f:
            uptime = float(f.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return float("nan")


def application(name: str = "kiosk") -> QGuiApplication:
    """The one QGuiApplication, made with the names Qt's caches and settings are filed under
    (``name``: "kiosk", or "kiosk-staff" for the staff console)."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    QGuiApplication.setApplicationName(name)
    QGuiApplication.setOrganizationName("Buergerbuero")
    return QGuiApplication(sys.argv[:1])
