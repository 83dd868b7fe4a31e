"""Access control and the secure messaging session of one read, re-opened when the chip
drops it.

EF.CardAccess (in the master file, readable without access control) tells whether the
chip speaks PACE; if it does, PACE runs and the eMRTD application is selected under
secure messaging, otherwise the application is selected in the clear and BAC runs.

A chip ends secure messaging whenever it answers with a plain (unprotected) status word:
after an error such as "file not found" on some chips, or when it dropped the session on
its own (6987/6988). The session then runs access control again, at most
``MAX_REOPEN`` times per read, so one optional file cannot cost what was read before.
"""

from __future__ import annotations

import logging

from . import crypto
from .apdu import (
    SW_OK,
    SW_SM_OBJECTS_INCORRECT,
    SW_SM_OBJECTS_MISSING,
    CardError,
    Command,
    PasswordRequired,
    Transport,
    UnsupportedCard,
)
from .files import EF_CARD_ACCESS, FileMissing, read_file

__all__ = ["EMRTD_AID", "MAX_REOPEN", "ChipSession"]

log = logging.getLogger(__name__)

EMRTD_AID = bytes.fromhex("A0000002471001")
MAX_REOPEN = 3
_DROPPED = (SW_SM_OBJECTS_MISSING, SW_SM_OBJECTS_INCORRECT)


def _card_access(transport: Transport) -> bytes | None:
    """EF.CardAccess from the master file, or None when the chip has none (BAC only)."""
    # Make the MF current; chips that reject the SELECT still have it current after reset.
    transport.transmit(Command(0x00, 0xA4, 0x00, 0x0C, b"\x3f\x00").encode())

    def send(cmd: Command) -> tuple[bytes, int]:
        return transport.transmit(cmd.encode())

    try:
        return read_file(send, EF_CARD_ACCESS)
    except FileMissing:
        return None
    except CardError as err:
        if err.sw is not None and err.sw >> 8 in (0x69, 0x6A, 0x6D, 0x6E):
            return None  # refused or unknown: treat as "no PACE"
        raise


def _select_aid(transport: Transport) -> int:
    _, sw = transport.transmit(Command(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID).encode())
    return sw


class ChipSession:
    """The secure channel to the eMRTD application of the chip on ``transport``.

    :meth:`open` runs access control (raises :class:`~.apdu.WrongCan`,
    :class:`~.apdu.PasswordRequired`, :class:`~.apdu.UnsupportedCard`...); :meth:`send`
    protects one command and re-opens the session first when the chip closed it.
    ``sfi`` turns False once the chip showed it does not read files by SFI.
    """

    def __init__(self, transport: Transport, can: str | None, mrz_key: str | None) -> None:
        self.transport = transport
        self.can = can
        self.mrz_key = mrz_key
        self.sfi = True
        self.reopened = 0
        self._secure: crypto.SecureTransport | None = None

    @property
    def closed(self) -> bool:
        return self._secure is None or self._secure.session.closed

    def open(self) -> None:
        self.close()
        self._secure = self._establish()

    def close(self) -> None:
        if self._secure is not None:
            self._secure.close()

    def _reopen(self, why: str) -> None:
        if self.reopened >= MAX_REOPEN:
            raise CardError(f"the chip keeps ending secure messaging ({why})")
        self.reopened += 1
        log.info("secure messaging re-opened", extra={"fields": {"why": why}})
        self.open()

    def send(self, command: Command) -> tuple[bytes, int]:
        """Protect ``command``, return the chip's ``(data, status word)``."""
        if self.closed:
            self._reopen("closed by a plain status word")
        assert self._secure is not None
        data, sw = self._secure.transmit(command.encode())
        if self._secure.session.closed and sw in _DROPPED:
            # The chip forgot the session before this command: run it again once.
            self._reopen(f"chip answered {sw:04X}")
            data, sw = self._secure.transmit(command.encode())
        return data, sw

    def _establish(self) -> crypto.SecureTransport:
        transport, can, mrz_key = self.transport, self.can, self.mrz_key
        access = _card_access(transport)
        infos = crypto.parse_card_access(access) if access is not None else []
        info = crypto.choose_pace(infos)
        if info is not None and (can or mrz_key):
            password, kind = (
                (can, crypto.PASSWORD_CAN) if can else (mrz_key or "", crypto.PASSWORD_MRZ)
            )
            params = {i.parameter_id for i in infos if i.supported}
            session = crypto.pace(
                transport, info, password, kind, send_parameter_id=len(params) > 1
            )
            secure = crypto.SecureTransport(transport, session)
            sw = _select_aid(secure)
            if sw != SW_OK:
                raise UnsupportedCard("no ICAO application after PACE", sw)
            return secure
        if info is not None:
            raise PasswordRequired("can_or_mrz", "this document needs its CAN or MRZ key")
        sw = _select_aid(transport)
        if sw != SW_OK:
            raise UnsupportedCard("not a passport or ID card (no ICAO application)", sw)
        if not mrz_key:
            needed = "this document supports BAC only: its MRZ key is needed"
            if infos:
                needed = "this document's PACE variant is not supported: its MRZ key is needed"
            raise PasswordRequired("mrz", needed)
        return crypto.SecureTransport(transport, crypto.bac(transport, mrz_key))
