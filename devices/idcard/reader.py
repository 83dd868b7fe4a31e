"""The real backend: PC/SC readers through pyscard, with bounded waits and clear errors.

Two parts:

* :class:`PcscReader` / :class:`PcscConnection` - one reader, one card session. Every
  PC/SC call of a connection runs on the connection's own worker thread and the caller
  waits at most ``timeout`` seconds: pcscd's drivers have no timeouts of their own, so a
  card or driver that stops answering would otherwise block the kiosk forever. PC/SC
  result codes become :class:`~.apdu.CardRemoved`, :class:`~.apdu.NoReader` or
  :class:`~.apdu.ReaderError`; pyscard exceptions never escape.
* :class:`PresenceWatcher` - card placed/removed (pyscard's ``CardMonitor``), reader
  plugged/unplugged and pcscd gone/back (its own watchdog thread). pyscard's monitor
  thread ends for good when pcscd goes away; the watchdog notices and starts a new one
  once the service is back, reconciling what happened in between.

Callbacks arrive on background threads: only hand them on (e.g. emit a Qt signal).
"""

from __future__ import annotations

import contextlib
import enum
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from smartcard import scard
from smartcard.CardMonitoring import CardMonitor, CardMonitoringThread, CardObserver

from .apdu import CardRemoved, IdCardError, NoReader, ReaderError
from .document import Identity, read_document, validate_can
from .mrz import validate_mrz_key

__all__ = [
    "PcscConnection",
    "PcscReader",
    "PresenceEvent",
    "PresenceKind",
    "PresenceWatcher",
    "list_readers",
    "release_dead_monitor",
]

T = TypeVar("T")

_REMOVED = {scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD}
_NO_SERVICE = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED}
_NO_READER = {
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
}
_LOST_TRANSFER = {
    scard.SCARD_E_NOT_TRANSACTED,
    scard.SCARD_F_COMM_ERROR,
    scard.SCARD_F_UNKNOWN_ERROR,
    scard.SCARD_E_INVALID_HANDLE,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_W_UNRESPONSIVE_CARD,
    scard.SCARD_W_RESET_CARD,
}
REMOVAL_GRACE_S = 1.0
"""After a failed transfer, how long to wait for pcscd to report the card gone (its
polling of virtual and serial readers runs every 400 ms)."""


def _code(hresult: int) -> int:
    return int(hresult) & 0xFFFFFFFF


def _describe(hresult: int) -> str:
    code = _code(hresult)
    try:
        text = str(scard.SCardGetErrorMessage(code)).strip().rstrip(".")
    except Exception:  # pragma: no cover - pyscard versions differ
        text = "PC/SC error"
    return f"{text} (0x{code:08X})"


def _map(hresult: int, action: str) -> IdCardError:
    """A PC/SC result code as the exception the kiosk acts on."""
    code = _code(hresult)
    if code in _REMOVED:
        return CardRemoved(f"{action}: the card was removed")
    if code in _NO_SERVICE:
        return NoReader(f"{action}: the PC/SC service (pcscd) is not running")
    if code in _NO_READER:
        return NoReader(f"{action}: the reader is not available")
    if code == scard.SCARD_E_SHARING_VIOLATION:
        return ReaderError(
            f"{action}: the reader is in use (another program, or a "
            "previous session still waiting for the card)"
        )
    return ReaderError(f"{action} failed: {_describe(code)}")


def _establish() -> int:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if _code(hresult) != scard.SCARD_S_SUCCESS:
        raise _map(hresult, "connecting to PC/SC")
    return int(context)


def _release(context: int) -> None:
    with contextlib.suppress(Exception):  # best effort: the context may be dead already
        scard.SCardReleaseContext(context)


def _list(context: int) -> list[str]:
    hresult, names = scard.SCardListReaders(context, [])
    code = _code(hresult)
    if code == scard.SCARD_E_NO_READERS_AVAILABLE:
        return []
    if code != scard.SCARD_S_SUCCESS:
        raise _map(hresult, "listing readers")
    return [str(n) for n in names]


def list_readers() -> list[str]:
    """Names of the connected readers ([] if none); :class:`NoReader` if pcscd is down."""
    context = _establish()
    try:
        return _list(context)
    finally:
        _release(context)


def _states(
    context: int, readers: list[str], timeout_ms: int = 0, known: dict[str, int] | None = None
) -> dict[str, int] | None:
    """Event state per reader (None if the call failed, e.g. a reader vanished)."""
    known = known or {}
    request = [(name, known.get(name, scard.SCARD_STATE_UNAWARE)) for name in readers]
    hresult, answer = scard.SCardGetStatusChange(context, timeout_ms, request)
    code = _code(hresult)
    if code == scard.SCARD_E_TIMEOUT:
        return dict(known)
    if code != scard.SCARD_S_SUCCESS:
        return None
    return {str(name): int(state) & ~scard.SCARD_STATE_CHANGED for name, state, _atr in answer}


# -- one connection -----------------------------------------------------------------------


class _Call:
    __slots__ = ("done", "error", "fn", "result")

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


class _Worker:
    """A daemon thread that runs one PC/SC call at a time; callers wait with a timeout.

    A call that never returns leaves the thread stuck but the caller free; anything queued
    behind it (the final clean-up) runs if the call ever comes back.
    """

    def __init__(self, name: str) -> None:
        self._queue: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            call = self._queue.get()
            if call is None:
                return
            try:
                call.result = call.fn()
            except BaseException as err:  # handed to the caller
                call.error = err
            call.done.set()

    def call(self, fn: Callable[[], T], timeout: float) -> T:
        job = _Call(fn)
        self._queue.put(job)
        if not job.done.wait(timeout):
            raise TimeoutError
        if job.error is not None:
            raise job.error
        result: T = job.result
        return result

    def post(self, fn: Callable[[], Any]) -> None:
        """Queue ``fn`` without waiting (used for clean-up after a timeout)."""
        self._queue.put(_Call(fn))

    def finish(self) -> None:
        self._queue.put(None)


class PcscConnection:
    """A session with the card in one reader; a :class:`~.apdu.Transport`.

    Connects exclusively (another program's APDU in the middle of secure messaging would
    break the session) and powers the card down on close, so the chip forgets its keys.
    """

    def __init__(self, reader: str, *, timeout: float = 5.0, exclusive: bool = True) -> None:
        self.reader = reader
        self.timeout = timeout
        self._worker = _Worker(f"pcsc-{reader}")
        self._context: int | None = None
        self._card: int | None = None
        self._protocol = scard.SCARD_PCI_T1
        self._broken = False  # a failure made the session unusable
        self._stuck = False  # a PC/SC call never returned: the worker is blocked in it
        self._closed = False
        self.atr = b""
        mode = scard.SCARD_SHARE_EXCLUSIVE if exclusive else scard.SCARD_SHARE_SHARED
        try:
            self._run(lambda: self._connect(mode), "connecting to the card")
        except BaseException:
            self.close()
            raise

    def _run(self, fn: Callable[[], T], action: str, timeout: float | None = None) -> T:
        if self._closed:
            raise ReaderError(f"{action}: connection closed")
        if self._broken:
            raise ReaderError(f"{action}: the connection failed earlier and cannot be reused")
        try:
            return self._worker.call(fn, self.timeout if timeout is None else timeout)
        except TimeoutError:
            self._broken = self._stuck = True
            raise ReaderError(
                f"{action}: no answer within {self.timeout if timeout is None else timeout:g} s"
            ) from None

    def _connect(self, mode: int) -> None:
        self._context = _establish()
        hresult, card, protocol = scard.SCardConnect(
            self._context, self.reader, mode, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        code = _code(hresult)
        if code != scard.SCARD_S_SUCCESS:
            if code in (
                scard.SCARD_E_NO_SMARTCARD,
                scard.SCARD_W_REMOVED_CARD,
                scard.SCARD_W_UNPOWERED_CARD,
                scard.SCARD_W_UNRESPONSIVE_CARD,
            ):
                raise CardRemoved("no card on the reader")
            raise _map(hresult, "connecting to the card")
        self._card = int(card)
        self._protocol = (
            scard.SCARD_PCI_T0 if protocol == scard.SCARD_PROTOCOL_T0 else scard.SCARD_PCI_T1
        )
        hresult, _name, _state, _proto, atr = scard.SCardStatus(self._card)
        if _code(hresult) == scard.SCARD_S_SUCCESS:
            self.atr = bytes(atr)

    def _card_gone(self) -> bool:
        """After a failed transfer: is the card (or the reader) gone? Waits up to
        :data:`REMOVAL_GRACE_S` for pcscd's next poll to tell."""
        if self._context is None:
            return True
        states = _states(self._context, [self.reader])
        deadline = REMOVAL_GRACE_S
        step = 100
        while states is not None:
            state = states.get(self.reader, 0)
            if state & scard.SCARD_STATE_EMPTY or state & scard.SCARD_STATE_UNAVAILABLE:
                return True
            if deadline <= 0:
                return False
            states = _states(self._context, [self.reader], step, states)
            deadline -= step / 1000
        return True  # the reader itself vanished

    def _transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self._card is None:
            raise ReaderError("not connected")
        hresult, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        code = _code(hresult)
        if code != scard.SCARD_S_SUCCESS:
            if code in _LOST_TRANSFER and self._card_gone():
                raise CardRemoved("the card was removed during reading")
            raise _map(hresult, "exchanging data with the card")
        if len(response) < 2:
            # vpcd and some drivers report a card that left mid-answer as an empty reply.
            if self._card_gone():
                raise CardRemoved("the card was removed during reading")
            raise ReaderError("the card sent an incomplete answer")
        raw = bytes(response)
        return raw[:-2], int.from_bytes(raw[-2:], "big")

    def transmit(self, apdu: bytes, timeout: float | None = None) -> tuple[bytes, int]:
        try:
            return self._run(lambda: self._transmit(apdu), "exchanging data with the card", timeout)
        except ReaderError:
            self._broken = True  # removed card, dead pcscd or timeout: start over
            raise

    def _cleanup(self) -> None:
        if self._card is not None:
            with contextlib.suppress(Exception):  # the card or pcscd may be gone already
                scard.SCardDisconnect(self._card, scard.SCARD_UNPOWER_CARD)
            self._card = None
        if self._context is not None:
            _release(self._context)
            self._context = None

    def close(self) -> None:
        """Power the card down and free the PC/SC handles; never blocks long."""
        if self._closed:
            return
        self._closed = True
        if self._stuck:
            self._worker.post(self._cleanup)  # runs once the stuck call returns
        else:
            # Wait for it: the next session's exclusive connect would otherwise race the
            # disconnect and fail with a sharing violation.
            with contextlib.suppress(Exception):  # clean-up is best effort
                self._worker.call(self._cleanup, min(self.timeout, 2.0))
        self._worker.finish()

    def __enter__(self) -> PcscConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PcscReader:
    """A PC/SC reader, chosen by (part of) its name or, with ``name=None``, the first
    reader holding a card (else the first reader). Implements
    :class:`~.document.DocumentReader`."""

    def __init__(
        self, name: str | None = None, *, timeout: float = 5.0, exclusive: bool = True
    ) -> None:
        self.name = name
        self.timeout = timeout
        self.exclusive = exclusive

    def resolve(self) -> str:
        """The full name of the reader to use; :class:`NoReader` if there is none."""
        context = _establish()
        try:
            readers = _list(context)
            if self.name is not None:
                matches = [r for r in readers if r == self.name] or [
                    r for r in readers if self.name in r
                ]
                if not matches:
                    raise NoReader(f"reader {self.name!r} not connected")
                return matches[0]
            if not readers:
                raise NoReader("no card reader connected")
            states = _states(context, readers) or {}
            with_card = [r for r in readers if states.get(r, 0) & scard.SCARD_STATE_PRESENT]
            return (with_card or readers)[0]
        finally:
            _release(context)

    def card_present(self) -> bool:
        """Whether a card is on the reader now (False when there is no reader)."""
        try:
            reader = self.resolve()
            context = _establish()
        except IdCardError:
            return False
        try:
            states = _states(context, [reader]) or {}
            return bool(states.get(reader, 0) & scard.SCARD_STATE_PRESENT)
        finally:
            _release(context)

    def connect(self) -> PcscConnection:
        return PcscConnection(self.resolve(), timeout=self.timeout, exclusive=self.exclusive)

    def read(
        self,
        can: str | None = None,
        mrz_key: str | None = None,
        want_photo: bool = False,
        *,
        today: date | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> Identity:
        """Connect, read the document (see :func:`~.document.read_document`), disconnect."""
        if can:
            validate_can(can)
        if mrz_key:
            validate_mrz_key(mrz_key)
        with self.connect() as connection:
            return read_document(
                connection, can, mrz_key, want_photo, today=today, progress=progress
            )


# -- presence ---------------------------------------------------------------------------


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


def _forget_context(thread: Any) -> None:
    """The dead monitor thread's CardRequest still holds a context of the old pcscd; its
    ``__del__`` would raise (invalid handle) as an unraisable exception. Release it now
    and drop the handle."""
    request = getattr(getattr(thread, "cardrequest", None), "pcsccardrequest", None)
    if request is not None:
        with contextlib.suppress(Exception):
            request.release()
        request.hcontext = None


def release_dead_monitor(wait: float = 0.0) -> None:
    """If pyscard's monitor thread has died (pcscd went away), free its PC/SC context now
    rather than in a destructor that would raise; the next watcher starts a new one.
    ``wait``: give a thread that is about to die (pcscd just stopped) that long."""
    thread = CardMonitoringThread.instance
    if wait > 0 and thread is not None:
        thread.join(wait)
    with CardMonitoringThread.lock:
        thread = CardMonitoringThread.instance
        if thread is not None and not thread.is_alive():
            _forget_context(thread)


class _Observer(CardObserver):  # type: ignore[misc]
    def __init__(self, watcher: PresenceWatcher) -> None:
        self._watcher = watcher

    def update(self, observable: Any, handlers: Any) -> None:
        added, removed = handlers
        self._watcher._on_cards([str(c.reader) for c in added], [str(c.reader) for c in removed])


class PresenceWatcher:
    """Reports card, reader and service changes to ``on_event`` (from background threads).

    Card events come from pyscard's ``CardMonitor``; a watchdog thread polls every
    ``period`` seconds for reader changes and for the service, and restarts the monitor
    when its thread has died (which it does whenever pcscd goes away). Events are
    de-duplicated: each reader's card is reported inserted/removed only on a change.
    ``reader_filter`` limits events to readers whose name contains it.
    """

    def __init__(
        self,
        on_event: Callable[[PresenceEvent], None],
        *,
        period: float = 0.5,
        reader_filter: str | None = None,
    ) -> None:
        self._on_event = on_event
        self.period = period
        self.reader_filter = reader_filter
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._observer = _Observer(self)
        self._cards: set[str] = set()
        self._readers: set[str] = set()
        self._service: bool | None = None  # unknown until the first check
        self._monitor_thread: Any = None
        self.monitor_starts = 0

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
            self._check()  # first state synchronously, so callers start from the truth
            self._thread = threading.Thread(target=self._loop, name="pcsc-presence", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        monitor = CardMonitor.instance
        if monitor is not None:
            with contextlib.suppress(Exception):  # the monitor may be gone with pcscd
                monitor.deleteObserver(self._observer)
        release_dead_monitor()

    def __enter__(self) -> PresenceWatcher:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # internals

    def _wanted(self, reader: str) -> bool:
        return self.reader_filter is None or self.reader_filter in reader

    def _emit(self, kind: PresenceKind, reader: str | None = None) -> None:
        with contextlib.suppress(Exception):  # a faulty callback must not kill the watcher
            self._on_event(PresenceEvent(kind, reader))

    def _on_cards(self, added: list[str], removed: list[str]) -> None:
        with self._lock:
            for reader in removed:
                if reader in self._cards:
                    self._cards.discard(reader)
                    self._emit(PresenceKind.CARD_REMOVED, reader)
            for reader in added:
                if self._wanted(reader) and reader not in self._cards:
                    self._cards.add(reader)
                    self._emit(PresenceKind.CARD_INSERTED, reader)

    def _loop(self) -> None:
        while not self._stop.wait(self.period):
            with contextlib.suppress(Exception):  # keep watching whatever happens
                self._check()

    def _check(self) -> None:
        try:
            context = _establish()
        except IdCardError:
            self._service_lost()
            return
        try:
            try:
                readers = [r for r in _list(context) if self._wanted(r)]
            except NoReader:
                self._service_lost()
                return
            with self._lock:
                if self._service is False:
                    self._emit(PresenceKind.SERVICE_BACK)
                self._service = True
                for reader in sorted(set(readers) - self._readers):
                    self._readers.add(reader)
                    self._emit(PresenceKind.READER_ADDED, reader)
                for reader in sorted(self._readers - set(readers)):
                    self._readers.discard(reader)
                    if reader in self._cards:
                        self._cards.discard(reader)
                        self._emit(PresenceKind.CARD_REMOVED, reader)
                    self._emit(PresenceKind.READER_REMOVED, reader)
                if not self._monitor_alive():
                    self._reconcile(context, readers)
                    self._start_monitor()
        finally:
            _release(context)

    def _service_lost(self) -> None:
        with self._lock:
            if self._service is False:
                return
            for reader in sorted(self._cards):
                self._emit(PresenceKind.CARD_REMOVED, reader)
            self._cards.clear()
            for reader in sorted(self._readers):
                self._emit(PresenceKind.READER_REMOVED, reader)
            self._readers.clear()
            first = self._service is None
            self._service = False
            if not first:
                self._emit(PresenceKind.SERVICE_LOST)

    def _monitor_alive(self) -> bool:
        thread = self._monitor_thread
        return (
            thread is not None
            and thread is CardMonitoringThread.instance
            and bool(thread.is_alive())
        )

    def _reconcile(self, context: int, readers: list[str]) -> None:
        """While no monitor ran, cards may have come or gone: ask PC/SC directly."""
        states = _states(context, readers) if readers else {}
        if states is None:
            return
        present = [r for r, s in states.items() if s & scard.SCARD_STATE_PRESENT]
        self._on_cards(present, [r for r in self._cards if r not in present])

    def _start_monitor(self) -> None:
        """A fresh pyscard CardMonitor (its singletons are reset when their thread died)."""
        with CardMonitoringThread.lock:
            thread = CardMonitoringThread.instance
            if thread is not None and not thread.is_alive():
                _forget_context(thread)
                CardMonitoringThread.instance = None
                restart = True
            else:
                restart = thread is None
        if restart:
            with CardMonitor.lock:
                CardMonitor.instance = None
        monitor = CardMonitor()
        with contextlib.suppress(Exception):  # not registered yet
            monitor.deleteObserver(self._observer)
        monitor.addObserver(self._observer)
        self._monitor_thread = CardMonitoringThread.instance
        self.monitor_starts += 1
