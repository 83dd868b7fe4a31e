"""kiosk/help/protocol.py: the service-command parser and the gate that refuses stale or
replayed commands; the depth and size limits every parser shares; staff's two answers
("coming" or "counter" with a validated label)."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.help.protocol import (
    COUNTER,
    MAX_COMMAND_AGE_S,
    MAX_DEPTH,
    MAX_PAYLOAD,
    SERVICE_ACTIONS,
    SERVICE_MESSAGES,
    ProtocolError,
    ServiceCommand,
    ServiceGate,
    parse_call,
    parse_command,
    parse_service_command,
    parse_status,
)

NOW = 1_800_000_000.0
PARSERS = (parse_service_command, parse_command, parse_call, parse_status)


def good(**over: object) -> bytes:
    data: dict[str, object] = {
        "v": 1,
        "action": "out_of_service",
        "message": "fault",
        "sent_at": NOW,
        "seq": 7,
        "sender": "staff-empfang",
    }
    data.update(over)
    return json.dumps({k: v for k, v in data.items() if v is not None}).encode()


def test_a_versioned_command_is_accepted_and_round_trips():
    cmd = parse_service_command(good())
    assert cmd == ServiceCommand("out_of_service", "fault", NOW, 7, "staff-empfang")
    assert parse_service_command(cmd.to_json()) == cmd
    assert parse_service_command(good(v=None)) == cmd  # the first format had no "v"
    assert parse_service_command(good(message=None)).message == "maintenance"


@pytest.mark.parametrize(
    ("payload", "why"),
    [
        (b"", "not JSON"),
        (b"[]", "not a JSON object"),
        (good(v=2), "unknown schema version"),
        (good(v=True), "unknown schema version"),
        (good(action="reboot"), "action"),
        (good(message="Frau M. ist krank"), "message"),
        (good(seq="7"), "seq"),
        (good(seq=True), "seq"),
        (good(seq=-1), "seq"),
        (good(sent_at="now"), "sent_at"),
        (good(sent_at=None), "missing sent_at"),
        (good(seq=None), "missing seq"),
        (good(sender="a b"), "sender"),
        (good(extra=1), "unknown keys"),
        (b"\xff", "not UTF-8"),
        (b'{"action": "in_service", "v": 1, "seq": 1, "sent_at": NaN, "sender": "x"}', "time"),
    ],
)
def test_anything_else_is_refused_with_a_reason(payload: bytes, why: str):
    with pytest.raises(ProtocolError, match=why):
        parse_service_command(payload)


@pytest.mark.parametrize("parse", PARSERS)
def test_a_megabyte_is_refused_by_its_size_before_parsing(parse):
    big = good(message="x" * 1_000_000)
    with pytest.raises(ProtocolError) as err:
        parse(big)
    assert str(err.value) == f"payload of {len(big)} bytes is too large"
    assert len(str(err.value)) < 60  # the log line names the size, never the content


@pytest.mark.parametrize("parse", PARSERS)
@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_deep_nesting_is_refused_without_recursion_error(parse, opener: str):
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # the parser must not depend on the interpreter's limit
    try:
        for depth in (MAX_DEPTH + 1, 150, MAX_PAYLOAD // len(opener)):
            payload = (opener * depth).encode()[:MAX_PAYLOAD]
            with pytest.raises(ProtocolError, match=r"nested deeper|not JSON"):
                parse(payload)
    finally:
        sys.setrecursionlimit(limit)


def test_brackets_inside_strings_do_not_count_as_depth():
    cmd = parse_service_command(good(sender="a"))
    assert cmd.sender == "a"
    payload = json.dumps({"v": 1, "call_id": "c" * 8, "action": "ack", "staff": "[[[[[[[[{{{{"})
    assert parse_command(payload.encode()).staff == "[[[[[[[[{{{{"
    escaped = json.dumps({"v": 1, "call_id": "c" * 8, "action": "ack", "staff": '\\"[[[[[['})
    assert parse_command(escaped.encode()).staff == '\\"[[[[[['


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_never_raise_anything_but_protocol_error(data: bytes):
    for parse in PARSERS:
        with contextlib.suppress(ProtocolError):
            parse(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["v", "action", "message", "sent_at", "seq", "sender", "staff", "x"]),
        json_values,
    )
)
def test_random_objects_give_a_typed_command_or_protocol_error(data: dict[str, object]):
    try:
        cmd = parse_service_command(json.dumps(data).encode())
    except (ProtocolError, ValueError):  # ValueError: json.dumps of NaN is fine, but
        return  # an out-of-range float makes the payload unparsable, also refused
    assert cmd.action in SERVICE_ACTIONS and cmd.message in SERVICE_MESSAGES
    assert isinstance(cmd.seq, int) and not isinstance(cmd.seq, bool)
    assert isinstance(cmd.sent_at, float)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def cmd(seq: int, sent_at: float = NOW, sender: str = "staff-a") -> ServiceCommand:
    return ServiceCommand("out_of_service", "fault", sent_at, seq, sender)


def test_the_gate_applies_each_command_once_and_in_order():
    clock = Clock()
    gate = ServiceGate(clock)
    assert gate.admit(cmd(5)) is None
    assert gate.admit(cmd(5)) == "replayed"
    assert gate.admit(cmd(4)) == "replayed"
    assert gate.admit(cmd(6)) is None
    assert gate.admit(cmd(1, sender="staff-b")) is None  # each sender counts for itself


def test_the_gate_refuses_stale_and_future_commands():
    clock = Clock()
    gate = ServiceGate(clock)
    assert gate.admit(cmd(1, sent_at=NOW - MAX_COMMAND_AGE_S - 1)) == "stale"
    assert gate.admit(cmd(2, sent_at=NOW + MAX_COMMAND_AGE_S + 1)) == "stale"
    assert gate.admit(cmd(3, sent_at=NOW - MAX_COMMAND_AGE_S + 1)) is None


def test_the_gate_forgets_senders_whose_commands_are_stale_anyway():
    clock = Clock()
    gate = ServiceGate(clock)
    assert gate.admit(cmd(9)) is None
    clock.now += MAX_COMMAND_AGE_S + 5
    # A replay of seq 9 is stale now; a console that restarted with a lower seq (its
    # clock was set back) is heard again once its old commands aged out.
    assert gate.admit(cmd(9)) == "stale"
    assert gate.admit(cmd(2, sent_at=clock.now)) is None


# -- staff's answer: someone is coming, or please go to counter N ----------------------------

CALL_ID = "c" * 8


def ack(**over: object) -> bytes:
    data: dict[str, object] = {"v": 1, "call_id": CALL_ID, "action": "ack", "staff": ""}
    data.update(over)
    return json.dumps(data).encode()


def test_an_answer_without_reply_is_someone_coming():
    cmd = parse_command(ack(staff="Frau K."))
    assert (cmd.reply, cmd.counter, cmd.staff) == ("coming", "", "Frau K.")


@pytest.mark.parametrize("label", ["3", "12", "B12", "A 2", "3.1", "B-4"])
def test_a_counter_answer_round_trips(label: str):
    cmd = parse_command(ack(reply="counter", counter=label))
    assert (cmd.reply, cmd.counter) == ("counter", label)
    assert parse_command(cmd.to_json()) == cmd


@pytest.mark.parametrize(
    ("over", "why"),
    [
        ({"reply": "counter"}, "counter"),  # a counter answer names the counter
        ({"reply": "counter", "counter": ""}, "counter"),
        ({"reply": "counter", "counter": "Schalter 3"}, "counter"),  # a label, not a text
        ({"reply": "counter", "counter": " 3"}, "counter"),
        ({"reply": "counter", "counter": "3\n"}, "counter"),
        ({"reply": "counter", "counter": 3}, "counter"),
        ({"reply": "coming", "counter": "3"}, "only with reply counter"),
        ({"counter": "3"}, "only with reply counter"),
        ({"reply": "wait"}, "reply"),
        ({"reply": None}, "reply"),
    ],
)
def test_an_unclear_answer_is_refused(over: dict[str, object], why: str):
    with pytest.raises(ProtocolError, match=why):
        parse_command(ack(**over))


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["v", "call_id", "action", "staff", "reply", "counter", "x"]),
        json_values | st.sampled_from(["coming", "counter", "3", "B12", CALL_ID, "ack"]),
    )
)
def test_random_answers_give_one_of_the_two_or_protocol_error(data: dict[str, object]):
    try:
        cmd = parse_command(json.dumps(data).encode())
    except (ProtocolError, ValueError):
        return
    assert (cmd.reply, cmd.counter == "") in (("coming", True), ("counter", False))
    assert cmd.reply == "coming" or COUNTER.fullmatch(cmd.counter)
    assert parse_command(cmd.to_json()) == cmd


def test_an_old_call_without_reply_reads_as_coming_and_a_new_one_keeps_it():
    from kiosk.help.protocol import CallState, HelpCall

    call = HelpCall(CALL_ID, "k1", "Foyer", "form", "concerns", CallState.ACKNOWLEDGED, 0, 1, 2)
    old = {k: v for k, v in json.loads(call.to_json()).items() if k not in ("reply", "counter")}
    assert parse_call(json.dumps(old).encode()).reply == "coming"
    sent = dataclasses.replace(call, reply="counter", counter="7")
    assert parse_call(sent.to_json()) == sent
    with pytest.raises(ProtocolError, match="counter"):
        parse_call(json.dumps(old | {"reply": "counter", "counter": "<b>7</b>"}).encode())
