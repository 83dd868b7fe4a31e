"""The help channel over MQTT: a kiosk pages the staff consoles through Mosquitto.

Topics (``<base>`` = ``<prefix>/<site>/kiosk/<id>``), all QoS 1:

* ``<base>/status``: retained ``{"online": true, screen, printer, ...}``; the Last Will
  (also sent on a clean shutdown) is the retained ``{"online": false, ...}``.
* ``<base>/help``: the retained state of the open call. A call that ends is published
  once, not retained (so live consoles learn how it ended), then cleared with an empty
  retained payload (so a console that starts later does not see it).
* ``<base>/help/cmd``: commands from consoles, checked by :class:`HelpCallMachine`.

The kiosk is the only writer of its state, so after every (re)connect it simply
publishes it again: status, then the open call if there is one. Messages still queued
from the lost connection are dropped first; paho would otherwise send them after the
fresh ones and an old state could win.

A restarted kiosk never re-announces a call: its screen no longer shows one, so staff
would walk to a terminal where nobody waits for them. It subscribes to its own help
topic, and an open call the broker still holds from an earlier run is closed
(``cancelled``, reason ``restart``). A call that ended while the broker was unreachable
gets its real ending published the same way.

Listeners hear of a new call at once (REQUESTED, before any network trip), of staff's
commands (ACKNOWLEDGED, RESOLVED, CANCELLED) and of their own cancel; an escalation only
goes to the consoles (``level`` rides along on the next update).

Nothing here blocks the caller: paho connects (``connect_async``) and reconnects with a
backoff capped at ``reconnect_max_s`` on its own network thread (``loop_start``). Calls
are accepted while disconnected and published once the broker is back. Listeners are
called on paho's thread or the caller's thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from paho.mqtt.client import Client, ConnectFlags, DisconnectFlags, MQTTMessage, MQTTMessageInfo
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode
from paho.mqtt.subscribeoptions import SubscribeOptions

from kiosk.config import Config, ConfigError, MqttSection
from kiosk.help.channel import CATEGORIES, HelpState, HelpUpdate, Listener
from kiosk.help.link import QOS, LinkLog, make_client, no_delay, package_version
from kiosk.help.machine import HelpCallMachine
from kiosk.help.protocol import (
    HelpCall,
    ProtocolError,
    ServiceGate,
    Topics,
    clean_status,
    offline_payload,
    parse_call,
    parse_command,
    parse_service_command,
    status_payload,
)
from kiosk.help.tls import tls_problem

log = logging.getLogger(__name__)

CLOSE_WAIT_S = 1.0  # at most this long for the goodbye to reach the broker


class MqttHelpChannel:
    """:class:`~kiosk.help.channel.HelpChannel` over MQTT, plus :meth:`publish_status`."""

    def __init__(
        self,
        mqtt: MqttSection,
        *,
        kiosk_id: str,
        site: str,
        location: str,
        escalate_after_s: float,
        clock: Callable[[], float] = time.time,
        version: str | None = None,
    ) -> None:
        self.topics = Topics(mqtt.topic_prefix, site, kiosk_id)
        self._machine = HelpCallMachine(kiosk_id, location, escalate_after_s, clock=clock)
        self._clock = clock
        self._host = f"{mqtt.host}:{mqtt.port}"
        self._mqtt = mqtt
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._status: dict[str, Any] = {"version": version or package_version()}
        self._connected = threading.Event()
        self._closed = False
        self._timer: threading.Timer | None = None
        self._link = LinkLog(f"kiosk {kiosk_id}")
        self._service_gate = ServiceGate(clock)
        self._service_handler: Callable[[str, str], None] | None = None
        # The client id is the credential's name (the broker enforces that with
        # use_username_as_clientid): a restarted kiosk takes over its own old session,
        # and no other credential can take it over by claiming this kiosk's id.
        self._client = make_client(mqtt, client_id=mqtt.username or kiosk_id)
        self._client.will_set(
            self.topics.status,
            offline_payload(kiosk_id, self._machine.location),
            qos=QOS,
            retain=True,
        )
        self._client.on_connect = self._on_connect
        self._client.on_connect_fail = self._on_connect_fail
        self._client.on_disconnect = self._on_disconnect
        self._client.on_message = self._on_message
        self._client.on_publish = self._on_publish
        self._client.connect_async(
            mqtt.host, mqtt.port, keepalive=mqtt.keepalive_s, clean_start=True
        )
        self._client.loop_start()

    @classmethod
    def from_config(cls, cfg: Config) -> MqttHelpChannel:
        """Raises ConfigError when the credential's name is not the kiosk id: the
        broker's ACL pins each credential to the topics named after it."""
        if cfg.mqtt.username and cfg.mqtt.username != cfg.kiosk.id:
            raise ConfigError(
                f"mqtt.username: {cfg.mqtt.username!r} must be the kiosk id "
                f"{cfg.kiosk.id!r} (the broker allows each kiosk only its own topics)"
            )
        return cls(
            cfg.mqtt,
            kiosk_id=cfg.kiosk.id,
            site=cfg.help.site,
            location=cfg.help.location_label or cfg.kiosk.location,
            escalate_after_s=cfg.help.escalate_after_s,
        )

    # -- HelpChannel ---------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def request(self, category: str, screen: str) -> None:
        if category not in CATEGORIES:
            raise ValueError(f"unknown help category {category!r}")
        with self._lock:
            if self._closed:
                log.warning("help requested after close; ignored")
                return
            call = self._machine.request(category, screen)
            self._publish_call(call)
            self._emit(call)
            self._schedule()

    def cancel(self) -> None:
        with self._lock:
            call = self._machine.cancel("kiosk")
            if call is None:
                return
            self._publish_call(call)
            self._emit(call)
            self._schedule()

    def close(self) -> None:
        """Cancel an open call, say goodbye (retained offline status), disconnect.

        Waits at most about CLOSE_WAIT_S + 2 s, even with the broker unreachable.
        """
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._cancel_timer()
            call = self._machine.cancel("shutdown")
            if call is not None:
                self._publish_call(call)
            info = self._publish(
                self.topics.status,
                offline_payload(self.topics.kiosk, self._machine.location),
                retain=True,
            )
        if info is not None:
            # Lost the connection meanwhile (RuntimeError): the Last Will says the same.
            with contextlib.suppress(RuntimeError, ValueError):
                info.wait_for_publish(CLOSE_WAIT_S)
        self._client.disconnect()
        stopper = threading.Thread(target=self._client.loop_stop, daemon=True)
        stopper.start()
        stopper.join(2.0)
        if not stopper.is_alive():
            # paho closes its network socket, but the loop's wake-up socket pair only when
            # the client object is collected: two descriptors per closed channel until then.
            self._client._reset_sockets()

    # -- status ------------------------------------------------------------------------

    def publish_status(self, fields: Mapping[str, Any]) -> None:
        """Merge ``fields`` (screen, printer, card_reader, backend, version) into the
        retained status. Unknown keys and values that fail their check are dropped and
        logged by name only: the value might be exactly what must not leave the kiosk."""
        kept, dropped = clean_status(fields)
        if dropped:
            log.warning("status fields dropped", extra={"fields": {"keys": ",".join(dropped)}})
        with self._lock:
            if self._closed:
                return
            changed = any(self._status.get(k) != v for k, v in kept.items())
            self._status.update(kept)
            if changed:
                self._publish_status()

    # -- for tests and diagnostics -------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def wait_connected(self, timeout_s: float) -> bool:
        return self._connected.wait(timeout_s)

    @property
    def current(self) -> HelpCall | None:
        with self._lock:
            return self._machine.current

    # -- internals (called with the lock held unless said otherwise) -----------------------

    def _publish(self, topic: str, payload: bytes, *, retain: bool) -> MQTTMessageInfo | None:
        # While disconnected nothing is queued: the reconnect publishes the whole state.
        if not self._connected.is_set():
            return None
        return self._client.publish(topic, payload, qos=QOS, retain=retain)

    def _publish_status(self) -> None:
        self._publish(
            self.topics.status,
            status_payload(
                self.topics.kiosk,
                self._machine.location,
                self._status,
                online=True,
                now=self._clock(),
            ),
            retain=True,
        )

    def _publish_call(self, call: HelpCall) -> None:
        if call.state.open:
            self._publish(self.topics.help, call.to_json(), retain=True)
        else:
            self._publish(self.topics.help, call.to_json(), retain=False)
            self._publish(self.topics.help, b"", retain=True)

    def _emit(self, call: HelpCall) -> None:
        update = HelpUpdate(
            HelpState(call.state.value),
            call.staff,
            simulated=False,
            level=call.level,
            call_id=call.call_id,
            reply=call.reply,
            counter=call.counter,
        )
        for listener in list(self._listeners):
            try:
                listener(update)
            except Exception:  # a listener must not break the network thread
                log.exception("help listener failed")

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _schedule(self) -> None:
        self._cancel_timer()
        delay = self._machine.seconds_to_escalation()
        if delay is None or self._closed:
            return
        self._timer = threading.Timer(delay + 0.001, self._escalate)
        self._timer.daemon = True
        self._timer.start()

    def _escalate(self) -> None:
        with self._lock:
            if self._closed:
                return
            call = self._machine.escalate()
            if call is not None:
                # The citizen sees "more staff informed"; the view-model drops an
                # escalation that arrives after the call was closed on screen.
                log.info("help call escalated", extra={"fields": {"level": call.level}})
                self._publish_call(call)
                self._emit(call)
            self._schedule()

    # -- paho callbacks (network thread, lock not held) ----------------------------------

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
            client.drop_out_messages()
            client.subscribe(
                [
                    (self.topics.cmd, SubscribeOptions(qos=QOS)),
                    (self.topics.help, SubscribeOptions(qos=QOS)),
                    (self.topics.service, SubscribeOptions(qos=QOS)),
                ]
            )
            with self._lock:
                self._connected.set()
                self._link.up(self._host)
                if self._closed:
                    return
                self._publish_status()
                if self._machine.current is not None:
                    self._publish_call(self._machine.current)
        except Exception:
            log.exception("help channel: on_connect failed")

    def _on_connect_fail(self, client: Client, userdata: Any) -> None:
        # paho says only "connect failed"; a TLS probe names the reason (network thread).
        self._link.down("connect failed", lambda: tls_problem(self._mqtt))

    def _on_disconnect(
        self,
        client: Client,
        userdata: Any,
        flags: DisconnectFlags,
        reason: ReasonCode,
        properties: Properties | None,
    ) -> None:
        self._connected.clear()
        if not self._closed:
            self._link.down(str(reason))

    def _on_publish(
        self,
        client: Client,
        userdata: Any,
        mid: int,
        reason: ReasonCode,
        properties: Properties | None,
    ) -> None:
        # Runs under paho's message lock: log only, never take our lock here.
        if reason.is_failure:
            log.error("broker refused a publish", extra={"fields": {"reason": str(reason)}})

    def _on_message(self, client: Client, userdata: Any, message: MQTTMessage) -> None:
        try:
            if message.topic == self.topics.cmd:
                if message.retain and message.payload:
                    # Commands are never retained; a retained one would be replayed on
                    # every reconnect. Ignore it and clear it (our own subtree).
                    log.warning("retained help command ignored and cleared")
                    with self._lock:
                        self._publish(self.topics.cmd, b"", retain=True)
                elif message.payload:
                    self._on_command(bytes(message.payload))
            elif message.topic == self.topics.service:
                self._on_service_command(bytes(message.payload), retained=message.retain)
            elif message.topic == self.topics.help and message.retain and message.payload:
                self._on_retained_call(bytes(message.payload))
        except Exception:
            log.exception("help channel: message handling failed")

    def set_service_handler(self, handler: Callable[[str, str], None]) -> None:
        """``handler(action, message)`` for remote out-of-service commands; called on the
        network thread."""
        self._service_handler = handler

    def _on_service_command(self, payload: bytes, *, retained: bool) -> None:
        """Out of service (or back) from a console: applied at most once, never from a
        retained copy, never when stale or replayed (see protocol.ServiceGate). The
        kiosk's resulting state goes out in its own retained status (``backend``)."""
        if not payload:  # a retained command being cleared: nothing to do, nothing odd
            return
        if retained:
            # Someone published a command with retain: it would take the kiosk out of
            # service on every reconnect. Refuse it and clear it (our own subtree).
            log.warning("retained service command ignored and cleared")
            with self._lock:
                self._publish(self.topics.service, b"", retain=True)
            return
        try:
            cmd = parse_service_command(payload)
        except ProtocolError as err:
            log.warning(
                "malformed service command ignored",
                extra={"fields": {"error": str(err), "bytes": len(payload)}},
            )
            return
        with self._lock:
            refused = self._service_gate.admit(cmd)
        if refused is not None:
            log.warning(
                "service command ignored",
                extra={"fields": {"reason": refused, "action": cmd.action, "seq": cmd.seq}},
            )
            return
        log.warning(
            "remote service command",
            extra={"fields": {"action": cmd.action, "message": cmd.message, "by": cmd.sender}},
        )
        handler = self._service_handler
        if handler is not None:
            handler(cmd.action, cmd.message)

    def _on_command(self, payload: bytes) -> None:
        try:
            cmd = parse_command(payload)
        except ProtocolError as err:
            log.warning("malformed help command ignored", extra={"fields": {"error": str(err)}})
            return
        with self._lock:
            if self._closed:
                return
            decision = self._machine.command(cmd)
            if decision.call is None:
                log.info(
                    "help command rejected",
                    extra={"fields": {"action": cmd.action.value, "reason": decision.reason}},
                )
                return
            log.info("help command applied", extra={"fields": {"action": cmd.action.value}})
            self._publish_call(decision.call)
            self._emit(decision.call)
            self._schedule()

    def _on_retained_call(self, payload: bytes) -> None:
        """The call the broker held when we subscribed (see the module docstring)."""
        try:
            retained = parse_call(payload)
        except ProtocolError as err:
            log.warning("malformed retained help state", extra={"fields": {"error": str(err)}})
            return
        with self._lock:
            if self._closed:
                return
            closing = self._machine.reconcile(retained)
            if closing is None:
                return
            log.info(
                "closing a help call left open",
                extra={"fields": {"state": closing.state.value, "reason": closing.reason}},
            )
            self._publish_call(closing)
            if self._machine.current is not None:  # the clear above removed it
                self._publish_call(self._machine.current)
