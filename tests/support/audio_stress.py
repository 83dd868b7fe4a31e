"""Audio stress, run in its own process by tests/ui/test_audio_stress.py (a crash must
fail the test, not end pytest): SESSIONS citizen sessions, each with a fresh audio
handle and read-aloud view-model, sound cues and read-aloud on, started and torn down
back to back; every WINDOWS-th session also opens and closes a whole kiosk window.

Usage: python audio_stress.py STATE_DIR SESSIONS WINDOWS
Prints ``spoken=N`` (what reached the view-models) and ``health=STATE: DETAIL``.
"""

from __future__ import annotations

import dataclasses
import faulthandler
import gc
import sys
import time

faulthandler.enable()


def pump(ms: int) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def main(state_dir: str, sessions: int, windows: int) -> int:
    from kiosk import config
    from kiosk.session import CitizenSession, IdlePolicy
    from ui import audio
    from ui.app import KioskUi, application
    from ui.viewmodels.session import Session
    from ui.viewmodels.speech import Speech

    application()
    cfg = config.load_demo(state_dir)
    cfg = dataclasses.replace(
        cfg, accessibility=dataclasses.replace(cfg.accessibility, speech_engine="mock")
    )
    spoken = 0
    for i in range(sessions):
        if windows and i % windows == 0:
            ui = KioskUi(cfg, size=(540, 960))
            ui.show(False)
            ctx = ui.context
            ctx.session.setReadAloud(True)
            ctx.session.setSoundCues(True)
            ctx.speech.screen("Willkommen")
            ctx.speech.cue("tap")
            pump(20)
            spoken += len(ctx.speech.spoken)
            ui.close()
        else:
            handle = audio.Audio("mock")
            session = Session(
                CitizenSession("de"),
                IdlePolicy(cfg.session.idle_timeout_s, cfg.session.warning_s),
                cfg.kiosk.languages,
                lambda _code: None,
            )
            session.setReadAloud(True)
            session.setSoundCues(True)
            speech = Speech(handle, session)
            speech.screen(f"Sitzung {i}")
            speech.touched("7")
            speech.cue("tap")
            speech.cue("done")
            pump(2)
            spoken += len(speech.spoken)
            handle.shutdown()
            del speech, session, handle
        if i % 10 == 0:
            gc.collect()  # free the handles now, while the audio thread is busy
    pump(50)
    state, detail = audio.health()
    print(f"spoken={spoken}", flush=True)
    print(f"health={state}: {detail}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
