"""The Qt application object and the process's age: what a start needs first, importable
before the rest of the UI (ui/start_screen.py shows its picture before ui.app loads).
PySide6 is imported only when the application is made: the start picture's file is read
in a thread while that import runs."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
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

    skip_source_scans()
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    QGuiApplication.setApplicationName(name)
    QGuiApplication.setOrganizationName("Buergerbuero")
    return QGuiApplication(sys.argv[:1])


pyside_check: Callable[[object], bool] | None = None  # PySide6's own, once replaced


def skip_source_scans() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6 replaces ``__import__`` and, for each new module, reads its whole source
    (``inspect.getsource``, kept in linecache) to see whether it mentions "PySide6": the
    default for its opt-in ``from __feature__ import snake_case`` syntax (PYSIDE-2029).
    This program never opts in, so the answer changes nothing: a module answered "no"
    keeps the selection in force, and no module ever selects another. It cost ~40 ms of
    the GUI thread's CPU for ~200 modules before the first frame, and on worker threads,
    holding Python's lock, for each module loaded later (the PDF library's ~100 at the
    first ticket). If PySide's support module is not as expected (another version), its
    check stays.
    """
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    global pyside_check
    check = getattr(feature, "_mod_uses_pyside", None)
    if callable(check) and check is not _uses_no_feature:
        pyside_check = check
        feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(module: object) -> bool:
    return False
