"""docs/mqtt.md works as written: its blocks, applied to a private mosquitto laid out like
Debian 12's package (kiosk.help.docbroker), give a broker that carries a help call end to
end over TLS, with a non-default topic prefix; the answer formats it states are the
parser's."""

from __future__ import annotations

import dataclasses
import json
import re

import doc_clients
import pytest
from doc_clients import SITE, Console, section, wait_until

from kiosk.help import docbroker
from kiosk.help.channel import HelpState, HelpUpdate
from kiosk.help.mqtt import MqttHelpChannel
from kiosk.help.protocol import COUNTER, REPLIES, Action, Command, HelpCall

DOC = docbroker.DOC.read_text(encoding="utf-8")


def test_the_broker_section_has_the_steps_an_admin_needs():
    blocks = docbroker.blocks(DOC)
    shell = "\n".join(b.text for b in blocks if b.lang == "sh")
    conf = [b.text for b in blocks if b.lang == "conf"]
    assert "openssl req -x509" in shell and "subjectAltName=DNS:" in shell
    assert "chown root:mosquitto server.key" in shell
    assert "systemctl restart mosquitto" in shell and "systemctl reload" not in shell
    assert re.search(r"^PREFIX=", shell, flags=re.M) and "$PREFIX/" in shell
    assert "buergerbuero/" not in shell.split("PREFIX=", 1)[1].split("EOF", 1)[0].split("\n", 1)[1]
    kiosk_conf = next(c for c in conf if c.startswith("# /etc/mosquitto/conf.d/kiosk.conf"))
    # Debian's mosquitto.conf sets these; a second persistence_location stops the broker.
    assert "persistence" not in re.sub(r"#.*", "", kiosk_conf)
    assert "use_username_as_clientid true" in kiosk_conf


def test_a_repeated_persistence_location_stops_debians_broker():
    """What the earlier version of the document did, on the same rig: the rig starts
    mosquitto the way Debian does, so the test above means something."""
    doc_clients.require()
    broker = docbroker.DocBroker(
        conf_edit={
            "allow_anonymous false": "allow_anonymous false\n"
            "persistence_location /var/lib/mosquitto/"
        }
    )
    try:
        broker.set_up()
        with pytest.raises(RuntimeError, match="mosquitto exited"):
            broker.start()
    finally:
        broker.close()


def test_a_help_call_end_to_end_over_tls_as_documented():
    doc_clients.require()
    with docbroker.DocBroker(prefix="stadt-nord") as broker:
        updates: list[HelpUpdate] = []
        kiosk = MqttHelpChannel(
            section(broker, "rathaus-t1"),
            kiosk_id="rathaus-t1",
            site=SITE,
            location="Foyer, Terminal 1",
            escalate_after_s=600,
        )
        kiosk.subscribe(updates.append)
        console = Console(section(broker, "staff-empfang"))
        try:
            assert kiosk.wait_connected(doc_clients.WAIT_S), broker.log()
            key = f"{SITE}/rathaus-t1"
            wait_until(lambda: console.kiosk(key) is not None, what="kiosk status")
            kiosk.request("form", "form_page")
            wait_until(lambda: console.call(key) is not None, what="call on the console")
            call = console.call(key).call
            assert call.location == "Foyer, Terminal 1" and call.category == "form"
            # "Zu Schalter 3 bitten": the counter answer, as the document describes it.
            assert console.client.acknowledge(key, call.call_id, counter="3")
            wait_until(lambda: any(u.state is HelpState.ACKNOWLEDGED for u in updates), what="ack")
            assert [
                (u.reply, u.counter, u.responder)
                for u in updates
                if u.state is HelpState.ACKNOWLEDGED
            ] == [("counter", "3", "")]
            assert console.client.resolve(key, call.call_id)
            wait_until(lambda: console.call(key) is None, what="call closed on the console")
            assert updates[-1].state is HelpState.RESOLVED
        finally:
            console.close()
            kiosk.close()


def test_the_answer_formats_in_the_document_are_the_parsers():
    """The counter examples the document gives are accepted, "Schalter 3" (a sentence,
    not a label) is not, and the key lists in the table are the payloads' keys."""
    assert all(COUNTER.fullmatch(label) for label in ("3", "12", "B12"))
    assert not COUNTER.fullmatch("Schalter 3") and not COUNTER.fullmatch("123456789")
    assert all(f'"{reply}"' in DOC for reply in REPLIES)
    rows = {line.split("|")[1].strip(): line for line in DOC.splitlines() if line.startswith("| `")}
    command = json.loads(Command("c" * 8, Action.ACK, "", "counter", "3").to_json())
    keys = set(re.findall(r'"(\w+)"', rows["`<base>/help/cmd`"]))
    assert keys - {"ack", "resolve", "cancel", "coming"} == set(command) - {"v"}
    fields = {f.name for f in dataclasses.fields(HelpCall)}
    assert set(re.findall(r'"(\w+)"', rows["`<base>/help`"])) == fields
