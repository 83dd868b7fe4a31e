"""The idle timeout: warning with a countdown, extend, and the wipe of everything."""

from __future__ import annotations


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_warning_then_wipe(make_ui, make_config):
    d = make_ui(make_config(idle_timeout_s=60, warning_s=30))
    clock = FakeClock()
    session = d.ui.context.session
    session._clock = clock

    d.tap("language_ar")
    d.tap("settingsButton")
    d.tap("textScale_2")
    d.tap("contrastButton")
    d.tap("loweredButton")
    d.tap("readAloudButton")
    d.tap("settingsClose")
    citizen = d.ui.context.citizen
    citizen.data["surname"] = "Mustermann"
    data_before = citizen.data
    d.tap("concern_fundsache")
    d.tap("choiceNumber")  # a concern with a form: only the number
    d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
    assert session.language == "ar" and session.textScale > 1 and session.highContrast

    clock.now += 59
    d.pump(400)
    assert not session.warning
    clock.now += 2
    d.pump(400)
    assert session.warning
    assert d.obj("idleDialog").property("visible")
    assert 25 <= session.secondsLeft <= 30
    assert "29" in d.text("idleCountdown") or "30" in d.text("idleCountdown")

    d.tap("idleContinue")  # "Ja, weiter": the session goes on
    assert not session.warning and session.active
    assert session.language == "ar"

    clock.now += 60 + 31
    d.pump(400)
    assert not session.active
    assert d.screen() == "welcome"
    assert session.language == "de" and session.textScale == 1.0 and not session.highContrast
    assert not session.lowered and not session.readAloud  # every choice ends with the session
    assert citizen.data == {} and data_before == {}  # the old dict was emptied, not just replaced
    assert citizen.identity is None
    assert d.ui.context.ticketing.number == ""
    assert not d.obj("idleDialog").property("visible")


def test_any_touch_during_the_warning_extends(make_ui, make_config):
    d = make_ui(make_config(idle_timeout_s=60, warning_s=30))
    clock = FakeClock()
    session = d.ui.context.session
    session._clock = clock
    d.tap("language_de")
    clock.now += 65
    d.pump(400)
    assert session.warning
    d.tap("idleContinue")
    assert not session.warning


def test_session_end_cancels_a_help_call(make_ui):
    d = make_ui()
    d.tap("language_de")
    d.tap("helpButton")
    d.tap("helpTechnical")
    d.wait_until(lambda: d.ui.context.help.state == "requested")
    d.tap("helpClose")
    d.tap("homeButton")
    assert d.ui.context.help.state == "idle"


def test_escalation_is_shown_and_a_late_one_ignored(make_ui):
    from kiosk.help.channel import HelpState, HelpUpdate

    d = make_ui()
    d.tap("language_de")
    d.tap("helpButton")
    d.tap("helpForm")
    help_vm = d.ui.context.help
    help_vm._apply(HelpUpdate(HelpState.REQUESTED, level=1))
    d.pump(30)
    assert d.item("helpEscalated").isVisible()
    assert "Weitere" in d.text("helpEscalated")
    help_vm.cancel()
    help_vm._apply(HelpUpdate(HelpState.REQUESTED, level=2))  # arrives after the cancel
    assert help_vm.state == "idle"
