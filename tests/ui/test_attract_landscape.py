"""The attract panel's pictures take the room the screen has (issue 22.15): in landscape
they are sized from the height left over and an offer's width, not a fixed 64 px, and
the welcome screen still fits above its bar; portrait keeps its 170 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from kiosk.queue.base import Health
from kiosk.queue.embedded import EmbeddedBackend

OFFERS = [f"attract_offer-{o}" for o in ("number", "appointment", "form", "help")]


def top_and_bottom(d, name: str) -> tuple[float, float]:
    item = d.item(name)
    top = item.mapToScene(QPointF(0, 0)).y()
    return top, top + item.height()


def show_welcome(make_ui, size: tuple[int, int], language: str):
    d = make_ui()
    d.ui.window.resize(*size)
    d.ui.context.session.chooseLanguage(language)
    d.pump(100)
    assert d.screen() == "welcome" and d.item("attractPanel").isVisible()
    return d


@pytest.mark.parametrize("language", ["de", "ls", "en", "tr", "uk", "ru", "pl", "ar"])
def test_landscape_pictures_use_the_room_and_the_screen_still_fits(make_ui, language):
    d = show_welcome(make_ui, (1920, 1080), language)
    for name in OFFERS:
        picture = d.item(name)
        assert picture.width() == picture.height() >= 88, (name, picture.width())
        d.wait_until(lambda p=picture: bool(p.property("pictureReady")))
    # Nothing pushed off: the title below the top, the last words above the bar.
    title_top, _ = top_and_bottom(d, "welcomeTitle")
    _, words_bottom = top_and_bottom(d, "audioAnnouncement")
    bar_top, _ = top_and_bottom(d, "welcomeBar")
    assert title_top >= 0 and words_bottom <= bar_top, (title_top, words_bottom, bar_top)
    _, panel_bottom = top_and_bottom(d, "attractPanel")
    prompt_top, _ = top_and_bottom(d, "welcomePrompt")
    assert panel_bottom <= prompt_top


@pytest.mark.parametrize("language", ["de", "ar"])
def test_portrait_pictures_stay_as_they_were(make_ui, language):
    d = show_welcome(make_ui, (1080, 1920), language)
    assert [d.item(name).width() for name in OFFERS] == [170] * 4


def test_with_less_room_the_pictures_take_no_more_height_than_their_words(make_ui, monkeypatch):
    """A degraded notice takes height: the pictures then grow no taller than the words
    beside them already are, so they push nothing down."""
    d = show_welcome(make_ui, (1920, 1080), "de")
    panel = d.item("attractPanel")
    monkeypatch.setattr(EmbeddedBackend, "health", lambda self: Health(False, "slow disk"))
    d.ui.context.services.refresh()
    d.wait_until(lambda: d.item("degradedNotice").isVisible())
    d.pump(100)
    room = float(panel.property("roomHeight")) - 2 * float(panel.property("padding"))
    assert room < float(panel.property("wordsHeight"))  # the case this test is about
    assert 64 <= d.item(OFFERS[0]).height() <= float(panel.property("wordsHeight"))


def test_pictures_grow_into_free_height_up_to_their_share_of_the_width(make_ui):
    """Where the words are short (a single line), the free height still lets the pictures
    be as big as their third of the offer's width."""
    d = show_welcome(make_ui, (1920, 1080), "de")
    panel = d.item("attractPanel")
    share = float(panel.property("offerWidth")) * float(panel.property("pictureShare"))
    assert d.item(OFFERS[0]).width() == int(share)
