"""Maintenance access and the out-of-service switch.

Admins reach the maintenance screen through a hidden gesture plus a PIN. The PIN is
stored only as a salted scrypt hash in the config; repeated failures lock the screen for
a while (persisted, so restarting the kiosk does not reset the count). The out-of-service
flag is persisted too: a kiosk put out of service stays so after a restart until staff
switch it back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~50 ms here, fine for a PIN prompt


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, salt_b64, digest_b64 = stored.split("$")
        salt, digest = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=len(digest))
    return hmac.compare_digest(candidate, digest)


def _write_json(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data))
    os.replace(tmp, path)


class PinGate:
    """Counts failures; after ``max_failures`` the gate is shut for ``lockout_s``."""

    def __init__(
        self,
        pin_hash: str,
        state_file: Path,
        max_failures: int = 5,
        lockout_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._hash = pin_hash
        self._file = state_file
        self._max = max_failures
        self._lockout = lockout_s
        self._clock = clock

    def _now(self) -> float:
        return self._clock()

    def _state(self) -> dict[str, float]:
        try:
            data = json.loads(self._file.read_text())
            return {
                "failures": float(data["failures"]),
                "locked_until": float(data["locked_until"]),
            }
        except (OSError, ValueError, KeyError, TypeError):
            return {"failures": 0.0, "locked_until": 0.0}

    @property
    def configured(self) -> bool:
        return bool(self._hash)

    def locked_for(self) -> int:
        """Seconds until another try is allowed (0: open)."""
        return max(0, int(self._state()["locked_until"] - self._now() + 0.999))

    def attempt(self, pin: str) -> bool:
        if not self._hash or self.locked_for() > 0:
            return False
        if check_pin(pin, self._hash):
            _write_json(self._file, {"failures": 0, "locked_until": 0})
            return True
        state = self._state()
        failures = state["failures"] + 1
        locked_until = self._now() + self._lockout if failures >= self._max else 0.0
        _write_json(
            self._file, {"failures": 0 if locked_until else failures, "locked_until": locked_until}
        )
        return False


# Prefix of a ServiceStatus.reason set by staff (not by a fault): the rest is the preset
# message, which the citizen's screen shows translated.
SWITCH_REASON = "switch:"


@dataclass(frozen=True)
class OutOfService:
    message: str  # one of the preset keys, shown to citizens translated
    since: float
    by: str  # "maintenance" or "remote"


class ServiceSwitch:
    """The persisted out-of-service flag."""

    PRESETS = ("maintenance", "fault", "closed_today")

    def __init__(self, path: Path) -> None:
        self._path = path

    def get(self) -> OutOfService | None:
        try:
            data = json.loads(self._path.read_text())
            return OutOfService(str(data["message"]), float(data["since"]), str(data["by"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def set(self, message: str, by: str = "maintenance") -> OutOfService:
        if message not in self.PRESETS:
            raise ValueError(f"unknown message {message!r}; use one of {self.PRESETS}")
        flag = OutOfService(message, time.time(), by)
        _write_json(self._path, asdict(flag))
        return flag

    def clear(self) -> None:
        self._path.unlink(missing_ok=True)
