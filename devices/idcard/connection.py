"""One card session on one PC/SC reader, with bounded waits.

Every PC/SC call of a connection runs on the connection's own worker thread and the
caller waits at most ``timeout`` seconds: pcscd's drivers have no timeouts of their own,
so a card or driver that stops answering would otherwise block the kiosk forever.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from smartcard import scard

from . import pcsc
from .apdu import CardNotAnswering, CardRemoved, ReaderError

__all__ = ["REMOVAL_GRACE_S", "PcscConnection"]

T = TypeVar("T")

REMOVAL_GRACE_S = 1.0
"""After a failed transfer, how long to wait for pcscd to report the card gone (its
polling of virtual and serial readers runs every 400 ms)."""


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
        self.released = threading.Event()  # set once the PC/SC handles are freed
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
            raise CardNotAnswering(
                f"{action}: no answer within {self.timeout if timeout is None else timeout:g} s"
            ) from None

    def _connect(self, mode: int) -> None:
        self._context = pcsc.establish()
        hresult, card, protocol = scard.SCardConnect(
            self._context, self.reader, mode, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        code = pcsc.result_code(hresult)
        if code != scard.SCARD_S_SUCCESS:
            if code in (
                scard.SCARD_E_NO_SMARTCARD,
                scard.SCARD_W_REMOVED_CARD,
                scard.SCARD_W_UNPOWERED_CARD,
                scard.SCARD_W_UNRESPONSIVE_CARD,
            ):
                raise CardRemoved("no card on the reader")
            raise pcsc.map_error(hresult, "connecting to the card")
        self._card = int(card)
        self._protocol = (
            scard.SCARD_PCI_T0 if protocol == scard.SCARD_PROTOCOL_T0 else scard.SCARD_PCI_T1
        )
        hresult, _name, _state, _proto, atr = scard.SCardStatus(self._card)
        if pcsc.result_code(hresult) == scard.SCARD_S_SUCCESS:
            self.atr = bytes(atr)

    def _card_gone(self) -> bool:
        """After a failed transfer: is the card (or the reader) gone? Waits up to
        :data:`REMOVAL_GRACE_S` for pcscd's next poll to tell."""
        if self._context is None:
            return True
        states = pcsc.states(self._context, [self.reader])
        deadline = REMOVAL_GRACE_S
        step = 100
        while states is not None:
            state = states.get(self.reader, 0)
            if state & scard.SCARD_STATE_EMPTY or state & scard.SCARD_STATE_UNAVAILABLE:
                return True
            if deadline <= 0:
                return False
            states = pcsc.states(self._context, [self.reader], step, states)
            deadline -= step / 1000
        return True  # the reader itself vanished

    def _transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self._card is None:
            raise ReaderError("not connected")
        hresult, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        code = pcsc.result_code(hresult)
        if code != scard.SCARD_S_SUCCESS:
            if code in pcsc.LOST_TRANSFER and self._card_gone():
                raise CardRemoved("the card was removed during reading")
            raise pcsc.map_error(hresult, "exchanging data with the card")
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
            pcsc.release(self._context)
            self._context = None
        self.released.set()

    @property
    def stuck(self) -> bool:
        """A PC/SC call timed out and has not returned: the reader stays held until the
        card or the reader's driver gives up (see :attr:`released`)."""
        return self._stuck and not self.released.is_set()

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
