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
    d.wait_until(lambda: any("Randevunuz için giriş yapın" in t for t, _ in speech.spoken))
    text, language = next((t, lang) for t, lang in reversed(speech.spoken) if "Randevunuz" in t)
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
