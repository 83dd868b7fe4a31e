"""The help channel: how a citizen's "I need help" reaches a person.

The UI depends only on :class:`HelpChannel`. :func:`kiosk.help.open_help_channel` picks the
transport from the configuration: MQTT to the staff consoles (``kiosk.help.mqtt``), or
:class:`SimulatedHelpChannel`, which acknowledges after a delay and says so
(``simulated=True``), so the demo never pretends a person is coming.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    pass


class HelpState(enum.Enum):
    IDLE = "idle"
    REQUESTED = "requested"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    CANCELLED = "cancelled"


CATEGORIES = ("form", "technical", "other")


@dataclass(frozen=True)
class HelpUpdate:
    state: HelpState
    responder: str = ""  # a name, only if staff choose to share it
    simulated: bool = False
    # How often nobody acknowledged in time (MQTT). Escalation itself is not an update:
    # it concerns staff, and the citizen's screen stays as it is.
    level: int = 0
    call_id: str = ""  # empty for the simulated channel
    # Staff's answer once acknowledged: "coming" to the terminal, or "counter": the
    # citizen goes to counter ``counter`` (kiosk.help.protocol.REPLIES).
    reply: str = "coming"
    counter: str = ""


Listener = Callable[[HelpUpdate], None]


class HelpChannel(Protocol):
    """Listeners may be called from any thread."""

    def request(self, category: str, screen: str) -> None: ...

    def cancel(self) -> None: ...

    def subscribe(self, listener: Listener) -> None: ...

    def close(self) -> None: ...


@runtime_checkable
class StatusReporter(Protocol):
    """A channel that can also tell staff how the kiosk is (screen, printer, backend)."""

    def publish_status(self, fields: Mapping[str, Any]) -> None: ...


class SimulatedHelpChannel:
    """Demo and single-kiosk sites without a console: acknowledges after ``ack_after_s``."""

    def __init__(self, ack_after_s: float = 4.0) -> None:
        self._ack_after_s = ack_after_s
        self._listeners: list[Listener] = []
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, update: HelpUpdate) -> None:
        for listener in list(self._listeners):
            listener(update)

    def request(self, category: str, screen: str) -> None:
        if category not in CATEGORIES:
            raise ValueError(f"unknown help category {category!r}")
        # REQUESTED first, then the timer: with a zero delay the acknowledgement must not
        # overtake the request.
        self._emit(HelpUpdate(HelpState.REQUESTED, simulated=True))
        with self._lock:
            self._cancel_timer()
            self._timer = threading.Timer(
                self._ack_after_s,
                self._emit,
                args=(HelpUpdate(HelpState.ACKNOWLEDGED, simulated=True),),
            )
            self._timer.daemon = True
            self._timer.start()

    def cancel(self) -> None:
        with self._lock:
            had_call = self._timer is not None
            self._cancel_timer()
        if had_call:
            self._emit(HelpUpdate(HelpState.CANCELLED, simulated=True))

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def close(self) -> None:
        with self._lock:
            self._cancel_timer()
