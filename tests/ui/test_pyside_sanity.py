"""Guards the pinned PySide6: 6.12.0 under Python 3.11 dropped a reference to None on every
call of a void method, which aborts the process after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_none_alive():
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(500):
        obj.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 50
