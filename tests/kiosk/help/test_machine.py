"""kiosk/help/machine.py: the help-call state machine, its checks and its wire format."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.help.console import CallChanged, CallClosed, Fleet, KioskChanged
from kiosk.help.machine import HelpCallMachine
from kiosk.help.protocol import (
    Action,
    CallState,
    Command,
    HelpCall,
    ProtocolError,
    Topics,
    clean_status,
    clean_step,
    console_filters,
    offline_payload,
    parse_call,
    parse_command,
    parse_status,
    split_topic,
    status_payload,
)

ESCALATE_S = 90.0


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def ids():
    n = 0

    def new() -> str:
        nonlocal n
        n += 1
        return f"call{n:08d}"

    return new


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def machine(clock: Clock) -> HelpCallMachine:
    return HelpCallMachine("k1", "Foyer, Terminal 2", ESCALATE_S, clock=clock, new_id=ids())


def ack(call: HelpCall, staff: str = "") -> Command:
    return Command(call.call_id, Action.ACK, staff)


# -- transitions -----------------------------------------------------------------------


def test_request_ack_resolve(machine: HelpCallMachine, clock: Clock) -> None:
    call = machine.request("form", "concerns")
    assert (call.state, call.level, call.category, call.step) == (
        CallState.REQUESTED,
        0,
        "form",
        "concerns",
    )
    assert call.requested_at == call.updated_at == clock.now
    assert machine.current == call
    clock.now += 30
    d = machine.command(ack(call, "Schalter 3"))
    assert d.accepted and d.call is not None
    assert d.call.state is CallState.ACKNOWLEDGED and d.call.staff == "Schalter 3"
    assert d.call.updated_at == clock.now and d.call.requested_at == call.requested_at
    clock.now += 60
    d = machine.command(Command(call.call_id, Action.RESOLVE))
    assert d.accepted and d.call is not None and d.call.state is CallState.RESOLVED
    assert d.call.staff == "Schalter 3"  # resolving without a name keeps who came
    assert machine.current is None and machine.last_closed == d.call


def test_the_counter_answer_is_kept_until_the_call_ends(machine: HelpCallMachine) -> None:
    call = machine.request("form", "concerns")
    d = machine.command(Command(call.call_id, Action.ACK, "", "counter", "B12"))
    assert d.call is not None and (d.call.reply, d.call.counter) == ("counter", "B12")
    done = machine.command(Command(call.call_id, Action.RESOLVE)).call
    assert done is not None and (done.reply, done.counter) == ("counter", "B12")


def test_first_acknowledgement_wins(machine: HelpCallMachine) -> None:
    call = machine.request("technical", "ticket")
    first = machine.command(ack(call, "Anna"))
    second = machine.command(ack(call, "Ben"))
    assert first.accepted and not second.accepted
    assert second.reason == "already acknowledged" and second.call is None
    assert machine.current is not None and machine.current.staff == "Anna"


def test_stale_call_ids_are_ignored(machine: HelpCallMachine) -> None:
    old = machine.request("form", "welcome")
    machine.cancel()
    new = machine.request("other", "welcome")
    for action in Action:
        d = machine.command(Command(old.call_id, action))
        assert not d.accepted and d.reason == "stale call id"
    assert machine.current == new
    assert not machine.command(Command("nocall0000", Action.ACK)).accepted


def test_commands_without_a_call_are_rejected(machine: HelpCallMachine) -> None:
    assert not machine.command(Command("call00000001", Action.ACK)).accepted
    assert machine.cancel() is None


def test_resolve_without_acknowledgement(machine: HelpCallMachine) -> None:
    call = machine.request("form", "concerns")
    d = machine.command(Command(call.call_id, Action.RESOLVE, "Schalter 1"))
    assert d.accepted and d.call is not None
    assert d.call.state is CallState.RESOLVED and d.call.staff == "Schalter 1"


@pytest.mark.parametrize("acknowledged", [False, True])
def test_staff_cancel_from_any_open_state(machine: HelpCallMachine, acknowledged: bool) -> None:
    call = machine.request("form", "concerns")
    if acknowledged:
        machine.command(ack(call, "Anna"))
    d = machine.command(Command(call.call_id, Action.CANCEL))
    assert d.call is not None
    assert d.call.state is CallState.CANCELLED and d.call.reason == "staff"
    assert machine.current is None


@pytest.mark.parametrize("acknowledged", [False, True])
def test_kiosk_cancel_from_any_open_state(machine: HelpCallMachine, acknowledged: bool) -> None:
    call = machine.request("form", "concerns")
    if acknowledged:
        machine.command(ack(call))
    closed = machine.cancel()
    assert closed is not None and closed.state is CallState.CANCELLED
    assert closed.reason == "kiosk" and closed.call_id == call.call_id
    assert machine.current is None
    assert machine.cancel() is None  # nothing left to cancel
    assert not machine.command(ack(call)).accepted  # a late ack finds nothing


def test_a_new_request_replaces_the_open_call(machine: HelpCallMachine) -> None:
    first = machine.request("form", "concerns")
    second = machine.request("technical", "concerns")
    assert first.call_id != second.call_id and machine.current == second


def test_unknown_category_is_refused(machine: HelpCallMachine) -> None:
    with pytest.raises(ValueError, match="unknown help category"):
        machine.request("medical", "welcome")
    assert machine.current is None


# -- escalation --------------------------------------------------------------------------


def test_escalation_repeats_until_acknowledged(machine: HelpCallMachine, clock: Clock) -> None:
    call = machine.request("form", "concerns")
    assert machine.seconds_to_escalation() == ESCALATE_S
    clock.now += ESCALATE_S - 0.001
    assert machine.escalate() is None
    clock.now += 0.001
    up = machine.escalate()
    assert up is not None and up.level == 1 and up.state is CallState.REQUESTED
    assert up.updated_at == clock.now and up.call_id == call.call_id
    assert machine.escalate() is None  # once per period
    assert machine.seconds_to_escalation() == pytest.approx(ESCALATE_S)
    clock.now += ESCALATE_S
    up = machine.escalate()
    assert up is not None and up.level == 2
    machine.command(ack(up))
    clock.now += 10 * ESCALATE_S
    assert machine.escalate() is None and machine.seconds_to_escalation() is None
    assert machine.current is not None and machine.current.level == 2


def test_escalation_after_a_long_gap_jumps_to_the_due_level(
    machine: HelpCallMachine, clock: Clock
) -> None:
    machine.request("form", "concerns")
    clock.now += 3.5 * ESCALATE_S
    up = machine.escalate()
    assert up is not None and up.level == 3


def test_wall_clock_set_back_never_delays_more_than_one_period(
    machine: HelpCallMachine, clock: Clock
) -> None:
    machine.request("form", "concerns")
    clock.now -= 3600
    assert machine.seconds_to_escalation() == ESCALATE_S
    assert machine.escalate() is None


def test_escalate_after_must_be_positive() -> None:
    with pytest.raises(ValueError):
        HelpCallMachine("k1", "x", 0)


# -- restart reconciliation --------------------------------------------------------------


def test_a_call_left_by_an_earlier_run_is_cancelled(clock: Clock) -> None:
    before = HelpCallMachine("k1", "Foyer", ESCALATE_S, clock=clock, new_id=ids())
    orphan = before.request("form", "concerns")
    after = HelpCallMachine("k1", "Foyer", ESCALATE_S, clock=clock, new_id=lambda: "otherrun0001")
    clock.now += 5
    closing = after.reconcile(orphan)
    assert closing is not None and closing.call_id == orphan.call_id
    assert closing.state is CallState.CANCELLED and closing.reason == "restart"
    assert closing.updated_at == clock.now


def test_a_call_closed_while_offline_gets_its_real_ending(machine: HelpCallMachine) -> None:
    call = machine.request("form", "concerns")
    machine.command(ack(call, "Anna"))
    acked = machine.current
    assert acked is not None
    resolved = machine.command(Command(call.call_id, Action.RESOLVE)).call
    assert machine.reconcile(acked) == resolved


def test_reconcile_leaves_the_current_call_and_closed_states_alone(
    machine: HelpCallMachine,
) -> None:
    call = machine.request("form", "concerns")
    assert machine.reconcile(call) is None
    done = machine.cancel()
    assert done is not None
    assert machine.reconcile(done) is None  # already closed on the wire
    other_kiosk = HelpCall(
        "call99999999", "k2", "x", "form", "welcome", CallState.REQUESTED, 0, 1.0, 1.0
    )
    assert machine.reconcile(other_kiosk) is None


# -- payload checks ----------------------------------------------------------------------


def test_call_round_trip(machine: HelpCallMachine) -> None:
    call = machine.request("technical", "checkin")
    assert parse_call(call.to_json()) == call
    data = json.loads(call.to_json())
    assert set(data) == {
        "v",
        "call_id",
        "kiosk",
        "location",
        "category",
        "step",
        "state",
        "level",
        "requested_at",
        "updated_at",
        "staff",
        "reason",
        "reply",
        "counter",
    }


@pytest.mark.parametrize(
    "step", ["Mustermann", "1964-08-12", "max mustermann", "a" * 40, "concerns\n", "", "welcome2"]
)
def test_anything_but_a_screen_name_becomes_unknown(machine: HelpCallMachine, step: str) -> None:
    assert clean_step(step) == "unknown"
    assert machine.request("form", step).step == "unknown"


def test_location_label_loses_control_characters() -> None:
    m = HelpCallMachine("k1", "Foyer\nTerminal\x00 2" + "x" * 200, ESCALATE_S)
    assert "\n" not in m.location and "\x00" not in m.location and len(m.location) == 80


def test_command_round_trip() -> None:
    cmd = Command("abcdef0123456789", Action.RESOLVE, "Schalter 3")
    assert parse_command(cmd.to_json()) == cmd


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"null",
        b"[]",
        b"\xff\xfe",
        b"{",
        b'"ack"',
        b'{"call_id": "abcdef0123", "action": "ack", "extra": 1}',  # unknown key
        b'{"action": "ack"}',  # no call id
        b'{"call_id": "abcdef0123"}',  # no action
        b'{"call_id": "abc", "action": "ack"}',  # id too short
        b'{"call_id": "abcdef0123/../", "action": "ack"}',
        b'{"call_id": 12345678901, "action": "ack"}',
        b'{"call_id": "abcdef0123", "action": "ACK"}',
        b'{"call_id": "abcdef0123", "action": "delete"}',
        b'{"call_id": "abcdef0123", "action": "ack", "staff": 3}',
        b'{"call_id": "abcdef0123", "action": "ack", "staff": "a\\u0000b"}',
        b'{"call_id": "abcdef0123", "action": "ack", "staff": "' + b"x" * 41 + b'"}',
        b'{"v": 2, "call_id": "abcdef0123", "action": "ack"}',
        b'{"v": true, "call_id": "abcdef0123", "action": "ack"}',
        b'{"call_id": "abcdef0123", "action": "ack", "staff": "' + b"x" * 5000 + b'"}',
        b"[" * 10000 + b"]" * 10000,
    ],
)
def test_malformed_commands_are_refused(payload: bytes) -> None:
    with pytest.raises(ProtocolError):
        parse_command(payload)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
VALUES = st.one_of(
    st.text(max_size=50),
    st.integers(),
    st.none(),
    st.booleans(),
    st.sampled_from(["ack", "resolve", "cancel", "abcdef0123", "call00000001"]),
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_raise_protocol_error(payload: bytes) -> None:
    for parse in (parse_command, parse_call, parse_status):
        with contextlib.suppress(ProtocolError):
            parse(payload)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_any_json_parses_or_raises_protocol_error(value: object) -> None:
    payload = json.dumps(value).encode()
    for parse in (parse_command, parse_call, parse_status):
        with contextlib.suppress(ProtocolError):
            parse(payload)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["v", "call_id", "action", "staff", "x"]), VALUES, max_size=5)
)
def test_command_like_objects_are_valid_or_refused(data: dict[str, object]) -> None:
    payload = json.dumps(data).encode()
    try:
        cmd = parse_command(payload)
    except ProtocolError:
        return
    # Whatever gets through is exactly what the protocol allows.
    assert set(data) <= {"v", "call_id", "action", "staff"}
    assert cmd.action.value == data["action"] and cmd.call_id == data["call_id"]
    assert len(cmd.staff) <= 40 and parse_command(cmd.to_json()) == cmd


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40),
    st.sampled_from(list(Action)),
    st.from_regex(r"[A-Za-z0-9_-]{8,64}", fullmatch=True),
)
def test_valid_commands_round_trip(staff: str, action: Action, call_id: str) -> None:
    try:
        cmd = Command(call_id, action, staff)
        parsed = parse_command(cmd.to_json())
    except ProtocolError:  # only separators like U+2028 are refused
        assert any(c in staff for c in "\u2028\u2029") or any(0x7F <= ord(c) <= 0x9F for c in staff)
        return
    assert parsed == Command(call_id, action, staff.strip())


# -- status ------------------------------------------------------------------------------


def test_status_keeps_only_known_checked_fields() -> None:
    kept, dropped = clean_status(
        {
            "screen": "concerns",
            "printer": "near_end",
            "card_reader": True,
            "backend": "ok",
            "version": "0.1.0",
            "name": "Mustermann",
            "birth": "1964-08-12",
            "printer_detail": "x",
        }
    )
    assert kept == {
        "screen": "concerns",
        "printer": "near_end",
        "card_reader": "present",
        "backend": "ok",
        "version": "0.1.0",
    }
    assert sorted(dropped) == ["birth", "name", "printer_detail"]
    kept, dropped = clean_status({"screen": "Mustermann", "printer": "1964-08-12"})
    assert kept == {} and sorted(dropped) == ["printer", "screen"]


def test_status_round_trip_and_last_will() -> None:
    payload = status_payload(
        "k1", "Foyer", {"screen": "welcome", "printer": "ready"}, online=True, now=1.5
    )
    status = parse_status(payload)
    assert status.online and status.screen == "welcome" and status.printer == "ready"
    assert status.location == "Foyer" and status.updated_at == 1.5
    will = parse_status(offline_payload("k1", "Foyer"))
    assert will.online is False and will.kiosk == "k1"
    assert parse_status(b'{"online": false}').online is False
    assert parse_status(b'{"online": true, "future_field": 1}').online  # newer kiosks
    for bad in (b'{"online": "yes"}', b'{"online": true, "printer": "on fire"}', b"{}"):
        with pytest.raises(ProtocolError):
            parse_status(bad)


# -- topics ------------------------------------------------------------------------------


def test_topics() -> None:
    t = Topics("bb", "rathaus", "k1")
    assert (t.status, t.help, t.cmd) == (
        "bb/rathaus/kiosk/k1/status",
        "bb/rathaus/kiosk/k1/help",
        "bb/rathaus/kiosk/k1/help/cmd",
    )
    assert split_topic("bb", t.status) == ("rathaus", "k1", "status")
    assert split_topic("bb", t.help) == ("rathaus", "k1", "help")
    assert split_topic("bb", t.cmd) == ("rathaus", "k1", "cmd")
    for foreign in (
        "other/rathaus/kiosk/k1/help",
        "bb/rathaus/console/k1/help",
        "bb/rathaus/kiosk/k1/help/x",
        "bb/rathaus/kiosk/k1",
        "bb/+/kiosk/k1/help",
    ):
        assert split_topic("bb", foreign) is None
    assert console_filters("bb") == ["bb/+/kiosk/+/status", "bb/+/kiosk/+/help"]


# -- the console's fleet -------------------------------------------------------------------


def test_fleet_marks_calls_of_an_offline_kiosk_stale(machine: HelpCallMachine) -> None:
    fleet = Fleet()
    fleet.apply("s", "k1", "status", status_payload("k1", "Foyer", {}, online=True, now=1))
    call = machine.request("form", "concerns")
    (opened,) = fleet.apply("s", "k1", "help", call.to_json())
    assert isinstance(opened, CallChanged) and opened.new and not opened.view.stale
    changes = fleet.apply("s", "k1", "status", offline_payload("k1", "Foyer"))
    assert isinstance(changes[0], KioskChanged) and changes[0].view.online is False
    assert isinstance(changes[1], CallChanged) and changes[1].view.stale
    assert not changes[1].new
    # A console starting late gets the retained help before or after the status.
    late = Fleet()
    late.apply("s", "k1", "status", offline_payload("k1", "Foyer"))
    (c,) = late.apply("s", "k1", "help", call.to_json())
    assert isinstance(c, CallChanged) and c.view.stale


def test_fleet_closes_calls_and_rings_once(machine: HelpCallMachine) -> None:
    fleet = Fleet()
    call = machine.request("form", "concerns")
    assert fleet.apply("s", "k1", "help", call.to_json())[0].new  # type: ignore[union-attr]
    fleet.reset()
    again = fleet.apply("s", "k1", "help", call.to_json())
    assert isinstance(again[0], CallChanged) and not again[0].new  # seen before the reset
    resolved = machine.command(Command(call.call_id, Action.RESOLVE)).call
    assert resolved is not None
    (closed,) = fleet.apply("s", "k1", "help", resolved.to_json())
    assert isinstance(closed, CallClosed) and closed.final == resolved
    assert fleet.apply("s", "k1", "help", b"") == []  # the clear that follows
    assert fleet.calls == {}


def test_fleet_refuses_a_call_published_for_another_kiosk(machine: HelpCallMachine) -> None:
    call = machine.request("form", "concerns")
    with pytest.raises(ProtocolError):
        Fleet().apply("s", "k2", "help", call.to_json())
