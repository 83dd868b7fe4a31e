"""The ZMS adapter against a fake ZMS: walk-ins, appointments, every fault, offline mode;
the parsers against real ZMS replies (contract) and random JSON (properties)."""

from __future__ import annotations

import contextlib
import json
import os
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import fake_zms
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from zms_rig import BERLIN, CATALOGUE, Clock, Factory, config, draw

from kiosk.config import ConfigError
from kiosk.queue import open_backend
from kiosk.queue.base import (
    AppointmentNotFound,
    Availability,
    BackendError,
    BackendRejected,
    BackendUnavailable,
    BookingRef,
    GroupState,
    NumbersExhausted,
    ServiceClosed,
    ServiceState,
    TicketsDeactivated,
    WaitEstimate,
)
from kiosk.queue.zms.backend import ZmsBackend, is_emergency, parse_targets
from kiosk.queue.zms.model import (
    MalformedReply,
    as_int,
    parse_process,
    parse_queue,
    parse_queue_entry,
    parse_scope,
    parse_ticketprinter,
    people_ahead,
    unwrap,
)

REPO = Path(__file__).resolve().parents[4]
SHARED_ZMS = REPO / ".." / "shared" / "zms"


# -- walk-ins --------------------------------------------------------------------------


def test_walk_in_from_status_to_ticket(zms: fake_zms.FakeZms, make: Factory):
    zms.add_waiting(141, 3)
    backend = make()
    status = backend.service_status()
    assert status.state is ServiceState.OPEN
    assert status.exhausted_groups == {"C"}  # no concern of C is mapped to a scope
    before = backend.queue_status("A")
    assert before.waiting == 3 and before.wait == WaitEstimate(12, 15)
    ticket = backend.draw_number("ausweis", "A", "req-1")
    assert ticket.number == "A4" and ticket.group_id == "A" and ticket.concern_id == "ausweis"
    assert ticket.reference.isdigit() and ticket.issued_at.tzinfo is not None
    # as ZMS estimates: 3 ahead x 10 min / 2 workstations = 15 min, optimistic 0.8 x 15 = 12
    assert ticket.people_ahead == 3 and ticket.wait == WaitEstimate(12, 15)
    assert backend.draw_number("ausweis", "A", "req-1") == ticket  # a double tap
    assert zms.issued(141) == 4 and zms.count("/waitingnumber/") == 1
    assert backend.queue_status("A").waiting == 4
    assert backend.health().ok


def test_number_without_prefix_and_unknown_wait_when_the_ghost_count_is_zero(
    zms: fake_zms.FakeZms, make: Factory
):
    zms.scope(142).ghost_workstations = 0  # ZMS shows "unbekannt" only then
    ticket = make().draw_number("anmeldung", "B", "r1")
    assert ticket.number == "1" and ticket.people_ahead == 0
    assert not ticket.wait.known


def test_kiosk_registers_once_and_reuses_its_hash(
    zms: fake_zms.FakeZms, make: Factory, tmp_path: Path
):
    draw(make(), "r1")
    assert zms.count("/organisation/71/hash/?name=kiosk-07") == 1
    draw(make(), "r2")  # a restart: the hash comes from the cache
    assert zms.count("/hash/") == 1
    assert zms.printers() == [zms.organisation_hash()]


def test_a_hash_deleted_in_zms_is_replaced(zms: fake_zms.FakeZms, make: Factory):
    draw(make(), "r1")
    zms.delete_printers()
    assert draw(make(), "r2") == "A2"
    assert zms.count("/hash/") == 2 and len(zms.printers()) == 1


def test_configured_hash_is_used_as_is(zms: fake_zms.FakeZms, make: Factory):
    fixed = zms.register_printer("71fixedhash00000000000001")
    draw(make(hash_=fixed), "r1")
    assert zms.count("/organisation/") == 0
    assert zms.count(f"/waitingnumber/{fixed}/") == 1


def test_mapping_with_a_service_passes_it_as_request_id(zms: fake_zms.FakeZms, make: Factory):
    backend = make(concerns={"ausweis": "141-120335"})
    draw(backend, "r1")
    assert zms.count("/scope/141/waitingnumber/") == 1
    assert zms.count("?requestId=120335") == 1


def test_the_kiosk_request_id_is_never_sent_as_zms_request_id(zms: fake_zms.FakeZms, make: Factory):
    draw(make(), "d41d8cd98f00b204e9800998ecf8427e")
    assert zms.count("requestId") == 0


def test_unmapped_concern_is_not_offered(make: Factory):
    backend = make()
    with pytest.raises(BackendRejected, match="'bewohnerparken' is not offered here"):
        backend.draw_number("bewohnerparken", "C", "r1")
    with pytest.raises(ValueError, match="does not belong to group"):
        backend.draw_number("ausweis", "B", "r2")
    assert backend.queue_status("C").waiting is None


def test_bad_mapping_is_a_config_error(zms: fake_zms.FakeZms, tmp_path: Path):
    with pytest.raises(ConfigError, match=r"zms.concerns.ausweis: 'Mitte' is not a scope id"):
        config(zms.url, tmp_path, concerns={"ausweis": "Mitte"})
    assert parse_targets({"a": "0141", "b": "141-7"})["b"].request_id == "7"


def test_factory_builds_the_zms_backend(zms: fake_zms.FakeZms, tmp_path: Path):
    backend = open_backend(config(zms.url, tmp_path), CATALOGUE)
    assert isinstance(backend, ZmsBackend)
    backend.close()


# -- refusals by ZMS -------------------------------------------------------------------


def test_contingent_used_up(zms: fake_zms.FakeZms, make: Factory):
    zms.scope(141).contingent = 2
    backend = make()
    draw(backend, "r1")
    draw(backend, "r2")
    with pytest.raises(NumbersExhausted, match="group A is exhausted"):
        draw(backend, "r3")  # known from the scope's counters: no write attempted
    assert zms.count("/waitingnumber/") == 2
    assert backend.service_status().exhausted_groups == {"A", "C"}


def test_single_scope_button_list_with_its_contingent_used_up(zms: fake_zms.FakeZms, make: Factory):
    zms.scope(141).contingent = 1
    backend = make(concerns={"ausweis": "141"})
    draw(backend, "r1")
    # ZMS now refuses the one-button list itself (GivenNumberCountExceeded): still OPEN
    status = backend.service_status()
    assert status.state is ServiceState.OPEN and status.exhausted_groups == {"A", "B", "C"}
    with pytest.raises(NumbersExhausted):
        draw(backend, "r2")


def test_given_number_count_exceeded_from_the_draw(zms: fake_zms.FakeZms, make: Factory):
    backend = make()
    zms.fault("exhausted", path="/waitingnumber/")
    with pytest.raises(NumbersExhausted):
        draw(backend, "r1")
    zms.clear_faults()
    assert draw(backend, "r1") == "A1"  # the request id is free again: nothing was drawn


def test_deactivated_scope(zms: fake_zms.FakeZms, make: Factory):
    zms.scope(142).deactivated = True
    backend = make()
    assert backend.service_status().exhausted_groups == {"B", "C"}
    assert backend.service_status().groups["B"] == GroupState(
        Availability.DEACTIVATED, "Bitte melden Sie sich am Empfang."
    )
    with pytest.raises(TicketsDeactivated, match="deactivated for B: Bitte melden Sie sich"):
        draw(backend, "r1", "anmeldung")
    assert zms.count("/waitingnumber/") == 0


def test_closed_scopes(zms: fake_zms.FakeZms, make: Factory):
    zms.scope(141).opened = False
    backend = make()
    with pytest.raises(ServiceClosed):
        draw(backend, "r1")
    assert backend.service_status().exhausted_groups == {"A", "C"}
    zms.scope(142).opened = False
    assert backend.service_status().state is ServiceState.CLOSED


def test_disabled_kiosk(zms: fake_zms.FakeZms, make: Factory):
    zms.set_activation(True)  # the organisation requires printers to be enabled
    zms.register_printer(zms.organisation_hash(), enabled=True)
    backend = make(config_ttl_s=0.0)
    assert backend.service_status().state is ServiceState.OPEN
    zms.set_printer_enabled(zms.printers()[0], False)
    status = backend.service_status()
    assert status.state is ServiceState.OUT_OF_SERVICE and "disabled" in status.reason
    assert not backend.health().ok
    with pytest.raises(BackendRejected, match="disabled in ZMS"):
        draw(backend, "r1")
    assert zms.count("/waitingnumber/") == 0


# -- appointments ----------------------------------------------------------------------


def test_appointment_lookup_and_check_in(zms: fake_zms.FakeZms, make: Factory):
    now = datetime.now(BERLIN).replace(hour=10, minute=0, second=0, microsecond=0)
    zms.clock = now.timestamp  # a fixed time of day: no test run crosses midnight
    zms.add_waiting(141, 2)
    at = now - timedelta(minutes=3)
    pid, key = zms.add_appointment(141, at, ("Personalausweis beantragen",))
    assert len(key) == 64  # current ZMS: bin2hex(random_bytes(32))
    backend = make()
    appointment = backend.find_appointment(BookingRef(pid, key))
    assert appointment.appointment_id == pid and appointment.starts_at == at
    assert appointment.concern_names == ("Personalausweis beantragen",)
    assert appointment.group_id == "141" and appointment.number == pid
    assert not appointment.checked_in
    ticket = backend.check_in(BookingRef(pid, key), "c1", now)
    assert ticket.reference == pid and ticket.number == pid and ticket.group_id == "141"
    assert ticket.people_ahead == 0  # due before the walk-ins that came after it
    assert backend.check_in(BookingRef(pid, key), "c1", now) == ticket
    assert backend.check_in(BookingRef(pid, key), "c2", now) == ticket  # by appointment, too
    assert backend.find_appointment(BookingRef(pid, key)).checked_in
    assert zms.issued(141) == 2  # checking in draws nothing


@pytest.mark.parametrize(
    "ref",
    [
        BookingRef("999999", "abcd"),  # 404
        BookingRef("APPOINTMENT", "abcd"),  # not a process id: never sent
        BookingRef("100001", "../x"),  # not a key: never sent
        BookingRef("100001", ""),
    ],
)
def test_unknown_appointment(make: Factory, ref: BookingRef):
    with pytest.raises(AppointmentNotFound):
        make().find_appointment(ref)


def test_wrong_auth_key_is_not_found(zms: fake_zms.FakeZms, make: Factory):
    pid, key = zms.add_appointment(141, datetime.now(BERLIN))
    backend = make()
    with pytest.raises(AppointmentNotFound):
        backend.find_appointment(BookingRef(pid, "ffff" if key != "ffff" else "eeee"))
    with pytest.raises(AppointmentNotFound):
        backend.check_in(BookingRef(pid, "0000" if key != "0000" else "1111"), "c1")
    assert zms.count(f"/process/{pid}/") == 2


def test_a_walk_in_process_is_no_appointment(zms: fake_zms.FakeZms, make: Factory):
    backend = make()
    ticket = backend.draw_number("ausweis", "A", "r1")
    found = backend.find_appointment(
        BookingRef(ticket.reference, zms.process_key(ticket.reference))
    )
    assert found.walk_in and found.number == "A1" and found.status == "queued"


# -- faults ----------------------------------------------------------------------------


def test_server_error(zms: fake_zms.FakeZms, make: Factory):
    backend = make()
    zms.fault("http500", path="/queue/")
    with pytest.raises(BackendUnavailable, match=r"HTTP 500: PDOFailed"):
        backend.queue_status("A")


@pytest.mark.parametrize(
    "kind, message",
    [
        ("malformed", "malformed JSON"),
        ("envelope", "is not a ZMS envelope"),
    ],
)
def test_malformed_replies(zms: fake_zms.FakeZms, make: Factory, kind: str, message: str):
    backend = make()
    zms.fault(kind, path="/queue/")
    with pytest.raises(BackendUnavailable, match=message):
        backend.queue_status("A")


def test_a_10_s_latency_costs_only_the_read_timeout(zms: fake_zms.FakeZms, make: Factory):
    backend = make(read=0.3)
    backend.service_status()
    zms.fault("latency", path="/queue/", seconds=10)
    started = time.monotonic()
    with pytest.raises(BackendUnavailable, match=r"did not answer within 0.3 s"):
        backend.queue_status("A")
    assert time.monotonic() - started < 1.5


def test_a_slow_draw_never_becomes_two_numbers(zms: fake_zms.FakeZms, make: Factory):
    backend = make(read=0.3)
    zms.fault("latency", path="/waitingnumber/", seconds=10)
    started = time.monotonic()
    with pytest.raises(BackendUnavailable, match="has not issued it"):
        draw(backend, "r1")
    assert time.monotonic() - started < 1.5
    assert zms.count("/waitingnumber/") == 1  # not resent
    with pytest.raises(BackendUnavailable, match="has not issued it"):
        draw(backend, "r1")  # within the settle time: still no second request
    assert zms.count("/waitingnumber/") == 1
    zms.stop()  # the slow request is abandoned unprocessed
    assert zms.issued(141) == 0


def test_a_lost_reply_is_recovered_from_the_scope(zms: fake_zms.FakeZms, make: Factory):
    zms.add_waiting(141, 2)
    backend = make()
    zms.fault("drop_after", path="/waitingnumber/", times=1)
    ticket = backend.draw_number("ausweis", "A", "r1")
    assert ticket.number == "A3" and ticket.people_ahead == 2
    assert ticket.reference.startswith("141-")
    assert backend.draw_number("ausweis", "A", "r1") == ticket
    assert zms.issued(141) == 3 and zms.count("/waitingnumber/") == 1


def test_a_late_draw_is_found_on_retry(zms: fake_zms.FakeZms, make: Factory):
    backend = make(read=0.2)
    zms.fault("latency", path="/waitingnumber/", seconds=0.5, times=1)
    with pytest.raises(BackendUnavailable, match="try again in a moment"):
        draw(backend, "r1")
    deadline = time.monotonic() + 3
    while zms.issued(141) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert draw(backend, "r1") == "A1"  # the server drew it after all: that one is ours
    assert zms.issued(141) == 1 and zms.count("/waitingnumber/") == 1


def test_an_unprocessed_draw_is_sent_again_after_the_settle_time(
    zms: fake_zms.FakeZms, make: Factory
):
    backend = make(settle_s=0.2)
    zms.fault("drop", path="/waitingnumber/", times=1)
    with pytest.raises(BackendUnavailable, match="has not issued it"):
        draw(backend, "r1")
    time.sleep(0.25)
    assert draw(backend, "r1") == "A1"
    assert zms.issued(141) == 1 and zms.count("/waitingnumber/") == 2


def test_a_lost_draw_that_cannot_be_told_apart_sends_to_the_counter(
    zms: fake_zms.FakeZms, make: Factory
):
    backend = make(settle_s=0.0)
    zms.fault("http500", path="/waitingnumber/", times=1)
    with pytest.raises(BackendUnavailable, match="has not issued it"):
        draw(backend, "r1")
    zms.add_waiting(141, 2)  # other kiosks draw meanwhile
    with pytest.raises(BackendUnavailable, match="please ask at the counter"):
        draw(backend, "r1")
    assert zms.issued(141) == 2 and zms.count("/waitingnumber/") == 1


def test_breaker_opens_fails_fast_and_recovers(zms: fake_zms.FakeZms, make: Factory):
    clock = Clock()
    backend = make(clock=clock, read=0.2)
    backend.service_status()
    zms.fault("latency", seconds=10)
    for _ in range(3):
        with pytest.raises(BackendUnavailable):
            backend.queue_status("A")
    sent = len(zms.requests)
    started = time.perf_counter()
    with pytest.raises(BackendUnavailable, match="3 failures in a row"):
        backend.queue_status("A")
    assert time.perf_counter() - started < 0.05
    assert len(zms.requests) == sent
    zms.clear_faults()
    clock.now += 30
    assert backend.queue_status("A").waiting == 0
    assert backend.health().ok


def test_connection_refused_without_emergency_numbers(zms: fake_zms.FakeZms, make: Factory):
    backend = make()
    backend.service_status()
    zms.stop()
    with pytest.raises(BackendUnavailable, match=r"^central system unreachable: .*refused"):
        draw(backend, "r1")
    status = backend.service_status()
    assert status.state is ServiceState.OUT_OF_SERVICE
    assert status.reason.startswith("central system unreachable")
    assert backend.pending_emergency_tickets() == []


# -- offline ---------------------------------------------------------------------------


def test_offline_start_from_the_cache(zms: fake_zms.FakeZms, make: Factory, tmp_path: Path):
    make(emergency=True).service_status()  # online once: the configuration is cached
    assert (tmp_path / "state" / "cache" / "zms-site.json").is_file()
    zms.stop()
    backend = make(emergency=True)  # a restart while ZMS is down
    status = backend.service_status()
    assert status.state is ServiceState.OPEN and status.exhausted_groups == {"C"}
    health = backend.health()
    assert not health.ok and health.detail.startswith("degraded: ZMS unreachable")
    assert backend.queue_status("A").waiting is None
    with pytest.raises(BackendUnavailable, match="ZMS unreachable"):
        backend.find_appointment(BookingRef("100001", "abcd"))
    offline = make(emergency=False)
    assert offline.service_status().state is ServiceState.OUT_OF_SERVICE


def test_emergency_numbers(zms: fake_zms.FakeZms, make: Factory):
    backend = make(emergency=True, first=900, last=901)
    draw(backend, "online")
    zms.stop()
    first = backend.draw_number("ausweis", "A", "e1")
    assert first.number == "N-900" and is_emergency(first)
    assert first.reference.startswith("offline-kiosk-07-") and first.people_ahead is None
    assert backend.draw_number("ausweis", "A", "e1") == first
    second = backend.draw_number("anmeldung", "B", "e2")
    assert second.number == "N-901"
    with pytest.raises(NumbersExhausted):
        backend.draw_number("ausweis", "A", "e3")
    assert backend.service_status().exhausted_groups == {"A", "B", "C"}
    assert backend.pending_emergency_tickets() == [first, second]
    assert backend.mark_emergency_reported([first.reference]) == 1
    assert backend.pending_emergency_tickets() == [second]


def test_no_emergency_numbers_for_a_kiosk_that_never_reached_zms(
    zms: fake_zms.FakeZms, make: Factory
):
    zms.stop()
    backend = make(emergency=True)
    with pytest.raises(BackendUnavailable, match="never reached before"):
        draw(backend, "e1")
    assert backend.service_status().state is ServiceState.OUT_OF_SERVICE


def test_emergency_tickets_survive_a_restart(zms: fake_zms.FakeZms, make: Factory):
    make(emergency=True).service_status()
    zms.stop()
    ticket = make(emergency=True).draw_number("ausweis", "A", "e1")
    assert make(emergency=True).pending_emergency_tickets() == [ticket]


# -- TLS -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[fake_zms.TlsFiles, Path]:
    base = tmp_path_factory.mktemp("tls")
    return fake_zms.make_tls(base / "site"), fake_zms.make_tls(base / "other").ca_cert


def test_tls_with_the_sites_ca(tls: tuple[fake_zms.TlsFiles, Path], make: Factory, tmp_path: Path):
    with fake_zms.FakeZms(tls=tls[0]) as server:
        server.add_scope(141, prefix="A")
        server.add_scope(142)
        backend = make(url=server.url, ca=str(tls[0].ca_cert))
        assert draw(backend, "r1") == "A1"
        for i, ca in enumerate(("", str(tls[1]))):  # the system's CAs, another CA
            stranger = make(url=server.url, ca=ca, state=tmp_path / f"stranger-{i}")
            assert not stranger.health().ok
            with pytest.raises(BackendUnavailable, match=r"TLS verification of 127\.0\.0\.1"):
                draw(stranger, "r2")
        assert server.issued(141) == 1


# -- contract: the real ZMS replies ----------------------------------------------------


def fixture(name: str) -> Any:
    folder = SHARED_ZMS / "fixtures"
    if not folder.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"ZMS contract fixtures missing at {folder.resolve()} (required in CI)")
        pytest.skip(
            f"ZMS contract fixtures not found at {folder.resolve()}: shared/zms is "
            "checked out beside the repository in CI"
        )
    return json.loads((folder / name).read_text(encoding="utf-8"))


def test_contract_folder_is_required_in_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setitem(globals(), "SHARED_ZMS", tmp_path / "absent")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="ZMS contract fixtures not found"):
        fixture("GET_scope_141.json")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required in CI"):
        fixture("GET_scope_141.json")


def test_contract_scope():
    _, data = unwrap(fixture("GET_scope_141.json"), "GET /scope/141/")
    scope = parse_scope(data)
    assert scope.id == "141" and scope.name == "Bürgeramt Heerstraße"
    assert (scope.first_number, scope.last_number, scope.processing_minutes) == (1, 499, 15)
    assert scope.given_count == 2 and scope.last_given == 2 and scope.capacity == 499
    assert not scope.deactivated and not scope.exhausted
    # workstationCount 0 counts as 1 (ZMS); "unknown" only with ghostWorkstationCount 0
    assert scope.wait_for(5) == WaitEstimate(60, 75) and not scope.wait_unknown


def test_contract_waitingnumber():
    _, data = unwrap(fixture("GET_scope_waitingnumber.json"), "waitingnumber")
    process = parse_process(data)
    assert (process.id, process.auth_key, process.number, process.scope_id) == (
        "100009",
        "52ec",
        "2",
        "141",
    )
    assert process.scope is not None and process.scope.processing_minutes == 15
    assert process.shown_number(process.scope.prefix) == "2"


def test_contract_process():
    _, data = unwrap(fixture("GET_process_with_waitingnumber.json"), "process")
    process = parse_process(data)
    assert process.id == "100009" and process.number == "2" and process.scope_id == "141"
    assert process.appointment_at == 1459461600 and process.arrival == 1459504500


def test_contract_queue():
    _, data = unwrap(fixture("GET_queuelist_141.json"), "queue")
    queue = parse_queue(data)
    raw = data
    assert len(queue) == len(raw)
    assert all(isinstance(e.number, str) and e.number for e in queue)
    waiting = [e for e in queue if e.waiting]
    states = ("queued", "confirmed", "reserved", "fake")  # as ZMS counts waiting entries
    assert len(waiting) == sum(1 for e in raw if e["status"] in states)
    fakes = sum(1 for e in raw if e["status"] == "fake")
    assert people_ahead(queue, None, None, 2_000_000_000) == len(waiting) - fakes


def test_contract_ticketprinter_and_buttons():
    _, data = unwrap(fixture("GET_ticketprinter.json"), "ticketprinter")
    printer = parse_ticketprinter(data)
    assert printer.enabled and printer.hash == "71abcdefghijklmnopqrstuvwxyz"
    _, data = unwrap(fixture("GET_ticketprinter_buttonlist_services_2.json"), "buttons")
    buttons = parse_ticketprinter(data).buttons
    assert [(b.kind, b.scope_id, b.request_id, b.enabled) for b in buttons] == [
        ("request", "141", "111", True),
        ("request", "141", "222", True),
    ]
    assert parse_ticketprinter(data).offered_scopes() == {"141": True}


def test_contract_every_fixture_is_an_envelope():
    fixture("GET_status.json")  # skips or fails like the others when the folder is absent
    for path in sorted((SHARED_ZMS / "fixtures").glob("*.json")):
        meta, data = unwrap(json.loads(path.read_text(encoding="utf-8")), path.name)
        assert not meta.error and data is not None, path.name


# -- properties of the parsers ---------------------------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=12)
    | st.floats(allow_nan=True, allow_infinity=True)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def loose(keys: list[str], inner: st.SearchStrategy[Any] = json_values) -> st.SearchStrategy[Any]:
    """Objects with the keys a parser looks at, holding anything; or anything at all."""
    return st.dictionaries(st.sampled_from(keys), inner, max_size=len(keys)) | json_values


SCOPE_KEYS = ["id", "preferences", "status", "contact", "shortName"]
scope_like = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "preferences": loose(
            ["queue", "ticketprinter"],
            loose(
                [
                    "firstNumber",
                    "lastNumber",
                    "processingTimeAverage",
                    "displayNumberPrefix",
                    "maxNumberContingent",
                    "buttonName",
                    "deactivatedText",
                ]
            ),
        ),
        "status": loose(
            ["queue", "ticketprinter", "availability"],
            loose(
                [
                    "workstationCount",
                    "ghostWorkstationCount",
                    "givenNumberCount",
                    "lastGivenNumber",
                    "deactivated",
                    "isOpened",
                ]
            ),
        ),
    },
)
process_like = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "authKey": json_values,
        "displayNumber": json_values,
        "queue": loose(["number", "arrivalTime", "status"]),
        "appointments": st.lists(loose(["date", "scope"]), max_size=3) | json_values,
        "scope": scope_like | json_values,
        "requests": st.lists(loose(["name", "id"])),
    },
)
PARSERS = [
    parse_scope,
    parse_process,
    parse_ticketprinter,
    parse_queue,
    parse_queue_entry,
    lambda d: unwrap(d, "x"),
]


@settings(max_examples=300, deadline=None)
@given(value=json_values | scope_like | process_like)
def test_parsers_raise_nothing_but_backend_errors(value: Any):
    for parser in PARSERS:
        try:
            parsed = parser(value)
        except BackendError:
            continue
        if hasattr(parsed, "wait_for"):
            parsed.wait_for(3)
            assert isinstance(parsed.exhausted, bool)


@settings(max_examples=120, deadline=None)
@given(scope=scope_like, process=process_like, meta=loose(["error", "exception", "message"]))
def test_enveloped_replies_parse_or_fail_cleanly(scope: Any, process: Any, meta: Any):
    for parser, value in ((parse_scope, scope), (parse_process, process)):
        with contextlib.suppress(MalformedReply):
            parser(unwrap({"meta": meta, "data": value}, "x")[1])


def as_zms(n: int) -> st.SearchStrategy[Any]:
    """How ZMS may send an integer: 141, "141", " 141", 141.0."""
    return st.sampled_from([n, str(n), f" {n}", float(n)])


@settings(max_examples=200, deadline=None)
@given(
    data=st.data(),
    sid=st.integers(1, 10**9),
    given_=st.integers(0, 10**6),
    ws=st.integers(1, 50),
    minutes=st.integers(1, 120),
)
def test_ints_given_as_strings_are_accepted(
    data: st.DataObject, sid: int, given_: int, ws: int, minutes: int
):
    draw_ = data.draw
    scope = parse_scope(
        {
            "id": draw_(as_zms(sid)),
            "preferences": {
                "queue": {
                    "processingTimeAverage": draw_(as_zms(minutes)),
                    "lastNumber": draw_(as_zms(999)),
                    "firstNumber": "1",
                }
            },
            "status": {
                "queue": {
                    "givenNumberCount": draw_(as_zms(given_)),
                    "workstationCount": draw_(as_zms(ws)),
                }
            },
        }
    )
    assert scope.id == str(sid) and scope.given_count == given_ and scope.staffed == ws
    assert scope.exhausted == (given_ >= 999)
    # 4 people ahead: estimate = 4 x minutes / ws, optimistic = 0.8 x that, in whole minutes
    assert scope.wait_for(4) == WaitEstimate(16 * minutes // (5 * ws), -(-4 * minutes // ws))
    entry = parse_queue_entry({"number": draw_(as_zms(sid)), "arrivalTime": str(sid)})
    assert entry.number == str(sid) and entry.arrival == sid


def test_lenient_scalars():
    assert [
        as_int(v) for v in (141, "141", " 141 ", 141.0, "15.0", True, "x", None, 1.5, "9" * 5000)
    ] == [141, 141, 141, 141, 15, None, None, None, None, None]


def test_wait_estimate_as_zms_computes_it():
    scope = parse_scope(
        {
            "id": 1,
            "preferences": {"queue": {"processingTimeAverage": "12"}},
            "status": {"queue": {"workstationCount": 3}},
        }
    )
    assert scope.wait_for(5) == WaitEstimate(16, 20)  # 5 x 12 min / 3 = 20, 0.8 x 20 = 16
    assert scope.wait_for(0) == WaitEstimate(0, 0)
    ghost = parse_scope(
        {
            "id": 1,
            "preferences": {"queue": {"processingTimeAverage": 10}},
            "status": {"queue": {"ghostWorkstationCount": "2"}},
        }
    )
    assert ghost.wait_for(3) == WaitEstimate(12, 15)
    nobody = parse_scope(
        {
            "id": 1,
            "preferences": {"queue": {"processingTimeAverage": 10}},
            "status": {"queue": {"workstationCount": 0, "ghostWorkstationCount": 0}},
        }
    )
    assert not nobody.wait_for(3).known
