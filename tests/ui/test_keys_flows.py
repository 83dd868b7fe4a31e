"""Every flow by keys alone (no touch): the keypad's keys drive the kiosk, and the mock
speech engine's log shows what a blind citizen hears, in order."""

from __future__ import annotations

import dataclasses
import re

from keys_driver import K, keys_config, move_to, press, said, select, start_audio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_checkin_flow import book


def test_audio_mode_then_a_waiting_number_by_keys(make_ui, make_config):
    d = make_ui(keys_config(make_config()))
    assert d.item("audioAnnouncement").isVisible()  # the attract screen says how
    start_audio(d)
    first = said(d)[0]
    assert first.startswith("Der Audiomodus ist an.")  # the introduction, in German
    assert "Willkommen im Bürgerbüro" in first  # then the screen
    assert d.item("audioGuide").isVisible()  # and the introduction is on screen too

    assert move_to(d, "language_de") == "Schaltfläche, Deutsch, 1 von 8"
    assert not d.item("audioGuide").isVisible()
    assert d.ui.context.focus.ringVisible
    select(d, until=lambda: d.screen() == "concerns")
    assert any(t.startswith("Was ist Ihr Anliegen?") for t in said(d)[-3:])

    heard = move_to(d, "concern_reisepass")
    assert re.fullmatch(r"Schaltfläche, Reisepass beantragen\..*, \d+ von \d+", heard), heard
    select(d, until=lambda: d.ui.context.ticketing.printState == "printed")
    assert d.screen() == "ticket"
    number = d.text("ticketNumber")  # e.g. "A-001"
    spelt = " ".join(ch for ch in number if ch != "-")
    d.wait_until(lambda: any(f"Ihre Wartenummer {spelt}" in t for t in said(d)))


def test_navpad_keypad_and_the_help_call(make_ui, make_config):
    d = make_ui(keys_config(make_config(), keypad="navpad"))
    press(d, K.Key_F13, wait_ms=60)  # the headphone key
    assert d.ui.context.focus.audioMode
    # Up/down go through the controls in reading order.
    # Said in the language on screen: German until English is chosen.
    assert move_to(d, "language_en", key=K.Key_Down) == "Schaltfläche, English, 3 von 8"
    select(d, until=lambda: d.screen() == "concerns")
    assert move_to(d, "helpButton", key=K.Key_Down).startswith("Button, Help")
    select(d)
    assert d.obj("helpSheet").property("visible")
    assert said(d)[-1].startswith("What do you need help with?. Help with a form")
    # The sheet is modal: the focus stays inside it.
    assert move_to(d, "helpTechnical", key=K.Key_Down) == "Button, Technical problem, 2 of 3"
    select(d, until=lambda: d.ui.context.help.state != "idle")
    d.wait_until(lambda: any("Staff have been informed" in t for t in said(d)[-3:]))
    # The simulated staff member answers: the new status is spoken.
    d.wait_until(lambda: d.ui.context.help.state == "acknowledged", timeout_s=15)
    d.wait_until(lambda: any("Someone is coming to you" in t for t in said(d)[-2:]))
    press(d, K.Key_Backspace, wait_ms=60)  # back closes the sheet
    assert not d.obj("helpSheet").property("visible")


def test_check_in_by_code_with_the_code_pad(make_ui, make_config):
    cfg = keys_config(make_config())
    code, at = book(cfg, "anmeldung", 5)
    d = make_ui(cfg, clock=lambda: at)
    start_audio(d)
    move_to(d, "language_de")
    select(d, until=lambda: d.screen() == "concerns")
    assert move_to(d, "appointmentButton").startswith("Schaltfläche, Ich habe einen Termin")
    select(d, until=lambda: d.screen() == "checkin")
    for digit in code:
        assert move_to(d, f"pad_{digit}").startswith(f"Schaltfläche, {digit}, ")
        select(d)
    assert d.text("checkinCode") == code
    move_to(d, "checkinSubmit")
    select(d, until=lambda: d.ui.context.checkin.state == "found")
    move_to(d, "checkinConfirm")
    select(d, until=lambda: d.ui.context.ticketing.printState == "printed")
    assert d.screen() == "ticket"
    assert d.item("ticketAppointment").isVisible()


def test_volume_speed_repeat_and_hint(make_ui, make_config):
    d = make_ui(keys_config(make_config()))
    session, speech = d.ui.context.session, d.ui.context.speech
    start_audio(d)
    volume = session.volume
    press(d, K.Key_F6)
    assert session.volume > volume and said(d)[-1] == "Lauter"
    press(d, K.Key_F5, K.Key_F5)
    assert session.volume < volume and said(d)[-1] == "Leiser"
    press(d, K.Key_F8)
    assert speech.rate > 0 and said(d)[-1] == "Schneller"
    press(d, K.Key_F7, K.Key_F7)
    assert speech.rate < 0 and said(d)[-1] == "Langsamer"
    move_to(d, "language_tr")
    press(d, K.Key_F4)  # repeat
    assert said(d)[-1] == said(d)[-2] == "Schaltfläche, Türkçe, 4 von 8"
    press(d, K.Key_F3)  # hint
    assert said(d)[-1] == "Drücken Sie die Auswahltaste, um diese Schaltfläche zu benutzen."
    press(d, K.Key_F2)  # audio off
    assert said(d)[-1] == "Der Audiomodus ist aus."
    assert not session.readAloud and not d.ui.context.focus.audioMode
    count = len(said(d))
    press(d, K.Key_Tab)
    assert len(said(d)) == count  # silent now; the ring still moves
    assert d.ui.context.focus.ringVisible


def test_a_long_press_on_the_welcome_screen_starts_audio_mode(make_ui, make_config):
    cfg = keys_config(make_config())
    cfg = dataclasses.replace(
        cfg, accessibility=dataclasses.replace(cfg.accessibility, long_press_s=0.8)
    )
    d = make_ui(cfg)
    title = d.item("welcomeTitle")  # a text, not a control: a free part of the screen
    at = title.mapToScene(title.boundingRect().center()).toPoint()
    QTest.mousePress(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    d.pump(400)
    assert not d.ui.context.focus.audioMode  # a tap is not enough
    d.wait_until(lambda: d.ui.context.focus.audioMode, timeout_s=3)
    QTest.mouseRelease(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert said(d)[0].startswith("Der Audiomodus ist an.")
    assert d.screen() == "welcome"
