"""Why the kiosk cannot show its window before its view-models exist (issue 19).

A start in two steps (a light start screen as the first frame, the core and the view-models
loaded after it) needs Kiosk.Models registered after a QML engine has loaded. With PySide6
6.11 (Qt >= 6.7) a Python QML type registered after any engine has loaded QML breaks every
later load in the process, in any engine; registering them first means importing the
view-models and the core they use, which is most of the start. This canary fails the day
Qt or PySide accepts late registrations again: then the start in two steps (branch
attempt/two-step-start) becomes possible. See README "Benchmarks".
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import sys
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent, QmlElement, QmlSingleton

app = QGuiApplication(sys.argv[:1])
late = sys.argv[1] == "late"
QML_IMPORT_NAME = "Canary.Models"
QML_IMPORT_MAJOR_VERSION = 1


def register():
    @QmlElement
    @QmlSingleton
    class Canary(QObject):
        pass


if not late:
    register()
first = QQmlApplicationEngine()
first.loadData(b"import QtQuick\nItem { Item { Image {} } }")
assert first.rootObjects(), "the first load failed"
if late:
    register()
second = QQmlApplicationEngine()  # a new engine does not help either
component = QQmlComponent(second)
component.setData(b"import QtQuick\nItem { Item { Image {} } }", QUrl("file:///canary.qml"))
print("loaded" if component.create() is not None else component.errorString())
"""


def _load(order: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, order],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_types_registered_before_the_first_engine_load_work():
    assert _load("first") == "loaded"


def test_a_type_registered_after_a_load_breaks_every_later_load():
    out = _load("late")
    assert 'Cannot assign object of type "QQuickImage" to list property "data"' in out, out
