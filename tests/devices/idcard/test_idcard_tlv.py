"""BER-TLV: what chips send (multi-byte tags, long lengths, nesting) parses, round-trips,
and anything malformed is a TlvError - never an IndexError, never a hang."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.idcard import tlv
from devices.idcard.tlv import Tlv, TlvError

H = bytes.fromhex


def test_dg1_with_two_byte_tag() -> None:
    (dg1,) = tlv.parse(H("615B5F1F58") + b"P" * 88)
    assert dg1.tag == 0x61 and dg1.constructed
    (mrz,) = dg1.children()
    assert mrz.tag == 0x5F1F and len(mrz.value) == 88 and not mrz.constructed


def test_long_form_lengths() -> None:
    for length in (0x7F, 0x80, 0xFF, 0x100, 0x3A98, 0x10000):
        raw = tlv.encode(0x75, b"\x00" * length)
        assert tlv.parse(raw) == [Tlv(0x75, b"\x00" * length)]
        assert tlv.header_length(raw[:6]) == len(raw)
    assert tlv.encode_length(0x80) == H("8180")
    assert tlv.encode_length(0x1234) == H("821234")


def test_three_byte_tag_and_find() -> None:
    inner = tlv.encode(0x5F2E, b"face")
    raw = tlv.encode(
        0x75, tlv.encode(0x7F61, [tlv.encode(0x02, b"\x01"), tlv.encode(0x7F60, inner)])
    )
    assert tlv.find(tlv.parse(raw), 0x5F2E) == Tlv(0x5F2E, b"face")
    assert tlv.find(tlv.parse(raw), 0x5F1F) is None
    tag, end = tlv.read_tag(H("9F8102"), 0)
    assert (tag, end) == (0x9F8102, 3)


def test_repr_shows_no_value() -> None:
    assert "ERIKA" not in repr(Tlv(0x5F0E, b"MUSTERMANN<<ERIKA"))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("5F", "cut off"),
        ("61", "length expected"),
        ("6105AABB", "announces 5 bytes"),
        ("6180", "indefinite"),
        ("6185FFFFFFFFFF", "bytes"),
        ("618201", "cut off"),
        ("5FFFFFFFFF01", "longer than"),
    ],
)
def test_malformed_inputs_name_the_problem(raw: str, message: str) -> None:
    with pytest.raises(TlvError, match=message):
        tlv.parse(H(raw))


def test_oid_round_trip_and_errors() -> None:
    oid = "0.4.0.127.0.7.2.2.4.2.2"
    assert tlv.encode_oid(oid) == H("04007F00070202040202")
    assert tlv.decode_oid(H("04007F00070202040202")) == oid
    assert tlv.decode_oid(tlv.encode_oid("1.2.840.10045.3.1.7")) == "1.2.840.10045.3.1.7"
    for bad in ("", "81", "0480"):
        with pytest.raises(TlvError):
            tlv.decode_oid(H(bad))


def test_primitive_has_no_children() -> None:
    with pytest.raises(TlvError, match="primitive"):
        Tlv(0x5F1F, b"x").children()


def test_deep_nesting_is_bounded() -> None:
    nested = tlv.encode(0x04, b"x")
    for _ in range(tlv.MAX_DEPTH + 5):
        nested = tlv.encode(0x30, nested)
    with pytest.raises(TlvError, match="deeper"):
        tlv.find(tlv.parse(nested), 0x99)


# -- property tests ------------------------------------------------------------------------


@settings(max_examples=600, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_parse_or_raise_tlv_error(raw: bytes) -> None:
    try:
        objects = tlv.parse(raw)
    except TlvError:
        return
    for obj in objects:
        if obj.constructed:
            with contextlib.suppress(TlvError):
                obj.children()
    with contextlib.suppress(TlvError):
        tlv.find(objects, 0x5F1F)


tags = st.one_of(
    st.integers(0x00, 0xFF).filter(lambda t: t & 0x1F != 0x1F),
    st.integers(0x1F, 0xFF)
    .filter(lambda t: t & 0x1F == 0x1F)
    .flatmap(lambda first: st.integers(0x00, 0x7F).map(lambda second: (first << 8) | second)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(tags, st.binary(max_size=600)), max_size=6))
def test_encoded_objects_round_trip(items: list[tuple[int, bytes]]) -> None:
    raw = b"".join(tlv.encode(tag, value) for tag, value in items)
    assert [(o.tag, o.value) for o in tlv.parse(raw)] == items
    assert b"".join(o.encode() for o in tlv.parse(raw)) == raw


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(tags, st.binary(max_size=50)), min_size=1, max_size=5), st.data())
def test_truncated_or_corrupted_objects_raise_tlv_error(
    items: list[tuple[int, bytes]], data: st.DataObject
) -> None:
    raw = b"".join(tlv.encode(tag, value) for tag, value in items)
    cut = data.draw(st.integers(1, len(raw)))
    with contextlib.suppress(TlvError):
        tlv.parse(raw[: len(raw) - cut])
    flip = data.draw(st.integers(0, len(raw) - 1))
    corrupted = raw[:flip] + bytes([raw[flip] ^ 0xFF]) + raw[flip + 1 :]
    with contextlib.suppress(TlvError):
        tlv.parse(corrupted)
