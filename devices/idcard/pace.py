"""PACE (ICAO Doc 9303 part 11, 4.4 and appendix G): ECDH generic mapping with the CAN
or the MRZ key as password, EF.CardAccess parsing and the choice of a PACE variant.

PACE-CAM chips (ECDH-CAM OIDs) map exactly like GM and are read the same way; their chip
authentication data (tag 8A) is not verified, which needs EF.CardSecurity and passive
authentication. ``keygen`` exists only so the worked example of the ICAO appendix can be
replayed byte for byte; production code leaves it at its default.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from . import tlv
from .apdu import (
    SW_AUTH_METHOD_BLOCKED,
    SW_OK,
    CardError,
    Command,
    Transport,
    UnsupportedCard,
    WrongCan,
)
from .bac import auth_failed
from .cipher import KDF_ENC, KDF_MAC, KDF_PI, Suite, decrypt, kdf, mac
from .ec import DOMAINS, Domain, Point, decode_point, encode_point
from .secure_messaging import SecureMessaging

__all__ = [
    "PACE_PREFIX",
    "PASSWORD_CAN",
    "PASSWORD_MRZ",
    "PaceInfo",
    "auth_token",
    "choose_pace",
    "pace",
    "pace_password_key",
    "parse_card_access",
]

PACE_PREFIX = "0.4.0.127.0.7.2.2.4."
_PACE_SUITES = {
    "2.1": Suite.TDES,
    "2.2": Suite.AES128,
    "2.3": Suite.AES192,
    "2.4": Suite.AES256,
    "6.2": Suite.AES128,
    "6.3": Suite.AES192,
    "6.4": Suite.AES256,  # ECDH-CAM: GM + CAM
}
_PREFERENCE = ("2.4", "2.3", "2.2", "6.4", "6.3", "6.2", "2.1")
PASSWORD_MRZ = 0x01
PASSWORD_CAN = 0x02


@dataclass(frozen=True)
class PaceInfo:
    """One PACEInfo of EF.CardAccess."""

    oid: str
    version: int
    parameter_id: int | None

    @property
    def mapping(self) -> str:
        return self.oid[len(PACE_PREFIX) :] if self.oid.startswith(PACE_PREFIX) else ""

    @property
    def suite(self) -> Suite | None:
        return _PACE_SUITES.get(self.mapping)

    @property
    def domain(self) -> Domain | None:
        return DOMAINS.get(self.parameter_id) if self.parameter_id is not None else None

    @property
    def supported(self) -> bool:
        """ECDH generic mapping (or CAM, which maps the same way) on a supported curve."""
        return self.version == 2 and self.suite is not None and self.domain is not None


def parse_card_access(data: bytes) -> list[PaceInfo]:
    """The PACEInfos in EF.CardAccess (a DER SET OF SecurityInfo); other infos are skipped.

    Raises :class:`CardError` when the file is not DER at all.
    """
    try:
        (top,) = tlv.parse(data) if data else [tlv.Tlv(0x31, b"")]
        if top.tag != 0x31:
            raise tlv.TlvError("EF.CardAccess is not a SET")
        infos: list[PaceInfo] = []
        for info in top.children():
            if info.tag != 0x30:
                continue
            parts = info.children()
            if len(parts) < 2 or parts[0].tag != 0x06:
                continue
            oid = tlv.decode_oid(parts[0].value)
            if not oid.startswith(PACE_PREFIX) or oid.count(".") != 10:
                continue  # not a PACEInfo (e.g. a domain parameter or CA info)
            if parts[1].tag != 0x02:
                continue
            version = tlv.decode_integer(parts[1].value)
            param = (
                tlv.decode_integer(parts[2].value)
                if len(parts) > 2 and parts[2].tag == 0x02
                else None
            )
            infos.append(PaceInfo(oid, version, param))
        return infos
    except (tlv.TlvError, ValueError) as err:
        raise CardError(f"EF.CardAccess is malformed ({err})") from None


def choose_pace(infos: list[PaceInfo]) -> PaceInfo | None:
    """The strongest supported PACEInfo, or None if there is none we can run."""
    usable = [i for i in infos if i.supported]
    usable.sort(key=lambda i: (_PREFERENCE.index(i.mapping), -(i.parameter_id or 0)))
    return usable[0] if usable else None


def pace_password_key(password: str, kind: int) -> bytes:
    """The PACE secret before the KDF: SHA-1 of the MRZ information, or the CAN itself."""
    if kind == PASSWORD_MRZ:
        return hashlib.sha1(password.encode("ascii")).digest()
    return password.encode("ascii")


def _dynamic(data: bytes, tag: int, step: str) -> bytes:
    try:
        (outer,) = tlv.parse(data)
        if outer.tag != 0x7C:
            raise tlv.TlvError("not dynamic authentication data (7C)")
        inner = outer.child(tag)
    except (tlv.TlvError, ValueError) as err:
        raise CardError(f"PACE {step}: malformed response ({err})") from None
    if inner is None:
        raise CardError(f"PACE {step}: response lacks tag {tag:02X}")
    return inner.value


def _general_authenticate(
    transport: Transport, step: str, payload: bytes, answer_tag: int, *, last: bool, password: str
) -> bytes:
    cla = 0x00 if last else 0x10  # command chaining until the last step
    data, sw = transport.transmit(
        Command(cla, 0x86, 0x00, 0x00, tlv.encode(0x7C, payload), 256).encode()
    )
    if auth_failed(sw):
        raise WrongCan(sw, password)
    if sw != SW_OK:
        raise CardError(f"PACE {step} failed", sw)
    return _dynamic(data, answer_tag, step)


def _random_scalar(order: int) -> int:
    return secrets.randbelow(order - 1) + 1


def auth_token(suite: Suite, ks_mac: bytes, oid: str, domain: Domain, point: Point) -> bytes:
    """T = MAC(KS_mac, 7F49{06 OID, 86 public point}) (ICAO 9303-11, 4.4.3.4)."""
    data = tlv.encode(
        0x7F49,
        [tlv.encode(0x06, tlv.encode_oid(oid)), tlv.encode(0x86, encode_point(domain, point))],
    )
    return mac(suite, ks_mac, data, padded=False)


def pace(
    transport: Transport,
    info: PaceInfo,
    password: str,
    password_kind: int,
    *,
    send_parameter_id: bool = False,
    keygen: Callable[[int], int] = _random_scalar,
) -> SecureMessaging:
    """PACE with ECDH generic mapping: returns the secure messaging session (SSC = 0).

    ``password_kind`` is :data:`PASSWORD_CAN` or :data:`PASSWORD_MRZ` (then ``password``
    is the MRZ key). ``send_parameter_id`` adds tag 84 to MSE:Set AT, which ICAO requires
    only when EF.CardAccess offers more than one parameter set.
    """
    suite, domain = info.suite, info.domain
    if not info.supported or suite is None or domain is None:
        raise UnsupportedCard(
            f"PACE variant {info.oid} / parameters {info.parameter_id} not supported"
        )
    who = "can" if password_kind == PASSWORD_CAN else "mrz"
    k_pi = kdf(pace_password_key(password, password_kind), KDF_PI, suite)

    # MSE:Set AT - choose protocol, password and (if ambiguous) domain parameters.
    mse = tlv.encode(0x80, tlv.encode_oid(info.oid)) + tlv.encode(0x83, bytes([password_kind]))
    if send_parameter_id and info.parameter_id is not None:
        mse += tlv.encode(0x84, bytes([info.parameter_id]))
    _, sw = transport.transmit(Command(0x00, 0x22, 0xC1, 0xA4, mse).encode())
    if sw == SW_AUTH_METHOD_BLOCKED:
        raise WrongCan(sw, who)
    if sw != SW_OK and sw & 0xFFF0 != 0x63C0:  # 63Cx here only reports a counter
        raise UnsupportedCard("PACE: the card refused MSE:Set AT", sw)

    # 1. Encrypted nonce.
    z = _general_authenticate(transport, "nonce", b"", 0x80, last=False, password=who)
    s = int.from_bytes(decrypt(suite, k_pi, z), "big")

    # 2. Generic mapping: G~ = s*G + SK_map,IFD * PK_map,IC.
    sk_map = keygen(domain.order)
    pk_map = domain.multiply(sk_map)
    assert pk_map is not None
    answer = _general_authenticate(
        transport,
        "mapping",
        tlv.encode(0x81, encode_point(domain, pk_map)),
        0x82,
        last=False,
        password=who,
    )
    pk_map_ic = decode_point(domain, answer)
    h = domain.multiply(sk_map, pk_map_ic)
    s_g = domain.multiply(s)
    if h is None or s_g is None:
        raise CardError("PACE: mapping produced the point at infinity")
    g_hat = domain.add(s_g, h)
    if g_hat is None:
        raise CardError("PACE: mapped generator is the point at infinity")

    # 3. Key agreement on the mapped generator.
    sk_eph = keygen(domain.order)
    pk_eph = domain.multiply(sk_eph, g_hat)
    assert pk_eph is not None
    answer = _general_authenticate(
        transport,
        "key agreement",
        tlv.encode(0x83, encode_point(domain, pk_eph)),
        0x84,
        last=False,
        password=who,
    )
    pk_eph_ic = decode_point(domain, answer)
    if pk_eph_ic == pk_eph:
        raise CardError("PACE: the chip echoed our ephemeral key")
    shared = domain.multiply(sk_eph, pk_eph_ic)
    if shared is None:
        raise CardError("PACE: shared secret is the point at infinity")
    k = shared[0].to_bytes(domain.size, "big")
    ks_enc, ks_mac = kdf(k, KDF_ENC, suite), kdf(k, KDF_MAC, suite)

    # 4. Mutual authentication tokens. A wrong password surfaces here: the chip cannot
    # verify our token and answers 6300/63Cx.
    t_ifd = auth_token(suite, ks_mac, info.oid, domain, pk_eph_ic)
    t_ic = _general_authenticate(
        transport, "authentication", tlv.encode(0x85, t_ifd), 0x86, last=True, password=who
    )
    if not hmac.compare_digest(t_ic, auth_token(suite, ks_mac, info.oid, domain, pk_eph)):
        raise CardError("PACE: the chip's authentication token does not verify")
    return SecureMessaging(suite, ks_enc, ks_mac, b"\x00" * suite.block_size)
