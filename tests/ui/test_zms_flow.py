"""The kiosk UI against a local server playing ZMS: a walk-in ticket, the server gone
(degraded, refused), and emergency numbers reported through the outbox."""

from __future__ import annotations

from pathlib import Path

import fake_receiver
import fake_zms
import pytest

from kiosk import config
from kiosk.queue.zms import backend as zms_backend


@pytest.fixture
def zms():
    server = fake_zms.FakeZms().start()
    server.add_scope(141, "Bürgeramt Mitte", prefix="A", processing_minutes=10, workstations=2)
    server.add_scope(142, "Bürgeramt Nord", prefix="B", processing_minutes=15, workstations=1)
    yield server
    server.stop()


def zms_config(server, state: Path, *, emergency: bool = False, outbox_url: str = ""):
    text = server.kiosk_toml(
        state, {"ausweis": 141, "reisepass": 141, "anmeldung": 142}, emergency=emergency
    )
    text += f'\n[display]\nfullscreen = false\n[outbox]\nurl = "{outbox_url}"\n'
    text += "retry_first_s = 0.1\nretry_max_s = 1.0\n"
    path = state.parent / "kiosk.toml"
    path.write_text(text)
    return config.load(path)


def test_walk_in_ticket_from_zms(make_ui, tmp_path, zms):
    zms.add_waiting(141, 2)
    d = make_ui(zms_config(zms, tmp_path / "state"))
    d.tap("language_de")
    d.tap("concern_ausweis")
    d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
    assert d.text("ticketNumber") == "A3"
    assert "2" in d.text("ticketPeopleAhead")
    assert zms.issued(141) == 3


def test_server_gone_refuses_walk_ins_without_emergency_range(make_ui, tmp_path, zms):
    d = make_ui(zms_config(zms, tmp_path / "state"))
    d.ui.context.services.refresh()
    d.wait_until(lambda: d.ui.context.services.state == "open")
    zms.stop()
    d.tap("language_de")
    d.tap("concern_ausweis")
    d.wait_until(lambda: d.screen() == "out_of_service", timeout_s=15)
    assert d.item("helpButton").isVisible()


def test_emergency_numbers_reach_the_outbox_endpoint(make_ui, tmp_path, zms):
    receiver = fake_receiver.FakeReceiver().start()
    try:
        cfg = zms_config(zms, tmp_path / "state", emergency=True, outbox_url=receiver.url)
        d = make_ui(cfg)
        d.ui.context.services.refresh()
        d.wait_until(lambda: d.ui.context.services.state == "open")
        zms.stop()
        d.tap("language_de")
        d.tap("concern_ausweis")
        d.wait_until(lambda: d.ui.context.ticketing.printState == "printed", timeout_s=15)
        number = d.text("ticketNumber")
        assert number.startswith("N")
        d.ui.context.services.refresh()
        d.wait_until(
            lambda: any(number in str(i) for i in list(receiver.items.values())), timeout_s=15
        )
    finally:
        receiver.stop()


# -- issue 14: what a citizen sees when ZMS says no ----------------------------------------


def test_closed_office_shows_the_closed_screen(make_ui, tmp_path, zms):
    zms.scope(141).opened = False
    zms.scope(142).opened = False
    d = make_ui(zms_config(zms, tmp_path / "state"))
    d.ui.context.services.refresh()
    d.wait_until(lambda: d.ui.context.services.state == "closed")
    d.tap("language_de")
    assert d.screen() == "closed"
    assert "Öffnungszeiten" in d.text("noticeDetail")


def test_each_cause_has_its_own_tile_text(make_ui, tmp_path, zms):
    zms.scope(142).deactivated = True
    d = make_ui(zms_config(zms, tmp_path / "state"))
    d.ui.context.services.refresh()
    d.wait_until(lambda: "B" in d.ui.context.services.status.exhausted_groups)
    d.tap("language_de")
    assert "Bitte melden Sie sich am Empfang." in d.obj("concern_anmeldung").property("subtitle")
    assert d.obj("concern_bewohnerparken").property("subtitle") == (
        "An diesem Terminal nicht verfügbar"  # group C maps to no scope
    )
    assert d.obj("concern_ausweis").property("enabled")


def test_deactivated_between_refreshes_shows_zms_text_and_draws_nothing(
    make_ui, tmp_path, zms, monkeypatch
):
    # deactivated after the button list the draw may trust (read when the citizen chose
    # the language; DRAW_CHECK_MAX_AGE_S, 10 s): here at once, not after 10 s
    monkeypatch.setattr(zms_backend, "DRAW_CHECK_MAX_AGE_S", 0.0)
    d = make_ui(zms_config(zms, tmp_path / "state"))
    d.ui.context.services.refresh()
    d.wait_until(lambda: d.ui.context.services.state == "open")
    d.tap("language_de")
    zms.scope(141).deactivated = True
    d.tap("concern_ausweis")
    d.wait_until(lambda: d.screen() == "out_of_service")
    assert d.text("noticeDetail") == "Bitte melden Sie sich am Empfang."
    assert zms.issued(141) == 0


def test_the_offices_german_text_is_marked_as_german_in_other_languages(
    make_ui, tmp_path, zms, monkeypatch
):
    """ZMS's deactivation text is typed by the office in German: an Arabic screen says what
    happened in Arabic first, then gives the note as the office's, in German."""
    monkeypatch.setattr(zms_backend, "DRAW_CHECK_MAX_AGE_S", 0.0)
    d = make_ui(zms_config(zms, tmp_path / "state"))
    d.ui.context.services.refresh()
    d.wait_until(lambda: d.ui.context.services.state == "open")
    d.tap("language_ar")
    zms.scope(141).deactivated = True
    d.tap("concern_ausweis")
    d.wait_until(lambda: d.screen() == "out_of_service")
    detail = d.text("noticeDetail")
    first, note = detail.split("\n")
    assert "Bitte" not in first and first.strip()  # the Arabic sentence
    assert note.startswith("ملاحظة المكتب (بالألمانية)")
    assert "Bitte melden Sie sich am Empfang." in note


def test_exhausted_offers_online_booking_as_a_qr_code(make_ui, tmp_path, zms):
    cfg_text_state = tmp_path / "state"
    zms_config(zms, cfg_text_state)  # writes kiosk.toml next to the state folder
    path = cfg_text_state.parent / "kiosk.toml"
    path.write_text(
        path.read_text().replace("[zms]\n", '[zms]\nbooking_url = "https://termine.example.de/"\n')
    )
    d = make_ui(config.load(path))
    d.ui.context.services.refresh()
    d.wait_until(lambda: d.ui.context.services.state == "open")
    d.tap("language_de")
    zms.scope(141).contingent = 1
    zms.add_waiting(141, 1)  # used up since the last refresh
    d.tap("concern_ausweis")
    d.wait_until(lambda: d.screen() == "exhausted")
    d.wait_until(lambda: d.item("noticeBookingQr").isVisible())
    assert "https://termine.example.de/" in d.text("noticeBookingUrl")


def test_concern_screen_from_zms_buttons(make_ui, tmp_path, zms):
    state = tmp_path / "state"
    text = zms.kiosk_toml(
        state,
        {"ausweis": 141},
        buttonlist="s141,r142-120335,l[https://service.example.de/termin|Termin online buchen]",
    ).replace("[zms]\n", '[zms]\nconcern_screen = "buttons"\n')
    path = tmp_path / "kiosk.toml"
    path.write_text(text + "[display]\nfullscreen = false\n")
    d = make_ui(config.load(path))
    d.ui.context.services.refresh()
    d.wait_until(lambda: len(d.ui.context.services.groups) == 3)
    d.tap("language_de")
    groups = d.ui.context.services.groups
    assert [g["name"] for g in groups] == ["Bürgeramt Mitte", "Bürgeramt Nord", ""]
    assert groups[0]["concerns"][0]["name"] == "Personalausweis beantragen"  # mapped: catalogue
    assert groups[1]["concerns"][0]["name"] == "Dienstleistung 120335"  # ZMS's own name
    assert d.item("link_https://service.example.de/termin").isVisible()
    d.tap("concern_zms:142-120335")
    d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
    assert d.text("ticketNumber") == "B1" and zms.issued(142) == 1
    assert zms.count("?requestId=120335") == 1
