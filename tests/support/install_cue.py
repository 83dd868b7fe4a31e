"""Play a sound cue the way the installed kiosk does (QSoundEffect, Qt Multimedia ->
PipeWire), for the clean-root test: a one-second 440 Hz tone written with ``wave``. Run
with the release's own Python by tests/support/install_session.sh; exits 1 when Qt
could not play it."""

from __future__ import annotations

import math
import struct
import sys
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtMultimedia import QSoundEffect


def tone(path: Path, rate: int = 44100) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(
            b"".join(
                struct.pack("<h", int(12000 * math.sin(2 * math.pi * 440 * i / rate)))
                for i in range(rate)
            )
        )
    return path


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    played: list[bool] = []
    with tempfile.TemporaryDirectory() as tmp:
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(tone(Path(tmp) / "cue.wav"))))

        def changed() -> None:
            if effect.isPlaying():
                played.append(True)
            elif played:
                QTimer.singleShot(300, app.quit)

        def ready() -> None:
            if effect.status() == QSoundEffect.Status.Ready and not played:
                effect.play()

        effect.playingChanged.connect(changed)
        effect.statusChanged.connect(ready)
        QTimer.singleShot(0, ready)  # a local file may be loaded already
        QTimer.singleShot(15000, app.quit)
        app.exec()
        status = effect.status().name
    print(f"cue played={bool(played)} status={status}", flush=True)
    return 0 if played else 1


if __name__ == "__main__":
    sys.exit(main())
