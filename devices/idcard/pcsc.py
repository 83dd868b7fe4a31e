"""The PC/SC calls every part of the reader shares, with pyscard's result codes turned
into the kiosk's exceptions (:class:`~.apdu.CardRemoved`, :class:`~.apdu.NoReader`,
:class:`~.apdu.ReaderError`); pyscard exceptions never escape from here."""

from __future__ import annotations

import contextlib

from smartcard import scard

from .apdu import CardRemoved, IdCardError, NoReader, ReaderError

__all__ = [
    "LOST_TRANSFER",
    "NO_READER",
    "NO_SERVICE",
    "REMOVED",
    "describe",
    "establish",
    "list_in",
    "list_readers",
    "map_error",
    "release",
    "result_code",
    "states",
]

REMOVED = {scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD}
NO_SERVICE = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED}
NO_READER = {
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
}
LOST_TRANSFER = {
    scard.SCARD_E_NOT_TRANSACTED,
    scard.SCARD_F_COMM_ERROR,
    scard.SCARD_F_UNKNOWN_ERROR,
    scard.SCARD_E_INVALID_HANDLE,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_W_UNRESPONSIVE_CARD,
    scard.SCARD_W_RESET_CARD,
}


def result_code(hresult: int) -> int:
    return int(hresult) & 0xFFFFFFFF


def describe(hresult: int) -> str:
    code = result_code(hresult)
    try:
        text = str(scard.SCardGetErrorMessage(code)).strip().rstrip(".")
    except Exception:  # pragma: no cover - pyscard versions differ
        text = "PC/SC error"
    return f"{text} (0x{code:08X})"


def map_error(hresult: int, action: str) -> IdCardError:
    """A PC/SC result code as the exception the kiosk acts on."""
    code = result_code(hresult)
    if code in REMOVED:
        return CardRemoved(f"{action}: the card was removed")
    if code in NO_SERVICE:
        return NoReader(f"{action}: the PC/SC service (pcscd) is not running")
    if code in NO_READER:
        return NoReader(f"{action}: the reader is not available")
    if code == scard.SCARD_E_SHARING_VIOLATION:
        return ReaderError(
            f"{action}: the reader is in use (another program, or a "
            "previous session still waiting for the card)"
        )
    return ReaderError(f"{action} failed: {describe(code)}")


def establish() -> int:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if result_code(hresult) != scard.SCARD_S_SUCCESS:
        raise map_error(hresult, "connecting to PC/SC")
    return int(context)


def release(context: int) -> None:
    with contextlib.suppress(Exception):  # best effort: the context may be dead already
        scard.SCardReleaseContext(context)


def list_in(context: int) -> list[str]:
    hresult, names = scard.SCardListReaders(context, [])
    code = result_code(hresult)
    if code == scard.SCARD_E_NO_READERS_AVAILABLE:
        return []
    if code != scard.SCARD_S_SUCCESS:
        raise map_error(hresult, "listing readers")
    return [str(n) for n in names]


def list_readers() -> list[str]:
    """Names of the connected readers ([] if none); :class:`NoReader` if pcscd is down."""
    context = establish()
    try:
        return list_in(context)
    finally:
        release(context)


def states(
    context: int, readers: list[str], timeout_ms: int = 0, known: dict[str, int] | None = None
) -> dict[str, int] | None:
    """Event state per reader (None if the call failed, e.g. a reader vanished)."""
    known = known or {}
    request = [(name, known.get(name, scard.SCARD_STATE_UNAWARE)) for name in readers]
    hresult, answer = scard.SCardGetStatusChange(context, timeout_ms, request)
    code = result_code(hresult)
    if code == scard.SCARD_E_TIMEOUT:
        return dict(known)
    if code != scard.SCARD_S_SUCCESS:
        return None
    return {str(name): int(state) & ~scard.SCARD_STATE_CHANGED for name, state, _atr in answer}
