"""The MQTT help channel and the staff console's client against a real Mosquitto.

Each test uses its own topic prefix on a shared broker (tests that restart the broker or
need passwords and ACLs start their own). Every wait is bounded by WAIT_S.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import mosquitto_rig
import pytest
from mosquitto_rig import MosquittoRig
from paho.mqtt.client import Client
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

from kiosk import config as config_mod
from kiosk.config import ConfigError, MqttSection
from kiosk.help import open_help_channel
from kiosk.help.channel import HelpState, HelpUpdate, SimulatedHelpChannel
from kiosk.help.console import CallChanged, CallClosed, Change, StaffConsole
from kiosk.help.link import make_client
from kiosk.help.mqtt import MqttHelpChannel
from kiosk.help.protocol import Action, CallState, parse_call

WAIT_S = 5.0
CHILD = Path(__file__).resolve().parents[2] / "support" / "mqtt_kiosk_child.py"
PERSONAL = ("Mustermann", "1964-08-12", "12.08.1964", "Erika")


def wait_until(cond: Callable[[], bool], timeout_s: float = WAIT_S, what: str = "") -> None:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.005)
    assert cond(), f"not within {timeout_s} s: {what or cond}"


class Updates:
    """What a kiosk channel reported, from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.items: list[HelpUpdate] = []

    def __call__(self, update: HelpUpdate) -> None:
        with self._lock:
            self.items.append(update)

    def states(self) -> list[HelpState]:
        with self._lock:
            return [u.state for u in self.items]

    def last(self) -> HelpUpdate | None:
        with self._lock:
            return self.items[-1] if self.items else None

    def wait_for(self, state: HelpState, **fields: Any) -> HelpUpdate:
        def found() -> HelpUpdate | None:
            with self._lock:
                for u in self.items:
                    if u.state is state and all(getattr(u, k) == v for k, v in fields.items()):
                        return u
            return None

        wait_until(lambda: found() is not None, what=f"{state} {fields} in {self.states()}")
        result = found()
        assert result is not None
        return result


class Console:
    """A StaffConsole plus every change it delivered."""

    def __init__(self, mqtt: MqttSection, client_id: str | None = None) -> None:
        self.changes: list[Change] = []
        self._lock = threading.Lock()
        self.client = StaffConsole(mqtt, self._record, client_id=client_id)
        self.client.start()

    def _record(self, changes: list[Change]) -> None:
        with self._lock:
            self.changes.extend(changes)

    def call(self, key: str = "s/k1") -> Any:
        return self.client.snapshot()[1].get(key)

    def kiosk(self, key: str = "s/k1") -> Any:
        return self.client.snapshot()[0].get(key)

    def wait_call(self, cond: Callable[[Any], bool], key: str = "s/k1") -> Any:
        wait_until(
            lambda: self.call(key) is not None and cond(self.call(key)),
            what=f"call at {key}: {self.call(key)}",
        )
        return self.call(key)

    def closed(self, key: str = "s/k1") -> list[CallClosed]:
        with self._lock:
            return [c for c in self.changes if isinstance(c, CallClosed) and c.key == key]

    def rings(self) -> int:
        with self._lock:
            return sum(1 for c in self.changes if isinstance(c, CallChanged) and c.new)


class Sniffer:
    """Records every message on ``#`` (what a broker log or a curious client would see)."""

    def __init__(self, rig: MosquittoRig, topic: str = "#") -> None:
        self.messages: list[tuple[str, bytes, bool]] = []
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self.client = Client(
            CallbackAPIVersion.VERSION2,
            client_id=f"sniff-{uuid.uuid4().hex}",
            protocol=MQTTProtocolVersion.MQTTv5,
        )
        self.client.on_message = self._on_message
        self.client.on_subscribe = lambda *a: self._ready.set()
        self.client.on_connect = lambda c, *a: c.subscribe(topic, qos=1)
        self.client.connect(rig.host, rig.port)
        self.client.loop_start()
        assert self._ready.wait(WAIT_S)

    def _on_message(self, client: Client, userdata: Any, msg: Any) -> None:
        with self._lock:
            self.messages.append((msg.topic, bytes(msg.payload), bool(msg.retain)))

    def payloads(self) -> list[tuple[str, bytes, bool]]:
        with self._lock:
            return list(self.messages)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


class Net:
    """Kiosks and consoles of one test, all closed at the end."""

    def __init__(self, rig: MosquittoRig, prefix: str) -> None:
        self.rig = rig
        self.prefix = prefix
        self._closers: list[Callable[[], None]] = []

    def mqtt(self, **kw: Any) -> MqttSection:
        return MqttSection(
            host=self.rig.host,
            port=self.rig.port,
            topic_prefix=self.prefix,
            keepalive_s=5,
            reconnect_max_s=2,
            **kw,
        )

    def kiosk(
        self,
        kiosk_id: str = "k1",
        *,
        escalate_after_s: float = 3600,
        connect: bool = True,
        **mqtt: Any,
    ) -> tuple[MqttHelpChannel, Updates]:
        ch = MqttHelpChannel(
            self.mqtt(**mqtt),
            kiosk_id=kiosk_id,
            site="s",
            location=f"Foyer {kiosk_id}",
            escalate_after_s=escalate_after_s,
        )
        updates = Updates()
        ch.subscribe(updates)
        self._closers.append(ch.close)
        if connect:
            assert ch.wait_connected(WAIT_S), "kiosk did not connect"
        return ch, updates

    def console(
        self, client_id: str | None = None, *, connect: bool = True, **mqtt: Any
    ) -> Console:
        c = Console(self.mqtt(**mqtt), client_id)
        self._closers.append(c.client.close)
        if connect:
            assert c.client.wait_connected(WAIT_S), "console did not connect"
        return c

    def sniffer(self) -> Sniffer:
        s = Sniffer(self.rig, f"{self.prefix}/#")
        self._closers.append(s.close)
        return s

    def close(self) -> None:
        for close in reversed(self._closers):
            close()


@pytest.fixture(scope="module")
def broker() -> Iterator[MosquittoRig]:
    mosquitto_rig.require()
    with MosquittoRig() as rig:
        yield rig


@pytest.fixture
def own_broker() -> Iterator[MosquittoRig]:
    mosquitto_rig.require()
    with MosquittoRig() as rig:
        yield rig


def _net(rig: MosquittoRig) -> Iterator[Net]:
    net = Net(rig, f"t{uuid.uuid4().hex[:10]}")
    try:
        yield net
    finally:
        net.close()


@pytest.fixture
def net(broker: MosquittoRig) -> Iterator[Net]:
    yield from _net(broker)


@pytest.fixture
def own_net(own_broker: MosquittoRig) -> Iterator[Net]:
    yield from _net(own_broker)


def retained_help(net: Net, kiosk_id: str = "k1") -> bytes | None:
    """The retained help state the broker holds now (None: nothing retained)."""
    sniff = Sniffer(net.rig, f"{net.prefix}/s/kiosk/{kiosk_id}/help")
    time.sleep(0.15)
    sniff.close()
    retained = [p for t, p, r in sniff.payloads() if r]
    return retained[-1] if retained else None


# -- the life cycle ----------------------------------------------------------------------


def test_whole_life_cycle(net: Net) -> None:
    kiosk, updates = net.kiosk()
    console = net.console()
    kiosk.publish_status(
        {"screen": "concerns", "printer": "near_end", "backend": "ok", "card_reader": True}
    )
    kiosk.request("form", "concerns")
    assert updates.states() == [HelpState.REQUESTED]  # at once, before any network trip
    view = console.wait_call(lambda v: True)
    assert view.call.state is CallState.REQUESTED and view.call.category == "form"
    assert view.call.step == "concerns" and view.call.location == "Foyer k1"
    assert view.call.level == 0 and not view.stale
    wait_until(lambda: console.kiosk() is not None and console.kiosk().printer == "near_end")
    k = console.kiosk()
    assert k.online and k.screen == "concerns" and k.card_reader == "present"
    assert retained_help(net) is not None  # a console starting now would see it

    assert console.client.acknowledge("s/k1", view.call.call_id, "Anna", counter="3")
    ack = updates.wait_for(HelpState.ACKNOWLEDGED)
    assert ack.responder == "Anna" and ack.call_id == view.call.call_id
    assert (ack.reply, ack.counter) == ("counter", "3")
    assert not ack.simulated
    console.wait_call(lambda v: v.call.state is CallState.ACKNOWLEDGED and v.call.counter == "3")

    assert console.client.resolve("s/k1", view.call.call_id)
    updates.wait_for(HelpState.RESOLVED)
    wait_until(lambda: console.call() is None)
    (closed,) = console.closed()
    assert closed.final is not None and closed.final.state is CallState.RESOLVED
    assert (closed.final.staff, closed.final.reply) == ("Anna", "counter")
    assert kiosk.current is None
    assert retained_help(net) is None  # cleared: a late console sees nothing
    assert console.rings() == 1


def test_kiosk_cancel_reaches_the_console(net: Net) -> None:
    kiosk, updates = net.kiosk()
    console = net.console()
    kiosk.request("technical", "ticket")
    console.wait_call(lambda v: True)
    kiosk.cancel()
    assert updates.states() == [HelpState.REQUESTED, HelpState.CANCELLED]
    wait_until(lambda: console.closed() != [])
    final = console.closed()[0].final
    assert final is not None and final.state is CallState.CANCELLED and final.reason == "kiosk"
    assert retained_help(net) is None


def test_staff_can_close_a_call_nobody_waits_for(net: Net) -> None:
    kiosk, updates = net.kiosk()
    console = net.console()
    kiosk.request("other", "welcome")
    view = console.wait_call(lambda v: True)
    assert console.client.send("s/k1", view.call.call_id, Action.CANCEL, "Anna")
    updates.wait_for(HelpState.CANCELLED)
    wait_until(lambda: console.call() is None)


def test_two_consoles_acknowledging_at_once_exactly_one_wins(net: Net) -> None:
    kiosk, updates = net.kiosk()
    first, second = net.console("console-a"), net.console("console-b")
    kiosk.request("form", "concerns")
    call_id = first.wait_call(lambda v: True).call.call_id
    second.wait_call(lambda v: True)
    barrier = threading.Barrier(2)

    def ack(console: Console, name: str) -> None:
        barrier.wait(WAIT_S)
        console.client.acknowledge("s/k1", call_id, name)

    threads = [
        threading.Thread(target=ack, args=(c, n)) for c, n in ((first, "Anna"), (second, "Ben"))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT_S)
    winner = updates.wait_for(HelpState.ACKNOWLEDGED).responder
    assert winner in ("Anna", "Ben")
    for console in (first, second):
        console.wait_call(lambda v: v.call.state is CallState.ACKNOWLEDGED)
        assert console.call().call.staff == winner
    time.sleep(0.2)  # room for a wrong second acknowledgement to show up
    assert updates.states().count(HelpState.ACKNOWLEDGED) == 1
    assert kiosk.current is not None and kiosk.current.staff == winner


def test_a_console_started_late_sees_open_calls_and_the_fleet(net: Net) -> None:
    k1, _ = net.kiosk("k1")
    k2, _ = net.kiosk("k2")
    k3, _ = net.kiosk("k3")
    k1.request("form", "concerns")
    k2.request("technical", "ticket")
    k3.request("other", "welcome")
    k3.cancel()  # over before the console starts: it must not show up
    k2.publish_status({"printer": "paper_out"})
    time.sleep(0.2)
    console = net.console()
    assert console.wait_call(lambda v: True, "s/k1").call.category == "form"
    assert console.wait_call(lambda v: True, "s/k2").call.category == "technical"
    wait_until(lambda: console.kiosk("s/k3") is not None)
    wait_until(
        lambda: console.kiosk("s/k2") is not None and console.kiosk("s/k2").printer == "paper_out"
    )
    time.sleep(0.1)
    assert console.call("s/k3") is None
    assert all(console.kiosk(k).online for k in ("s/k1", "s/k2", "s/k3"))


def test_malformed_commands_are_ignored(net: Net) -> None:
    kiosk, updates = net.kiosk()
    console = net.console()
    kiosk.request("form", "concerns")
    call_id = console.wait_call(lambda v: True).call.call_id
    raw = net.sniffer().client
    for payload in (
        b"",
        b"\xff\x00",
        b"{",
        b"[]",
        b'{"call_id": 1, "action": "ack"}',
        json.dumps({"call_id": call_id, "action": "ack", "x": 1}).encode(),
        json.dumps({"call_id": call_id, "action": "explode"}).encode(),
        json.dumps({"call_id": "stale0000000", "action": "ack"}).encode(),
        b"[" * 5000,
    ):
        raw.publish(kiosk.topics.cmd, payload, qos=1)
    time.sleep(0.2)
    assert updates.states() == [HelpState.REQUESTED]
    assert console.client.acknowledge("s/k1", call_id, "Anna")
    updates.wait_for(HelpState.ACKNOWLEDGED, responder="Anna")


# -- escalation ----------------------------------------------------------------------------


def test_escalation_repeats_until_someone_acknowledges(net: Net) -> None:
    kiosk, updates = net.kiosk(escalate_after_s=0.15)
    console = net.console()
    kiosk.request("form", "concerns")
    view = console.wait_call(lambda v: v.call.level >= 2)
    assert view.call.state is CallState.REQUESTED
    # The citizen is told that more staff were informed: each escalation is an update
    # in the REQUESTED state with a rising level.
    escalated = updates.wait_for(HelpState.REQUESTED, level=2)
    assert escalated.call_id == view.call.call_id
    assert set(updates.states()) == {HelpState.REQUESTED}
    console.client.acknowledge("s/k1", view.call.call_id)
    ack = updates.wait_for(HelpState.ACKNOWLEDGED)
    assert ack.level >= 2
    time.sleep(0.4)  # two more periods: no escalation of an acknowledged call
    assert updates.last() == ack
    assert console.call().call.level == ack.level


# -- a kiosk that dies, and one that restarts ----------------------------------------------


def test_a_killed_kiosk_goes_offline_and_its_restart_closes_the_call(net: Net) -> None:
    console = net.console()
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(net.rig.port), net.prefix, "s", "k1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = ""
        assert child.stdout is not None
        deadline = time.monotonic() + 15
        while not line.startswith("ready") and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
        assert line.startswith("ready"), f"child kiosk: {line!r}"
        call_id = line.split()[1]
        view = console.wait_call(lambda v: v.call.call_id == call_id)
        assert not view.stale
        wait_until(lambda: console.kiosk() is not None and console.kiosk().online)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(WAIT_S)
        # The broker sees the socket close and publishes the Last Will.
        wait_until(lambda: console.kiosk().online is False, what="Last Will")
        assert console.wait_call(lambda v: v.stale).call.call_id == call_id
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(WAIT_S)

    # The kiosk comes back (same id): the old call is closed, not re-announced.
    _kiosk, updates = net.kiosk("k1")
    wait_until(lambda: console.call() is None, what="orphaned call closed")
    final = console.closed()[-1].final
    assert final is not None and final.call_id == call_id
    assert final.state is CallState.CANCELLED and final.reason == "restart"
    wait_until(lambda: console.kiosk().online is True)
    assert updates.items == []  # nothing happened on the new kiosk's screen
    assert retained_help(net) is None


def test_a_kiosk_that_closes_cleanly_says_goodbye(net: Net) -> None:
    kiosk, _ = net.kiosk()
    console = net.console()
    kiosk.request("form", "concerns")
    console.wait_call(lambda v: True)
    kiosk.close()
    wait_until(lambda: console.kiosk().online is False)
    wait_until(lambda: console.call() is None)
    final = console.closed()[-1].final
    assert final is not None and final.reason == "shutdown"


# -- the broker ------------------------------------------------------------------------------


def test_broker_restart_mid_call_both_sides_agree(own_net: Net) -> None:
    kiosk, updates = own_net.kiosk()
    console = own_net.console()
    kiosk.publish_status({"printer": "ready"})
    kiosk.request("form", "concerns")
    call_id = console.wait_call(lambda v: True).call.call_id
    own_net.rig.restart()  # retained messages are gone with it
    wait_until(lambda: not console.client.connected and not kiosk.connected, 3)
    wait_until(lambda: console.client.connected and kiosk.connected, 8, "reconnect")
    view = console.wait_call(lambda v: v.call.call_id == call_id)
    assert view.call.state is CallState.REQUESTED
    wait_until(lambda: console.kiosk() is not None and console.kiosk().printer == "ready")
    console.client.acknowledge("s/k1", call_id, "Anna")
    updates.wait_for(HelpState.ACKNOWLEDGED, responder="Anna")
    console.wait_call(lambda v: v.call.state is CallState.ACKNOWLEDGED)

    # Ended while the broker was down: nobody shows it afterwards.
    own_net.rig.stop()
    wait_until(lambda: not kiosk.connected, 3)
    kiosk.cancel()
    own_net.rig.start()
    wait_until(lambda: console.client.connected and kiosk.connected, 8, "reconnect")
    time.sleep(0.3)
    assert console.call() is None and kiosk.current is None
    assert retained_help(own_net) is None


def test_the_kiosk_starts_without_a_broker_and_catches_up(own_net: Net) -> None:
    own_net.rig.stop()
    started = time.monotonic()
    kiosk, updates = own_net.kiosk(connect=False)
    kiosk.request("technical", "welcome")  # accepted offline, shown on the kiosk at once
    assert time.monotonic() - started < 0.5  # nothing waited for the network
    assert updates.states() == [HelpState.REQUESTED]
    own_net.rig.start()
    console = own_net.console()
    assert console.wait_call(lambda v: True).call.category == "technical"


def test_close_is_bounded_without_a_broker(own_net: Net) -> None:
    own_net.rig.stop()
    kiosk, _ = own_net.kiosk(connect=False)
    kiosk.request("form", "welcome")
    started = time.monotonic()
    kiosk.close()
    assert time.monotonic() - started < 3.5


# -- access control ----------------------------------------------------------------------------


ACL = """# kiosks: only their own subtree
pattern readwrite {prefix}/+/kiosk/%u/#

user console
topic read {prefix}/#
topic write {prefix}/+/kiosk/+/help/cmd
"""


@pytest.fixture
def secured(tmp_path: Path) -> Iterator[tuple[Net, dict[str, str]]]:
    mosquitto_rig.require(passwords=True)
    users = {"k1": "pw-k1", "k2": "pw-k2", "console": "pw-console"}
    files = {}
    for name, password in users.items():
        f = tmp_path / f"{name}.pw"
        f.write_text(password + "\n")
        files[name] = str(f)
    prefix = f"t{uuid.uuid4().hex[:10]}"
    with MosquittoRig(users=users, acl=ACL.format(prefix=prefix)) as rig:
        net = Net(rig, prefix)
        try:
            yield net, files
        finally:
            net.close()


def raw_client(net: Net, user: str, password: str) -> tuple[Client, list[tuple[int, str]]]:
    """A paho client (MQTT 5) recording PUBACK reason codes by message id."""
    acks: list[tuple[int, str]] = []
    connected = threading.Event()
    c = Client(
        CallbackAPIVersion.VERSION2,
        client_id=f"raw-{uuid.uuid4().hex}",
        protocol=MQTTProtocolVersion.MQTTv5,
    )
    c.username_pw_set(user, password)
    c.on_publish = lambda client, ud, mid, rc, props: acks.append((mid, str(rc)))
    c.on_connect = lambda *a: connected.set()
    c.connect(net.rig.host, net.rig.port)
    c.loop_start()
    assert connected.wait(WAIT_S)
    return c, acks


def test_acl_confines_each_kiosk_to_its_own_topics(secured: tuple[Net, dict[str, str]]) -> None:
    net, pw = secured
    k1, _ = net.kiosk("k1", username="k1", password_file=pw["k1"])
    k2, k2_updates = net.kiosk("k2", username="k2", password_file=pw["k2"])
    console = net.console(username="console", password_file=pw["console"])
    k2.request("form", "concerns")
    call_id = console.wait_call(lambda v: True, "s/k2").call.call_id

    # kiosk k1 (its own credentials) forges k2's state and commands.
    forger, acks = raw_client(net, "k1", "pw-k1")
    try:
        forged_state = json.dumps({"call_id": call_id, "state": "resolved"}).encode()
        forged_cmd = json.dumps({"call_id": call_id, "action": "resolve"}).encode()
        m1 = forger.publish(k2.topics.help, forged_state, qos=1, retain=True).mid
        m2 = forger.publish(k2.topics.cmd, forged_cmd, qos=1).mid
        m3 = forger.publish(k2.topics.status, b'{"online": false}', qos=1, retain=True).mid
        wait_until(lambda: len(acks) >= 3)
        refused = {mid: rc for mid, rc in acks}
        for mid in (m1, m2, m3):
            assert refused[mid] == "Not authorized", acks  # PUBACK 0x87 under MQTT 5
    finally:
        forger.disconnect()
        forger.loop_stop()
    time.sleep(0.2)
    assert k2_updates.states() == [HelpState.REQUESTED]
    assert console.call("s/k2").call.state is CallState.REQUESTED
    assert console.kiosk("s/k2").online

    # A console may command, but never write a kiosk's state.
    staff, acks = raw_client(net, "console", "pw-console")
    try:
        mid = staff.publish(k2.topics.help, b"", qos=1, retain=True).mid
        wait_until(lambda: len(acks) >= 1)
        assert dict(acks)[mid] == "Not authorized"
    finally:
        staff.disconnect()
        staff.loop_stop()
    assert console.client.acknowledge("s/k2", call_id, "Anna")
    k2_updates.wait_for(HelpState.ACKNOWLEDGED, responder="Anna")
    assert k1.current is None


def test_wrong_password_does_not_connect_and_does_not_block(
    secured: tuple[Net, dict[str, str]], tmp_path: Path
) -> None:
    net, _ = secured
    wrong = tmp_path / "wrong.pw"
    wrong.write_text("nope\n")
    started = time.monotonic()
    kiosk, updates = net.kiosk("k1", connect=False, username="k1", password_file=str(wrong))
    kiosk.request("form", "welcome")
    assert time.monotonic() - started < 0.5
    assert not kiosk.wait_connected(0.5)
    assert updates.states() == [HelpState.REQUESTED]


# -- privacy ---------------------------------------------------------------------------------


def test_no_personal_data_in_any_payload(net: Net) -> None:
    sniff = net.sniffer()
    kiosk, updates = net.kiosk()
    console = net.console()
    # Everything a careless caller could hand the channel, with what a citizen typed.
    kiosk.publish_status(
        {
            "screen": "Mustermann",
            "name": "Erika Mustermann",
            "birth_date": "1964-08-12",
            "printer": "12.08.1964",
            "backend": "ok",
        }
    )
    kiosk.request("form", "Mustermann")
    view = console.wait_call(lambda v: True)
    assert view.call.step == "unknown"
    kiosk.request("technical", "1964-08-12")
    view = console.wait_call(lambda v: v.call.category == "technical")
    console.client.acknowledge("s/k1", view.call.call_id, "Schalter 3")
    updates.wait_for(HelpState.ACKNOWLEDGED)
    console.client.resolve("s/k1", view.call.call_id)
    updates.wait_for(HelpState.RESOLVED)
    kiosk.close()
    wait_until(lambda: console.kiosk() is not None and console.kiosk().online is False)
    messages = sniff.payloads()
    assert len(messages) >= 8
    for topic, payload, _ in messages:
        text = payload.decode("utf-8", "replace")
        for value in PERSONAL:
            assert value not in text and value not in topic, (topic, text)
        if payload:
            data = json.loads(payload)
            allowed = {
                "v",
                "online",
                "kiosk",
                "location",
                "screen",
                "printer",
                "card_reader",
                "backend",
                "version",
                "updated_at",
                "call_id",
                "category",
                "step",
                "state",
                "level",
                "requested_at",
                "staff",
                "reason",
                "reply",  # staff's answer: "coming" or "counter"
                "counter",  # a checked label ("3"), chosen by staff
                "action",
            }
            assert set(data) <= allowed, (topic, data)


# -- wiring ------------------------------------------------------------------------------------


def test_open_help_channel_follows_the_config(net: Net, tmp_path: Path) -> None:
    cfg = config_mod.load_demo(str(tmp_path))
    simulated = open_help_channel(cfg)
    assert isinstance(simulated, SimulatedHelpChannel)
    simulated.close()
    cfg = dataclasses.replace(
        cfg,
        kiosk=dataclasses.replace(cfg.kiosk, id="k1"),
        help=dataclasses.replace(cfg.help, kind="mqtt", site="s", location_label="Foyer"),
        mqtt=net.mqtt(),
    )
    channel = open_help_channel(cfg)
    try:
        assert isinstance(channel, MqttHelpChannel)
        console = net.console()
        channel.request("form", "welcome")
        view = console.wait_call(lambda v: True)
        assert view.call.location == "Foyer"
    finally:
        channel.close()


def test_unreadable_credentials_are_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="password_file"):
        make_client(MqttSection(username="k1", password_file=str(tmp_path / "missing")), "k1")
    with pytest.raises(ConfigError, match="TLS"):
        make_client(MqttSection(tls=True, ca_file=str(tmp_path / "missing.pem")), "k1")


def test_retained_state_is_the_kiosks_own_json(net: Net) -> None:
    kiosk, _ = net.kiosk()
    kiosk.request("form", "checkin")
    wait_until(lambda: retained_help(net) is not None)
    payload = retained_help(net)
    assert payload is not None
    assert parse_call(payload) == kiosk.current
