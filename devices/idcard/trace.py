"""A trace of the APDUs of one read, for support: instruction, parameters, lengths, status
word and time of each exchange, never the data (which holds keys and personal data).

The trace is logged at DEBUG as it happens and, when a read fails, once at WARNING with
the last exchanges, so a municipal IT admin can send it to the vendor as it is.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass

from .apdu import Command, Transport

__all__ = ["ApduTrace", "TracingTransport"]

log = logging.getLogger("devices.idcard.apdu")


@dataclass(frozen=True)
class ApduTrace:
    cla: int
    ins: int
    p1: int
    p2: int
    lc: int
    le: int | None
    answer_bytes: int
    sw: int | None  # None: no answer (timeout, card removed)
    ms: float

    def __str__(self) -> str:
        le = "-" if self.le is None else str(self.le)
        sw = "----" if self.sw is None else f"{self.sw:04X}"
        return (
            f"{self.cla:02X} {self.ins:02X} {self.p1:02X} {self.p2:02X} "
            f"Lc={self.lc} Le={le} -> {self.answer_bytes} bytes {sw} ({self.ms:.1f} ms)"
        )


class TracingTransport:
    """A :class:`~.apdu.Transport` that records each exchange of ``inner`` (the wire: for
    secure messaging that is the protected command, CLA 0C)."""

    def __init__(self, inner: Transport, keep: int = 64) -> None:
        self.inner = inner
        self.entries: deque[ApduTrace] = deque(maxlen=keep)

    def transmit(self, apdu: bytes, timeout: float | None = None) -> tuple[bytes, int]:
        try:
            cmd = Command.decode(apdu)
            head = (cmd.cla, cmd.ins, cmd.p1, cmd.p2, len(cmd.data), cmd.le)
        except ValueError:
            head = (*apdu[:4].ljust(4, b"\0"), max(len(apdu) - 5, 0), None)
        start = time.perf_counter()
        data, sw = b"", None
        try:
            data, sw = self.inner.transmit(apdu, timeout)
            return data, sw
        finally:
            entry = ApduTrace(*head, len(data), sw, (time.perf_counter() - start) * 1000)
            self.entries.append(entry)
            log.debug("apdu %s", entry)

    def lines(self) -> list[str]:
        return [str(e) for e in self.entries]
