"""Issue 22.7: the help sheet's time is how long the citizen has been waiting, not a
promise of how long it will take; staff's answer is either "someone is coming to you"
or "please go to counter N", translated, with the label shown as given."""

from __future__ import annotations

import time

import pytest

from kiosk.help.channel import HelpState, HelpUpdate


def test_help_sheet_says_how_long_you_have_been_waiting(make_ui, make_config):
    d = make_ui(make_config())
    d.tap("language_de")
    d.ui.context.help.request("other")
    d.pump(100)
    text = d.text("helpWaited")
    assert text in ("Sie warten seit 0 Sekunden.", "Sie warten seit 1 Sekunde."), text
    assert "Wartezeit" not in d.text("helpStatus") + text


def test_after_a_minute_the_sheet_counts_minutes_in_the_plural_form(make_ui, make_config):
    d = make_ui(make_config())
    d.tap("language_de")
    help_vm = d.ui.context.help
    help_vm.request("other")
    d.pump(50)
    for waited, expected in (
        (61, "Sie warten seit 1 Minute."),
        (125, "Sie warten seit 2 Minuten."),
    ):
        help_vm._requested_at = time.monotonic() - waited
        help_vm._tick()
        d.pump(20)
        assert d.text("helpWaited") == expected


@pytest.mark.parametrize(
    ("language", "update", "expected"),
    [
        (
            "de",
            HelpUpdate(HelpState.ACKNOWLEDGED, reply="counter", counter="B12"),
            "Bitte gehen Sie zu Schalter B12.",
        ),
        (
            "de",
            HelpUpdate(HelpState.ACKNOWLEDGED),
            "Eine Mitarbeiterin oder ein Mitarbeiter kommt zu Ihnen.",
        ),
        ("de", HelpUpdate(HelpState.ACKNOWLEDGED, "Frau K."), "Frau K. kommt zu Ihnen."),
        (
            "en",
            HelpUpdate(HelpState.ACKNOWLEDGED, reply="counter", counter="3"),
            "Please go to counter 3.",
        ),
        (
            "tr",
            HelpUpdate(HelpState.ACKNOWLEDGED, reply="counter", counter="3"),
            "Lütfen şu gişeye gidin: 3.",
        ),
        (
            "ar",
            HelpUpdate(HelpState.ACKNOWLEDGED, reply="counter", counter="3"),
            "يرجى التوجه إلى الشباك \u20683\u2069.",  # the counter isolated (kiosk.i18n)
        ),
    ],
)
def test_staff_reply_is_one_of_two_translated_sentences(
    make_ui, make_config, language, update, expected
):
    d = make_ui(make_config())
    d.tap(f"language_{language}")
    help_vm = d.ui.context.help
    help_vm.request("other")
    d.pump(20)
    help_vm._update.emit(update)
    d.pump(20)
    assert help_vm.state == "acknowledged"
    assert d.text("helpStatus") == expected
    assert not d.item("helpWaited").isVisible()
