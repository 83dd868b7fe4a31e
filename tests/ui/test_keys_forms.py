"""A form and the idle warning by keys alone: the on-screen keyboard's letters spoken as
they are typed, what was entered spoken only on request and only in audio mode, the
page advanced; the idle warning spoken and ended by a key."""

from __future__ import annotations

from keys_driver import K, focused, keys_config, move_to, press, said, select, start_audio


def type_by_keys(d, path: str, text: str) -> None:
    """Select the field, type on the on-screen keyboard with the keys, leave with back."""
    heard = move_to(d, f"field_{path}")
    assert heard.startswith("Eingabefeld, "), heard
    select(d)
    assert focused(d).startswith("key_")
    assert said(d)[-1].startswith("Tastatur. ")
    for _ in d.ui.context.forms.focusText:  # a default value: delete it first
        move_to(d, "key_backspace")
        select(d)
    for ch in text:
        if ch.isupper():
            move_to(d, "key_shift")
            select(d)
        move_to(d, f"key_{ch.lower()}")
        select(d)
        assert said(d)[-1] == ch  # the letter typed, said back
    press(d, K.Key_Escape, wait_ms=60)  # back: leave the keyboard, focus on the field again
    assert focused(d) == f"field_{path}"
    assert said(d)[-1].startswith("Eingabefeld, ") and ", ausgefüllt" in said(d)[-1]


def test_meldebescheinigung_by_keys_to_the_receipt(make_ui, make_config):
    d = make_ui(keys_config(make_config()))
    forms = d.ui.context.forms
    start_audio(d)
    move_to(d, "language_de")
    select(d, until=lambda: d.screen() == "concerns")
    move_to(d, "concern_meldebescheinigung")
    select(d, until=lambda: d.screen() == "concern_choice")
    move_to(d, "choiceForm")
    select(d, until=lambda: d.screen() == "form")
    assert d.text("formProgress") == "Schritt 1 von 3"

    type_by_keys(d, "surname", "Mustermann")
    press(d, K.Key_F3)  # hint: what was entered, on request, in audio mode
    assert said(d)[-1] == "Sie haben eingegeben: Mustermann, M u s t e r m a n n"
    type_by_keys(d, "given_names", "Erika")
    type_by_keys(d, "date_of_birth", "12.08.1964")
    type_by_keys(d, "address.street", "Heidestrasse")
    type_by_keys(d, "address.house_number", "17")
    type_by_keys(d, "address.postcode", "51147")
    type_by_keys(d, "address.city", "Koeln")
    assert forms.session.get("surname") == "Mustermann"
    # Nothing entered was ever said unasked: only the letters as typed, and the hint.
    assert not any("Mustermann" in t for t in said(d) if not t.startswith("Sie haben"))

    move_to(d, "formNext")
    select(d, until=lambda: d.text("formProgress") == "Schritt 2 von 3")
    d.wait_until(lambda: "Schritt 2 von 3" in said(d)[-1])  # the new page is read
    assert d.ui.context.focus.focused_item() is None  # and the focus starts from its top

    # Options: the question first, then each option with its state; choosing one keeps
    # the focus on it and says its new state.
    heard = move_to(d, "opt_kind_einfach")
    assert heard.endswith(", nicht ausgewählt, 1 von 2") and ": Option, " in heard, heard
    select(d)
    assert said(d)[-1].endswith(", ausgewählt, 1 von 2"), said(d)[-1]
    assert focused(d) == "opt_kind_einfach"
    type_by_keys(d, "copies", "2")
    move_to(d, "opt_delivery_abholen")
    select(d)
    move_to(d, "formNext")
    select(d, until=lambda: forms.onReview)
    # The review is read without what was entered; the hint on "Change" says it.
    d.wait_until(lambda: "Bitte prüfen Sie Ihre Angaben" in said(d)[-1])
    assert "Mustermann" not in said(d)[-1] and "Familienname" in said(d)[-1]
    move_to(d, "change_0")
    press(d, K.Key_F3)
    assert said(d)[-1].startswith("Sie haben eingegeben: Familienname: Mustermann. ")
    move_to(d, "formSubmit")
    select(d, until=lambda: forms.printState == "printed")
    assert d.text("formReference").startswith("MEL-")


def test_entered_data_is_not_read_outside_audio_mode(make_ui, make_config):
    d = make_ui(keys_config(make_config()))
    d.ui.context.session.setReadAloud(True)  # read-aloud from the settings: loudspeaker
    d.ui.context.forms.start("meldebescheinigung")
    d.wait_until(lambda: d.screen() == "form")
    move_to(d, "field_surname")
    select(d)  # the keyboard opens; its keys are named as the focus moves over them
    for ch in "geheim":
        move_to(d, f"key_{ch}")
        select(d)  # typed, but not said back: the loudspeaker is not private
        assert said(d)[-1] == ch  # (the key's name, said when the focus reached it)
    press(d, K.Key_Escape, wait_ms=60)
    assert d.ui.context.forms.session.get("surname") == "geheim"
    press(d, K.Key_F3)
    assert said(d)[-1] == ("Ihre Eingaben werden nur im Audiomodus über Kopfhörer vorgelesen.")
    assert not any("geheim" in t for t in said(d))


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_warning_is_spoken_and_a_key_continues(make_ui, make_config):
    d = make_ui(keys_config(make_config(idle_timeout_s=60, warning_s=30)))
    session = d.ui.context.session
    clock = FakeClock()
    session._clock = clock
    start_audio(d)
    move_to(d, "language_de")
    select(d, until=lambda: d.screen() == "concerns")
    clock.now += 65
    d.wait_until(lambda: session.warning)
    d.wait_until(lambda: said(d)[-1].startswith("Sind Sie noch da?"))
    assert "Ja, weiter" in said(d)[-1]
    # The dialog is modal: the focus goes to its buttons; any key continues.
    press(d, K.Key_Tab, wait_ms=60)
    assert not session.warning and session.active
    assert d.screen() == "concerns"
