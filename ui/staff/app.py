"""The staff console window: Qt application, QML engine, the view-model and the MQTT client."""

from __future__ import annotations

import logging
import signal
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.config import Config
from kiosk.help.console import StaffConsole
from ui.process import application
from ui.staff import models
from ui.staff.models import StaffModel
from ui.staff.sound import Chime

QML_DIR = Path(__file__).resolve().parent / "qml"

log = logging.getLogger(__name__)


class StaffUi(QObject):
    """One loaded console: window, model, and the MQTT client feeding it."""

    def __init__(
        self,
        config: Config,
        *,
        sound: bool = True,
        size: tuple[int, int] = (1280, 800),
        client_id: str | None = None,
    ) -> None:
        super().__init__()
        self.app = application("kiosk-staff")
        self.model = StaffModel(chime=Chime().play if sound else None, parent=self)
        self.console = StaffConsole(config.mqtt, self.model.post, client_id=client_id)
        self.model.set_sender(self.console.send)
        models.install(self.model)
        self.engine = QQmlApplicationEngine()
        self.engine.addImportPath(str(QML_DIR))
        self.warnings: list[str] = []
        self.engine.warnings.connect(lambda ws: self.warnings.extend(w.toString() for w in ws))
        self.engine.load(str(QML_DIR / "Main.qml"))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the staff console could not be loaded: " + "; ".join(self.warnings))
        self.window: QQuickWindow = roots[0]
        self.window.resize(*size)
        self.console.start()

    def show(self) -> None:
        self.window.show()

    def close(self) -> None:
        self.console.close()
        self.model.stop()
        self.window.close()
        self.engine.deleteLater()


def run(config: Config, *, exit_after_first_frame: bool = False, counter: str = "") -> int:
    ui = StaffUi(config)
    ui.model.setProperty("counter", counter)  # --counter or staff.counter; the field can change it
    app = ui.app
    if exit_after_first_frame:
        shown: list[bool] = []

        def first_frame() -> None:
            if not shown:  # frameSwapped keeps coming; act on the first one only
                shown.append(True)
                print("first_frame", flush=True)
                QTimer.singleShot(0, app.quit)

        ui.window.frameSwapped.connect(first_frame)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: app.quit())
    heartbeat = QTimer()  # lets Python see signals while Qt's loop runs
    heartbeat.start(250)
    heartbeat.timeout.connect(lambda: None)
    ui.show()
    code = app.exec()
    ui.close()
    return int(code)
