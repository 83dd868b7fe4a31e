"""Read an identity document through any :class:`~devices.idcard.apdu.Transport`.

The sequence follows ICAO Doc 9303 parts 10 and 11: EF.CardAccess (in the master file,
readable without access control) tells whether the chip speaks PACE; if it does, PACE
runs first and the eMRTD application is selected under secure messaging, otherwise the
application is selected in the clear and BAC runs. Then EF.COM, DG1 (the MRZ), DG11
(full name, place of birth) when the chip lists it, and DG2 (the face) only on request.

Personal data is returned once, in an :class:`Identity`, and kept nowhere else: no
caches, no logging of values, and ``repr`` shows no personal field. The face image stays
in memory; nothing here writes to disk.
"""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from . import crypto, tlv
from .apdu import (
    SW_END_OF_FILE,
    SW_FILE_NOT_FOUND,
    SW_OK,
    CardError,
    Command,
    PasswordRequired,
    Transport,
    UnsupportedCard,
)
from .mrz import DocumentKind, Mrz, MrzError, parse_mrz, validate_mrz_key

__all__ = ["EMRTD_AID", "DocumentReader", "Identity", "read_document", "validate_can"]

EMRTD_AID = bytes.fromhex("A0000002471001")
SFI_CARD_ACCESS = 0x1C
SFI_COM = 0x1E
SFI_DG1 = 0x01
SFI_DG2 = 0x02
SFI_DG11 = 0x0B
TAG_DG1, TAG_DG2, TAG_DG11 = 0x61, 0x75, 0x6B

READ_CHUNK = 0xDF
"""Bytes per READ BINARY: the largest amount whose secure messaging response (DO87 with
padding, DO99, DO8E) still fits a short APDU's 256 bytes."""
MAX_OFFSET = 0x7FFF
"""READ BINARY with even INS addresses 15 bits; larger files would need odd-INS reads."""


@dataclass(frozen=True, slots=True, repr=False)
class Identity:
    """What the kiosk may use from a document. Immutable; ``repr`` and ``str`` show no
    personal data, so an Identity that ends up in a log or traceback leaks nothing.

    Hold it only as long as the citizen's session: drop every reference to "wipe" it
    (nothing in ``devices.idcard`` keeps a copy).
    """

    surname: str
    given_names: str
    date_of_birth: date
    nationality: str
    sex: str  # "M", "F" or "X" (unspecified)
    document_kind: DocumentKind
    document_number: str
    expiry: date
    issuing_state: str
    place_of_birth: str | None = None
    expired: bool = False
    photo: bytes | None = None  # JPEG or JPEG 2000 from DG2, memory only

    def __repr__(self) -> str:
        photo = "None" if self.photo is None else f"<{len(self.photo)} bytes>"
        return (
            f"Identity(document_kind={self.document_kind.value!r}, "
            f"expired={self.expired}, photo={photo})"
        )

    __str__ = __repr__


class DocumentReader(Protocol):
    """What the kiosk needs from a reader backend (PC/SC or simulated). ``read`` blocks
    for up to a few seconds: call it from a worker thread, never the GUI thread."""

    def card_present(self) -> bool: ...

    def read(
        self,
        can: str | None = None,
        mrz_key: str | None = None,
        want_photo: bool = False,
        *,
        today: date | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> Identity: ...


class _FileMissing(Exception):
    pass


def validate_can(can: str) -> str:
    """The card access number: six digits (printed on the front of the German ID card)."""
    can = can.strip()
    if len(can) != 6 or not can.isdigit():
        raise ValueError("the CAN has six digits")
    return can


def _select_aid(transport: Transport) -> int:
    _, sw = transport.transmit(Command(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID).encode())
    return sw


def read_file(transport: Transport, sfi: int, what: str) -> bytes:
    """A whole elementary file: its TLV header via short file identifier, then the rest
    in chunks. Raises :class:`CardError`; a missing file raises ``_FileMissing``."""
    head, sw = transport.transmit(Command(0x00, 0xB0, 0x80 | sfi, 0x00, le=4).encode())
    if sw == SW_FILE_NOT_FOUND:
        raise _FileMissing(what)
    if sw not in (SW_OK, SW_END_OF_FILE) or not head:
        raise CardError(f"reading {what} failed", sw)
    try:
        total = tlv.header_length(head)
    except tlv.TlvError as err:
        raise CardError(f"{what} does not start with a TLV header ({err})") from None
    if total - 1 > MAX_OFFSET:
        raise CardError(f"{what} is larger than 32 KB, which this reader does not support")
    data = bytearray(head[:total])
    while len(data) < total:
        offset = len(data)
        want = min(READ_CHUNK, total - offset)
        chunk, sw = transport.transmit(
            Command(0x00, 0xB0, offset >> 8, offset & 0xFF, le=want).encode()
        )
        if sw not in (SW_OK, SW_END_OF_FILE) or not chunk:
            raise CardError(f"reading {what} at offset {offset} failed", sw)
        data += chunk[:want]
    return bytes(data)


def _card_access(transport: Transport) -> bytes | None:
    """EF.CardAccess from the master file, or None when the chip has none (BAC only)."""
    # Make the MF current; chips that reject the SELECT still have it current after reset.
    transport.transmit(Command(0x00, 0xA4, 0x00, 0x0C, b"\x3f\x00").encode())
    try:
        return read_file(transport, SFI_CARD_ACCESS, "EF.CardAccess")
    except _FileMissing:
        return None
    except CardError as err:
        if err.sw is not None and err.sw >> 8 in (0x69, 0x6A, 0x6D, 0x6E):
            return None  # refused or unknown: treat as "no PACE"
        raise


def _establish(
    transport: Transport, can: str | None, mrz_key: str | None
) -> crypto.SecureTransport:
    access = _card_access(transport)
    infos = crypto.parse_card_access(access) if access is not None else []
    info = crypto.choose_pace(infos)
    if info is not None and (can or mrz_key):
        password, kind = (can, crypto.PASSWORD_CAN) if can else (mrz_key or "", crypto.PASSWORD_MRZ)
        params = {i.parameter_id for i in infos if i.supported}
        session = crypto.pace(transport, info, password, kind, send_parameter_id=len(params) > 1)
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


def _com_tags(secure: Transport) -> set[int] | None:
    try:
        com = tlv.parse(read_file(secure, SFI_COM, "EF.COM"))
        tags = tlv.find(com, 0x5C)
    except _FileMissing:
        return None
    except tlv.TlvError as err:
        raise CardError(f"EF.COM is malformed ({err})") from None
    return set(tags.value) if tags is not None else None


def _dg1(secure: Transport, today: date | None) -> Mrz:
    try:
        raw = read_file(secure, SFI_DG1, "DG1")
    except _FileMissing:
        raise UnsupportedCard("the chip has no DG1 (MRZ)") from None
    try:
        mrz_obj = tlv.require(tlv.parse(raw), 0x5F1F, "MRZ in DG1")
        text = mrz_obj.value.decode("ascii")
    except (tlv.TlvError, UnicodeDecodeError) as err:
        raise CardError(f"DG1 is malformed ({err})") from None
    try:
        return parse_mrz(text, today=today)
    except MrzError as err:
        raise CardError(f"the MRZ in DG1 is invalid ({err.field})") from None


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


@dataclass(frozen=True, slots=True, repr=False)
class Dg11:
    surname: str | None = None
    given_names: str | None = None
    place_of_birth: str | None = None
    date_of_birth: date | None = None


def parse_dg11(raw: bytes) -> Dg11:
    """Full name (5F0E), place of birth (5F11) and full date of birth (5F2B) of DG11."""
    try:
        objects = tlv.parse(raw)
        name = tlv.find(objects, 0x5F0E)
        place = tlv.find(objects, 0x5F11)
        born = tlv.find(objects, 0x5F2B)
    except tlv.TlvError as err:
        raise CardError(f"DG11 is malformed ({err})") from None
    surname = given = None
    if name is not None:
        full = _text(name.value).strip().rstrip("<")
        if "<<" in full:
            head, _, tail = full.partition("<<")
            surname = " ".join(head.replace("<", " ").split()) or None
            given = " ".join(tail.replace("<", " ").split())
    place_text = None
    if place is not None:
        parts = [p.strip() for p in _text(place.value).split("<") if p.strip()]
        place_text = ", ".join(parts) or None
    birth = None
    if born is not None:
        digits = born.value.hex() if len(born.value) == 4 else _text(born.value)
        if len(digits) == 8 and digits.isdigit():
            try:
                birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            except ValueError:
                birth = None  # partial dates ("19740000") keep the MRZ date
    return Dg11(surname, given, place_text, birth)


def face_image(dg2: bytes) -> bytes | None:
    """The JPEG / JPEG 2000 image inside DG2 (ISO/IEC 19794-5 record in tag 5F2E/7F2E)."""
    try:
        objects = tlv.parse(dg2)
        bdb = tlv.find(objects, 0x5F2E) or tlv.find(objects, 0x7F2E)
    except tlv.TlvError as err:
        raise CardError(f"DG2 is malformed ({err})") from None
    if bdb is None:
        return None
    data = bdb.value
    if data[:4] == b"FAC\x00" and len(data) >= 14 + 20 + 12:
        block_len, feature_points = struct.unpack_from(">IH", data, 14)
        start = 14 + 20 + 8 * feature_points + 12
        end = 14 + block_len
        if start < end <= len(data):
            return data[start:end]
    for signature in (b"\xff\xd8\xff", b"\x00\x00\x00\x0cjP  ", b"\xff\x4f\xff\x51"):
        at = data.find(signature)
        if at >= 0:
            return data[at:]
    return None


def identity_from(mrz: Mrz, extra: Dg11, photo: bytes | None, today: date | None) -> Identity:
    """The citizen's identity from DG1, completed by DG11 where a chip has it: the
    untruncated name, and the full year of birth (which settles the century)."""
    surname, given = mrz.surname, mrz.given_names
    if extra.surname:  # DG11 carries the untruncated name
        surname, given = extra.surname, extra.given_names or ""
    born = mrz.date_of_birth
    if extra.date_of_birth and extra.date_of_birth.strftime("%y%m%d") == mrz.birth_yymmdd:
        born = extra.date_of_birth  # the full year settles the century
    today = today or date.today()
    return Identity(
        surname=surname,
        given_names=given,
        date_of_birth=born,
        nationality=mrz.nationality,
        sex=mrz.sex,
        document_kind=mrz.kind,
        document_number=mrz.document_number,
        expiry=mrz.expiry,
        issuing_state=mrz.issuing_state,
        place_of_birth=extra.place_of_birth,
        expired=mrz.expiry < today,
        photo=photo,
    )


def read_document(
    transport: Transport,
    can: str | None,
    mrz_key: str | None,
    want_photo: bool = False,
    *,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> Identity:
    """Read the document on ``transport`` and return its :class:`Identity`.

    ``can`` (6 digits, German ID card) or ``mrz_key`` (see :func:`~.mrz.mrz_key`) opens
    the chip; with PACE the CAN is preferred. ``progress`` is called with "access",
    "dg1", "dg11", "photo" as each step starts (for a "keep the card still" screen).

    Raises :class:`~.apdu.WrongCan`, :class:`~.apdu.CardRemoved`,
    :class:`~.apdu.PasswordRequired`, :class:`~.apdu.UnsupportedCard`,
    :class:`~.apdu.CardError` or :class:`~.apdu.ReaderError`; ValueError for a malformed
    CAN and :class:`~.mrz.MrzError` for an MRZ key with a wrong check digit.
    """
    step = progress or (lambda _name: None)
    can = validate_can(can) if can else None
    mrz_key = validate_mrz_key(mrz_key) if mrz_key else None
    if can is None and mrz_key is None:
        raise ValueError("a CAN or an MRZ key is needed")
    step("access")
    secure = _establish(transport, can, mrz_key)
    try:
        tags = _com_tags(secure)
        step("dg1")
        mrz = _dg1(secure, today)
        extra = Dg11()
        if tags is None or TAG_DG11 in tags:
            step("dg11")
            with contextlib.suppress(_FileMissing):  # listed but absent: not fatal
                extra = parse_dg11(read_file(secure, SFI_DG11, "DG11"))
        photo = None
        if want_photo and (tags is None or TAG_DG2 in tags):
            step("photo")
            with contextlib.suppress(_FileMissing):
                photo = face_image(read_file(secure, SFI_DG2, "DG2"))
    finally:
        secure.close()
    return identity_from(mrz, extra, photo, today)
