"""Pseudonyms for log lines: a reference that ties a log line to stored personal data (a
form's reference, an outbox item's key, a ZMS process number) is logged only as a keyed
hash, which staff can resolve while the data exists and nobody can once it is gone.

A log line carries ``ps-YYYYMMDD-<12 hex>``: HMAC-SHA256 of the value under a random
key of that (UTC) day. The keys are kept in ``<state_dir>/log-keys/`` (0600 in a 0700
folder) and destroyed by the retention job once the longest ``[privacy]`` period has
passed since their day ended; every item a line of that day names is deleted by then.
From then on nobody (staff, whoever holds the disk and the journal) can tell which
reference a line was about: the hash cannot be recomputed without the key.

A day's key is made in memory at its first log line, on whatever thread logs (the GUI
thread too, so no file I/O and no thread start there: starting a thread waits for it to
run, which stalled the GUI under load); the installed ring's own saver thread, started by
:func:`install`, writes it at once, and the retention job saves whatever is still
unsaved. Until the kiosk's retention job has :func:`install`-ed the ring of its state
folder (and in command-line runs that never do), keys live only in memory:
such lines can never be resolved.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

__all__ = ["KeyRing", "LogKeys", "install", "pseudonym", "ring_for"]

log = logging.getLogger(__name__)

FOLDER = "log-keys"
_PSEUDONYM = re.compile(r"ps-(\d{8})-([0-9a-f]{12})")
_FILE = re.compile(r"(\d{8})-[0-9a-f]{8}\.key")


def _mac(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:12]


def _day_start(day: str) -> datetime:
    """When a day's key was made: the start of that UTC day."""
    return datetime.strptime(day, "%Y%m%d").replace(tzinfo=UTC)


class KeyRing:
    """The day keys of one state folder (``folder`` None: memory only, never saved)."""

    def __init__(
        self,
        folder: Path | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.folder = folder
        self._clock = clock
        self._lock = threading.Lock()
        self._current: dict[str, bytes] = {}  # the key this process uses, by day
        self._unsaved: dict[str, bytes] = {}
        self._wake = threading.Event()
        self._saver: threading.Thread | None = None

    def pseudonym(self, value: str) -> str:
        """The log line's stand-in for ``value`` (no I/O: safe on the GUI thread)."""
        day = self._clock().astimezone(UTC).strftime("%Y%m%d")
        fresh = False
        with self._lock:
            key = self._current.get(day)
            if key is None:
                key = secrets.token_bytes(32)
                self._current = {day: key}  # yesterday's key leaves memory
                self._unsaved[day] = key
                fresh = self.folder is not None
        if fresh:
            self._wake.set()  # the saver thread, if started; else the retention job
        return f"ps-{day}-{_mac(key, value)}"

    def start_saving(self) -> None:
        """Save each new day key at once, on a thread of this ring's own (started once,
        by :func:`install`, never on the GUI thread)."""
        with self._lock:
            if self.folder is None or self._saver is not None:
                return
            self._saver = threading.Thread(
                target=self._save_loop, name="log-keys-saver", daemon=True
            )
        self._saver.start()
        self._wake.set()  # keys made before the start

    def _save_loop(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            self.save()

    def adopt(self, other: KeyRing) -> None:
        """Take over the memory-only keys of ``other`` (lines logged before install)."""
        with other._lock:
            current, unsaved = dict(other._current), dict(other._unsaved)
        with self._lock:
            for day, key in current.items():
                self._current.setdefault(day, key)
            for day, key in unsaved.items():
                if self._current.get(day) is key:
                    self._unsaved[day] = key

    def save(self) -> None:
        """Write the keys not yet on disk; a failure (full disk) is retried next time."""
        if self.folder is None:
            return
        with self._lock:
            pending = dict(self._unsaved)
        for day, key in pending.items():
            try:
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                path = self.folder / f"{day}-{secrets.token_hex(4)}.key"
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                try:
                    os.write(fd, key)
                    os.fsync(fd)
                finally:
                    os.close(fd)
            except OSError as err:
                log.warning(
                    "log pseudonyms: key of %s not saved (%s); trying again later", day, err
                )
                continue
            with self._lock:
                if self._unsaved.get(day) is key:
                    del self._unsaved[day]

    def _files(self) -> list[tuple[str, Path]]:
        if self.folder is None:
            return []
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return []
        return [(m.group(1), self.folder / n) for n in names if (m := _FILE.fullmatch(n))]

    def keys_of(self, day: str) -> list[bytes]:
        """Every key of ``day`` this ring knows: saved ones and its own in memory."""
        keys = [p.read_bytes() for d, p in self._files() if d == day]
        with self._lock:
            own = self._current.get(day)
        return keys + ([own] if own is not None and own not in keys else [])

    def oldest(self) -> datetime | None:
        """When the oldest saved key was made (the start of its day)."""
        return min((_day_start(d) for d, _p in self._files()), default=None)

    def purge(self, cutoff: datetime) -> int:
        """Destroy the keys of days that began before ``cutoff`` (overwritten, then
        removed, and dropped from memory), then save the new ones."""
        removed = 0
        for day, path in self._files():
            if _day_start(day) < cutoff:
                try:
                    with open(path, "r+b") as f:
                        size = len(f.read())
                        f.seek(0)
                        f.write(bytes(size))
                        f.flush()
                        os.fsync(f.fileno())
                    path.unlink()
                    removed += 1
                except FileNotFoundError:
                    pass  # another process of this kiosk removed it meanwhile
        with self._lock:
            for table in (self._current, self._unsaved):
                for day in [d for d in table if _day_start(d) < cutoff]:
                    del table[day]
        self.save()
        return removed

    def resolve(self, pseudonym: str, candidates: Iterable[str]) -> list[str]:
        """The candidates a logged pseudonym stands for (empty once its key is gone)."""
        m = _PSEUDONYM.fullmatch(pseudonym.strip())
        if m is None:
            raise ValueError(f"not a log pseudonym (like ps-20261207-3f2a9c1e0b7d): {pseudonym!r}")
        keys = self.keys_of(m.group(1))
        return [
            c
            for c in dict.fromkeys(candidates)
            if any(hmac.compare_digest(_mac(k, c), m.group(2)) for k in keys)
        ]


@dataclass
class LogKeys:
    """The key ring as a retention store: a key goes ``keep`` after its day began, so
    ``keep`` is the longest retention period plus the day the key is in use."""

    ring: KeyRing
    keep: timedelta
    name: str = "log pseudonym keys"

    def oldest(self) -> datetime | None:
        return self.ring.oldest()

    def purge(self, cutoff: datetime) -> int:
        return self.ring.purge(cutoff)


_ACTIVE = KeyRing()  # memory only until the kiosk installs its state folder's ring
_INSTALL = threading.Lock()


def pseudonym(value: object) -> str:
    """What a log line carries instead of ``value`` (a reference, an item key)."""
    return _ACTIVE.pseudonym(str(value))


def ring_for(state_dir: Path) -> KeyRing:
    """The ring of ``state_dir``: the installed one if it is that folder's."""
    active = _ACTIVE
    folder = state_dir / FOLDER
    return active if active.folder == folder else KeyRing(folder)


def install(state_dir: Path) -> KeyRing:
    """Make log lines use (and save) the keys of ``state_dir`` from now on."""
    global _ACTIVE
    with _INSTALL:
        folder = state_dir / FOLDER
        if _ACTIVE.folder != folder:
            ring = KeyRing(folder)
            if _ACTIVE.folder is None:
                ring.adopt(_ACTIVE)
            _ACTIVE = ring
        _ACTIVE.start_saving()
        return _ACTIVE
