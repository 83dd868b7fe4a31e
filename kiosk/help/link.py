"""The MQTT connection that kiosks and consoles share: a paho client with credentials,
TLS and a capped reconnect backoff, Nagle off, and a log that says once that the broker
is gone (with the reason a TLS probe finds) and once that it is back."""

from __future__ import annotations

import contextlib
import importlib.metadata
import logging
import socket
import ssl
from collections.abc import Callable
from pathlib import Path

from paho.mqtt.client import Client
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

from kiosk.config import ConfigError, MqttSection

log = logging.getLogger("kiosk.help.mqtt")  # one logger name for the whole link

QOS = 1


def package_version() -> str:
    try:
        return importlib.metadata.version("buergerbuero-kiosk")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


def read_password(path: str) -> str:
    """The password from its own file (first line), never from the TOML itself."""
    try:
        return Path(path).expanduser().read_text(encoding="utf-8").splitlines()[0].strip()
    except (OSError, UnicodeDecodeError, IndexError) as err:
        raise ConfigError(f"mqtt.password_file: cannot read {path!r} ({err})") from None


def make_client(mqtt: MqttSection, client_id: str) -> Client:
    """A paho client (MQTT 5) with credentials, TLS and the reconnect backoff of ``mqtt``.

    Raises ConfigError for unreadable credentials or TLS files: a kiosk that cannot page
    anyone must not start as if it could.
    """
    client = Client(
        CallbackAPIVersion.VERSION2, client_id=client_id, protocol=MQTTProtocolVersion.MQTTv5
    )
    if mqtt.username:
        password = read_password(mqtt.password_file) if mqtt.password_file else None
        client.username_pw_set(mqtt.username, password)
    if mqtt.tls:
        try:
            client.tls_set(
                ca_certs=mqtt.ca_file or None,
                certfile=mqtt.cert_file or None,
                keyfile=mqtt.key_file or None,
            )
        except (OSError, ssl.SSLError) as err:
            raise ConfigError(f"mqtt: TLS set-up failed ({err})") from None
    client.reconnect_delay_set(1, max(1, round(mqtt.reconnect_max_s)))
    return client


def no_delay(client: Client) -> None:
    """Turn off Nagle on the connection: paho leaves it on, and a small publish right after
    another then waits for the broker's delayed ACK, about 40 ms per hop on Linux."""
    sock = client.socket()
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class LinkLog:
    """Logs a lost connection once, not on every retry, and when it is back."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._down_logged = False

    def up(self, host: str) -> None:
        log.info("connected to the broker", extra={"fields": {"client": self._what, "host": host}})
        self._down_logged = False

    def down(self, reason: str, explain: Callable[[], str | None] | None = None) -> None:
        """Log once; ``explain`` (a TLS probe, blocking) runs only when this logs."""
        if not self._down_logged:
            detail = explain() if explain is not None else None
            log.warning(
                "broker not reachable; retrying in the background",
                extra={"fields": {"client": self._what, "reason": detail or reason}},
            )
            self._down_logged = True
