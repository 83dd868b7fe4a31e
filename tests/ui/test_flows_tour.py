"""The tour shows every state (issue 22, "the tour shows everything"): each check-in state
the view can show, the ID-document steps, form failure, the settings sheet, the lowered
layout, help escalation, the maintenance PIN dialog, and the idle warning itself (its
own timer used to clear it before the grab)."""

from __future__ import annotations

import re

from kiosk import config
from ui import tour
from ui.finder import find
from ui.qmltypes import QML_DIR

# States that are typed (entry) or passed through (a moment) need no screen of their own.
PASSING = {"entry"}

REQUIRED = {
    "welcome",
    "concerns",
    "concern_choice",
    "form_keyboard",
    "form_date_typing",
    "form_picker_search",
    "form_picker_results",
    "form_errors_persons",
    "form_scan_leave",
    "form_errors",
    "form_review",
    "form_done",
    "form_failed",
    "idcard_consent",
    "idcard_choose",
    "idcard_can",
    "idcard_wrong_can",
    "idcard_passport_number",
    "idcard_passport_birth",
    "idcard_place",
    "idcard_no_reader",
    "ticket",
    "ticket_print_failed",
    "closed",
    "out_of_service",
    "exhausted",
    "help",
    "help_requested",
    "help_escalated",
    "help_acknowledged",
    "help_counter",
    "settings",
    "lowered_welcome",
    "lowered_concerns",
    "maintenance_pin",
    "idle_warning",
}


def checkin_states() -> set[str]:
    """Every state CheckinView.qml distinguishes, read from the view itself."""
    qml = (QML_DIR / "Kiosk" / "CheckinView.qml").read_text(encoding="utf-8")
    return set(re.findall(r'Checkin\.state === "(\w+)"', qml)) - PASSING


def test_the_tour_has_a_screen_for_every_state(qapp, tmp_path):
    cfg = config.load_demo(str(tmp_path / "state"))
    shots: list[str] = []
    idle_dialog_shown: list[bool] = []

    def on_shot(window, screen: str, lang: str) -> None:
        shots.append(screen)
        if screen == "idle_warning":
            idle_dialog_shown.append(bool(find(window, "idleDialog").property("visible")))
        if screen == "form_scan_leave":
            assert find(window, "scanLeaveDialog").property("visible")
        if screen == "settings":
            assert find(window, "settingsSheet").property("visible")
        if screen == "form_date_typing":  # the boxes being typed: day, month, then year
            row = find(window, "field_date_of_birth")
            parts = row.property("parts")
            parts = parts.toVariant() if hasattr(parts, "toVariant") else parts
            assert list(parts) == ["27", "03", ""] and row.property("current") == 2
            assert find(window, "keyboard").isVisible()
        if screen == "form_errors_persons":  # whose answer is missing
            link = find(window, "problem_persons[1].given_names")
            assert link.isVisible()
            assert link.property("contentItem").property("text").startswith("→ Person 2: ")
        if screen.startswith("form_picker_"):  # a typed search, its results, its clear
            field = tour.PICKER_FIELD
            assert find(window, f"pickerClear_{field}").isVisible()
            assert find(window, f"opt_{field}_163").isVisible()  # Türkei
            germany = find(window, f"opt_{field}_000")  # only the matches, not the frequent
            assert germany is None or not germany.isVisible()
            assert find(window, "keyboard").isVisible() == (screen == "form_picker_search")

    assert tour.run(cfg, None, languages=["de"], on_shot=on_shot) == 0
    expected = REQUIRED | {f"checkin_{s}" for s in checkin_states()}
    assert expected - set(shots) == set()
    assert idle_dialog_shown == [True]
