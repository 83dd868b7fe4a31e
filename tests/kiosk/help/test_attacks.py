"""The help channel holds against its own users: each attack from issue 15, tried with a
valid credential against a real mosquitto set up exactly as docs/mqtt.md says
(kiosk.help.docbroker), and where the fix is a broker setting, the same attack on the
same broker without that setting, to show the test would catch its loss."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import doc_clients
import pytest
from doc_clients import SITE, WAIT_S, Console, section, wait_until
from paho.mqtt.client import Client, MQTTMessage
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion
from paho.mqtt.reasoncodes import ReasonCode

from kiosk import config as config_mod
from kiosk.config import ConfigError, MqttSection
from kiosk.help import docbroker
from kiosk.help.machine import HelpCallMachine
from kiosk.help.mqtt import MqttHelpChannel
from kiosk.help.protocol import ServiceCommand, Topics

KIOSK_BIN = str(Path(sys.executable).with_name("kiosk"))


@pytest.fixture(scope="module")
def broker() -> Iterator[docbroker.DocBroker]:
    doc_clients.require()
    with docbroker.DocBroker() as b:
        yield b


class Raw:
    """A hand-made paho client: what an attacker with a valid credential can do."""

    def __init__(self, mqtt: MqttSection, client_id: str) -> None:
        self.refused: list[str] = []
        self.acked: set[int] = set()
        self.received: list[MQTTMessage] = []
        self._lock = threading.Lock()
        self.connected = threading.Event()
        self.client = Client(
            CallbackAPIVersion.VERSION2, client_id=client_id, protocol=MQTTProtocolVersion.MQTTv5
        )
        self.client.username_pw_set(mqtt.username, Path(mqtt.password_file).read_text().strip())
        self.client.tls_set(ca_certs=mqtt.ca_file)
        self.client.on_connect = lambda c, u, f, rc, p: self.connected.set()
        self.client.on_publish = self._on_publish
        self.client.on_message = lambda c, u, m: self.received.append(m)
        self.client.connect(mqtt.host, mqtt.port)
        self.client.loop_start()
        assert self.connected.wait(WAIT_S)

    def _on_publish(self, c: Any, u: Any, mid: int, rc: ReasonCode, p: Any) -> None:
        with self._lock:
            self.acked.add(mid)
            if rc.is_failure:
                self.refused.append(str(rc))

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def publish_checked(raw: Raw, topic: str, payload: bytes, *, retain: bool = False) -> bool:
    """True when the broker accepted the publish (PUBACK success)."""
    count = len(raw.refused)
    info = raw.client.publish(topic, payload, qos=1, retain=retain)
    wait_until(lambda: info.mid in raw.acked, what="PUBACK")
    return len(raw.refused) == count


def kiosk(broker: docbroker.DocBroker, kiosk_id: str = "rathaus-t1", **kw: Any) -> MqttHelpChannel:
    channel = MqttHelpChannel(
        section(broker, kiosk_id),
        kiosk_id=kiosk_id,
        site=SITE,
        location=f"Terminal {kiosk_id}",
        escalate_after_s=600,
        **kw,
    )
    assert channel.wait_connected(WAIT_S), broker.log()
    return channel


def retained(broker: docbroker.DocBroker, topic: str) -> bytes | None:
    """What the broker retains on ``topic`` (as the admin sees it), None if nothing."""
    raw = Raw(section(broker, "kiosk-admin"), f"probe-{uuid.uuid4().hex[:6]}")
    try:
        raw.client.subscribe(topic, qos=1)
        time.sleep(0.5)
        found = [m for m in raw.received if m.retain and m.topic == topic]
        return bytes(found[-1].payload) if found else None
    finally:
        raw.close()


# -- 1. client-id takeover ----------------------------------------------------------


def takeover_disconnects_the_kiosk(broker: docbroker.DocBroker) -> bool:
    """A staff credential connects under the kiosk's (public) client id. True when the
    kiosk lost its connection (and its Last Will told every console it is offline)."""
    k = kiosk(broker)
    console = Console(section(broker, "staff-empfang"))
    key = f"{SITE}/rathaus-t1"
    drops: list[bool] = []
    k._client.on_disconnect = lambda *a: drops.append(True)
    try:
        wait_until(lambda: console.kiosk(key) is not None and console.kiosk(key).online)
        attacker = Raw(section(broker, "staff-empfang"), client_id="rathaus-t1")
        time.sleep(1.5)
        attacker.close()
        offline = console.kiosk(key) is None or console.kiosk(key).online is False
        return bool(drops) or offline
    finally:
        console.close()
        k.close()


def test_another_credential_cannot_take_over_a_kiosks_client_id(broker):
    assert not takeover_disconnects_the_kiosk(broker)


def test_without_use_username_as_clientid_the_takeover_works():
    """The control: the same attack on the documented broker minus that one line."""
    doc_clients.require()
    with docbroker.DocBroker(conf_edit={"use_username_as_clientid true": ""}) as open_broker:
        assert takeover_disconnects_the_kiosk(open_broker)


def test_a_kiosk_credential_must_be_the_kiosk_id(tmp_path):
    cfg = config_mod.load_demo(str(tmp_path))
    cfg = dataclasses.replace(
        cfg,
        help=dataclasses.replace(cfg.help, kind="mqtt", site=SITE),
        mqtt=MqttSection(username="rathaus-t2"),
    )
    with pytest.raises(ConfigError, match="must be the kiosk id"):
        MqttHelpChannel.from_config(cfg)


# -- 2. retained commands are never replayed ------------------------------------------


def service_payload(action: str, seq: int, sent_at: float | None = None) -> bytes:
    sent = time.time() if sent_at is None else sent_at
    return ServiceCommand(action, "fault", sent, seq, "staff-empfang").to_json()


def test_a_retained_service_command_is_applied_once_then_cleared(broker, caplog):
    caplog.set_level(logging.INFO, logger="kiosk.help.mqtt")
    applied: list[tuple[str, str]] = []
    k = kiosk(broker)
    k.set_service_handler(lambda action, message: applied.append((action, message)))
    staff = Raw(section(broker, "staff-empfang"), "staff-empfang")
    topics = Topics(broker.prefix, SITE, "rathaus-t1")
    try:
        seq = int(time.time() * 1000)
        assert publish_checked(
            staff, topics.service, service_payload("out_of_service", seq), retain=True
        )
        wait_until(lambda: applied == [("out_of_service", "fault")], what=f"applied: {applied}")
        # `kiosk remote service ... in` undoes it; then the broker restarts (persistence
        # on, as Debian's mosquitto.conf has it) and the kiosk reconnects.
        assert publish_checked(staff, topics.service, service_payload("in_service", seq + 1))
        wait_until(lambda: len(applied) == 2)
        staff.close()
        broker.restart()
        assert k.wait_connected(WAIT_S)
        wait_until(lambda: any("retained service command" in r.message for r in caplog.records))
        time.sleep(0.5)
        assert applied == [("out_of_service", "fault"), ("in_service", "fault")]
        assert retained(broker, topics.service) is None  # the kiosk cleared it
    finally:
        k.close()


def test_stale_and_replayed_service_commands_are_ignored(broker):
    applied: list[str] = []
    k = kiosk(broker)
    k.set_service_handler(lambda action, message: applied.append(action))
    staff = Raw(section(broker, "staff-empfang"), "staff-empfang")
    topics = Topics(broker.prefix, SITE, "rathaus-t1")
    try:
        seq = int(time.time() * 1000) + 10_000
        assert publish_checked(
            staff, topics.service, service_payload("out_of_service", seq, time.time() - 3600)
        )
        fresh = service_payload("out_of_service", seq + 1)
        assert publish_checked(staff, topics.service, fresh)
        wait_until(lambda: applied == ["out_of_service"])
        assert publish_checked(staff, topics.service, fresh)  # recorded and played back
        assert publish_checked(staff, topics.service, service_payload("in_service", seq + 2))
        wait_until(lambda: applied == ["out_of_service", "in_service"])
        time.sleep(0.3)
        assert applied == ["out_of_service", "in_service"]
    finally:
        staff.close()
        k.close()


def test_an_empty_retained_clear_is_not_logged_as_malformed(broker, caplog):
    caplog.set_level(logging.INFO, logger="kiosk.help.mqtt")
    k = kiosk(broker)
    staff = Raw(section(broker, "kiosk-admin"), "kiosk-admin")
    try:
        topics = Topics(broker.prefix, SITE, "rathaus-t1")
        assert publish_checked(staff, topics.service, b"", retain=True)
        assert publish_checked(staff, topics.service, b"{" * 3000)
        wait_until(lambda: any("malformed" in r.message for r in caplog.records))
        malformed = [r for r in caplog.records if "malformed" in r.message]
        assert len(malformed) == 1  # the deep one, not the clear
        assert "nested deeper" in malformed[0].fields["error"]  # type: ignore[attr-defined]
    finally:
        staff.close()
        k.close()


# -- 3. phantom calls ------------------------------------------------------------------


def phantom_call_rings(broker: docbroker.DocBroker) -> bool:
    """Kiosk rathaus-t2's credential pages as itself at another site. True when a
    console shows that call (nobody could then clear it but the admin)."""
    console = Console(section(broker, "staff-empfang"))
    attacker = Raw(section(broker, "rathaus-t2"), "rathaus-t2")
    try:
        fake = HelpCallMachine("rathaus-t2", "Foyer", 600).request("technical", "welcome")
        other_site = Topics(broker.prefix, "bahnhof", "rathaus-t2").help
        accepted = publish_checked(attacker, other_site, fake.to_json(), retain=True)
        time.sleep(0.5)
        shown = console.call("bahnhof/rathaus-t2") is not None
        if accepted:  # leave nothing behind for the next test
            admin = Raw(section(broker, "kiosk-admin"), "kiosk-admin")
            assert publish_checked(admin, other_site, b"", retain=True)
            admin.close()
        return accepted or shown
    finally:
        attacker.close()
        console.close()


def test_a_kiosk_credential_cannot_page_for_another_site_or_kiosk(broker):
    assert not phantom_call_rings(broker)
    console = Console(section(broker, "staff-empfang"))
    attacker = Raw(section(broker, "rathaus-t2"), "rathaus-t2")
    try:
        twin = HelpCallMachine("rathaus-t1", "Foyer", 600).request("technical", "welcome")
        other_kiosk = Topics(broker.prefix, SITE, "rathaus-t1").help
        assert not publish_checked(attacker, other_kiosk, twin.to_json(), retain=True)
        # Its own topic works: the refusals are the ACL, not a broken credential.
        fake = HelpCallMachine("rathaus-t2", "Foyer", 600).request("technical", "welcome")
        own = Topics(broker.prefix, SITE, "rathaus-t2")
        assert publish_checked(attacker, own.help, fake.to_json(), retain=True)
        wait_until(lambda: console.call(f"{SITE}/rathaus-t2") is not None)
        assert console.call(f"{SITE}/rathaus-t1") is None
        assert publish_checked(attacker, own.help, b"", retain=True)
    finally:
        attacker.close()
        console.close()


def test_with_the_earlier_pattern_acl_a_kiosk_pages_from_any_site():
    """The control: the ACL line docs/mqtt.md used to give (``+`` for the site)."""
    doc_clients.require()
    old = "pattern readwrite $PREFIX/+/kiosk/%u/#"
    edits = {
        "topic readwrite $PREFIX/rathaus/kiosk/rathaus-t1/#": old,
        "topic readwrite $PREFIX/rathaus/kiosk/rathaus-t2/#": old,
    }
    with docbroker.DocBroker(conf_edit=edits) as open_broker:
        assert phantom_call_rings(open_broker)


def test_a_console_cannot_publish_state(broker):
    staff = Raw(section(broker, "staff-empfang"), "staff-empfang")
    try:
        fake = HelpCallMachine("rathaus-t1", "Foyer", 600).request("technical", "welcome")
        assert not publish_checked(
            staff, Topics(broker.prefix, SITE, "rathaus-t1").help, fake.to_json(), retain=True
        )
    finally:
        staff.close()


# -- 4. dead kiosks --------------------------------------------------------------------


def remote(
    broker: docbroker.DocBroker, tmp_path: Path, user: str, *args: str
) -> subprocess.CompletedProcess[str]:
    mqtt = section(broker, user)
    path = tmp_path / f"{user}.toml"
    path.write_text(
        f'[kiosk]\nstate_dir = "{tmp_path / "state"}"\n[mqtt]\nhost = "{mqtt.host}"\n'
        f'port = {mqtt.port}\ntopic_prefix = "{mqtt.topic_prefix}"\nusername = "{user}"\n'
        f'password_file = "{mqtt.password_file}"\ntls = true\nca_file = "{mqtt.ca_file}"\n'
    )
    return subprocess.run(
        [KIOSK_BIN, "remote", *args, "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def test_only_the_admin_can_forget_a_dead_kiosk(broker, tmp_path):
    # rathaus-t2 dies with a call open: its Last Will and its call stay retained.
    dead = Raw(section(broker, "rathaus-t2"), "rathaus-t2")
    topics = Topics(broker.prefix, SITE, "rathaus-t2")
    call = HelpCallMachine("rathaus-t2", "Keller", 600).request("technical", "welcome")
    assert publish_checked(
        dead, topics.status, json.dumps({"v": 1, "online": False}).encode(), retain=True
    )
    assert publish_checked(dead, topics.help, call.to_json(), retain=True)
    dead.close()
    console = Console(section(broker, "staff-empfang"))
    key = f"{SITE}/rathaus-t2"
    try:
        wait_until(lambda: console.kiosk(key) is not None and console.call(key) is not None)
        # The CLI with the console's credential pushes that console off for a moment
        # (one credential, one connection): look at what the broker retains instead.
        refused = remote(broker, tmp_path, "staff-empfang", "forget", key)
        assert refused.returncode == 1 and "admin credential" in refused.stderr
        assert retained(broker, topics.status) is not None
        assert retained(broker, topics.help) is not None
        done = remote(broker, tmp_path, "kiosk-admin", "forget", key)
        assert done.returncode == 0, done.stderr
        wait_until(lambda: console.kiosk(key) is None and console.call(key) is None)
        for topic in (topics.status, topics.help, topics.service, topics.cmd):
            assert retained(broker, topic) is None
    finally:
        console.close()
