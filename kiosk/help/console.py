"""The staff console's picture of the fleet, and the MQTT client that keeps it current.

Qt-free: :class:`Fleet` turns the retained ``status`` and ``help`` messages of every kiosk
into immutable views and a list of changes, so the same logic is unit-tested without a
broker and the Qt view-model only applies changes. :class:`StaffConsole` runs paho on its
own network thread and hands every batch of changes to one listener (the view-model
queues them to the GUI thread).

A console never writes a kiosk's state. It sends commands (``ack``, ``resolve``,
``cancel``) and waits for the kiosk's new state: with two consoles acknowledging at once,
both then show the same winner.

After every (re)connect the picture is rebuilt from scratch: retained messages bring back
every kiosk and open call, and a call that ended while the console was away is not kept.
A kiosk whose status says ``online: false`` (its Last Will) keeps its calls, marked stale.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import socket
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from paho.mqtt.client import Client, ConnectFlags, DisconnectFlags, MQTTMessage
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode
from paho.mqtt.subscribeoptions import SubscribeOptions

from kiosk.config import MqttSection
from kiosk.help.link import QOS, LinkLog, make_client, no_delay
from kiosk.help.protocol import (
    Action,
    Command,
    HelpCall,
    ProtocolError,
    ServiceCommand,
    Topics,
    clean_reply,
    clean_staff,
    console_filters,
    parse_call,
    parse_status,
    split_topic,
)
from kiosk.help.tls import tls_problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KioskView:
    key: str  # "<site>/<kiosk id>": unique across sites
    site: str
    kiosk: str
    online: bool | None = None  # None: no status seen yet
    location: str = ""
    screen: str = ""
    printer: str = ""
    card_reader: str = ""
    backend: str = ""
    version: str = ""
    updated_at: float | None = None


@dataclass(frozen=True)
class CallView:
    key: str  # the kiosk's key: a kiosk has at most one open call
    site: str
    call: HelpCall
    stale: bool  # the kiosk went offline: nobody may be waiting any more


@dataclass(frozen=True)
class KioskChanged:
    view: KioskView


@dataclass(frozen=True)
class KioskRemoved:
    key: str


@dataclass(frozen=True)
class CallChanged:
    view: CallView
    new: bool  # the first time this console sees this call id: ring


@dataclass(frozen=True)
class CallClosed:
    key: str
    call_id: str
    final: HelpCall | None  # how it ended, if the kiosk said so before clearing it


@dataclass(frozen=True)
class LinkChanged:
    connected: bool


@dataclass(frozen=True)
class Reset:
    """Forget every kiosk and call: the retained messages that follow rebuild them."""


Change = KioskChanged | KioskRemoved | CallChanged | CallClosed | LinkChanged | Reset


class Fleet:
    """Every kiosk and open call one console knows of. Not thread-safe."""

    SEEN_MAX = 5000  # call ids remembered, so a reconnect does not ring for old calls

    def __init__(self) -> None:
        self.kiosks: dict[str, KioskView] = {}
        self.calls: dict[str, CallView] = {}
        self._seen: OrderedDict[str, None] = OrderedDict()

    def reset(self) -> list[Change]:
        self.kiosks.clear()
        self.calls.clear()
        return [Reset()]

    def apply(self, site: str, kiosk: str, kind: str, payload: bytes) -> list[Change]:
        """Raises ProtocolError for a malformed payload (the caller logs and ignores)."""
        if kind == "status":
            return self._status(site, kiosk, payload)
        if kind == "help":
            return self._help(site, kiosk, payload)
        return []

    def _status(self, site: str, kiosk: str, payload: bytes) -> list[Change]:
        key = f"{site}/{kiosk}"
        if not payload:  # an administrator cleared the kiosk's retained status
            changes: list[Change] = []
            if self.kiosks.pop(key, None) is not None:
                changes.append(KioskRemoved(key))
            return changes
        status = parse_status(payload)
        if status.kiosk and status.kiosk != kiosk:
            raise ProtocolError("status: kiosk id differs from the topic")
        old = self.kiosks.get(key)
        view = KioskView(
            key,
            site,
            kiosk,
            status.online,
            status.location or (old.location if old else ""),
            status.screen,
            status.printer,
            status.card_reader,
            status.backend,
            status.version or (old.version if old else ""),
            status.updated_at,
        )
        changes = []
        if view != old:
            self.kiosks[key] = view
            changes.append(KioskChanged(view))
        call = self.calls.get(key)
        if call is not None and call.stale != (status.online is False):
            self.calls[key] = replace(call, stale=status.online is False)
            changes.append(CallChanged(self.calls[key], new=False))
        return changes

    def _help(self, site: str, kiosk: str, payload: bytes) -> list[Change]:
        key = f"{site}/{kiosk}"
        current = self.calls.get(key)
        if not payload:  # cleared
            if current is None:
                return []
            del self.calls[key]
            return [CallClosed(key, current.call.call_id, None)]
        call = parse_call(payload)
        if call.kiosk != kiosk:
            raise ProtocolError("call: kiosk id differs from the topic")
        if not call.state.open:
            if current is None or current.call.call_id != call.call_id:
                return []
            del self.calls[key]
            return [CallClosed(key, call.call_id, call)]
        known = self.kiosks.get(key)
        view = CallView(key, site, call, stale=known is not None and known.online is False)
        if current is not None and current == view:
            return []
        new = call.call_id not in self._seen
        self._seen[call.call_id] = None
        while len(self._seen) > self.SEEN_MAX:
            self._seen.popitem(last=False)
        changes: list[Change] = []
        if current is not None and current.call.call_id != call.call_id:
            changes.append(CallClosed(key, current.call.call_id, None))  # replaced
        self.calls[key] = view
        changes.append(CallChanged(view, new=new))
        return changes


def split_key(key: str) -> tuple[str, str]:
    site, _, kiosk = key.partition("/")
    if not site or not kiosk or "/" in kiosk:
        raise ValueError(f"not a kiosk key: {key!r}")
    return site, kiosk


Listener = Callable[[list[Change]], None]


class StaffConsole:
    """A console's MQTT client: subscribes to every kiosk, sends commands."""

    def __init__(
        self, mqtt: MqttSection, listener: Listener, *, client_id: str | None = None
    ) -> None:
        self.prefix = mqtt.topic_prefix
        self._mqtt = mqtt
        self._listener = listener
        self._lock = threading.Lock()
        self.fleet = Fleet()
        self._connected = threading.Event()
        self._closed = False
        host = socket.gethostname().split(".")[0][:20] or "console"
        self.client_id = client_id or f"staff-{host}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self._link = LinkLog(self.client_id)
        # Who sends service commands: the credential if there is one (the broker knows
        # it), else the client id. Letters, digits and _.:@- only.
        self.sender = re.sub(r"[^A-Za-z0-9_.:@-]", "-", mqtt.username or self.client_id)[:128]
        self._service_seq = 0
        self._client = make_client(mqtt, self.client_id)
        self._client.on_connect = self._on_connect
        self._client.on_connect_fail = self._on_connect_fail
        self._client.on_disconnect = self._on_disconnect
        self._client.on_message = self._on_message
        self._client.on_publish = self._on_publish
        self._refused: dict[int, str] = {}  # message id -> the broker's reason
        self._refused_lock = threading.Lock()
        self._started = False

    def start(self) -> None:
        """Connect in the background (never blocks)."""
        if self._started:
            return
        self._started = True
        self._client.connect_async(
            self._mqtt.host, self._mqtt.port, keepalive=self._mqtt.keepalive_s, clean_start=True
        )
        self._client.loop_start()

    def close(self) -> None:
        """Disconnect; waits at most about 2 s."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        if not self._started:
            return
        self._client.disconnect()
        stopper = threading.Thread(target=self._client.loop_stop, daemon=True)
        stopper.start()
        stopper.join(2.0)
        if not stopper.is_alive():
            # paho closes its network socket, but the loop's wake-up socket pair only when
            # the client object is collected: two descriptors per closed console until then.
            self._client._reset_sockets()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def wait_connected(self, timeout_s: float) -> bool:
        return self._connected.wait(timeout_s)

    def snapshot(self) -> tuple[dict[str, KioskView], dict[str, CallView]]:
        with self._lock:
            return dict(self.fleet.kiosks), dict(self.fleet.calls)

    def send(
        self, key: str, call_id: str, action: Action, staff: str = "", counter: str = ""
    ) -> bool:
        """Send a command to the kiosk ``key``; False when not connected (nothing is
        queued: a command for a call that may be over by then must not go out later).
        With ``counter`` the answer is "please go to counter <counter>", else "someone
        is coming to you"; a malformed label raises ProtocolError before anything goes
        out."""
        site, kiosk = split_key(key)
        reply, counter = clean_reply("counter" if counter.strip() else "coming", counter.strip())
        cmd = Command(call_id, action, clean_staff(staff), reply, counter)
        if not self._connected.is_set():
            return False
        info = self._client.publish(Topics(self.prefix, site, kiosk).cmd, cmd.to_json(), qos=QOS)
        return info.rc == 0

    def set_service(self, key: str, action: str, message: str = "maintenance") -> bool:
        """Put kiosk ``key`` out of service (``out_of_service``) or back (``in_service``).

        Never retained, with this console's time and a sequence number that grows even
        across restarts (milliseconds since the epoch at least), so the kiosk applies it
        once and never again from a replay."""
        site, kiosk = split_key(key)
        if not self._connected.is_set():
            return False
        with self._lock:
            now = time.time()
            self._service_seq = max(self._service_seq + 1, int(now * 1000))
            cmd = ServiceCommand(action, message, now, self._service_seq, self.sender)
        payload = cmd.to_json()
        info = self._client.publish(Topics(self.prefix, site, kiosk).service, payload, qos=QOS)
        return info.rc == 0

    def forget(self, key: str) -> bool:
        """Clear every retained message of a decommissioned kiosk (status, help state and
        any stray command), so no console shows it any more. Needs the admin credential:
        the ACL lets staff consoles write only commands."""
        site, kiosk = split_key(key)
        if not self._connected.is_set():
            return False
        topics = Topics(self.prefix, site, kiosk)
        infos = [
            self._client.publish(topic, b"", qos=QOS, retain=True)
            for topic in (topics.status, topics.help, topics.cmd, topics.service)
        ]
        for info in infos:
            with contextlib.suppress(RuntimeError, ValueError):
                info.wait_for_publish(5.0)
        with self._refused_lock:
            refused = [self._refused.pop(info.mid, None) for info in infos]
        return all(
            info.rc == 0 and info.is_published() and why is None
            for info, why in zip(infos, refused, strict=True)
        )

    def acknowledge(self, key: str, call_id: str, staff: str = "", counter: str = "") -> bool:
        """Take the call: someone comes to the terminal, or (``counter``) the citizen is
        asked to go to that counter."""
        return self.send(key, call_id, Action.ACK, staff, counter)

    def resolve(self, key: str, call_id: str, staff: str = "") -> bool:
        return self.send(key, call_id, Action.RESOLVE, staff)

    # -- paho callbacks (network thread) ---------------------------------------------------

    def _deliver(self, changes: list[Change]) -> None:
        if changes:
            try:
                self._listener(changes)
            except Exception:
                log.exception("staff console listener failed")

    def _on_connect(
        self,
        client: Client,
        userdata: Any,
        flags: ConnectFlags,
        reason: ReasonCode,
        properties: Properties | None,
    ) -> None:
        if reason.is_failure:
            self._link.down(f"refused: {reason}")
            return
        try:
            no_delay(client)
            client.subscribe([(f, SubscribeOptions(qos=QOS)) for f in console_filters(self.prefix)])
            self._link.up(f"{self._mqtt.host}:{self._mqtt.port}")
            with self._lock:
                self._connected.set()
                self._deliver([*self.fleet.reset(), LinkChanged(True)])
        except Exception:
            log.exception("staff console: on_connect failed")

    def _on_connect_fail(self, client: Client, userdata: Any) -> None:
        self._link.down("connect failed", lambda: tls_problem(self._mqtt))

    def _on_publish(
        self,
        client: Client,
        userdata: Any,
        mid: int,
        reason: ReasonCode,
        properties: Properties | None,
    ) -> None:
        if reason.is_failure:  # e.g. 0x87 "Not authorized": the ACL refused it
            log.error("broker refused a publish", extra={"fields": {"reason": str(reason)}})
            with self._refused_lock:  # paho holds its message lock here: not self._lock
                self._refused[mid] = str(reason)
                while len(self._refused) > 1000:
                    self._refused.pop(next(iter(self._refused)))

    def _on_disconnect(
        self,
        client: Client,
        userdata: Any,
        flags: DisconnectFlags,
        reason: ReasonCode,
        properties: Properties | None,
    ) -> None:
        was = self._connected.is_set()
        self._connected.clear()
        if not self._closed:
            self._link.down(str(reason))
        if was:
            with self._lock:
                self._deliver([LinkChanged(False)])

    def _on_message(self, client: Client, userdata: Any, message: MQTTMessage) -> None:
        try:
            where = split_topic(self.prefix, message.topic)
            if where is None:
                return
            site, kiosk, kind = where
            with self._lock:
                try:
                    changes = self.fleet.apply(site, kiosk, kind, bytes(message.payload))
                except ProtocolError as err:
                    log.warning(
                        "malformed message ignored",
                        extra={"fields": {"kind": kind, "kiosk": kiosk, "error": str(err)}},
                    )
                    return
                self._deliver(changes)
        except Exception:
            log.exception("staff console: message handling failed")
