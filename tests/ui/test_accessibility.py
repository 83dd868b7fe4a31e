"""Read-aloud with the mock engine, the lowered layout, sound cues, and no hang without
an audio device."""

from __future__ import annotations

import dataclasses
import time

from kiosk import config


def with_engine(cfg: config.Config, engine: str) -> config.Config:
    return dataclasses.replace(
        cfg, accessibility=dataclasses.replace(cfg.accessibility, speech_engine=engine)
    )


def test_read_aloud_speaks_the_screen_and_the_touched_control(make_ui, make_config):
    d = make_ui(with_engine(make_config(), "mock"))
    speech = d.ui.context.speech
    d.tap("language_tr")
    d.tap("settingsButton")
    d.tap("readAloudButton")
    d.wait_until(lambda: speech.spoken)  # turning it on reads the current screen
    d.tap("settingsClose")
    d.tap("appointmentButton")
    heading = "Randevuya geldiğinizi bildirin"  # "Check in for your appointment"
    d.wait_until(lambda: any(heading in t for t, _ in speech.spoken))
    text, language = next((t, lang) for t, lang in reversed(speech.spoken) if heading in t)
    assert language == "tr"
    assert "QR" in text  # the instruction on that screen is read too
    d.tap("pad_7")
    d.wait_until(lambda: speech.spoken[-1][0] == "7")


def test_nothing_is_spoken_unless_turned_on(make_ui, make_config):
    d = make_ui(with_engine(make_config(), "mock"))
    d.tap("language_de")
    d.tap("appointmentButton")
    d.pump(200)
    assert d.ui.context.speech.spoken == []


def test_lowered_layout_keeps_every_control_below_the_band(make_ui, make_config):
    d = make_ui(make_config())
    d.tap("language_de")
    d.tap("settingsButton")
    d.tap("loweredButton")
    d.tap("settingsClose")
    limit = d.window.height() * d.ui.context.session.loweredFraction
    for screen in ("concerns", "checkin", "welcome"):
        d.ui.context.navigator.go(screen)
        d.pump(50)
        for item in _buttons(d):
            top = item.mapToScene(item.boundingRect().topLeft()).y()
            assert top >= limit - 1, f"{screen}: {item.objectName()} at {top:.0f} px"


def _buttons(d):
    from ui.finder import items, root_item

    def visible(it):
        while it is not None:
            if not it.isVisible():
                return False
            it = it.parentItem()
        return True

    return [
        i for i in items(root_item(d.window)) if i.inherits("QQuickAbstractButton") and visible(i)
    ]


def test_no_audio_device_does_not_block_the_ui(make_ui, make_config):
    # speech-dispatcher is not running here: the engine is created in the audio thread,
    # and the GUI thread keeps serving events meanwhile.
    d = make_ui(with_engine(make_config(), "speechd"))
    d.tap("language_de")
    d.ui.context.session.setReadAloud(True)
    d.ui.context.session.setSoundCues(True)
    start = time.monotonic()
    d.tap("appointmentButton")
    d.tap("pad_1")
    assert time.monotonic() - start < 2.0
    assert d.screen() == "checkin"


def test_windows_closed_while_the_audio_thread_is_busy_free_nothing_it_uses(qapp):
    """The suite's segfault: a busy machine made shutdown() give up waiting, and Python
    freed the worker while the audio thread was still inside QSoundEffect(). Now a
    closing window never waits for nor frees what the audio thread uses."""
    import gc

    from PySide6.QtCore import QTimer

    from kiosk.session import CitizenSession, IdlePolicy
    from ui import audio
    from ui.viewmodels.session import Session
    from ui.viewmodels.speech import Speech

    first = audio.Audio("mock")
    worker = audio._audio_thread().worker("mock")
    QTimer.singleShot(0, worker, lambda: time.sleep(1.0))  # the audio thread is busy
    waited = 0.0
    for i in range(30):
        handle = first if i == 0 else audio.Audio("mock")
        session = Session(CitizenSession("de"), IdlePolicy(60, 30), ["de"], lambda _c: None)
        session.setReadAloud(True)
        session.setSoundCues(True)
        speech = Speech(handle, session)
        speech.screen(f"Sitzung {i}")
        speech.cue("tap")
        start = time.monotonic()
        handle.shutdown()
        waited += time.monotonic() - start
        del speech, session, handle
        if i % 10 == 0:
            gc.collect()  # free the handles while the audio thread is still busy
    assert waited < 0.3  # closing never waited for the busy thread
    after = audio.Audio("mock")  # and the thread serves the next window afterwards
    session = Session(CitizenSession("de"), IdlePolicy(60, 30), ["de"], lambda _c: None)
    session.setReadAloud(True)
    speech = Speech(after, session)
    speech.screen("danach")
    assert speech.spoken == [("danach", "de")]
    done: list[bool] = []
    QTimer.singleShot(0, worker, lambda: done.append(True))
    end = time.monotonic() + 10
    while not done and time.monotonic() < end:
        time.sleep(0.02)
    assert done, "the audio thread did not get back to work"
    after.shutdown()


def test_maintenance_shows_whether_anything_is_heard(make_ui, make_config, monkeypatch):
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/pulse")
    d = make_ui(with_engine(make_config(), "none"))
    for _ in range(5):
        d.tap("maintenanceCorner")
    for digit in "123456":  # the demo config's PIN
        d.tap(f"pin_{digit}")
    d.tap("pin_OK")
    d.wait_until(lambda: d.screen() == "maintenance")
    maintenance = d.ui.context.maintenance
    d.wait_until(lambda: any(r["name"] == "Ton/Vorlesen" for r in maintenance.status))
    row = next(r for r in maintenance.status if r["name"] == "Ton/Vorlesen")
    assert "speech: off" in row["detail"]
    assert row["state"] in ("ok", "silent")


def test_read_aloud_reaches_the_engine_with_its_settings(qapp):
    """What the view-models ask is spoken by the engine in the audio thread, with the
    volume and the language asked (the calls are queued there, ui/audio.py)."""
    import pytest
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtTextToSpeech import QTextToSpeech

    from ui import audio

    handle = audio.Audio("mock")
    worker = audio._audio_thread().worker("mock")
    handle.say("Hello there", "en", 0.7)
    end = time.monotonic() + 10
    while not isinstance(worker._tts, QTextToSpeech) and time.monotonic() < end:
        time.sleep(0.02)
    tts = worker._tts
    assert isinstance(tts, QTextToSpeech), "the mock engine was not made"
    spoken: list[str] = []
    direct = Qt.ConnectionType.DirectConnection
    tts.sayingWord.connect(lambda word, *_: spoken.append(word), direct)
    handle.say("Good morning", "en", 0.4)
    end = time.monotonic() + 10
    while "morning" not in spoken and time.monotonic() < end:
        time.sleep(0.02)
    assert spoken[-2:] == ["Good", "morning"]
    assert tts.volume() == pytest.approx(0.4)
    assert tts.locale().language() == QLocale.Language.English
    handle.shutdown()
