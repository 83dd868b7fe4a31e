"""APDUs, the transport protocol every card reader implements, and the errors a kiosk must
tell apart.

The errors are split by what the kiosk does next: :class:`CardRemoved` ("put the card back
and keep it still"), :class:`WrongCan` ("check the number"), :class:`NoReader` (staff),
:class:`UnsupportedCard` ("this document cannot be read here"), :class:`PasswordRequired`
(ask for the other key) and :class:`ReaderError` / :class:`CardError` for the rest. None of
their messages contain personal data, so they may be logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "SW_OK",
    "CardError",
    "CardNotAnswering",
    "CardRemoved",
    "Command",
    "IdCardError",
    "NoReader",
    "PasswordRequired",
    "ReaderError",
    "Transport",
    "UnsupportedCard",
    "WrongCan",
    "sw_text",
]

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282  # fewer bytes than Le: end of file reached
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_AUTH_METHOD_BLOCKED = 0x6983
SW_SM_OBJECTS_MISSING = 0x6987
SW_SM_OBJECTS_INCORRECT = 0x6988
SW_WRONG_DATA = 0x6A80
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_P1P2 = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00
SW_AUTH_FAILED = 0x6300

_SW_TEXT = {
    SW_OK: "ok",
    SW_END_OF_FILE: "end of file reached",
    0x6300: "authentication failed",
    SW_WRONG_LENGTH: "wrong length",
    SW_SECURITY_NOT_SATISFIED: "security status not satisfied",
    SW_AUTH_METHOD_BLOCKED: "authentication method blocked",
    0x6985: "conditions of use not satisfied",
    SW_SM_OBJECTS_MISSING: "secure messaging objects missing",
    SW_SM_OBJECTS_INCORRECT: "secure messaging objects incorrect",
    SW_WRONG_DATA: "wrong data",
    SW_FILE_NOT_FOUND: "file or application not found",
    SW_WRONG_P1P2: "wrong parameters",
    SW_INS_NOT_SUPPORTED: "instruction not supported",
    SW_CLA_NOT_SUPPORTED: "class not supported",
}


def sw_text(sw: int) -> str:
    """``"6A82 (file or application not found)"``, for messages and logs."""
    if sw & 0xFFF0 == 0x63C0:
        return f"{sw:04X} ({sw & 0x0F} tries left)"
    return f"{sw:04X} ({_SW_TEXT.get(sw, 'unknown status')})"


# -- errors ---------------------------------------------------------------------------


class IdCardError(Exception):
    """Base of everything reading an identity document can raise (besides ValueError for
    malformed arguments)."""


class ReaderError(IdCardError):
    """The reader or PC/SC failed, or the card stopped answering within the timeout."""


class NoReader(ReaderError):
    """No reader is connected, the named one is gone, or the PC/SC service is not running."""


class CardRemoved(ReaderError):
    """The card was taken away (or never there) while it was needed."""


class CardNotAnswering(ReaderError):
    """The chip stopped answering: it must be lifted and put back (a chip that locked up
    answers again after the reader's field was off)."""


class CardError(IdCardError):
    """The card answered, but not as an eMRTD chip should (unexpected status, bad MAC)."""

    def __init__(self, message: str, sw: int | None = None) -> None:
        super().__init__(message if sw is None else f"{message}: {sw_text(sw)}")
        self.sw = sw


class WrongCan(CardError):
    """Access control failed: the CAN (or MRZ key) does not match this card.

    ``sw`` is the card's answer (6300, 63Cx, 6982, 6988, or 6983 when blocked);
    ``retries_left`` is ``x`` of 63Cx when the card reports a counter, else None (0: a
    card that blocks will refuse the next attempt; the German ID card never blocks its
    CAN). ``blocked`` is set only when the card says so (6983). ``password`` is "can"
    or "mrz".
    """

    def __init__(self, sw: int, password: str = "can") -> None:
        self.retries_left: int | None = sw & 0x0F if sw & 0xFFF0 == 0x63C0 else None
        self.password = password
        self.blocked = sw == SW_AUTH_METHOD_BLOCKED
        what = "CAN" if password == "can" else "MRZ key"
        super().__init__(f"{what} rejected by the card", sw)


class UnsupportedCard(CardError):
    """Not an eMRTD (no ICAO application), or no access control we can perform."""


class PasswordRequired(CardError):
    """The card needs a password that was not given: ``needed`` is "mrz" (BAC-only
    passports cannot use a CAN) or "can_or_mrz"."""

    def __init__(self, needed: str, message: str) -> None:
        super().__init__(message)
        self.needed = needed


# -- transport ------------------------------------------------------------------------


class Transport(Protocol):
    """Sends one command APDU and returns ``(response data, status word)``.

    Implementations raise :class:`ReaderError` (or a subclass) on any failure, including
    ``timeout`` seconds without an answer (None: the transport's default). They never
    raise pyscard or socket exceptions.
    """

    def transmit(self, apdu: bytes, timeout: float | None = None) -> tuple[bytes, int]: ...


@dataclass(frozen=True, repr=False)
class Command:
    """A plain command APDU (ISO 7816-4 cases 1-4, short or extended length).

    ``le`` is the number of expected bytes (None: no Le; 256 / 65536: "as many as there
    are", encoded as 00 / 0000).
    """

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    def encode(self) -> bytes:
        header = bytes([self.cla, self.ins, self.p1, self.p2])
        extended = len(self.data) > 255 or (self.le is not None and self.le > 256)
        if not extended:
            body = bytes([len(self.data)]) + self.data if self.data else b""
            if self.le is not None:
                body += bytes([self.le & 0xFF])
            return header + body
        body = b"\x00" + len(self.data).to_bytes(2, "big") + self.data if self.data else b""
        if self.le is not None:
            le = (self.le & 0xFFFF).to_bytes(2, "big")
            body += le if self.data else b"\x00" + le
        return header + body

    @classmethod
    def decode(cls, apdu: bytes) -> Command:
        """Parse an encoded command; raise ValueError when the lengths do not add up."""
        if len(apdu) < 4:
            raise ValueError("command APDU shorter than its header")
        cla, ins, p1, p2 = apdu[:4]
        body = apdu[4:]
        if not body:
            return cls(cla, ins, p1, p2)
        if len(body) == 1:
            return cls(cla, ins, p1, p2, b"", body[0] or 256)
        if body[0] != 0:  # short Lc
            lc = body[0]
            if len(body) == 1 + lc:
                return cls(cla, ins, p1, p2, bytes(body[1:]))
            if len(body) == 2 + lc:
                return cls(cla, ins, p1, p2, bytes(body[1:-1]), body[-1] or 256)
            raise ValueError("command APDU length does not match Lc")
        if len(body) == 3:  # extended Le only
            return cls(cla, ins, p1, p2, b"", int.from_bytes(body[1:], "big") or 65536)
        lc = int.from_bytes(body[1:3], "big")
        if lc and len(body) == 3 + lc:
            return cls(cla, ins, p1, p2, bytes(body[3:]))
        if lc and len(body) == 5 + lc:
            le = int.from_bytes(body[-2:], "big") or 65536
            return cls(cla, ins, p1, p2, bytes(body[3:-2]), le)
        raise ValueError("command APDU length does not match extended Lc")

    def __repr__(self) -> str:
        # The data may be a key or personal data: never print it.
        return (
            f"Command({self.cla:02X} {self.ins:02X} {self.p1:02X} {self.p2:02X}, "
            f"{len(self.data)} data bytes, le={self.le})"
        )
