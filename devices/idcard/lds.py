"""The data groups of the ICAO logical data structure (Doc 9303 part 10) as the kiosk
uses them: the MRZ of DG1, the additional personal details of DG11 (full name, place of
birth, full date of birth, address) and the face image of DG2. Everything here parses
untrusted chip content: malformed data raises :class:`~.apdu.CardError`, never more."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import date

from . import tlv
from .apdu import CardError
from .mrz import Mrz, MrzError, parse_mrz

__all__ = ["TAG_DG1", "TAG_DG2", "TAG_DG11", "Dg11", "face_image", "parse_dg1", "parse_dg11"]

TAG_DG1, TAG_DG2, TAG_DG11 = 0x61, 0x75, 0x6B


def parse_dg1(raw: bytes, today: date | None) -> Mrz:
    """The MRZ in DG1 (tag 5F1F). A wrong composite check digit is the document's defect,
    not a reading error: the MRZ is kept, with ``defects`` saying so, because every field
    the kiosk uses has its own check digit, which is verified."""
    try:
        mrz_obj = tlv.require(tlv.parse(raw), 0x5F1F, "MRZ in DG1")
        text = mrz_obj.value.decode("ascii")
    except (tlv.TlvError, UnicodeDecodeError) as err:
        raise CardError(f"DG1 is malformed ({err})") from None
    try:
        return parse_mrz(text, today=today, lenient_composite=True)
    except MrzError as err:
        raise CardError(f"the MRZ in DG1 is invalid ({err.field})") from None


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _parts(raw: bytes) -> str | None:
    """``SMITH STREET 5<ANYTOWN<<12345`` -> ``SMITH STREET 5, ANYTOWN, 12345``."""
    parts = [" ".join(p.split()) for p in _text(raw).split("<")]
    return ", ".join(p for p in parts if p) or None


@dataclass(frozen=True, slots=True, repr=False)
class Dg11:
    surname: str | None = None
    given_names: str | None = None
    place_of_birth: str | None = None
    date_of_birth: date | None = None
    address: str | None = None


def parse_dg11(raw: bytes) -> Dg11:
    """Full name (5F0E), place of birth (5F11), full date of birth (5F2B) and permanent
    address (5F42) of DG11; each is optional."""
    try:
        objects = tlv.parse(raw)
        name = tlv.find(objects, 0x5F0E)
        place = tlv.find(objects, 0x5F11)
        born = tlv.find(objects, 0x5F2B)
        address = tlv.find(objects, 0x5F42)
    except tlv.TlvError as err:
        raise CardError(f"DG11 is malformed ({err})") from None
    surname = given = None
    if name is not None:
        full = _text(name.value).strip().rstrip("<")
        if "<<" in full:
            head, _, tail = full.partition("<<")
            surname = " ".join(head.replace("<", " ").split()) or None
            given = " ".join(tail.replace("<", " ").split())
    birth = None
    if born is not None:
        digits = born.value.hex() if len(born.value) == 4 else _text(born.value)
        if len(digits) == 8 and digits.isdigit():
            try:
                birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            except ValueError:
                birth = None  # partial dates ("19740000") keep the MRZ date
    return Dg11(
        surname,
        given,
        _parts(place.value) if place is not None else None,
        birth,
        _parts(address.value) if address is not None else None,
    )


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
