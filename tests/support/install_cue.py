"""Play a sound cue the way the installed kiosk does (ui/tones.py: one Qt Multimedia
audio stream -> PipeWire), for the clean-root test: a one-second 440 Hz tone. Run with
the release's own Python by tests/support/install_session.sh; exits 1 when Qt could
not play it."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop

from ui.tones import TonePlayer, tone


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def main() -> int:
    app = QCoreApplication(sys.argv[:1])  # noqa: F841 - Qt needs it alive
    try:
        player = TonePlayer()
    except RuntimeError as err:
        print(f"cue played=False ({err})", flush=True)
        return 1
    player.add("cue", tone(440.0, 1000, volume=0.37))
    pump(1.0)  # the kiosk opens its stream at start, before the first cue
    before = player.played_ms()
    player.play("cue")
    pump(1.5)
    played = player.played_ms() - before
    print(f"cue played={played >= 900} ms={played}", flush=True)
    return 0 if played >= 900 else 1


if __name__ == "__main__":
    sys.exit(main())
