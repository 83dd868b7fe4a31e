"""What the periodic refresh shows: wait per group, and a notice when degraded."""

from __future__ import annotations

from kiosk.queue.base import Health
from kiosk.queue.embedded import EmbeddedBackend


def test_wait_estimates_appear_on_the_concern_screen(make_ui):
    d = make_ui()
    d.tap("language_de")
    d.ui.context.services.refresh()
    d.wait_until(lambda: d.item("groupWait_A").isVisible())
    assert "Minuten" in d.text("groupWait_A")


def test_degraded_backend_shows_a_notice(make_ui, monkeypatch):
    monkeypatch.setattr(EmbeddedBackend, "health", lambda self: Health(False, "slow disk"))
    d = make_ui()
    d.ui.context.services.refresh()
    d.wait_until(lambda: d.ui.context.services.degraded)
    assert d.item("degradedNotice").isVisible()
    assert "eingeschränkt" in d.item("degradedNotice").childItems()[0].property("text")
