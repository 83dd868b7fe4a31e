"""Read a sentence aloud the way the installed kiosk does (QtTextToSpeech's speechd
plugin -> speech-dispatcher -> espeak-ng -> the sound server), and list the languages the
engine has voices for. Run inside the clean root by tests/support/install_session.sh with
the release's own Python; prints one JSON line, exits 1 when nothing could be spoken."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

SENTENCE = "Willkommen im Bürgerbüro. Bitte wählen Sie Ihr Anliegen."


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    tts = QTextToSpeech("speechd")
    states: list[str] = []
    tts.stateChanged.connect(lambda s: states.append(s.name))

    def speak() -> None:
        tts.setLocale(QLocale("de_DE"))
        tts.setVolume(1.0)
        tts.say(SENTENCE)

    def finish() -> None:
        if "Speaking" in states and tts.state() == QTextToSpeech.State.Ready:
            app.quit()

    tts.stateChanged.connect(lambda _s: finish())
    QTimer.singleShot(200, speak)
    QTimer.singleShot(20000, app.quit)  # the test reports a missing "Speaking"
    app.exec()
    languages = sorted({QLocale(loc).name().split("_")[0] for loc in tts.availableLocales()})
    print(
        json.dumps(
            {
                "engine": tts.engine(),
                "states": states,
                "error": tts.errorString(),
                "languages": languages,
            }
        ),
        flush=True,
    )
    return 0 if "Speaking" in states else 1


if __name__ == "__main__":
    sys.exit(main())
