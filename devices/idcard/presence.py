"""Card placed or lifted, reader plugged or unplugged, pcscd gone or back: reported as
they happen, from one thread blocked in ``SCardGetStatusChange``.

pcscd wakes the call on any change of a reader's state and, through the special reader
``\\\\?PnP?\\Notification``, when readers come or go, so nothing polls. When pcscd stops,
the call returns an error; the watcher then reports the service lost, tries to reach
pcscd again every ``retry_s`` seconds and reports it back with a fresh view of readers
and cards. pyscard's ``CardMonitor`` is not used: its thread dies with pcscd and prints
a traceback on stderr doing so.

Callbacks arrive on the watcher's thread: only hand them on (e.g. emit a Qt signal).
"""

from __future__ import annotations

import contextlib
import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from smartcard import scard

from . import pcsc
from .apdu import IdCardError, NoReader

__all__ = ["PNP_READER", "PresenceEvent", "PresenceKind", "PresenceWatcher"]

log = logging.getLogger(__name__)

PNP_READER = "\\\\?PnP?\\Notification"
"""pcsc-lite's pseudo reader whose state changes when a reader is added or removed."""
WAIT_MS = 60_000
"""Longest single wait; a safety net only, every change wakes the call at once."""
_SERVICE_GONE = pcsc.NO_SERVICE | {
    scard.SCARD_E_INVALID_HANDLE,
    scard.SCARD_F_COMM_ERROR,
    scard.SCARD_E_NO_READERS_AVAILABLE,
}


class PresenceKind(enum.StrEnum):
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"
    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    SERVICE_LOST = "service_lost"  # pcscd stopped: no reader works until it is back
    SERVICE_BACK = "service_back"


@dataclass(frozen=True)
class PresenceEvent:
    kind: PresenceKind
    reader: str | None = None


class PresenceWatcher:
    """Reports card, reader and service changes to ``on_event`` (from its own thread).

    Events are de-duplicated: each reader's card is reported inserted/removed only on a
    change (a card lifted and put back between two wake-ups is both, seen from pcscd's
    event counter). ``reader_filter`` limits events to readers whose name contains it.
    :meth:`start` reports the situation at that moment before it returns.
    """

    def __init__(
        self,
        on_event: Callable[[PresenceEvent], None],
        *,
        retry_s: float = 0.5,
        reader_filter: str | None = None,
    ) -> None:
        self._on_event = on_event
        self.retry_s = retry_s
        self.reader_filter = reader_filter
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._context: int | None = None
        self._known: dict[str, int] = {}  # reader -> last event state from pcscd
        self._cards: set[str] = set()
        self._readers: set[str] = set()
        self._service: bool | None = None  # unknown until the first look
        self.connects = 0  # how often a PC/SC context was (re-)established

    # public state

    def cards(self) -> set[str]:
        with self._lock:
            return set(self._cards)

    def readers(self) -> set[str]:
        with self._lock:
            return set(self._readers)

    @property
    def service_running(self) -> bool:
        with self._lock:
            return bool(self._service)

    def start(self) -> PresenceWatcher:
        if self._thread is None:
            self._stop.clear()
            self._look(0)  # the first state synchronously, so callers start from the truth
            self._thread = threading.Thread(target=self._loop, name="pcsc-presence", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """End the thread: SCardCancel wakes its wait (repeated, as the thread may be just
        about to enter the next one). The context is released by the thread itself, since
        pcsc-lite would block the release while a call on the context is running."""
        self._stop.set()
        thread, self._thread = self._thread, None
        deadline = time.monotonic() + timeout
        while thread is not None and thread.is_alive() and time.monotonic() < deadline:
            with self._lock:
                context = self._context
            if context is not None:
                with contextlib.suppress(Exception):  # the context may be gone meanwhile
                    scard.SCardCancel(context)
            thread.join(0.05)
        if thread is None or not thread.is_alive():
            self._drop_context()

    def __enter__(self) -> PresenceWatcher:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # internals

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                waited = self._look(WAIT_MS)
            except Exception:  # keep watching whatever happens; say so once per failure
                log.warning("card reader watcher: unexpected error", exc_info=True)
                waited = False
            if not waited:
                self._stop.wait(self.retry_s)
        self._drop_context()

    def _wanted(self, reader: str) -> bool:
        return self.reader_filter is None or self.reader_filter in reader

    def _emit(self, kind: PresenceKind, reader: str | None = None) -> None:
        try:
            self._on_event(PresenceEvent(kind, reader))
        except Exception:  # a faulty callback must not kill the watcher
            log.warning("card reader watcher: event handler failed", exc_info=True)

    def _drop_context(self) -> None:
        with self._lock:
            context, self._context = self._context, None
            self._known.clear()
        if context is not None:
            pcsc.release(context)

    def _look(self, wait_ms: int) -> bool:
        """One round: (re)connect to pcscd, reconcile readers, wait for a change and report
        it. False when pcscd is unreachable (the caller waits ``retry_s``)."""
        if self._context is None:
            try:
                context = pcsc.establish()
            except IdCardError:
                self._service_lost()
                return False
            with self._lock:
                self._context = context
            self.connects += 1
        context = self._context
        assert context is not None
        try:
            readers = [r for r in pcsc.list_in(context) if self._wanted(r)]
        except NoReader:
            self._drop_context()
            self._service_lost()
            return False
        self._sync_readers(readers)
        request = [(r, self._known.get(r, scard.SCARD_STATE_UNAWARE)) for r in readers]
        pnp = self._known.get(PNP_READER, scard.SCARD_STATE_UNAWARE)
        request.append((PNP_READER, pnp))
        if self._stop.is_set():
            return True
        hresult, answer = scard.SCardGetStatusChange(context, wait_ms, request)
        result = pcsc.result_code(hresult)
        if result in (scard.SCARD_E_TIMEOUT, scard.SCARD_E_CANCELLED):
            return True
        if result in _SERVICE_GONE:
            self._drop_context()
            self._service_lost()
            return False
        if result != scard.SCARD_S_SUCCESS:  # e.g. a reader vanished meanwhile: look again
            with self._lock:
                self._known.clear()
            return bool(result == scard.SCARD_E_UNKNOWN_READER)
        self._apply([(str(name), int(state)) for name, state, _atr in answer])
        return True

    def _sync_readers(self, readers: list[str]) -> None:
        with self._lock:
            if self._service is False:
                self._emit(PresenceKind.SERVICE_BACK)
            self._service = True
            for reader in sorted(set(readers) - self._readers):
                self._readers.add(reader)
                self._emit(PresenceKind.READER_ADDED, reader)
            for reader in sorted(self._readers - set(readers)):
                self._readers.discard(reader)
                self._known.pop(reader, None)
                if reader in self._cards:
                    self._cards.discard(reader)
                    self._emit(PresenceKind.CARD_REMOVED, reader)
                self._emit(PresenceKind.READER_REMOVED, reader)

    def _apply(self, answer: list[tuple[str, int]]) -> None:
        with self._lock:
            for reader, state in answer:
                before = self._known.get(reader)
                self._known[reader] = state & ~scard.SCARD_STATE_CHANGED
                if reader == PNP_READER or reader not in self._readers:
                    continue
                present = bool(state & scard.SCARD_STATE_PRESENT)
                had = reader in self._cards
                swapped = (
                    had and present and before is not None and (before >> 16) + 1 < state >> 16
                )
                if had and (not present or swapped):
                    self._cards.discard(reader)
                    self._emit(PresenceKind.CARD_REMOVED, reader)
                if present and reader not in self._cards:
                    self._cards.add(reader)
                    self._emit(PresenceKind.CARD_INSERTED, reader)

    def _service_lost(self) -> None:
        with self._lock:
            if self._service is False:
                return
            for reader in sorted(self._cards):
                self._emit(PresenceKind.CARD_REMOVED, reader)
            self._cards.clear()
            readers, self._readers = sorted(self._readers), set()
            for reader in readers:
                self._emit(PresenceKind.READER_REMOVED, reader)
            self._service = False
            self._emit(PresenceKind.SERVICE_LOST)  # also at start: "no reader" from the outset
