"""Help calls: a citizen's "I need help" reaching a person.

The parts: :mod:`~kiosk.help.channel` (what the UI sees, and the simulated channel),
:mod:`~kiosk.help.machine` (the call's state machine), :mod:`~kiosk.help.protocol` (the
wire format and its strict parsers), :mod:`~kiosk.help.link` (the MQTT connection kiosks
and consoles share), :mod:`~kiosk.help.tls` (why a TLS connection fails),
:mod:`~kiosk.help.mqtt` (the kiosk's link to Mosquitto), :mod:`~kiosk.help.console` (the
staff console's picture of the fleet) and :mod:`~kiosk.help.docbroker` (the broker
docs/mqtt.md describes, for ``make demo-staff`` and the tests).
:func:`open_help_channel` is the one place that turns ``[help]`` into a channel.
"""

from __future__ import annotations

from kiosk.config import Config
from kiosk.help.channel import HelpChannel, SimulatedHelpChannel

__all__ = ["open_help_channel"]


def open_help_channel(cfg: Config) -> HelpChannel:
    """The channel the configuration asks for (``[help] kind``)."""
    if cfg.help.kind == "mqtt":
        from kiosk.help.mqtt import MqttHelpChannel  # paho only where it is used

        return MqttHelpChannel.from_config(cfg)
    return SimulatedHelpChannel(cfg.help.simulated_ack_s)
