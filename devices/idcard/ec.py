"""Elliptic-curve arithmetic for PACE: the standardised domain parameters and point
encoding, with every point received from a card checked to lie on the curve.

``cryptography`` does not expose point addition or multiplication by an arbitrary point,
which the PACE generic mapping needs (G~ = s*G + H on a generator nobody standardised),
so the arithmetic uses the small pure-Python ``ecdsa`` package. ``ecdsa`` does not check
decoded points, so :func:`decode_point` does (this closes the invalid-curve attack). It is
not constant-time; the scalars it sees are fresh per session and used once, which keeps
timing leaks of little use to an attacker at a kiosk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ecdsa import curves as _ec_curves  # type: ignore[import-untyped]
from ecdsa.ellipticcurve import INFINITY, PointJacobi  # type: ignore[import-untyped]

from .apdu import CardError

__all__ = ["DOMAINS", "Domain", "Point", "decode_point", "encode_point"]

Point = tuple[int, int]


@dataclass(frozen=True)
class Domain:
    """Standardised domain parameters of PACE (ICAO 9303-11, table "PACE parameter IDs")."""

    parameter_id: int
    name: str
    curve: Any = field(repr=False)  # an ecdsa.curves.Curve

    @property
    def size(self) -> int:
        """Bytes per coordinate."""
        return int(self.curve.baselen)

    @property
    def order(self) -> int:
        return int(self.curve.order)

    @property
    def generator(self) -> Point:
        g = self.curve.generator
        return int(g.x()), int(g.y())

    def contains(self, point: Point) -> bool:
        x, y = point
        p = int(self.curve.curve.p())
        return 0 <= x < p and 0 <= y < p and bool(self.curve.curve.contains_point(x, y))

    def _jacobi(self, point: Point) -> Any:
        return PointJacobi(self.curve.curve, point[0], point[1], 1, self.order)

    @staticmethod
    def _affine(point: Any) -> Point | None:
        if point == INFINITY:
            return None
        return int(point.x()), int(point.y())

    def multiply(self, k: int, point: Point | None = None) -> Point | None:
        """``k * point`` (the generator by default); None is the point at infinity."""
        base = self.curve.generator if point is None else self._jacobi(point)
        return self._affine(base * k)

    def add(self, a: Point, b: Point) -> Point | None:
        return self._affine(self._jacobi(a) + self._jacobi(b))


DOMAINS: dict[int, Domain] = {
    12: Domain(12, "NIST P-256", _ec_curves.NIST256p),
    13: Domain(13, "brainpoolP256r1", _ec_curves.BRAINPOOLP256r1),
    15: Domain(15, "NIST P-384", _ec_curves.NIST384p),
    16: Domain(16, "brainpoolP384r1", _ec_curves.BRAINPOOLP384r1),
    17: Domain(17, "brainpoolP512r1", _ec_curves.BRAINPOOLP512r1),
}
"""The curves this reader supports, by PACE parameter ID. All have cofactor 1, so a point
on the curve is in the prime-order group."""


def encode_point(domain: Domain, point: Point) -> bytes:
    """Uncompressed encoding ``04 || X || Y`` with fixed-length coordinates."""
    return b"\x04" + point[0].to_bytes(domain.size, "big") + point[1].to_bytes(domain.size, "big")


def decode_point(domain: Domain, data: bytes) -> Point:
    """Decode an uncompressed point and check it lies on the curve (CardError if not)."""
    n = domain.size
    if len(data) != 1 + 2 * n or data[0] != 0x04:
        raise CardError("PACE: public key is not an uncompressed point of the expected size")
    point = int.from_bytes(data[1 : 1 + n], "big"), int.from_bytes(data[1 + n :], "big")
    if not domain.contains(point):
        raise CardError("PACE: public key is not on the curve")
    return point
