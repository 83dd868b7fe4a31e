"""What the emulated eMRTD chips hold (ICAO Doc 9303 part 10 LDS) and how they behave:
:class:`CardProfile` and the specimen profiles, built from the specimens in
:mod:`devices.idcard.simulated`.

* :func:`id_card_profile` - German ID card of ERIKA MUSTERMANN: EF.CardAccess with a
  PACEInfo (ECDH-GM, AES-128, brainpoolP256r1), PACE with CAN 123456 or the MRZ key, no
  BAC, no DG11;
* :func:`passport_profile` - ICAO specimen passport of ANNA MARIA ERIKSSON: no
  EF.CardAccess, BAC only, DG11 with full name and place of birth (and, on request, an
  address).

The behaviour switches of :class:`CardProfile` reproduce chips seen in the field, each
within what ICAO 9303 and ISO 7816-4 allow: no short file identifiers, errors answered in
the clear (which ends secure messaging), a session the chip drops on its own, a DG2 whose
header has a long-form length wider than needed (BER allows it), an MRZ whose composite
check digit is a filler.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, replace
from functools import reduce

from devices.idcard import tlv
from devices.idcard.simulated import (
    SPECIMEN_ID_CARD_CAN,
    SPECIMEN_ID_CARD_MRZ,
    SPECIMEN_PASSPORT_BIRTH,
    SPECIMEN_PASSPORT_FULL_NAME,
    SPECIMEN_PASSPORT_MRZ,
    SPECIMEN_PASSPORT_PLACE_OF_BIRTH,
    SPECIMEN_PHOTO,
)

PACE_OID = "0.4.0.127.0.7.2.2.4.2.2"  # id-PACE-ECDH-GM-AES-CBC-CMAC-128
PACE_PARAMETER_ID = 13  # brainpoolP256r1
EMRTD_AID = bytes.fromhex("A0000002471001")
MF_FID = 0x3F00
CARD_ACCESS_FID, CARD_ACCESS_SFI = 0x011C, 0x1C

# eMRTD application files: FID -> (SFI, name)
LDS_FILES = {
    0x011E: (0x1E, "EF.COM"),
    0x0101: (0x01, "DG1"),
    0x0102: (0x02, "DG2"),
    0x010B: (0x0B, "DG11"),
}


def contactless_atr(historical: bytes) -> bytes:
    """PC/SC part 3 ATR of a contactless card: 3B 8n 80 01 <historical> TCK."""
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    return b"\x3b" + body + bytes([reduce(lambda a, b: a ^ b, body, 0)])


# -- the LDS content ---------------------------------------------------------------------


def _ef_com(tags: bytes) -> bytes:
    return tlv.encode(
        0x60, [tlv.encode(0x5F01, b"0107"), tlv.encode(0x5F36, b"040000"), tlv.encode(0x5C, tags)]
    )


def _dg1(mrz_lines: tuple[str, ...]) -> bytes:
    return tlv.encode(0x61, tlv.encode(0x5F1F, "".join(mrz_lines).encode("ascii")))


def padded_jpeg(jpeg: bytes, size: int) -> bytes:
    """The photo grown to a real DG2's size with a JPEG comment segment (still valid)."""
    filler = max(0, min(size - len(jpeg) - 4, 65533))
    pattern = hashlib.sha256(b"specimen").digest()
    comment = (pattern * (filler // len(pattern) + 1))[:filler]
    return jpeg[:2] + b"\xff\xfe" + (filler + 2).to_bytes(2, "big") + comment + jpeg[2:]


def dg2(jpeg: bytes, width: int = 90, height: int = 120, female: bool = True) -> bytes:
    """DG2 with one ISO/IEC 19794-5 facial record holding ``jpeg``."""
    facial = struct.pack(
        ">IHBBB3sH3s3s",
        20 + 12 + len(jpeg),
        0,
        2 if female else 1,
        0,
        0,
        b"\0\0\0",
        0,
        b"\0\0\0",
        b"\0\0\0",
    )
    image_info = struct.pack(">BBHHBBHH", 1, 0, width, height, 1, 2, 0, 0)
    record = facial + image_info + jpeg
    header = b"FAC\x00" + b"010\x00" + struct.pack(">IH", 14 + len(record), 1)
    bht = tlv.encode(
        0xA1,
        [
            tlv.encode(0x80, b"\x01\x01"),
            tlv.encode(0x87, b"\x01\x01"),
            tlv.encode(0x88, b"\x00\x08"),
        ],
    )
    bit = tlv.encode(0x7F60, [bht, tlv.encode(0x5F2E, header + record)])
    return tlv.encode(0x75, tlv.encode(0x7F61, [tlv.encode(0x02, b"\x01"), bit]))


def _dg11(full_name: str, place: str, birth: str, address: str | None = None) -> bytes:
    """DG11 (ICAO 9303-10, 4.7.11): tag list 5C, then the listed objects; the address
    (5F42) separates its parts with ``<``."""
    tags = b"\x5f\x0e\x5f\x11\x5f\x2b" + (b"\x5f\x42" if address else b"")
    objects = [
        tlv.encode(0x5C, tags),
        tlv.encode(0x5F0E, full_name.encode()),
        tlv.encode(0x5F11, place.encode()),
        tlv.encode(0x5F2B, birth.encode()),
    ]
    if address:
        objects.append(tlv.encode(0x5F42, address.encode()))
    return tlv.encode(0x6B, objects)


def widen_length(data: bytes, length_bytes: int) -> bytes:
    """The same TLV with its outer length in long form on ``length_bytes`` bytes (BER
    allows more length bytes than needed; DER would not)."""
    tag_end = tlv.read_tag(data, 0)[1]
    length, value_at = tlv.read_length(data, tag_end)
    return (
        data[:tag_end]
        + bytes([0x80 | length_bytes])
        + length.to_bytes(length_bytes, "big")
        + data[value_at:]
    )


def card_access(oid: str = PACE_OID, parameter_id: int = PACE_PARAMETER_ID) -> bytes:
    """EF.CardAccess like the German ID card's: PACEInfo plus TA and CA infos (which a
    reader must skip)."""
    pace_info = tlv.encode(
        0x30,
        [
            tlv.encode(0x06, tlv.encode_oid(oid)),
            tlv.encode(0x02, b"\x02"),
            tlv.encode(0x02, bytes([parameter_id])),
        ],
    )
    ta_info = tlv.encode(
        0x30, [tlv.encode(0x06, tlv.encode_oid("0.4.0.127.0.7.2.2.2")), tlv.encode(0x02, b"\x02")]
    )
    ca_info = tlv.encode(
        0x30,
        [
            tlv.encode(0x06, tlv.encode_oid("0.4.0.127.0.7.2.2.3.2.2")),
            tlv.encode(0x02, b"\x02"),
            tlv.encode(0x02, b"\x41"),
        ],
    )
    return tlv.encode(0x31, [pace_info, ta_info, ca_info])


def _mrz_key(lines: tuple[str, ...]) -> str:
    from devices.idcard.mrz import parse_mrz

    return parse_mrz(lines).key


@dataclass
class CardProfile:
    """What a card holds and which access control it speaks."""

    name: str
    atr: bytes
    files: dict[int, bytes]  # FID -> content, in the eMRTD application
    mrz_key: str
    card_access: bytes | None = None  # None: no PACE
    can: str | None = None
    bac: bool = False
    pace_oid: str = PACE_OID
    pace_parameter_id: int = PACE_PARAMETER_ID
    retries: int | None = None  # reported as 63Cx after a failed PACE
    sfi: bool = True  # False: READ BINARY with a short file identifier answers 6A82
    plain_errors: bool = False  # an error under secure messaging comes unprotected, ends it
    drop_session_after: int | None = None  # forgets the session before the n-th protected APDU

    def but(self, **changes: object) -> CardProfile:
        """A copy with some behaviour switched, e.g. ``profile.but(sfi=False)``."""
        return replace(self, **changes)  # type: ignore[arg-type]


def id_card_profile(
    photo_size: int = 15_000, *, pace_oid: str = PACE_OID, parameter_id: int = PACE_PARAMETER_ID
) -> CardProfile:
    """The German ID card; ``pace_oid``/``parameter_id`` select another PACE cipher or
    curve (for tests of every supported combination)."""
    return CardProfile(
        name="German ID card (specimen ERIKA MUSTERMANN)",
        atr=contactless_atr(bytes.fromhex("8031F873F741E0829000")),
        files={
            0x011E: _ef_com(b"\x61\x75"),
            0x0101: _dg1(SPECIMEN_ID_CARD_MRZ),
            0x0102: dg2(padded_jpeg(SPECIMEN_PHOTO, photo_size)),
        },
        mrz_key=_mrz_key(SPECIMEN_ID_CARD_MRZ),
        card_access=card_access(pace_oid, parameter_id),
        can=SPECIMEN_ID_CARD_CAN,
        pace_oid=pace_oid,
        pace_parameter_id=parameter_id,
        retries=3,
    )


SPECIMEN_ADDRESS = "SPECIMEN STREET 1<ZENITH<<12345"
"""An address in the form of DG11's 5F42 (parts separated by ``<``), made up."""


def passport_profile(
    photo_size: int = 15_000,
    *,
    address: str | None = None,
    dg11: bool = True,
    composite_digit: str | None = None,
    dg2_length_bytes: int | None = None,
) -> CardProfile:
    """The specimen passport. ``address``: DG11 also holds 5F42; ``dg11=False``: EF.COM
    still lists DG11 but the file is not there; ``composite_digit``: the MRZ's last
    character replaced (``"<"`` as some issuers printed it); ``dg2_length_bytes``: DG2's
    outer length written on that many bytes."""
    mrz = SPECIMEN_PASSPORT_MRZ
    if composite_digit is not None:
        mrz = (mrz[0], mrz[1][:-1] + composite_digit)
    face = dg2(padded_jpeg(SPECIMEN_PHOTO, photo_size))
    if dg2_length_bytes is not None:
        face = widen_length(face, dg2_length_bytes)
    files = {
        0x011E: _ef_com(b"\x61\x75\x6b"),
        0x0101: _dg1(mrz),
        0x0102: face,
    }
    if dg11:
        files[0x010B] = _dg11(
            SPECIMEN_PASSPORT_FULL_NAME,
            SPECIMEN_PASSPORT_PLACE_OF_BIRTH,
            SPECIMEN_PASSPORT_BIRTH,
            address,
        )
    return CardProfile(
        name="ICAO specimen passport (ANNA MARIA ERIKSSON)",
        atr=contactless_atr(b"UTOPIA\x00\x01"),
        files=files,
        mrz_key=_mrz_key(SPECIMEN_PASSPORT_MRZ),
        bac=True,
    )
