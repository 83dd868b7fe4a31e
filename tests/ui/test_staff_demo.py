"""``make demo-staff`` without its windows: the broker it starts (docs/mqtt.md's), the
kiosk and console configurations it writes, and a help call raised, acknowledged and
resolved through exactly those configurations."""

from __future__ import annotations

from pathlib import Path

import doc_clients
from doc_clients import Console, wait_until

from kiosk import config as config_mod
from kiosk.help.channel import HelpState, HelpUpdate
from kiosk.help.docbroker import DocBroker
from kiosk.help.mqtt import MqttHelpChannel
from ui.staff import demo


def test_the_demo_configs_page_staff_over_the_documented_broker(tmp_path: Path):
    doc_clients.require()
    with DocBroker() as broker:  # under /tmp: the mosquitto user must reach its files
        files = demo.write_configs(broker, tmp_path)
        kiosk_cfg = config_mod.load(files.kiosk_toml)
        staff_cfg = config_mod.load(files.staff_toml)
        assert kiosk_cfg.help.kind == "mqtt" and kiosk_cfg.mqtt.tls
        assert kiosk_cfg.kiosk.id == kiosk_cfg.mqtt.username == demo.KIOSK_ID
        assert kiosk_cfg.cardreader.kind == "simulated"  # the rest is the built-in demo
        assert staff_cfg.mqtt.username == demo.STAFF

        updates: list[HelpUpdate] = []
        kiosk = MqttHelpChannel.from_config(kiosk_cfg)
        kiosk.subscribe(updates.append)
        console = Console(staff_cfg.mqtt)
        key = f"{demo.SITE}/{demo.KIOSK_ID}"
        try:
            assert kiosk.wait_connected(doc_clients.WAIT_S), broker.log()
            kiosk.request("technical", "welcome")
            wait_until(lambda: console.call(key) is not None, what="the console rings")
            call = console.call(key).call
            assert call.location == demo.LOCATION
            assert console.client.acknowledge(key, call.call_id, "Schalter 3")
            wait_until(lambda: any(u.state is HelpState.ACKNOWLEDGED for u in updates))
            assert console.client.resolve(key, call.call_id)
            wait_until(lambda: console.call(key) is None)
            assert updates[-1].state is HelpState.RESOLVED
        finally:
            console.close()
            kiosk.close()
