"""The citizen session: everything one person enters or chooses, and its end.

A session starts at the first touch and ends when the citizen is done or walks away.
Personal data lives only in :class:`CitizenSession` and is dropped by :meth:`wipe`, so
"nothing outlives the session" is a property of one object, not a convention.
"""

from __future__ import annotations

import enum
import math
import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Preferences:
    """Per-session display choices; reset with the session (the next citizen starts plain)."""

    language: str
    text_scale: float = 1.0
    high_contrast: bool = False
    lowered: bool = False  # wheelchair users: every control in the lower part of the screen
    read_aloud: bool = False
    volume: float = 0.8
    sound_cues: bool = False


@dataclass
class CitizenSession:
    default_language: str
    active: bool = False
    started_at: float | None = None
    prefs: Preferences = field(init=False)
    # What the citizen entered: form answers, the chosen concern, read ID data (later).
    data: dict[str, Any] = field(default_factory=dict)
    identity: Any = None

    def __post_init__(self) -> None:
        self.prefs = Preferences(self.default_language)

    def start(self, now: float | None = None) -> None:
        if not self.active:
            self.active = True
            self.started_at = time.monotonic() if now is None else now

    def wipe(self) -> None:
        """Forget everything about the citizen: data, identity, language, display choices."""
        self.data.clear()
        self.data = {}
        self.identity = None
        self.prefs = Preferences(self.default_language)
        self.active = False
        self.started_at = None


class IdlePhase(enum.Enum):
    ACTIVE = "active"
    WARNING = "warning"  # "Sind Sie noch da?" with a countdown
    EXPIRED = "expired"


@dataclass(frozen=True)
class IdleState:
    phase: IdlePhase
    seconds_left: int  # until the warning (ACTIVE) or until the wipe (WARNING)


@dataclass(frozen=True)
class IdlePolicy:
    """After ``idle_timeout_s`` without input a warning counts down ``warning_s`` seconds
    (WCAG 2.2.1: warn and allow extending before any time limit), then the session ends."""

    idle_timeout_s: float
    warning_s: float

    def state(self, last_activity: float, now: float) -> IdleState:
        idle = max(0.0, now - last_activity)
        if idle < self.idle_timeout_s:
            return IdleState(IdlePhase.ACTIVE, math.ceil(self.idle_timeout_s - idle))
        left = self.idle_timeout_s + self.warning_s - idle
        if left > 0:
            return IdleState(IdlePhase.WARNING, math.ceil(left))
        return IdleState(IdlePhase.EXPIRED, 0)
