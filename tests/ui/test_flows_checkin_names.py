"""Issue 22.21: a ZMS appointment's concern is shown in the citizen's language when it
maps to a concern of ours; otherwise ZMS's German name is shown and marked as German."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from kiosk.queue.base import Appointment


def _zms_kiosk(make_ui, tmp_path, server, **kwargs):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        server.kiosk_toml(tmp_path / "state", {"ausweis": 141}) + "[display]\nfullscreen = false\n"
    )
    from kiosk import config

    return make_ui(config.load(path), **kwargs)


def test_a_mapped_zms_concern_is_shown_in_the_citizens_language(make_ui, tmp_path):
    import fake_zms

    server = fake_zms.FakeZms().start()
    try:
        server.add_scope(141, "Bürgeramt Mitte", prefix="A")
        noon = datetime.now(fake_zms.LOCAL).replace(hour=12, minute=0, second=0, microsecond=0)
        pid, key = server.add_appointment(
            141, noon + timedelta(minutes=5), ("Personalausweis beantragen",)
        )
        d = _zms_kiosk(make_ui, tmp_path, server, clock=lambda: noon)  # any hour of CI's
        d.tap("language_ar")
        d.ui.context.checkin.scanned(f"https://service.example.de/?process={pid}&authKey={key}")
        d.wait_until(lambda: d.ui.context.checkin.state in ("found", "too_early"))
        assert d.text("checkinConcern") == "طلب بطاقة هوية (Personalausweis)"
        assert not d.ui.context.checkin.concernInGerman
    finally:
        server.stop()


def test_an_unmapped_zms_concern_is_marked_as_german(make_ui, make_config):
    d = make_ui(make_config())
    d.tap("language_tr")
    d.tap("appointmentButton")
    checkin = d.ui.context.checkin
    unmapped = Appointment(
        "100044", datetime.now().astimezone(), ("Gewerbeanmeldung",), group_id="141"
    )
    checkin._appointment = unmapped
    checkin.changed.emit()
    d.pump(20)
    assert checkin.concernInGerman
    assert d.text("checkinConcern") == "Gewerbeanmeldung (Almanca adı)"
    d.ui.context.session.chooseLanguage("de")  # German needs no mark
    checkin._appointment = dataclasses.replace(unmapped)
    checkin.changed.emit()
    d.pump(20)
    assert not checkin.concernInGerman and d.text("checkinConcern") == "Gewerbeanmeldung"


def test_a_zms_service_named_like_one_of_our_concerns_is_ours(make_ui, make_config):
    """No mapping by request id, but ZMS's German service name is our concern's German
    name: the citizen reads our translated name."""
    d = make_ui(make_config())
    d.tap("language_ar")
    d.tap("appointmentButton")
    checkin = d.ui.context.checkin
    checkin._appointment = Appointment(
        "100045", datetime.now().astimezone(), ("Reisepass beantragen",), group_id="141"
    )
    checkin.changed.emit()
    d.pump(20)
    assert not checkin.concernInGerman
    assert d.text("checkinConcern") == "طلب جواز سفر (Reisepass)"
