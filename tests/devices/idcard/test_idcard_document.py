"""read_document against the card emulator used directly as a Transport (no PC/SC): the
protocol choice (PACE with EF.CardAccess, BAC without), every supported PACE curve and
cipher, what the chip refuses, and the Identity that comes out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import emrtd_emulator as em
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.idcard import crypto, tlv
from devices.idcard.apdu import (
    CardError,
    Command,
    PasswordRequired,
    UnsupportedCard,
    WrongCan,
)
from devices.idcard.document import Identity, read_document
from devices.idcard.files import DG2, read_file
from devices.idcard.lds import face_image, parse_dg11
from devices.idcard.mrz import DocumentKind, MrzError
from devices.idcard.simulated import SPECIMEN_PHOTO

TODAY = date(2026, 11, 21)
ID_KEY = em.id_card_profile().mrz_key
PASSPORT_KEY = em.passport_profile().mrz_key


def id_chip() -> em.Chip:
    return em.Chip(em.id_card_profile())


def passport_chip() -> em.Chip:
    return em.Chip(em.passport_profile())


def test_german_id_card_with_can_over_pace() -> None:
    chip = id_chip()
    identity = read_document(chip, "123456", None, today=TODAY)
    assert identity.surname == "MUSTERMANN" and identity.given_names == "ERIKA"
    assert identity.date_of_birth == date(1983, 8, 12)
    assert identity.expiry == date(2031, 10, 31) and not identity.expired
    assert identity.document_kind is DocumentKind.ID_CARD
    assert identity.document_number == "LZ6311T47"
    assert identity.nationality == "D" and identity.issuing_state == "D"
    assert identity.sex == "X"
    assert identity.place_of_birth is None and identity.photo is None
    instructions = [c[0] for c in chip.commands]
    assert 0x82 not in instructions and 0x84 not in instructions  # no BAC attempted
    assert instructions.count(0x86) == 4  # the four PACE steps
    # DG11 is not listed in this card's EF.COM, so it is not read
    assert bytes([0xB0, 0x8B, 0x00]) not in chip.commands


def test_german_id_card_with_mrz_key_over_pace_and_photo() -> None:
    identity = read_document(id_chip(), None, ID_KEY, want_photo=True, today=TODAY)
    assert identity.surname == "MUSTERMANN"
    assert identity.photo is not None and identity.photo.startswith(b"\xff\xd8\xff")
    assert identity.photo.endswith(SPECIMEN_PHOTO[2:])  # the specimen JPEG, grown by a comment


def test_passport_over_bac_with_dg11() -> None:
    chip = passport_chip()
    progress: list[str] = []
    identity = read_document(chip, None, PASSPORT_KEY, today=TODAY, progress=progress.append)
    assert progress == ["access", "dg1", "dg11"]
    assert (identity.surname, identity.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert identity.place_of_birth == "ZENITH"
    assert identity.date_of_birth == date(1974, 8, 12)
    assert identity.document_kind is DocumentKind.PASSPORT
    assert identity.document_number == "L898902C3" and identity.expired
    assert [c[0] for c in chip.commands].count(0x86) == 0  # no PACE without EF.CardAccess


@pytest.mark.parametrize(
    ("oid", "parameter_id"),
    [
        ("0.4.0.127.0.7.2.2.4.2.2", 12),  # AES-128, NIST P-256
        ("0.4.0.127.0.7.2.2.4.2.2", 13),  # AES-128, brainpoolP256r1 (German ID card)
        ("0.4.0.127.0.7.2.2.4.2.3", 15),  # AES-192, NIST P-384
        ("0.4.0.127.0.7.2.2.4.2.4", 16),  # AES-256, brainpoolP384r1
        ("0.4.0.127.0.7.2.2.4.2.4", 17),  # AES-256, brainpoolP512r1
        ("0.4.0.127.0.7.2.2.4.2.1", 13),  # 3DES, brainpoolP256r1
    ],
)
def test_every_supported_pace_variant(oid: str, parameter_id: int) -> None:
    chip = em.Chip(em.id_card_profile(pace_oid=oid, parameter_id=parameter_id))
    identity = read_document(chip, "123456", None, want_photo=True, today=TODAY)
    assert identity.surname == "MUSTERMANN" and identity.photo is not None


def test_wrong_can_reports_the_counter_each_time_and_the_right_one_still_works() -> None:
    chip = id_chip()
    seen = []
    for wrong in ("111111", "222222", "333333"):
        with pytest.raises(WrongCan) as err:
            read_document(chip, wrong, None, today=TODAY)
        seen.append((err.value.sw, err.value.retries_left, err.value.password))
    assert seen == [(0x63C2, 2, "can"), (0x63C1, 1, "can"), (0x63C0, 0, "can")]
    assert read_document(chip, "123456", None, today=TODAY).surname == "MUSTERMANN"
    with pytest.raises(WrongCan) as err:
        read_document(chip, "999999", None, today=TODAY)
    assert err.value.retries_left == 2  # success reset the counter


def test_wrong_mrz_key_on_a_passport() -> None:
    with pytest.raises(WrongCan) as err:
        read_document(passport_chip(), None, "L898902C<369080619406236", today=TODAY)
    assert err.value.sw == 0x6300 and err.value.password == "mrz"


def test_missing_or_malformed_passwords() -> None:
    with pytest.raises(PasswordRequired) as err:
        read_document(passport_chip(), "123456", None, today=TODAY)
    assert err.value.needed == "mrz"
    with pytest.raises(ValueError, match="six digits"):
        read_document(id_chip(), "12345", None)
    with pytest.raises(ValueError, match="needed"):
        read_document(id_chip(), None, None)
    with pytest.raises(MrzError):
        read_document(passport_chip(), None, PASSPORT_KEY[:-1] + "0")


def test_not_an_emrtd() -> None:
    profile = em.passport_profile()
    chip = em.Chip(profile)
    chip._select = lambda cmd: bytes.fromhex("6A82")  # type: ignore[method-assign]
    with pytest.raises(UnsupportedCard, match="no ICAO application"):
        read_document(chip, None, PASSPORT_KEY, today=TODAY)


# -- the chip behaves like one -------------------------------------------------------------


def plain(chip: em.Chip, command: Command) -> tuple[bytes, int]:
    return chip.transmit(command.encode())


def test_chip_refuses_reads_before_access_control() -> None:
    for chip in (id_chip(), passport_chip()):
        assert plain(chip, Command(0x00, 0xA4, 0x04, 0x0C, em.EMRTD_AID))[1] == 0x9000
        assert plain(chip, Command(0x00, 0xB0, 0x81, 0x00, le=4))[1] == 0x6982  # DG1 by SFI
        assert plain(chip, Command(0x00, 0xA4, 0x02, 0x0C, b"\x01\x01"))[1] == 0x9000
        assert plain(chip, Command(0x00, 0xB0, 0x00, 0x00, le=4))[1] == 0x6982


def test_card_access_is_free_to_read_and_absent_on_the_passport() -> None:
    data, sw = plain(id_chip(), Command(0x00, 0xB0, 0x9C, 0x00, le=256))
    assert sw in (0x9000, 0x6282)
    infos = crypto.parse_card_access(data)
    assert [(i.oid, i.parameter_id) for i in infos] == [("0.4.0.127.0.7.2.2.4.2.2", 13)]
    assert plain(passport_chip(), Command(0x00, 0xB0, 0x9C, 0x00, le=256))[1] == 0x6A82


def bac_session(chip: em.Chip) -> crypto.SecureTransport:
    assert plain(chip, Command(0x00, 0xA4, 0x04, 0x0C, em.EMRTD_AID))[1] == 0x9000
    return crypto.SecureTransport(chip, crypto.bac(chip, PASSPORT_KEY))


def test_secure_messaging_replies_carry_do99_and_a_mac() -> None:
    chip = passport_chip()
    secure = bac_session(chip)
    session = secure.session
    protected = session.wrap(Command(0x00, 0xB0, 0x81, 0x00, le=4))
    raw = chip.process(protected)
    tags = [o.tag for o in tlv.parse(raw[:-2])]
    assert tags == [0x87, 0x99, 0x8E] and raw[-2:] == b"\x90\x00"
    data, sw = session.unwrap(raw[:-2], 0x9000)
    assert sw == 0x9000 and data[:1] == b"\x61"
    # an error inside the session is protected too
    missing = chip.process(session.wrap(Command(0x00, 0xB0, 0x85, 0x00, le=4)))
    assert [o.tag for o in tlv.parse(missing[:-2])] == [0x99, 0x8E]
    assert session.unwrap(missing[:-2], 0x6A82) == (b"", 0x6A82)


def test_a_tampered_command_mac_ends_the_session_with_6988() -> None:
    chip = passport_chip()
    secure = bac_session(chip)
    protected = bytearray(secure.session.wrap(Command(0x00, 0xB0, 0x81, 0x00, le=4)))
    protected[-2] ^= 0x01  # last MAC byte (before Le)
    assert chip.process(bytes(protected)) == b"\x69\x88"
    assert not chip.secured
    assert plain(chip, Command(0x00, 0xB0, 0x81, 0x00, le=4))[1] == 0x6982


def test_power_off_forgets_the_session() -> None:
    chip = passport_chip()
    secure = bac_session(chip)
    assert secure.transmit(Command(0x00, 0xB0, 0x81, 0x00, le=4).encode())[1] == 0x9000
    chip.reset()
    assert not chip.secured
    assert plain(chip, Command(0x0C, 0xB0, 0x81, 0x00, le=4))[1] == 0x6982


def test_bac_is_refused_by_the_pace_only_id_card() -> None:
    chip = id_chip()
    assert plain(chip, Command(0x00, 0xA4, 0x04, 0x0C, em.EMRTD_AID))[1] == 0x9000
    with pytest.raises(CardError):
        crypto.bac(chip, ID_KEY)


# -- Identity and the data groups ---------------------------------------------------------


def test_identity_repr_shows_no_personal_data() -> None:
    identity = read_document(passport_chip(), None, PASSPORT_KEY, want_photo=True, today=TODAY)
    for text in (repr(identity), str(identity), f"{identity}"):
        for secret in ("ERIKSSON", "ANNA", "L898902C3", "1974", "ZENITH", "UTO"):
            assert secret not in text
    assert "passport" in repr(identity) and "bytes" in repr(identity)
    with pytest.raises(AttributeError):
        identity.surname = "X"  # type: ignore[misc]


def test_identity_fields() -> None:
    assert [f for f in Identity.__dataclass_fields__] == [
        "surname",
        "given_names",
        "date_of_birth",
        "nationality",
        "sex",
        "document_kind",
        "document_number",
        "expiry",
        "issuing_state",
        "place_of_birth",
        "address",
        "expired",
        "photo",
        "defects",
        "unread",
    ]


def test_dg11_parsing_variants() -> None:
    dg11 = tlv.encode(
        0x6B,
        [
            tlv.encode(0x5C, b"\x5f\x0e\x5f\x11\x5f\x2b"),
            tlv.encode(0x5F0E, "MÜLLER<<JÖRG<PETER".encode()),
            tlv.encode(0x5F11, b"BERLIN<DEU"),
            tlv.encode(0x5F2B, bytes.fromhex("19640812")),
        ],
    )
    parsed = parse_dg11(dg11)
    assert (parsed.surname, parsed.given_names) == ("MÜLLER", "JÖRG PETER")
    assert parsed.place_of_birth == "BERLIN, DEU"
    assert parsed.date_of_birth == date(1964, 8, 12)  # BCD form
    with pytest.raises(CardError):
        parse_dg11(b"\x6b\x05\x5f")


def test_face_image_from_iso19794_record_and_fallbacks() -> None:
    jpeg = SPECIMEN_PHOTO
    assert face_image(em.dg2(jpeg)) == jpeg
    # a record whose header is off: the JPEG is still found by its signature
    broken = tlv.encode(
        0x75, tlv.encode(0x7F61, tlv.encode(0x7F60, tlv.encode(0x5F2E, b"FAC\x00garbage" + jpeg)))
    )
    assert face_image(broken) == jpeg
    assert face_image(tlv.encode(0x75, b"")) is None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_the_emulator_answers_any_apdu_with_a_status(apdu: bytes) -> None:
    response = passport_chip().process(apdu)
    assert len(response) >= 2


def test_missing_secure_messaging_objects_are_named() -> None:
    chip = passport_chip()
    session = bac_session(chip).session
    raw = chip.process(session.wrap(Command(0x00, 0xB0, 0x81, 0x00, le=4)))
    objects = tlv.parse(raw[:-2])
    without_99 = b"".join(o.encode() for o in objects if o.tag != 0x99)
    with pytest.raises(CardError, match=r"lacks DO'99' \(status\)$"):
        session.unwrap(without_99, 0x9000)
    chip = passport_chip()
    session = bac_session(chip).session
    raw = chip.process(session.wrap(Command(0x00, 0xB0, 0x81, 0x00, le=4)))
    only_99 = b"".join(o.encode() for o in tlv.parse(raw[:-2]) if o.tag == 0x99)
    with pytest.raises(CardError, match=r"lacks DO'8E' \(MAC\)$"):
        session.unwrap(only_99, 0x9000)
    assert session.closed  # strict: the session is over


def test_a_read_answered_without_data_names_do87() -> None:
    chip = passport_chip()
    session = bac_session(chip).session
    # A status-only answer (DO'99' 9000 and a valid MAC, no DO'87'), taken as the answer
    # to a command that asked for data.
    answer = chip.process(session.wrap(Command(0x00, 0xA4, 0x02, 0x0C, b"\x01\x01")))
    session._expect_data = True
    with pytest.raises(CardError, match=r"lacks DO'87' \(data\)"):
        session.unwrap(answer[:-2], 0x9000)


def test_chip_behaviour_switches_answer_as_iso_7816_allows() -> None:
    no_sfi = em.Chip(em.passport_profile().but(sfi=False, plain_errors=True))
    secure = bac_session(no_sfi)
    answer = no_sfi.process(secure.session.wrap(Command(0x00, 0xB0, 0x81, 0x00, le=4)))
    assert answer == b"\x6a\x82" and not no_sfi.secured  # plain status: session over
    dropping = em.Chip(em.passport_profile().but(drop_session_after=2))
    secure = bac_session(dropping)
    assert secure.transmit(Command(0x00, 0xB0, 0x81, 0x00, le=4).encode())[1] == 0x9000
    assert dropping.process(secure.session.wrap(Command(0x00, 0xB0, 0x81, 0x00, le=4))) == (
        b"\x69\x88"
    )


def serving(content: bytes, sfi: bool) -> Callable[[Command], tuple[bytes, int]]:
    """A chip holding one file, read like ISO 7816-4 says (6282 at the end of file)."""

    def send(cmd: Command) -> tuple[bytes, int]:
        if cmd.ins == 0xA4:
            return b"", 0x9000
        if cmd.p1 & 0x80 and not sfi:
            return b"", 0x6A82
        offset = cmd.p2 if cmd.p1 & 0x80 else (cmd.p1 << 8) | cmd.p2
        if offset > len(content):
            return b"", 0x6B00
        chunk = content[offset : offset + (cmd.le or 256)]
        return chunk, 0x9000 if len(chunk) == cmd.le else 0x6282

    return send


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.booleans())
def test_read_file_on_any_content(content: bytes, sfi: bool) -> None:
    try:
        data = read_file(serving(content, sfi), DG2)
    except CardError:
        return
    assert content.startswith(data) and len(data) == tlv.header_length(data)


@pytest.mark.parametrize("length_bytes", [1, 2, 3, 4])
def test_read_file_takes_the_header_from_its_length_field(length_bytes: int) -> None:
    value = bytes(range(200))
    content = b"\x75" + bytes([0x80 | length_bytes]) + len(value).to_bytes(length_bytes, "big")
    content += value
    for sfi in (True, False):
        assert read_file(serving(content + b"\xff" * 20, sfi), DG2) == content


@given(st.text(max_size=80))
def test_dg11_address_of_any_text(address: str) -> None:
    raw = tlv.encode(0x6B, tlv.encode(0x5F42, address.encode()))
    parsed = parse_dg11(raw).address
    assert parsed is None or ("<" not in parsed and parsed == parsed.strip())
