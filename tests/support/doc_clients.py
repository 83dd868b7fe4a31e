"""Clients of the docs/mqtt.md broker (kiosk.help.docbroker) for tests: the ``[mqtt]``
section each credential gets, a console that records what it was told, and polling.

Skips (locally) or fails (with CI set) when mosquitto, mosquitto_passwd or openssl is
missing, like every rig (see rigs.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import rigs

from kiosk.config import MqttSection
from kiosk.help import docbroker
from kiosk.help.console import Change, StaffConsole

WAIT_S = 10.0
SITE = "rathaus"


def require() -> None:
    rigs.require("docs/mqtt.md broker", docbroker.missing())


def wait_until(cond: Callable[[], bool], timeout_s: float = WAIT_S, what: str = "") -> None:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.01)
    assert cond(), f"not within {timeout_s} s: {what or cond}"


def section(broker: docbroker.DocBroker, user: str, **over: Any) -> MqttSection:
    """What ``user`` puts in its ``[mqtt]``: TLS to the name in the certificate."""
    values: dict[str, Any] = {
        "host": broker.cert_host,
        "port": broker.tls_port,
        "topic_prefix": broker.prefix,
        "username": user,
        "password_file": str(broker.password_file(user)),
        "tls": True,
        "ca_file": str(broker.ca_file),
        "keepalive_s": 5,
        "reconnect_max_s": 1,
    }
    values.update(over)
    return MqttSection(**values)


class Console:
    """A StaffConsole and every change it delivered."""

    def __init__(self, mqtt: MqttSection) -> None:
        self.changes: list[Change] = []
        self._lock = threading.Lock()
        self.client = StaffConsole(mqtt, self._record)
        self.client.start()
        assert self.client.wait_connected(WAIT_S), "console did not connect"

    def _record(self, changes: list[Change]) -> None:
        with self._lock:
            self.changes.extend(changes)

    def call(self, key: str) -> Any:
        return self.client.snapshot()[1].get(key)

    def kiosk(self, key: str) -> Any:
        return self.client.snapshot()[0].get(key)

    def close(self) -> None:
        self.client.close()
