"""The screens every citizen passes (welcome, concerns, ticket) are built once and kept
(ui/qml/Main.qml, issue 19): what a rebuilt view gave for free must still hold."""

from __future__ import annotations

import dataclasses

import shiboken6

from ui.finder import find


def screen_id(d) -> int:
    item = d.item("screenLoader").property("item")
    assert item is not None
    return int(shiboken6.getCppPointer(item)[0])


def ticket_shown(d) -> bool:
    done = find(d.window, "ticketDone")
    return done is not None and done.isVisible()


def test_the_concern_and_ticket_screens_are_built_once(make_ui):
    d = make_ui()
    seen: dict[str, set[int]] = {"concerns": set(), "ticket": set()}
    for lang in ("de", "en", "de"):
        d.tap(f"language_{lang}")
        seen["concerns"].add(screen_id(d))
        d.tap("concern_ausweis")
        d.wait_until(lambda: ticket_shown(d))
        seen["ticket"].add(screen_id(d))
        d.tap("ticketDone")
        d.wait_until(lambda: d.screen() == "welcome")
    assert all(len(ids) == 1 for ids in seen.values()), seen


def test_hidden_screens_controls_are_not_found(make_ui):
    d = make_ui()
    d.tap("language_de")
    d.tap("concern_ausweis")
    d.wait_until(lambda: ticket_shown(d))
    d.tap("ticketDone")
    d.wait_until(lambda: d.screen() == "welcome")
    # The concern and ticket screens are alive but hidden: their controls are not there.
    assert find(d.window, "concern_ausweis") is None
    assert find(d.window, "ticketDone") is None
    assert find(d.window, "language_de") is not None


def test_a_new_citizen_sees_the_concern_list_from_the_top(make_ui, make_config):
    d = make_ui(make_config())
    d.ui.context.session.setTextScale(1.5)  # the list is longer than the screen
    d.ui.context.session.chooseLanguage("de")
    d.ui.context.navigator.go("concerns")
    d.pump(50)
    flick = d.item("concernList")
    assert float(flick.property("contentHeight")) > flick.height()
    flick.setProperty("contentY", 300.0)
    d.ui.context.session.finish()
    d.wait_until(lambda: d.screen() == "welcome")
    d.ui.context.session.setTextScale(1.5)
    d.ui.context.navigator.go("concerns")
    d.pump(50)
    assert float(d.item("concernList").property("contentY")) == 0.0


def test_a_kept_screen_is_read_aloud_each_time_it_is_shown(make_ui, make_config):
    cfg = make_config()
    cfg = dataclasses.replace(
        cfg, accessibility=dataclasses.replace(cfg.accessibility, speech_engine="mock")
    )
    d = make_ui(cfg)
    ctx = d.ui.context
    speech = ctx.speech
    ctx.session.chooseLanguage("en")
    ctx.session.setReadAloud(True)
    ctx.navigator.go("concerns")
    title = d.text("concernTitle")

    def last_is_concerns() -> bool:
        return bool(speech.spoken) and speech.spoken[-1][0].startswith(title)

    for _ in range(2):
        ctx.navigator.go("concerns")
        d.wait_until(last_is_concerns)
        ctx.navigator.go("welcome")
        d.wait_until(lambda: not last_is_concerns())
    assert sum(t.startswith(title) for t, _ in speech.spoken) == 2


POPUPS = ("helpSheet", "settingsSheet", "pinDialog", "idleDialog")


def test_the_kiosk_builds_its_popups_after_the_first_frame(make_ui):
    """As ``kiosk run`` starts: no popup before the first frame, all of them once the app
    warms up (ui.app.KioskUi.warm_up), without a tap."""
    d = make_ui(eager=False)
    assert [name for name in POPUPS if find(d.window, name) is not None] == []
    d.ui.warm_up()
    d.wait_until(lambda: all(find(d.window, name) is not None for name in POPUPS))
    d.tap("helpButton")
    assert d.obj("helpSheet").property("visible")


def test_a_popup_wanted_before_the_warm_up_is_built_at_once(make_ui):
    """A help tap (or an idle warning) before the popups were built in the background: the
    popup is built there and then and opens, nothing is lost."""
    d = make_ui(eager=False)
    assert find(d.window, "helpSheet") is None
    d.tap("helpButton")
    assert d.obj("helpSheet").property("visible")
    assert find(d.window, "idleDialog") is None
    d.ui.context.session._set_idle(True, 30)  # the idle warning, as its timer raises it
    assert d.obj("idleDialog").property("visible")


def test_module_sources_are_not_kept_after_a_session(make_ui):
    """PySide6 reads every imported module's source and Python's linecache keeps it (9 MB
    after start-up): a session's end drops it (ui.app.forget_module_sources)."""
    import linecache

    import ui.app

    d = make_ui()
    linecache.getlines(ui.app.__file__)  # as PySide's import hook fills it
    assert ui.app.__file__ in linecache.cache
    d.tap("language_de")
    d.ui.context.session.end()
    assert ui.app.__file__ not in linecache.cache
