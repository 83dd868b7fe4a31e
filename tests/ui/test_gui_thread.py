"""The known ways the GUI thread used to wait, each pinned down (the guard in
tests/support/gui_guard.py catches new ones in every UI test)."""

from __future__ import annotations

import threading

import gui_guard

import kiosk.forms
import kiosk.ops.maintenance


def on_main() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_the_pin_is_checked_off_the_gui_thread(make_ui, monkeypatch):
    checked_on_main: list[bool] = []
    real = kiosk.ops.maintenance.check_pin

    def spy(pin: str, stored: str) -> bool:
        checked_on_main.append(on_main())
        return real(pin, stored)

    monkeypatch.setattr(kiosk.ops.maintenance, "check_pin", spy)
    d = make_ui()
    for _ in range(5):
        d.tap("maintenanceCorner")
    for digit in "123456":
        d.tap(f"pin_{digit}")
    d.tap("pin_OK")
    d.wait_until(lambda: d.screen() == "maintenance")
    assert checked_on_main == [False]


def test_out_of_service_is_answered_from_memory(make_ui, tmp_path):
    d = make_ui()
    maintenance = d.ui.context.maintenance
    maintenance.setOutOfService("fault")
    d.wait_until(lambda: maintenance.outOfService)
    with gui_guard.recording() as events:
        for _ in range(20):  # as often as QML evaluates the binding
            assert maintenance.outOfService
    assert events == []
    maintenance.clearOutOfService()
    d.wait_until(lambda: not maintenance.outOfService)
    assert not (tmp_path / "state" / "out_of_service.json").exists()


def test_a_form_is_loaded_off_the_gui_thread(make_ui, monkeypatch):
    loaded_on_main: list[bool] = []
    real = kiosk.forms.load_form

    def spy(form_id: str, *args: object) -> kiosk.forms.Form:
        loaded_on_main.append(on_main())
        return real(form_id, *args)

    monkeypatch.setattr(kiosk.forms, "load_form", spy)
    d = make_ui()
    d.tap("language_de")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    assert loaded_on_main == [False]
