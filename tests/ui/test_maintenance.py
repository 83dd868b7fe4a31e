"""The hidden maintenance screen: gesture, PIN, out of service and back."""

from __future__ import annotations


def open_pin(d) -> None:
    for _ in range(5):
        d.tap("maintenanceCorner")


def enter(d, pin: str) -> None:
    """Type the PIN and wait for the check, which runs on a worker thread (scrypt)."""
    for digit in pin:
        d.tap(f"pin_{digit}")
    d.tap("pin_OK")
    d.wait_until(lambda: not d.ui.context.maintenance._checking)
    d.pump(30)


def test_gesture_pin_and_out_of_service(make_ui):
    d = make_ui()  # the demo config: PIN 123456
    d.tap("maintenanceCorner")
    assert not d.obj("pinDialog").property("visible")  # one tap does nothing
    open_pin(d)
    assert d.obj("pinDialog").property("visible")
    enter(d, "999999")
    assert d.text("pinMessage") == "Falsche PIN"
    assert d.screen() == "welcome"
    enter(d, "123456")
    assert d.screen() == "maintenance"
    d.wait_until(lambda: len(d.ui.context.maintenance.status) >= 3)

    d.tap("maintenanceOutOfService")
    d.wait_until(lambda: d.ui.context.services.state == "out_of_service")
    d.tap("maintenanceLeave")
    d.tap("language_de")
    assert d.screen() == "out_of_service"
    assert "gewartet" in d.text("noticeDetail")

    d.tap("homeButton")
    open_pin(d)
    enter(d, "123456")
    d.tap("maintenanceInService")
    d.wait_until(lambda: d.ui.context.services.state == "open")


def test_test_print_from_maintenance(make_ui, tmp_path):
    d = make_ui()
    open_pin(d)
    enter(d, "123456")
    d.tap("maintenancePrintTest")
    d.wait_until(lambda: d.ui.context.maintenance.message == "Testdruck gesendet")
    assert list((tmp_path / "state" / "printed").glob("*test-ticket*.pdf"))


def test_card_check_from_maintenance(make_ui):
    d = make_ui()  # the demo's simulated reader holds the specimen ID card
    open_pin(d)
    enter(d, "123456")
    d.wait_until(lambda: any(r["name"] == "Kartenleser" for r in d.ui.context.maintenance.status))
    d.tap("maintenanceReadCard")
    d.wait_until(lambda: d.ui.context.maintenance.message == "Kartenleser: Karte erkannt")


def test_lockout_is_shown_after_repeated_wrong_pins(make_ui):
    """The PIN gate answers from its worker thread: refusals, the lockout, the way back in."""
    d = make_ui()
    open_pin(d)
    for attempt in range(5):  # the demo allows five tries
        enter(d, "999999")
        if attempt < 4:
            assert d.text("pinMessage") == "Falsche PIN"
    assert d.text("pinMessage").startswith("Gesperrt: noch ")
    enter(d, "123456")  # even the right PIN, while locked
    assert d.screen() == "welcome"
    d.tap("pinCancel")
    open_pin(d)  # the pad says so as soon as it opens again
    d.wait_until(lambda: d.text("pinMessage").startswith("Gesperrt: noch "))
