"""BER-TLV as used on smart cards (ISO/IEC 7816-4, ICAO Doc 9303 LDS, DER in EF.CardAccess).

Tags are kept as the integer of their raw bytes (``0x5F1F``, ``0x7F61``), which is how
ICAO and ISO documents name them. Everything read from a card is untrusted: a malformed
object raises :class:`TlvError` naming the offset, never ``IndexError``, and nothing here
loops or recurses without a bound, so hostile input can neither crash nor hang a reader.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = [
    "Tlv",
    "TlvError",
    "decode_integer",
    "decode_oid",
    "encode",
    "encode_length",
    "encode_oid",
    "encode_tag",
    "find",
    "header_length",
    "parse",
    "parse_one",
    "read_length",
    "read_tag",
    "require",
]

MAX_TAG_BYTES = 4
"""ISO 7816-4 tags have at most three bytes; four leaves room and keeps tags small ints."""
MAX_LENGTH_BYTES = 4
"""Long-form lengths up to 4 GiB; nothing on a chip is larger, and 0x80 (indefinite) is
not allowed in the LDS or in DER."""
MAX_DEPTH = 32
"""Nesting bound for recursive searches, far above any real LDS structure."""


class TlvError(ValueError):
    """Malformed BER-TLV; the message says what was wrong and at which offset."""


@dataclass(frozen=True, repr=False)
class Tlv:
    """One data object. ``value`` is the raw content; :meth:`children` parses it."""

    tag: int
    value: bytes

    @property
    def constructed(self) -> bool:
        """Bit 6 of the first tag byte: the value is itself a sequence of TLVs."""
        return bool(_first_tag_byte(self.tag) & 0x20)

    def children(self) -> list[Tlv]:
        """The nested objects of a constructed TLV (raises :class:`TlvError` if primitive)."""
        if not self.constructed:
            raise TlvError(f"tag {self.tag:X} is primitive, it has no children")
        return parse(self.value)

    def child(self, tag: int) -> Tlv | None:
        """The first direct child with ``tag``, or None."""
        return next((c for c in self.children() if c.tag == tag), None)

    def encode(self) -> bytes:
        return encode(self.tag, self.value)

    def __repr__(self) -> str:
        # Values may be personal data (names, MRZ, photo): show the shape only.
        return f"Tlv(tag=0x{self.tag:X}, length={len(self.value)})"


def _first_tag_byte(tag: int) -> int:
    return tag >> (8 * ((tag.bit_length() - 1) // 8)) if tag > 0xFF else tag


def read_tag(data: bytes, offset: int) -> tuple[int, int]:
    """Decode the tag at ``offset``; return ``(tag, offset after it)``."""
    if offset >= len(data):
        raise TlvError(f"tag expected at offset {offset}, data ends")
    first = data[offset]
    tag = first
    pos = offset + 1
    if first & 0x1F == 0x1F:  # multi-byte tag: continuation bytes have bit 8 set
        while True:
            if pos >= len(data):
                raise TlvError(f"tag at offset {offset} is cut off")
            if pos - offset >= MAX_TAG_BYTES:
                raise TlvError(f"tag at offset {offset} is longer than {MAX_TAG_BYTES} bytes")
            b = data[pos]
            tag = (tag << 8) | b
            pos += 1
            if not b & 0x80:
                break
    return tag, pos


def read_length(data: bytes, offset: int) -> tuple[int, int]:
    """Decode the length at ``offset``; return ``(length, offset after it)``."""
    if offset >= len(data):
        raise TlvError(f"length expected at offset {offset}, data ends")
    first = data[offset]
    if first < 0x80:
        return first, offset + 1
    count = first & 0x7F
    if count == 0:
        raise TlvError(f"indefinite length at offset {offset} is not allowed")
    if count > MAX_LENGTH_BYTES:
        raise TlvError(f"length at offset {offset} has {count} bytes (at most {MAX_LENGTH_BYTES})")
    end = offset + 1 + count
    if end > len(data):
        raise TlvError(f"length at offset {offset} is cut off")
    return int.from_bytes(data[offset + 1 : end], "big"), end


def parse_one(data: bytes, offset: int = 0) -> tuple[Tlv, int]:
    """Decode one TLV at ``offset``; return it and the offset just after it."""
    tag, pos = read_tag(data, offset)
    length, pos = read_length(data, pos)
    end = pos + length
    if end > len(data):
        raise TlvError(
            f"tag {tag:X} at offset {offset} announces {length} bytes, "
            f"only {len(data) - pos} follow"
        )
    return Tlv(tag, bytes(data[pos:end])), end


def parse(data: bytes) -> list[Tlv]:
    """Decode a concatenation of TLVs that must use up ``data`` exactly."""
    data = bytes(data)
    out: list[Tlv] = []
    pos = 0
    while pos < len(data):
        tlv, pos = parse_one(data, pos)
        out.append(tlv)
    return out


def header_length(data: bytes) -> int:
    """Total size (tag + length + value) announced by the TLV header at the start of
    ``data``, which may be just the first few bytes of a file."""
    _, pos = read_tag(data, 0)
    length, pos = read_length(data, pos)
    return pos + length


def find(tlvs: Iterable[Tlv], tag: int, _depth: int = 0) -> Tlv | None:
    """Depth-first search for ``tag`` through constructed objects (bounded depth)."""
    if _depth > MAX_DEPTH:
        raise TlvError(f"TLV nesting deeper than {MAX_DEPTH}")
    for tlv in tlvs:
        if tlv.tag == tag:
            return tlv
        if tlv.constructed:
            try:
                kids = tlv.children()
            except TlvError:
                continue  # a constructed bit on opaque data (e.g. image bytes) is not fatal
            hit = find(kids, tag, _depth + 1)
            if hit is not None:
                return hit
    return None


def require(tlvs: Iterable[Tlv], tag: int, what: str) -> Tlv:
    """Like :func:`find` but a missing tag is a :class:`TlvError` naming ``what``."""
    hit = find(tlvs, tag)
    if hit is None:
        raise TlvError(f"{what} (tag {tag:X}) missing")
    return hit


def encode_tag(tag: int) -> bytes:
    if tag < 0:
        raise ValueError("negative tag")
    raw = tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")
    if len(raw) > MAX_TAG_BYTES:
        raise ValueError(f"tag {tag:X} longer than {MAX_TAG_BYTES} bytes")
    return raw


def encode_length(length: int) -> bytes:
    """DER length: short form below 128, otherwise the minimal long form."""
    if length < 0:
        raise ValueError("negative length")
    if length < 0x80:
        return bytes([length])
    raw = length.to_bytes((length.bit_length() + 7) // 8, "big")
    if len(raw) > MAX_LENGTH_BYTES:
        raise ValueError("length too large")
    return bytes([0x80 | len(raw)]) + raw


def encode(tag: int, value: bytes | Iterable[bytes]) -> bytes:
    """One TLV; ``value`` may be a list of already encoded children."""
    body = value if isinstance(value, bytes | bytearray) else b"".join(value)
    return encode_tag(tag) + encode_length(len(body)) + bytes(body)


# -- DER helpers for EF.CardAccess (SecurityInfos) ---------------------------------------


def decode_oid(raw: bytes) -> str:
    """DER OBJECT IDENTIFIER content to dotted form (``0.4.0.127.0.7.2.2.4.2.2``)."""
    if not raw:
        raise TlvError("empty OBJECT IDENTIFIER")
    if raw[-1] & 0x80:
        raise TlvError("OBJECT IDENTIFIER ends inside a sub-identifier")
    arcs: list[int] = []
    value = 0
    for i, b in enumerate(_bounded(raw, 64)):
        if value == 0 and b == 0x80:
            raise TlvError(f"OBJECT IDENTIFIER has a non-minimal sub-identifier at byte {i}")
        value = (value << 7) | (b & 0x7F)
        if not b & 0x80:
            arcs.append(value)
            value = 0
    first = arcs[0]
    head = [0, first] if first < 40 else [1, first - 40] if first < 80 else [2, first - 80]
    return ".".join(str(a) for a in head + arcs[1:])


def encode_oid(dotted: str) -> bytes:
    """Dotted OID to DER content bytes (without tag and length)."""
    parts = [int(p) for p in dotted.split(".")]
    if len(parts) < 2 or parts[0] > 2 or (parts[0] < 2 and parts[1] >= 40):
        raise ValueError(f"invalid OID {dotted!r}")
    arcs = [parts[0] * 40 + parts[1], *parts[2:]]
    out = bytearray()
    for arc in arcs:
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.append(0x80 | (arc & 0x7F))
            arc >>= 7
        out.extend(reversed(chunk))
    return bytes(out)


def decode_integer(raw: bytes) -> int:
    """DER INTEGER content (two's complement, big-endian)."""
    if not raw:
        raise TlvError("empty INTEGER")
    if len(raw) > 64:
        raise TlvError("INTEGER longer than 64 bytes")
    return int.from_bytes(raw, "big", signed=True)


def _bounded(raw: bytes, limit: int) -> Iterator[int]:
    if len(raw) > limit:
        raise TlvError(f"OBJECT IDENTIFIER longer than {limit} bytes")
    return iter(raw)
