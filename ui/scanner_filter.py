"""Barcode scanners on any screen: key presses pass through a :class:`ScanDetector`.

Citizens have no physical keyboard; the only "typing" a kiosk sees comes from the
scanner. While no text field has focus, key presses are taken out of the event stream
(nothing on screen reacts to a scanner's keystrokes) and a complete burst is reported
through ``on_scan``. With a text field focused (maintenance with a keyboard), keys pass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from devices.scanner import ScanDetector

log = logging.getLogger(__name__)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _text_input_focused() -> bool:
    obj = QGuiApplication.focusObject()
    return obj is not None and (obj.inherits("QQuickTextInput") or obj.inherits("QQuickTextEdit"))


class ScannerFilter(QObject):
    def __init__(
        self,
        detector: ScanDetector,
        on_scan: Callable[[str], None],
        parent: QObject | None = None,
        keypad: Callable[[QKeyEvent], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._detector = detector
        self._on_scan = on_scan
        # The accessibility keypad's keys (ui/viewmodels/focus.py): non-printing keys, and
        # Enter while no scan is under way, are its; it answers whether it used the key.
        self._keypad = keypad
        self._clock = QElapsedTimer()
        self._clock.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if _text_input_focused():
            return False
        if self._keypad is not None and not self._detector.pending() and self._keypad(event):
            return True
        now = float(self._clock.elapsed())
        enter = event.key() in _ENTER
        result = self._detector.feed("" if enter else event.text(), now, enter=enter)
        if result.typed:
            log.debug("keyboard input ignored (not a scan)")
        if result.text is not None:
            log.info("scan received", extra={"fields": {"length": len(result.text)}})
            self._on_scan(result.text)
        return True
