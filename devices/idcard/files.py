"""Reading elementary files from a chip (ISO 7816-4 READ BINARY, ICAO Doc 9303 part 10).

A file is read by short file identifier (SFI: one READ BINARY names the file) where the
chip supports it; a chip that does not answers "file not found", and the file is then
selected by its file identifier (SELECT, P1=02) and read as the current file. Either way
the TLV header comes first, read as far as its length field says (long-form lengths have
up to five bytes), then the rest in chunks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import tlv
from .apdu import SW_END_OF_FILE, SW_FILE_NOT_FOUND, SW_OK, CardError, Command

__all__ = [
    "DG1",
    "DG2",
    "DG11",
    "EF_CARD_ACCESS",
    "EF_COM",
    "MAX_OFFSET",
    "READ_CHUNK",
    "ElementaryFile",
    "FileMissing",
    "read_file",
    "select_file",
]

READ_CHUNK = 0xDF
"""Bytes per READ BINARY: the largest amount whose secure messaging response (DO87 with
padding, DO99, DO8E) still fits a short APDU's 256 bytes."""
MAX_OFFSET = 0x7FFF
"""READ BINARY with even INS addresses 15 bits; larger files would need odd-INS reads."""
HEADER_PROBE = 4
"""First read of a file: tag and first length byte always fit; more follows if needed."""


@dataclass(frozen=True)
class ElementaryFile:
    name: str
    fid: int
    sfi: int


EF_CARD_ACCESS = ElementaryFile("EF.CardAccess", 0x011C, 0x1C)  # in the master file
EF_COM = ElementaryFile("EF.COM", 0x011E, 0x1E)
DG1 = ElementaryFile("DG1", 0x0101, 0x01)
DG2 = ElementaryFile("DG2", 0x0102, 0x02)
DG11 = ElementaryFile("DG11", 0x010B, 0x0B)
# EF.SOD (011D, SFI 1D) would follow for passive authentication, which is not done yet.

Send = Callable[[Command], tuple[bytes, int]]


class FileMissing(Exception):
    """The chip has no such file (SELECT by file identifier said so)."""


def select_file(send: Send, ef: ElementaryFile) -> int:
    """SELECT EF by file identifier under the current DF, no answer data (P2=0C)."""
    _, sw = send(Command(0x00, 0xA4, 0x02, 0x0C, ef.fid.to_bytes(2, "big")))
    return sw


def _header_size(head: bytes) -> int:
    """Bytes of tag + length field at the start of ``head`` (which may be cut short)."""
    _, pos = tlv.read_tag(head, 0)
    if pos >= len(head):
        return pos + 1
    first = head[pos]
    return pos + 1 + (first & 0x7F if first & 0x80 else 0)


def read_file(
    send: Send,
    ef: ElementaryFile,
    *,
    by_sfi: bool = True,
    on_no_sfi: Callable[[], None] | None = None,
) -> bytes:
    """A whole file. ``by_sfi``: first try READ BINARY with the SFI; on "file not found"
    (or with ``by_sfi=False``) SELECT it by file identifier. ``send`` may re-open secure
    messaging between commands (see :class:`~.session.ChipSession`).

    Raises :class:`FileMissing` when SELECT does not find it and :class:`CardError` for
    any other refusal or a file that does not start with a TLV header. ``on_no_sfi`` is
    called when the SFI read failed but SELECT found the file (the chip has no SFIs)."""
    head, sw = b"", SW_FILE_NOT_FOUND
    if by_sfi:
        head, sw = send(Command(0x00, 0xB0, 0x80 | ef.sfi, 0x00, le=HEADER_PROBE))
    if sw == SW_FILE_NOT_FOUND:
        sw = select_file(send, ef)
        if sw == SW_FILE_NOT_FOUND:
            raise FileMissing(ef.name)
        if sw != SW_OK:
            raise CardError(f"selecting {ef.name} failed", sw)
        if by_sfi and on_no_sfi is not None:
            on_no_sfi()
        head, sw = send(Command(0x00, 0xB0, 0x00, 0x00, le=HEADER_PROBE))
    if sw not in (SW_OK, SW_END_OF_FILE) or not head:
        raise CardError(f"reading {ef.name} failed", sw)
    try:
        need = _header_size(head)
        if need > len(head) and sw == SW_OK:
            more, sw = send(Command(0x00, 0xB0, 0x00, len(head), le=need - len(head)))
            if sw not in (SW_OK, SW_END_OF_FILE):
                raise CardError(f"reading the header of {ef.name} failed", sw)
            head += more
        total = tlv.header_length(head)
    except tlv.TlvError as err:
        raise CardError(f"{ef.name} does not start with a TLV header ({err})") from None
    if total - 1 > MAX_OFFSET:
        raise CardError(f"{ef.name} is larger than 32 KB, which this reader does not support")
    data = bytearray(head[:total])
    while len(data) < total:
        offset = len(data)
        want = min(READ_CHUNK, total - offset)
        chunk, sw = send(Command(0x00, 0xB0, offset >> 8, offset & 0xFF, le=want))
        if sw not in (SW_OK, SW_END_OF_FILE) or not chunk:
            raise CardError(f"reading {ef.name} at offset {offset} failed", sw)
        data += chunk[:want]
    return bytes(data)
