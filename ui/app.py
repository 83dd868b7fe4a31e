"""Starting the kiosk window: Qt application, QML engine, app context, first frame."""

from __future__ import annotations

import gc
import linecache
import logging
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QCursor, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from devices.scanner import ScanDetector
from kiosk.config import Config
from kiosk.ops.notify import Notifier, watchdog_interval_ms
from ui import start_screen, window_fit, worker
from ui.activity import ActivityFilter
from ui.context import AppContext
from ui.process import application, process_age_ms
from ui.scanner_filter import ScannerFilter
from ui.viewmodels import pictures

QML_DIR = Path(__file__).resolve().parent / "qml"

log = logging.getLogger(__name__)


class KioskUi(QObject):
    """One loaded kiosk UI: the engine, its window and the context behind it."""

    def __init__(
        self,
        config: Config,
        context: AppContext | None = None,
        size: tuple[int, int] | None = None,
        *,
        eager: bool = True,
    ) -> None:
        """``eager``: build the sheets and dialogs with the window (tests, tour, benchmark);
        the kiosk passes False and builds them after its first frame (:meth:`warm_up`)."""
        super().__init__()
        self.app = application()
        self.context = context or AppContext(config)
        self.engine = QQmlApplicationEngine()
        self.context.engine = self.engine
        # The context may have been built before the application existed (tour, tests).
        self.context.apply_language(self.context.session.language)
        self.engine.addImportPath(str(QML_DIR))
        # The pictures' SVG files are read now, at start-up (ui/pictures.py).
        self._pictures = pictures.use(pictures.Pictures())
        self.warnings: list[str] = []
        self.engine.warnings.connect(lambda ws: self.warnings.extend(w.toString() for w in ws))
        scanner = config.scanner
        self._scanner = ScannerFilter(
            ScanDetector(scanner.max_key_interval_ms, scanner.min_length),
            self.context.checkin.scanned,
            self,
            keypad=self.context.focus.handle_key,
        )
        self._filter = ActivityFilter(self.context.session.activity, self)
        self.context.session.ended.connect(forget_module_sources)
        self.engine.setInitialProperties({"eager": eager})
        self.engine.load(str(QML_DIR / "Main.qml"))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the kiosk UI could not be loaded: " + "; ".join(self.warnings))
        self.window: QQuickWindow = roots[0]
        # On the window, not the application: every input reaches the window first, while
        # an application filter ran Python for each of Qt's events to every object (timers,
        # deferred deletes, property changes): 45 % of the QML load and a share of every
        # frame. The scanner's filter is installed last so it sees keys first, as before.
        self.window.installEventFilter(self._filter)
        self.window.installEventFilter(self._scanner)
        width, height = size or (config.display.width, config.display.height)
        self.window.resize(width, height)
        if size is None and not config.display.fullscreen:
            # The demo on a desktop: the kiosk's screen laid out at its own size and scaled
            # into a window that fits the desktop and can be resized (Main.qml, preview).
            self.window.setProperty("layoutWidth", width)
            self.window.setProperty("layoutHeight", height)
            screen = self.window.screen()
            if screen is not None:
                room = screen.availableGeometry()
                self.fit_preview(room.width(), room.height())
        if config.display.fullscreen:
            self.window.setProperty("lockedDown", True)
        if not config.display.show_cursor:
            self.window.setCursor(QCursor(Qt.CursorShape.BlankCursor))

    def fit_preview(self, room_w: int, room_h: int) -> None:
        """Size the demo's window to the free area of a desktop (room_w x room_h): the
        kiosk screen's shape, as large as fits; the content is scaled, not laid out anew."""
        layout_w = int(self.window.property("layoutWidth") or self.window.width())
        layout_h = int(self.window.property("layoutHeight") or self.window.height())
        self.window.resize(*window_fit.fit(layout_w, layout_h, room_w, room_h))

    def show(self, fullscreen: bool) -> None:
        if fullscreen:
            # Without a window manager showFullScreen() alone is not enough.
            screen = self.window.screen()
            if screen is not None:
                self.window.setGeometry(screen.geometry())
            self.window.showFullScreen()
            self.window.requestActivate()
        else:
            self.window.show()

    @staticmethod
    def freeze_startup_objects() -> None:
        """Once, after the first frame: collect, then move everything alive to the cyclic
        garbage collector's permanent generation. Its full collections no longer walk the
        start-up's objects (modules, QML wrappers, catalogue): they took 70 ms on the GUI
        thread in the middle of a session, now about 20 (issue 19)."""
        forget_module_sources()
        gc.collect()
        gc.freeze()

    def warm_up(self) -> None:
        """After the first frame: build the screens every citizen passes (concerns, ticket)
        and the sheets and dialogs in the background, so their first show is a switch, not
        a build (ui/qml/Main.qml)."""
        screens = self.window.findChild(QObject, "screenLoader")
        if screens is not None:
            screens.setProperty("warm", True)

    def close(self) -> None:
        self.window.removeEventFilter(self._filter)
        self.window.removeEventFilter(self._scanner)
        self.window.setProperty("lockedDown", False)
        self.window.close()
        self.engine.deleteLater()
        self.context.shutdown()


def forget_module_sources() -> None:
    """Drop the source lines Python's linecache holds. PySide6 read the source of every
    module imported after it (9 MB of strings after start-up) until
    :func:`ui.process.skip_source_scans`; what is left are the files a logged traceback
    or warning read. Called after the first frame and when a citizen's session ends; a
    traceback reads a file again."""
    linecache.clearcache()


# Queued (the handler runs on the GUI thread) and single-shot (Qt drops the connection at
# the first emission, in the emitting thread).
_ONCE = Qt.ConnectionType(
    Qt.ConnectionType.QueuedConnection.value | Qt.ConnectionType.SingleShotConnection.value
)


def on_first_frame(window: QQuickWindow, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, on the GUI thread, after the window's first frame.

    frameSwapped is emitted by the render thread. With the threaded render loop (Wayland,
    OpenGL) a second frame can be swapped before the GUI thread runs the first queued
    call, so a handler that disconnected itself ran twice and its second disconnect
    failed with a libpyside RuntimeWarning. A single-shot connection is removed by Qt
    itself at the first emission, so a second emission queues nothing.
    """
    window.frameSwapped.connect(callback, _ONCE)


def start_watchdog(notifier: Notifier, interval_ms: int | None) -> QTimer:
    """Ping systemd's watchdog from a timer on the GUI thread, on purpose: a frozen UI
    stops the pings and systemd restarts the kiosk."""
    timer = QTimer()
    if interval_ms is not None and notifier.enabled:
        timer.timeout.connect(notifier.watchdog)
        timer.start(interval_ms)
    return timer


def run(
    config: Config,
    *,
    exit_after_first_frame: bool = False,
    prepared: Future[start_screen.Prepared] | None = None,
    start: start_screen.StartScreen | None = None,
) -> int:
    """``prepared``: what ui/start_screen.py read at the start (the launcher begins it
    before PySide6 is imported); ``start``: the start picture shown meanwhile, closed at
    this window's first frame."""
    if prepared is None:
        prepared = start_screen.read_later(config)
    worker.hold_until_first_frame()  # the background jobs queued while starting wait
    ui = KioskUi(config, eager=False)
    app = ui.app
    started = time.perf_counter()

    notifier = Notifier()
    watchdog = start_watchdog(notifier, watchdog_interval_ms())
    ui.context.navigator.screenChanged.connect(
        lambda: notifier.status(f"serving; screen={ui.context.navigator.screen}")
    )

    savers: list[threading.Thread] = []

    def first_frame() -> None:
        if start is not None:
            start.dismiss()
        saver = start_screen.after_first_frame(config, ui.window, prepared)
        if saver is not None:
            savers.append(saver)
        worker.first_frame_shown()
        QTimer.singleShot(0, ui.freeze_startup_objects)
        QTimer.singleShot(0, ui.warm_up)
        notifier.ready("serving; screen=welcome")
        age = process_age_ms()
        in_ui = (time.perf_counter() - started) * 1000
        log.info(
            "first frame",
            extra={"fields": {"ms_since_start": f"{age:.0f}", "ms_in_ui": f"{in_ui:.0f}"}},
        )
        if exit_after_first_frame:
            print(f"first_frame_ms={age:.0f}", flush=True)
            QTimer.singleShot(0, lambda: app.exit(0))

    on_first_frame(ui.window, first_frame)
    # Let Python see SIGTERM/SIGINT while Qt's loop runs (systemd stops us with SIGTERM).
    # exit(), not quit(): Qt 6's quit() first asks every window to close, and the locked
    # kiosk window refuses (Main.qml, lockedDown), so a fullscreen kiosk ignored SIGTERM
    # until systemd killed it, without a clean shutdown of its stores and outbox.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: app.exit(0))
    heartbeat = QTimer()
    heartbeat.start(250)
    heartbeat.timeout.connect(lambda: None)

    ui.show(config.display.fullscreen)
    code = app.exec()
    notifier.stopping()
    watchdog.stop()
    ui.close()
    notifier.close()
    for saver in savers:
        saver.join()
    return int(code)
