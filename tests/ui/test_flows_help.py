"""Issue 22.7: the help sheet's time is how long the citizen has been waiting, not a
promise of how long it will take."""

from __future__ import annotations


def test_help_sheet_says_how_long_you_have_been_waiting(make_ui, make_config):
    d = make_ui(make_config())
    d.tap("language_de")
    d.ui.context.help.request("other")
    d.pump(100)
    text = d.text("helpStatus")
    assert "Sie warten seit" in text and " s." in text, text
    assert "Wartezeit" not in text
