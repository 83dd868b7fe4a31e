"""Play the kiosk's sound cues or the staff console's chime as the applications do, in a
process of its own (Qt Multimedia keeps its sound server connection for the process),
for tests/ui/test_tones.py, which records what reaches the sound server.

Usage: python play_sounds.py cues|chime
Waits 2 s, plays for about 2.5 s, then prints ``health=STATE: DETAIL`` (cues) or ``chime=True``.
"""

from __future__ import annotations

import sys

from audio_stress import pump  # this folder is the script's


def main(what: str) -> int:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication(sys.argv[:1])  # noqa: F841 - Qt needs it alive
    if what == "cues":
        from ui import audio

        handle = audio.Audio("none")
        pump(2000)  # the kiosk opens its sound stream at start, long before a first tap
        for _ in range(5):  # "done" is 220 ms: five of them, 500 ms apart
            handle.cue("done", 1.0)
            pump(500)
        state, detail = audio.health()
        handle.shutdown()
        audio.stop_audio_thread()
        print(f"health={state}: {detail}", flush=True)
        return 0
    from ui.staff.sound import Chime

    chime = Chime()
    pump(2000)  # the console opens its sound stream at start, before the first call
    for _ in range(4):  # 0.3 s each, 0.5 s apart
        chime.play()
        pump(500)
    print(f"chime={chime.available}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
