"""The welcome screen's long-press sentence says whole seconds in the language's plural
form (issue 22.17): a configured 1.5 s reads "2 Sekunden", never "1.5 Sekunden", and
one second is singular ("1 Sekunde", "1 секунду", "ثانية واحدة")."""

from __future__ import annotations

import dataclasses

import pytest

# language -> (what 1 s says, what 1.5 s says): the plural forms from the .ts files.
EXPECTED = {
    "de": ("1 Sekunde lang", "2 Sekunden lang"),
    "ls": ("1 Sekunde dort", "2 Sekunden dort"),
    "en": ("for 1 second:", "for 2 seconds:"),
    "tr": ("1 saniye tutun", "2 saniye tutun"),
    "uk": ("1 секунду", "2 секунди"),
    "ru": ("1 секунду", "2 секунды"),
    "pl": ("przez 1 sekundę", "przez 2 sekundy"),
    "ar": ("مدةَ ثانية واحدة", "مدةَ ثانيتين"),
}


@pytest.mark.parametrize("seconds", [1.0, 1.5])
def test_the_long_press_time_is_whole_seconds_in_each_languages_plural(
    make_ui, make_config, seconds
):
    cfg = make_config()
    cfg = dataclasses.replace(
        cfg, accessibility=dataclasses.replace(cfg.accessibility, long_press_s=seconds)
    )
    d = make_ui(cfg)
    session = d.ui.context.session
    for language, (one, two) in EXPECTED.items():
        session.chooseLanguage(language)
        d.pump(20)
        shown = d.text("audioAnnouncement")
        assert (one if seconds == 1.0 else two) in shown, (language, shown)
        assert "1.5" not in shown and "1,5" not in shown and "%" not in shown, shown
