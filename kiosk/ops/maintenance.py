"""Maintenance access and the out-of-service switch.

Admins reach the maintenance screen through a hidden gesture plus a PIN. The PIN is
stored only as a salted scrypt hash in the config; repeated failures lock the screen for
a while (persisted, so restarting the kiosk does not reset the count). The out-of-service
flag is persisted too: a kiosk put out of service stays so after a restart until staff
switch it back.

Both keep their state in memory after the first read, so asking them is free (the kiosk
is the only writer of these files), and both write through a unique temporary file under a
lock: two threads setting the flag at once can never interleave in one temporary file.
The kiosk calls the blocking parts (scrypt, file writes) on a worker thread.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Protocol, runtime_checkable

from kiosk.config.sections import MaintenanceSection
from kiosk.queue.base import ServiceState, ServiceStatus
from kiosk.queue.snapshot import Snapshot

log = logging.getLogger(__name__)

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
    """Atomically: a unique temporary file beside ``path``, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(data))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class PinGate:
    """Counts failures and locks the gate, escalating: after each ``max_failures`` wrong
    PINs a lockout of ``lockout_s``, doubled for every further round the same day (5, 10,
    20 ... minutes), and after ``daily_cap`` wrong PINs in one day the gate stays shut
    until midnight (a 6-digit PIN then takes millennia to guess, not a year).

    The count lives in memory and is written to ``state_file`` when it can be: a full or
    broken state folder never refuses the right PIN, and a broken file is read as a fresh
    count (logged) that goes on counting. ``on_lockout(seconds)`` is called at each
    lockout (the kiosk tells staff over the help channel). :meth:`attempt` costs an
    scrypt hash and a file write, so the kiosk calls it on a worker thread."""

    def __init__(
        self,
        pin_hash: str,
        state_file: Path,
        max_failures: int = 5,
        lockout_s: float = 300.0,
        clock: Callable[[], float] = time.time,
        *,
        daily_cap: int = 25,
        on_lockout: Callable[[int], None] | None = None,
    ) -> None:
        self._hash = pin_hash
        self._file = state_file
        self._max = max_failures
        self._lockout = lockout_s
        self._cap = max(daily_cap, max_failures)
        self._clock = clock
        self._on_lockout = on_lockout
        self._lock = threading.Lock()
        self._loaded = False
        self._failures = 0  # in the current round
        self._today = 0  # wrong PINs on ``_day``
        self._rounds = 0  # lockouts on ``_day``
        self._day = ""
        self._locked_until = 0.0

    @classmethod
    def from_config(
        cls,
        section: MaintenanceSection,
        state_file: Path,
        on_lockout: Callable[[int], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> PinGate:
        """The gate as ``[maintenance]`` sets it up (PIN, failures per round, lockout,
        daily cap)."""
        return cls(
            section.pin_hash,
            state_file,
            section.max_failures,
            section.lockout_s,
            clock,
            daily_cap=section.daily_cap,
            on_lockout=on_lockout,
        )

    def _now(self) -> float:
        return self._clock()

    def _load(self) -> None:
        """Caller holds the lock."""
        if self._loaded:
            return
        self._loaded = True
        try:
            data = json.loads(self._file.read_text())
            self._failures = int(data["failures"])
            self._locked_until = float(data["locked_until"])
            self._today = int(data.get("today", self._failures))
            self._rounds = int(data.get("rounds", 0))
            self._day = str(data.get("day", ""))
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
            log.warning(
                "maintenance: PIN counter file %s unreadable (%s); counting anew", self._file, err
            )

    def _save(self) -> None:
        """Caller holds the lock. A write that fails keeps the count in memory."""
        data: dict[str, object] = {
            "failures": self._failures,
            "locked_until": self._locked_until,
            "today": self._today,
            "rounds": self._rounds,
            "day": self._day,
        }
        try:
            _write_json(self._file, data)
        except OSError as err:
            log.warning(
                "maintenance: PIN counter not saved (%s); kept in memory", err.strerror or err
            )

    def _new_day(self) -> None:
        day = time.strftime("%Y-%m-%d", time.localtime(self._now()))
        if day != self._day:
            self._day, self._today, self._rounds = day, 0, 0

    def _midnight(self) -> float:
        """The next local midnight: where the daily cap's lockout ends."""
        from datetime import datetime, timedelta

        today = datetime.fromtimestamp(self._now()).date()
        return datetime.combine(today + timedelta(days=1), datetime.min.time()).timestamp()

    @property
    def configured(self) -> bool:
        return bool(self._hash)

    def locked_for(self) -> int:
        """Seconds until another try is allowed (0: open)."""
        with self._lock:
            self._load()
            return max(0, int(self._locked_until - self._now() + 0.999))

    def attempt(self, pin: str) -> bool:
        if not self._hash or self.locked_for() > 0:
            return False
        ok = check_pin(pin, self._hash)
        locked = 0
        with self._lock:
            self._load()
            self._new_day()
            if ok:
                self._failures, self._locked_until = 0, 0.0  # the day's count stays
                self._save()
                return True
            self._failures += 1
            self._today += 1
            if self._today >= self._cap:
                self._locked_until = self._midnight()
            elif self._failures >= self._max:
                self._rounds += 1
                self._locked_until = self._now() + self._lockout * 2 ** (self._rounds - 1)
            if self._locked_until > self._now():
                self._failures = 0
                locked = int(self._locked_until - self._now() + 0.999)
            self._save()
        if locked and self._on_lockout is not None:
            try:
                self._on_lockout(locked)
            except Exception as err:  # an alert that fails must not open the gate
                log.error("maintenance: lockout alert failed: %s", err)
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
    """The persisted out-of-service flag, kept in memory after the first read.

    :meth:`get` reads the file only the first time; :meth:`set` and :meth:`clear` write it
    under a lock (the kiosk runs them on one worker thread)."""

    PRESETS = ("maintenance", "fault", "closed_today")

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._loaded = False
        self._flag: OutOfService | None = None

    def get(self) -> OutOfService | None:
        with self._lock:
            if not self._loaded:
                self._flag, self._loaded = self._read(), True
            return self._flag

    def _read(self) -> OutOfService | None:
        try:
            data = json.loads(self._path.read_text())
            return OutOfService(str(data["message"]), float(data["since"]), str(data["by"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def set(self, message: str, by: str = "maintenance") -> OutOfService:
        if message not in self.PRESETS:
            raise ValueError(f"unknown message {message!r}; use one of {self.PRESETS}")
        flag = OutOfService(message, time.time(), by)
        with self._lock:
            _write_json(self._path, asdict(flag))
            self._flag, self._loaded = flag, True
        return flag

    def clear(self) -> None:
        with self._lock:
            self._path.unlink(missing_ok=True)
            self._flag, self._loaded = None, True


@runtime_checkable
class RemoteSwitch(Protocol):
    """A channel over which staff switch this kiosk out of service or back from the
    console or the CLI (the MQTT help channel). ``handler(action, message)`` may be called
    from any thread; action is "out_of_service" (message: a preset) or "in_service"."""

    def set_service_handler(self, handler: Callable[[str, str], None]) -> None: ...


def with_switch(snap: Snapshot, flag: OutOfService | None) -> Snapshot:
    """Staff put the kiosk out of service: that wins over whatever the backend says
    (open, closed, degraded); without a flag the backend's status stands."""
    if flag is None:
        return snap
    return replace(
        snap,
        status=ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=f"{SWITCH_REASON}{flag.message}"),
    )
