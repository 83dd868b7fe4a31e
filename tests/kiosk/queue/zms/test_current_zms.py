"""The adapter against a fake that answers as current ZMS does (shared/zms/NOTES.md):
reduced anonymous scopes, one disabled hash per organisation, button-list validation,
a draw that checks only the contingent, and process states. One test (or more) per
numbered point of issue 14."""

from __future__ import annotations

import dataclasses
import json
import re
import time
from datetime import datetime, timedelta
from pathlib import Path

import fake_zms
import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as hs
from zms_rig import BERLIN, CATALOGUE, Factory, config, draw

from kiosk.config import ConfigError
from kiosk.ops.doctor import check_backend
from kiosk.privacy.pseudonyms import pseudonym
from kiosk.queue.base import (
    Availability,
    BackendRejected,
    BackendUnavailable,
    BookingRef,
    GroupState,
    Misconfigured,
    NumbersExhausted,
    ServiceClosed,
    ServiceState,
    TicketsDeactivated,
    WaitEstimate,
)
from kiosk.queue.snapshot import snapshot
from kiosk.queue.zms import recovery
from kiosk.queue.zms.backend import DRAW_CHECK_MAX_AGE_S, ZmsBackend
from kiosk.queue.zms.buttons import ButtonListError, parse_buttonlist

GROUPS = [g.id for g in CATALOGUE.groups]


# -- 1: full scopes from the buttons, ZMS's own estimate, optional X-Authkey -------------


def test_anonymous_scope_reads_are_reduced_so_the_kiosk_does_not_use_them(
    zms: fake_zms.FakeZms, make: Factory
):
    reply = requests.get(f"{zms.url}/scope/141/", timeout=5).json()
    assert reply["meta"]["reducedData"] and "status" not in reply["data"]
    zms.add_waiting(141, 3)
    backend = make()
    status = backend.queue_status("A")
    # 3 ahead x 10 min / 2 workstations = 15, optimistic 12: computed by the server
    assert status.waiting == 3 and status.wait == WaitEstimate(12, 15) and status.source == "zms"
    ticket = backend.draw_number("ausweis", "A", "r1")
    assert ticket.wait == WaitEstimate(12, 15)
    kiosk_reads = [r for r in zms.requests[1:] if r.split("?")[0] == "GET /scope/141/"]
    assert kiosk_reads == []


def test_the_estimate_is_the_servers_even_where_the_kiosk_would_compute_another(
    zms: fake_zms.FakeZms, make: Factory
):
    zms.add_waiting(142, 2)
    zms.scope(142).workstations = 0  # ZMS counts 0 workstations as 1
    status = make().queue_status("B")
    assert status.wait == WaitEstimate(24, 30) and status.source == "zms"  # 2 x 15 min


def test_an_authkey_from_a_secret_file_is_sent(zms: fake_zms.FakeZms, tmp_path: Path):
    secret = tmp_path / "zms-authkey"
    secret.write_text("k3y-from-zmsadmin\n")
    zms.grant_authkey("k3y-from-zmsadmin")
    text = zms.kiosk_toml(tmp_path / "state", {"ausweis": 141})
    text = text.replace("[zms]\n", f'[zms]\nauthkey_file = "{secret}"\n')
    from kiosk.config import parse

    backend = ZmsBackend(parse(text), CATALOGUE)
    try:
        assert backend.health().ok
        assert zms.authkeys_seen == {"k3y-from-zmsadmin"}
    finally:
        backend.close()


def test_a_missing_authkey_file_is_a_config_error(zms: fake_zms.FakeZms, tmp_path: Path):
    text = zms.kiosk_toml(tmp_path, {"ausweis": 141})
    text = text.replace("[zms]\n", '[zms]\nauthkey_file = "/nonexistent/zms-key"\n')
    from kiosk.config import parse

    with pytest.raises(ConfigError, match=r"zms\.authkey_file: file not found"):
        parse(text)


def test_a_lost_reply_is_recovered_from_the_buttons_counters(zms: fake_zms.FakeZms, make: Factory):
    backend = make()
    zms.fault("drop_after", path="/waitingnumber/", times=1)
    assert draw(backend, "r1") == "A1"  # not "please ask at the counter"
    assert zms.issued(141) == 1


def test_a_lost_draw_after_an_older_button_read_never_takes_another_kiosks_number(
    zms: fake_zms.FakeZms, make: Factory, monkeypatch: pytest.MonkeyPatch
):
    """The draw trusted a button list read before another kiosk drew, and its own request
    was lost unprocessed: the one new number is the other kiosk's, not this citizen's."""
    monkeypatch.setattr(recovery, "ATTRIBUTE_WITHIN_S", 0.2)
    backend = make(draw_check_max_age_s=DRAW_CHECK_MAX_AGE_S)
    backend.prepare_draw()
    time.sleep(0.3)
    zms.walk_in(141)  # another kiosk: A1
    zms.fault("drop", path="/waitingnumber/", times=1)  # this kiosk's draw never arrives
    with pytest.raises(BackendUnavailable, match="maybe at another kiosk"):
        draw(backend, "r1")
    assert zms.issued(141) == 1
    zms.clear_faults()
    backend.prepare_draw()  # read right before: a lost reply is this kiosk's number again
    zms.fault("drop_after", path="/waitingnumber/", times=1)
    assert draw(backend, "r2") == "A2"


# -- 2: see tests/kiosk/queue/test_checkin.py; against the fake: ---------------------------


def test_a_64_hex_booking_code_finds_its_appointment(zms: fake_zms.FakeZms, make: Factory):
    from kiosk.queue import checkin

    at = datetime.now(BERLIN).replace(hour=10, minute=0, second=0, microsecond=0)
    pid, key = zms.add_appointment(141, at)
    ref = checkin.parse(
        f"https://service.berlin.de/terminvereinbarung/?process={pid}&authKey={key}"
    )
    assert make().find_appointment(ref).appointment_id == pid


# -- 3: one disabled hash per organisation, enabled unless activation is required -------


def test_a_new_printer_is_disabled_but_serves_while_activation_is_off(
    zms: fake_zms.FakeZms, make: Factory
):
    backend = make()
    assert backend.service_status().state is ServiceState.OPEN
    assert zms.printers() == [zms.organisation_hash()]
    assert (
        json.loads(
            requests.get(f"{zms.url}/ticketprinter/{zms.organisation_hash()}/", timeout=5).text
        )["data"]["enabled"]
        == 0
    )
    assert backend.health().ok


def test_activation_required_names_the_printer_and_organisation(
    zms: fake_zms.FakeZms, make: Factory, tmp_path: Path
):
    zms.set_activation(True)
    backend = make()
    status = backend.service_status()
    assert status.state is ServiceState.OUT_OF_SERVICE
    assert "71abcdefghijklmnopqrstuvwxyz is disabled in ZMS" in status.reason
    health = backend.health()
    assert not health.ok and "unreachable" not in health.detail
    assert health.fix.startswith("enable ticket printer 71abcdefghijklmnopqrstuvwxyz in zmsadmin")
    assert "organisation 71" in health.fix
    with pytest.raises(BackendRejected, match="disabled"):
        draw(backend, "r1")
    assert zms.count("/waitingnumber/") == 0
    doctor = check_backend(config(zms.url, tmp_path / "doctor"))
    assert doctor.status == "fail" and "organisation 71" in doctor.fix
    assert "network" not in doctor.fix
    zms.set_printer_enabled(zms.organisation_hash(), True)
    assert make(state=tmp_path / "other").service_status().state is ServiceState.OPEN


# -- 4: button list grammar at config load; ZMS error names; no "unreachable" ------------


@pytest.mark.parametrize(
    ("buttonlist", "message"),
    [
        ("s141,c283", "refuses cluster buttons (TicketprinterUnvalidButton)"),
        ("s1,s2,s3,s4,s5,s6,s7", "at most 6 (it answers TooManyButtons)"),
        ("s141,x9", "'x9' is not a button"),
        ("l[ftp://x|y]", "is not a button"),
    ],
)
def test_button_lists_zms_refuses_are_config_errors(
    zms: fake_zms.FakeZms, tmp_path: Path, buttonlist: str, message: str
):
    with pytest.raises(ConfigError, match=r"zms\.buttonlist: .*" + re.escape(message)):
        from kiosk.config import parse

        parse(zms.kiosk_toml(tmp_path, {"ausweis": 141}, buttonlist=buttonlist))


def test_a_valid_list_with_a_link_loads(zms: fake_zms.FakeZms, tmp_path: Path):
    from kiosk.config import parse

    cfg = parse(
        zms.kiosk_toml(tmp_path, {"ausweis": 141}, buttonlist="s141,l[https://a.de/x,y|Termin]")
    )
    assert cfg.zms.buttonlist.startswith("s141")


def _bypassing_config(backend: ZmsBackend, buttonlist: str) -> ZmsBackend:
    """What a list that slipped past the config check (or an older ZMS) meets."""
    backend.loader.zms = dataclasses.replace(backend.loader.zms, buttonlist=buttonlist)
    return backend


def test_a_500_caused_by_the_button_list_is_misconfigured_not_unreachable(
    zms: fake_zms.FakeZms, make: Factory
):
    backend = _bypassing_config(make(retries=2), "s141,c283")
    status = backend.service_status()
    assert status.state is ServiceState.OUT_OF_SERVICE
    assert "TicketprinterUnvalidButton" in status.reason and "unreachable" not in status.reason
    assert zms.count("POST /ticketprinter/") == 1  # not retried: it will not change
    health = backend.health()
    assert not health.ok and "TicketprinterUnvalidButton" in health.detail
    with pytest.raises(Misconfigured):
        draw(backend, "r1")
    assert backend.http.breaker.state == "closed"


def test_a_scope_of_another_organisation_is_named(zms: fake_zms.FakeZms, make: Factory):
    zms.add_scope(900, "Ordnungsamt anderswo", organisation=72)
    backend = _bypassing_config(make(), "s141,s900")
    status = backend.service_status()
    assert "UnvalidButtonList" in status.reason and "another organisation" in status.reason


# -- 6: five causes, five states; CLOSED reachable ---------------------------------------


def test_each_cause_has_its_own_state(zms: fake_zms.FakeZms, make: Factory):
    zms.add_scope(143, "Standesamt", contingent=1)
    zms.add_scope(144, "Ordnungsamt")
    zms.add_waiting(143, 1)
    zms.scope(141).opened = False
    zms.scope(142).deactivated = True
    backend = make(
        concerns={
            "ausweis": "141",  # A: closed
            "anmeldung": "142",  # B: deactivated
            "bewohnerparken": "143",  # C: exhausted
        }
    )
    groups = backend.service_status().groups
    assert groups["A"].availability is Availability.CLOSED
    assert groups["B"] == GroupState(Availability.DEACTIVATED, "Bitte melden Sie sich am Empfang.")
    assert groups["C"].availability is Availability.EXHAUSTED
    with pytest.raises(ServiceClosed):
        draw(backend, "r1")
    with pytest.raises(TicketsDeactivated):
        draw(backend, "r2", "anmeldung")
    with pytest.raises(NumbersExhausted):
        draw(backend, "r3", "bewohnerparken")
    assert zms.count("/waitingnumber/") == 0


def test_a_scope_missing_from_the_button_list_is_misconfigured(
    zms: fake_zms.FakeZms, make: Factory
):
    backend = _bypassing_config(make(), "s141")
    status = backend.service_status()
    assert status.groups["B"].availability is Availability.MISCONFIGURED
    assert "142" in backend.health().detail
    with pytest.raises(Misconfigured):
        draw(backend, "r1", "anmeldung")
    assert backend.service_status().state is ServiceState.OPEN  # A still serves


def test_unmapped_concerns_are_named_for_staff(zms: fake_zms.FakeZms, make: Factory):
    health = make().health()
    assert health.ok and "not offered (not in zms.concerns): dokument_abholen" in health.detail


def test_closed_with_zms(zms: fake_zms.FakeZms, make: Factory):
    zms.scope(141).opened = False
    zms.scope(142).opened = False
    assert make().service_status().state is ServiceState.CLOSED


# -- 7: never draw for a disabled button -------------------------------------------------


def test_a_button_disabled_since_the_last_refresh_is_not_drawn(
    zms: fake_zms.FakeZms, make: Factory
):
    backend = make(status_ttl_s=600.0)
    assert backend.service_status().state is ServiceState.OPEN
    zms.scope(141).opened = False  # the office closes; ZMS's draw would still give a number
    with pytest.raises(ServiceClosed):
        draw(backend, "r1")
    assert zms.count("/waitingnumber/") == 0
    direct = requests.get(f"{zms.url}/scope/141/waitingnumber/x/", timeout=5)
    assert direct.status_code == 200  # the fake, like ZMS, checks only the contingent


def test_a_draw_after_prepare_is_one_round_trip(zms: fake_zms.FakeZms, make: Factory):
    """The kiosk's default: the button list read when the citizen starts choosing serves
    the draw (the queue before it is read alongside); a second draw reads it again."""
    backend = make(draw_check_max_age_s=DRAW_CHECK_MAX_AGE_S)
    backend.prepare_draw()
    assert [r for r in zms.requests if "ticketprinter" in r][-1] == "POST /ticketprinter/"
    before = len(zms.requests)
    backend.prepare_draw()  # just read: not again
    assert len(zms.requests) == before
    draw(backend, "r1")
    assert sorted(zms.requests[before:]) == [
        "GET /scope/141/queue/",
        "GET /scope/141/waitingnumber/71abcdefghijklmnopqrstuvwxyz/",
    ]
    before = len(zms.requests)
    draw(backend, "r2")  # the first draw changed the counters: the buttons are read again
    assert "POST /ticketprinter/" in zms.requests[before:]


def test_a_button_disabled_longer_than_the_check_age_ago_is_not_drawn(
    zms: fake_zms.FakeZms, make: Factory
):
    backend = make(draw_check_max_age_s=0.3)
    backend.prepare_draw()
    zms.scope(141).opened = False
    time.sleep(0.35)
    with pytest.raises(ServiceClosed):
        draw(backend, "r1")
    assert zms.count("/waitingnumber/") == 0


def test_a_refresh_reads_the_queues_beside_the_button_list(zms: fake_zms.FakeZms, make: Factory):
    """Once open, a refresh sends its queue reads alongside POST /ticketprinter/: about
    one round trip (a draw waits behind the refresh on the kiosk's backend worker)."""
    zms.latency_s = 0.2
    backend = make(status_ttl_s=1.0)
    snapshot(backend, ["A", "B"])  # first: learns that the office is open
    time.sleep(1.05)  # the next refresh
    before = len(zms.requests)
    started = time.monotonic()
    snap = snapshot(backend, ["A", "B"])
    took = time.monotonic() - started
    assert snap.queues["A"].waiting == 0 and snap.queues["B"].waiting == 0
    assert sorted(zms.requests[before:]) == [
        "GET /scope/141/queue/",
        "GET /scope/142/queue/",
        "POST /ticketprinter/",
    ]
    assert took < 0.2 * 2.5, took  # one call after another would take 0.6 s


# -- 8: check-in respects the process ----------------------------------------------------


def _fixed_now(zms: fake_zms.FakeZms) -> datetime:
    now = datetime.now(BERLIN).replace(hour=10, minute=0, second=0, microsecond=0)
    zms.clock = now.timestamp
    return now


@pytest.mark.parametrize("status", ["called", "processing", "finished", "missed"])
def test_a_called_or_finished_process_gets_no_ticket(
    zms: fake_zms.FakeZms, make: Factory, status: str
):
    now = _fixed_now(zms)
    pid, key = zms.add_appointment(141, now - timedelta(minutes=5))
    zms.set_status(pid, status)
    backend = make()
    assert backend.find_appointment(BookingRef(pid, key), now).status == status
    with pytest.raises(BackendRejected, match=f"appointment {pseudonym(pid)}: ") as refused:
        backend.check_in(BookingRef(pid, key), "c1", now)
    assert pid not in str(refused.value)  # the message is logged


def test_an_appointment_of_another_day_gets_no_ticket(zms: fake_zms.FakeZms, make: Factory):
    now = _fixed_now(zms)
    pid, key = zms.add_appointment(141, now + timedelta(days=1))
    with pytest.raises(BackendRejected, match="another day"):
        make().check_in(BookingRef(pid, key), "c1", now)


def test_a_walk_in_number_is_recognised(zms: fake_zms.FakeZms, make: Factory):
    now = _fixed_now(zms)
    pid, key = zms.walk_in(141)
    found = make().find_appointment(BookingRef(pid, key), now)
    assert found.walk_in and found.number == "A1"


def test_the_concern_of_a_shared_scope_comes_from_the_booked_service(
    zms: fake_zms.FakeZms, make: Factory
):
    now = _fixed_now(zms)
    pid, key = zms.add_appointment(141, now, ("Reisepass",), service_ids=("120686",))
    backend = make(concerns={"ausweis": "141-120335", "reisepass": "141-120686"})
    assert backend.find_appointment(BookingRef(pid, key), now).concern_id == "reisepass"
    pid2, key2 = zms.add_appointment(141, now, ("Reisepass",), service_ids=("1",))
    found = backend.find_appointment(BookingRef(pid2, key2), now)
    assert found.concern_id == "" and found.concern_names == ("Reisepass",)


# -- 9: consistency and a bounded refresh ----------------------------------------------


def test_health_registers_again_after_zms_deleted_the_hash(zms: fake_zms.FakeZms, make: Factory):
    backend = make(config_ttl_s=0.0)
    assert backend.health().ok
    zms.delete_printers()
    assert backend.health().ok
    assert zms.count("/hash/") == 2


def test_doctor_registers_again_after_zms_deleted_the_cached_hash(
    zms: fake_zms.FakeZms, make: Factory, tmp_path: Path
):
    """The kiosk ran and cached its hash; an admin deleted the printer in zmsadmin. A new
    process (``kiosk doctor``) starts from the cached hash and must not fail on it."""
    state = tmp_path / "state"
    assert make(state=state).service_status().state is ServiceState.OPEN
    zms.delete_printers()
    doctor = check_backend(config(zms.url, state))
    assert doctor.status == "ok", doctor.detail
    assert zms.count("/hash/") == 2 and zms.printers() == [zms.organisation_hash()]


def test_an_idle_kiosk_makes_a_bounded_number_of_calls_per_minute():
    """Ten simulated minutes at the default refresh (15 s), two scopes: one button read
    and one queue read per scope per refresh, the enabled check every five minutes
    (bench key zms_calls_per_min; docs/zms.md: 50 kiosks make about ten calls a second)."""
    import zms_load

    rate = zms_load.calls_per_minute(minutes=10, scopes=2)
    assert 4 * 3 <= rate <= 4 * 3 + 0.5, rate


def test_a_refresh_costs_one_call_plus_one_per_listed_scope(zms: fake_zms.FakeZms, make: Factory):
    backend = make(status_ttl_s=5.0, concerns={**{"ausweis": "141", "anmeldung": "142"}})
    snapshot(backend, GROUPS)  # registration and the enabled check happen once
    before = len(zms.requests)
    snap = snapshot(backend, GROUPS)
    assert snap.health.ok
    assert len(zms.requests) - before <= 3  # was 8 for two scopes
    backend._site = dataclasses.replace(backend._site, fetched_at=float("-inf"))  # type: ignore[arg-type]
    backend.queues._cache.clear()
    before = len(zms.requests)
    snapshot(backend, GROUPS)
    assert sorted(zms.requests[before:]) == [
        "GET /scope/141/queue/",
        "GET /scope/142/queue/",
        "POST /ticketprinter/",
    ]


def test_the_refresh_asks_only_about_listed_scopes(zms: fake_zms.FakeZms, make: Factory):
    zms.add_scope(143, "Standesamt")
    backend = _bypassing_config(
        make(concerns={"ausweis": "141", "anmeldung": "142", "bewohnerparken": "143"}), "s141,s142"
    )
    snapshot(backend, GROUPS)
    assert zms.count("/scope/143/") == 0


# -- 5: ZMS's own names and texts ------------------------------------------------------


def test_the_ticket_carries_zms_print_texts(zms: fake_zms.FakeZms, make: Factory):
    zms.scope(141).print_text = "Bitte warten Sie im Wartebereich 2."
    zms.scope(141).custom_texts = ("Kasse im EG", "")
    ticket = make().draw_number("ausweis", "A", "r1")
    assert ticket.office_texts == (
        "Bürgeramt Mitte",
        "Bitte warten Sie im Wartebereich 2.",
        "Kasse im EG",
    )


def test_buttons_mode_builds_the_concern_screen_from_zms(zms: fake_zms.FakeZms, make: Factory):
    from kiosk.queue.snapshot import snapshot as take

    backend = make(concerns={"ausweis": "141"})
    backend.zms = dataclasses.replace(backend.zms, concern_screen="buttons")
    _bypassing_config(
        backend, "s141,r142-120335,l[https://service.example.de/termin|Termin online]"
    )
    snap = take(backend, GROUPS)
    ids = [t.id for t in snap.tiles]
    assert ids == ["ausweis", "zms:142-120335", "link:https://service.example.de/termin"]
    names = [t.name for t in snap.tiles]
    assert names[1] == "Dienstleistung 120335" and names[2] == "Termin online"
    assert snap.tiles[2].qr.startswith("data:image/svg+xml;base64,")
    assert snap.queues["142"].waiting == 0 and snap.queues["142"].source == "zms"
    ticket = backend.draw_number("zms:142-120335", "142", "r1")
    assert zms.count("/scope/142/waitingnumber/") == 1 and ticket.group_id == "142"
    assert zms.count("?requestId=120335") == 1
    with pytest.raises(ValueError):
        backend.draw_number("zms:142", "141", "r2")


# -- the button list parser, fuzzed --------------------------------------------------------


_entry = hs.one_of(
    hs.integers(1, 99_999).map(lambda n: f"s{n}"),
    hs.tuples(hs.integers(1, 999), hs.integers(1, 999_999)).map(lambda t: f"r{t[0]}-{t[1]}"),
    hs.integers(1, 999_999).map(lambda n: f"r{n}"),
    hs.from_regex(r"[a-z]{1,8}", fullmatch=True).map(lambda w: f"l[https://{w}.de/x|{w}]"),
)


@settings(max_examples=200, deadline=None)
@given(entries=hs.lists(_entry, min_size=1, max_size=6))
def test_every_list_zms_accepts_parses(entries: list[str]):
    parsed = parse_buttonlist(",".join(entries))
    assert len(parsed) == len(entries)
    assert [p.kind for p in parsed] == [
        {"s": "scope", "r": "request", "l": "link"}[e[0]] for e in entries
    ]


@settings(max_examples=300, deadline=None)
@given(text=hs.text(max_size=200))
def test_any_text_parses_or_fails_with_one_line(text: str):
    try:
        parse_buttonlist(text)
    except ButtonListError as err:
        assert "\n" not in str(err)


def test_the_printed_ticket_shows_zms_texts(zms: fake_zms.FakeZms, make: Factory):
    import pypdfium2

    from kiosk.printing.documents import render_ticket

    zms.scope(141).print_text = "Bitte warten Sie im Wartebereich 2."
    ticket = make().draw_number("ausweis", "A", "r1")
    pdf = render_ticket(ticket, concern_name="Personalausweis", location="Rathaus", language="de")
    page = pypdfium2.PdfDocument(pdf)[0]
    text = " ".join(page.get_textpage().get_text_range().split())
    assert "Bürgeramt Mitte" in text and "Bitte warten Sie im Wartebereich 2." in text
