"""The real backend: a PC/SC reader through pyscard, read with bounded waits and clear
errors (the session itself is :class:`~.connection.PcscConnection`, card and reader
events come from :class:`~.presence.PresenceWatcher`).

A chip that stops answering holds the reader inside pcscd until the reader's driver gives
up or the card is lifted; no PC/SC call can free it sooner. The reader remembers such a
connection: the next read waits (bounded) for it to be released and then goes ahead, or
says that the card is not answering and must be put back, never "the reader is in use".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from smartcard import scard

from . import pcsc
from .apdu import CardNotAnswering, IdCardError, NoReader
from .connection import REMOVAL_GRACE_S, PcscConnection
from .document import Identity, read_document, validate_can
from .mrz import validate_mrz_key

__all__ = ["PcscConnection", "PcscReader", "list_readers"]

list_readers = pcsc.list_readers


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
        self._stuck: PcscConnection | None = None  # timed out, still holding the reader

    def resolve(self) -> str:
        """The full name of the reader to use; :class:`NoReader` if there is none."""
        context = pcsc.establish()
        try:
            readers = pcsc.list_in(context)
            if self.name is not None:
                matches = [r for r in readers if r == self.name] or [
                    r for r in readers if self.name in r
                ]
                if not matches:
                    raise NoReader(f"reader {self.name!r} not connected")
                return matches[0]
            if not readers:
                raise NoReader("no card reader connected")
            states = pcsc.states(context, readers) or {}
            with_card = [r for r in readers if states.get(r, 0) & scard.SCARD_STATE_PRESENT]
            return (with_card or readers)[0]
        finally:
            pcsc.release(context)

    def card_present(self) -> bool:
        """Whether a card is on the reader now (False when there is no reader)."""
        try:
            reader = self.resolve()
            context = pcsc.establish()
        except IdCardError:
            return False
        try:
            states = pcsc.states(context, [reader]) or {}
            return bool(states.get(reader, 0) & scard.SCARD_STATE_PRESENT)
        finally:
            pcsc.release(context)

    def _wait_for_stuck(self) -> None:
        """Let a connection that timed out earlier free the reader: its stuck exchange ends
        when the reader's driver gives up or the card is lifted, and the clean-up queued
        behind it then runs (waits up to ``timeout`` plus the removal grace)."""
        stuck = self._stuck
        if stuck is None:
            return
        if not stuck.released.wait(self.timeout + REMOVAL_GRACE_S):
            raise CardNotAnswering(
                "the card stopped answering and still holds the reader: "
                "take it off the reader and put it back"
            )
        self._stuck = None
        # A reader that gave up switched its field off and on: pcscd sees the card again
        # on its next poll. Wait for that (bounded) rather than report "no card".
        self._await_card(stuck.reader, REMOVAL_GRACE_S + 0.5)

    @staticmethod
    def _await_card(reader: str, seconds: float) -> None:
        """Until pcscd reports a card on ``reader`` or ``seconds`` passed (no error)."""
        try:
            context = pcsc.establish()
        except IdCardError:
            return
        try:
            deadline = time.monotonic() + seconds
            known = pcsc.states(context, [reader]) or {}
            while not known.get(reader, 0) & scard.SCARD_STATE_PRESENT:
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                answer = pcsc.states(context, [reader], int(left * 1000), known)
                if answer is None:
                    return
                known = answer
        finally:
            pcsc.release(context)

    def connect(self) -> PcscConnection:
        self._wait_for_stuck()
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
        """Connect, read the document (see :func:`~.document.read_document`), disconnect.

        The arguments are checked before the reader is touched."""
        if can:
            validate_can(can)
        if mrz_key:
            validate_mrz_key(mrz_key)
        if not can and not mrz_key:
            raise ValueError("a CAN or an MRZ key is needed")
        connection = self.connect()
        try:
            return read_document(
                connection, can, mrz_key, want_photo, today=today, progress=progress
            )
        finally:
            connection.close()
            if connection.stuck:
                self._stuck = connection
