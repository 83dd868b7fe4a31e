"""ICAO Doc 9303 part 11 access control and secure messaging: BAC, PACE (ECDH generic
mapping) and 3DES/AES secure messaging.

Ciphers, CMAC and hashes come from ``cryptography``. It does not expose elliptic-curve
point addition or multiplication by an arbitrary point, which the PACE generic mapping
needs (G~ = s*G + H on a generator nobody standardised), so the point arithmetic uses the
small pure-Python ``ecdsa`` package. Every point received from a card is checked to lie
on the curve here (``ecdsa`` does not do that when decoding), which closes the
invalid-curve attack on the mapping and key agreement. ``ecdsa`` is not constant-time;
the scalars it sees are fresh per session and used once, which keeps timing leaks of
little use to an attacker at a kiosk.

PACE-CAM chips (ECDH-CAM OIDs) map exactly like GM and are read the same way; their chip
authentication data (tag 8A) is not verified, which needs EF.CardSecurity and passive
authentication.

Test hooks (``random_bytes``, ``keygen``) exist only so the worked examples of the ICAO
appendices can be replayed byte for byte; production code leaves them at their defaults.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.cmac import CMAC
from ecdsa import curves as _ec_curves  # type: ignore[import-untyped]
from ecdsa.ellipticcurve import INFINITY, PointJacobi  # type: ignore[import-untyped]

from . import tlv
from .apdu import (
    SW_AUTH_FAILED,
    SW_AUTH_METHOD_BLOCKED,
    SW_OK,
    SW_SECURITY_NOT_SATISFIED,
    SW_SM_OBJECTS_INCORRECT,
    CardError,
    Command,
    Transport,
    UnsupportedCard,
    WrongCan,
)

__all__ = [
    "DOMAINS",
    "KDF_ENC",
    "KDF_MAC",
    "KDF_PI",
    "PASSWORD_CAN",
    "PASSWORD_MRZ",
    "Domain",
    "PaceInfo",
    "Point",
    "SecureMessaging",
    "SecureTransport",
    "Suite",
    "auth_token",
    "bac",
    "bac_keys",
    "choose_pace",
    "decode_point",
    "decrypt",
    "encode_point",
    "encrypt",
    "kdf",
    "mac",
    "pace",
    "pace_password_key",
    "pad",
    "parse_card_access",
    "retail_mac",
    "unpad",
]

KDF_ENC = 1
KDF_MAC = 2
KDF_PI = 3  # PACE password key


class Suite(enum.Enum):
    """Cipher of a secure messaging session: (name, block size, key length)."""

    TDES = ("3DES", 8, 16)
    AES128 = ("AES-128", 16, 16)
    AES192 = ("AES-192", 16, 24)
    AES256 = ("AES-256", 16, 32)

    @property
    def block_size(self) -> int:
        return self.value[1]

    @property
    def key_length(self) -> int:
        return self.value[2]


# -- primitives -------------------------------------------------------------------------


def adjust_parity(key: bytes) -> bytes:
    """DES keys carry odd parity in the low bit of each byte (ICAO 9303-11, 9.7.1)."""
    out = bytearray(key)
    for i, b in enumerate(out):
        out[i] = (b & 0xFE) | ((bin(b >> 1).count("1") + 1) & 1)
    return bytes(out)


def kdf(secret: bytes, counter: int, suite: Suite) -> bytes:
    """ICAO 9303-11, 9.7.1: SHA-1 for 3DES and AES-128, SHA-256 for AES-192/256, over
    ``secret || counter`` (32-bit big-endian); 3DES keys get their parity bits."""
    data = bytes(secret) + counter.to_bytes(4, "big")
    if suite in (Suite.TDES, Suite.AES128):
        digest = hashlib.sha1(data).digest()
    else:
        digest = hashlib.sha256(data).digest()
    key = digest[: suite.key_length]
    return adjust_parity(key) if suite is Suite.TDES else key


def pad(data: bytes, block: int) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80 then zeros up to the block size."""
    data = bytes(data) + b"\x80"
    return data + b"\x00" * (-len(data) % block)


def unpad(data: bytes) -> bytes:
    end = bytes(data).rstrip(b"\x00")
    if not end or end[-1] != 0x80:
        raise CardError("secure messaging: bad padding in decrypted data")
    return end[:-1]


def _des3_key(key: bytes) -> bytes:
    if len(key) == 8:
        return key * 3
    if len(key) == 16:
        return key + key[:8]
    return key


def _block_cipher(suite: Suite, key: bytes) -> TripleDES | algorithms.AES:
    if suite is Suite.TDES:
        return TripleDES(_des3_key(key))
    return algorithms.AES(key)


def encrypt(suite: Suite, key: bytes, data: bytes, iv: bytes | None = None) -> bytes:
    """CBC without padding (callers pad); the IV defaults to zero as in BAC and PACE."""
    iv = iv or b"\x00" * suite.block_size
    enc = Cipher(_block_cipher(suite, key), modes.CBC(iv)).encryptor()
    return enc.update(bytes(data)) + enc.finalize()


def decrypt(suite: Suite, key: bytes, data: bytes, iv: bytes | None = None) -> bytes:
    if len(data) % suite.block_size:
        raise CardError("secure messaging: cryptogram is not a whole number of blocks")
    iv = iv or b"\x00" * suite.block_size
    dec = Cipher(_block_cipher(suite, key), modes.CBC(iv)).decryptor()
    return dec.update(bytes(data)) + dec.finalize()


def _ecb(suite: Suite, key: bytes, block: bytes) -> bytes:
    enc = Cipher(_block_cipher(suite, key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with DES (the "retail MAC") over already padded data:
    single-DES CBC with Ka over all blocks, then 3DES (Ka, Kb) on the last one."""
    if len(data) % 8 or not data:
        raise ValueError("retail MAC input must be whole 8-byte blocks")
    ka, kb = key[:8], key[8:16]
    head, last = data[:-8], data[-8:]
    h = encrypt(Suite.TDES, ka, head)[-8:] if head else b"\x00" * 8
    block = bytes(a ^ b for a, b in zip(h, last, strict=True))
    return _ecb(Suite.TDES, ka + kb, block)


def mac(suite: Suite, key: bytes, data: bytes, *, padded: bool = True) -> bytes:
    """The 8-byte MAC of secure messaging: retail MAC for 3DES, CMAC (truncated) for AES.

    With ``padded`` the data gets ISO 9797-1 method 2 padding first, as secure messaging
    requires; PACE authentication tokens use AES-CMAC over the unpadded data.
    """
    if suite is Suite.TDES:
        return retail_mac(key, pad(data, 8))  # 3DES always pads, tokens included
    c = CMAC(algorithms.AES(key))
    c.update(pad(data, 16) if padded else bytes(data))
    return c.finalize()[:8]


def _increment(counter: bytearray) -> None:
    for i in range(len(counter) - 1, -1, -1):
        counter[i] = (counter[i] + 1) & 0xFF
        if counter[i]:
            return


# -- secure messaging -----------------------------------------------------------------


class SecureMessaging:
    """One secure messaging session (ICAO 9303-11, 9.8): protects commands, checks and
    decrypts responses, and keeps the send sequence counter in step.

    Keys live only in this object; :meth:`close` overwrites them. A response whose MAC is
    wrong raises :class:`CardError` and closes the session, as a chip would.
    """

    def __init__(self, suite: Suite, ks_enc: bytes, ks_mac: bytes, ssc: bytes) -> None:
        if len(ks_enc) != suite.key_length or len(ks_mac) != suite.key_length:
            raise ValueError("session key length does not match the cipher")
        if len(ssc) != suite.block_size:
            raise ValueError("send sequence counter must be one cipher block")
        self.suite = suite
        self._enc = bytearray(ks_enc)
        self._mac = bytearray(ks_mac)
        self._ssc = bytearray(ssc)
        self.closed = False

    @property
    def ssc(self) -> bytes:
        return bytes(self._ssc)

    def close(self) -> None:
        """Forget the session keys (best effort: Python may hold copies elsewhere)."""
        for buf in (self._enc, self._mac, self._ssc):
            buf[:] = b"\x00" * len(buf)
        self.closed = True

    def _check_open(self) -> None:
        if self.closed:
            raise CardError("secure messaging session is closed")

    def _iv(self) -> bytes | None:
        # AES: IV = E(KS_enc, SSC); 3DES: zero IV (ICAO 9303-11, 9.8.6).
        if self.suite is Suite.TDES:
            return None
        return _ecb(self.suite, bytes(self._enc), bytes(self._ssc))

    def wrap(self, command: Command) -> bytes:
        """The protected APDU for a plain command (DO87 data, DO97 Le, DO8E MAC)."""
        self._check_open()
        block = self.suite.block_size
        cla = command.cla | 0x0C
        header = bytes([cla, command.ins, command.p1, command.p2])
        _increment(self._ssc)
        do87 = b""
        if command.data:
            cryptogram = encrypt(self.suite, bytes(self._enc), pad(command.data, block), self._iv())
            do87 = tlv.encode(0x87, b"\x01" + cryptogram)
        do97 = b""
        if command.le is not None:
            le = command.le
            do97 = tlv.encode(
                0x97, bytes([le & 0xFF]) if le <= 256 else (le & 0xFFFF).to_bytes(2, "big")
            )
        mac_input = bytes(self._ssc) + pad(header, block) + do87 + do97
        do8e = tlv.encode(0x8E, mac(self.suite, bytes(self._mac), mac_input))
        body = do87 + do97 + do8e
        expect = command.le if command.le is not None else 0
        return Command(
            cla,
            command.ins,
            command.p1,
            command.p2,
            body,
            65536 if expect > 256 or len(body) > 255 else 256,
        ).encode()

    def unwrap(self, data: bytes, sw: int) -> tuple[bytes, int]:
        """Check the response MAC, decrypt DO87 and return ``(plain data, SW from DO99)``.

        A bare status without data objects is what chips send when they abort secure
        messaging (e.g. 6987/6988); it is returned as is and ends the session.
        """
        self._check_open()
        _increment(self._ssc)
        if not data:
            if sw == SW_OK:
                raise CardError("secure messaging: response without MAC")
            self.close()
            return b"", sw
        try:
            objects = tlv.parse(data)
        except tlv.TlvError as err:
            self.close()
            raise CardError(f"secure messaging: malformed response ({err})") from None
        covered = b""
        do87: bytes | None = None
        do99: bytes | None = None
        do8e: bytes | None = None
        for obj in objects:
            if obj.tag == 0x8E:
                do8e = obj.value
            elif do8e is not None:
                self.close()
                raise CardError("secure messaging: data object after the MAC")
            else:
                covered += obj.encode()
                if obj.tag == 0x87:
                    do87 = obj.value
                elif obj.tag == 0x99:
                    do99 = obj.value
        if do8e is None or do99 is None or len(do99) != 2:
            self.close()
            raise CardError("secure messaging: response lacks DO99 or DO8E")
        expected = mac(self.suite, bytes(self._mac), bytes(self._ssc) + covered)
        if not hmac.compare_digest(expected, do8e):
            self.close()
            raise CardError("secure messaging: response MAC does not verify")
        plain = b""
        if do87 is not None:
            if not do87 or do87[0] != 0x01:
                raise CardError("secure messaging: unknown padding indicator in DO87")
            plain = unpad(decrypt(self.suite, bytes(self._enc), do87[1:], self._iv()))
        return plain, int.from_bytes(do99, "big")


class SecureTransport:
    """A :class:`~devices.idcard.apdu.Transport` that runs every command through a
    secure messaging session over another transport."""

    def __init__(self, inner: Transport, session: SecureMessaging) -> None:
        self.inner = inner
        self.session = session

    def transmit(self, apdu: bytes, timeout: float | None = None) -> tuple[bytes, int]:
        protected = self.session.wrap(Command.decode(apdu))
        data, sw = self.inner.transmit(protected, timeout)
        return self.session.unwrap(data, sw)

    def close(self) -> None:
        self.session.close()


# -- BAC (ICAO 9303-11, 4.3 and appendix D) -------------------------------------------


def bac_keys(mrz_key: str) -> tuple[bytes, bytes]:
    """``(K_enc, K_mac)`` from the MRZ information (K_seed = first 16 bytes of SHA-1)."""
    seed = hashlib.sha1(mrz_key.encode("ascii")).digest()[:16]
    return kdf(seed, KDF_ENC, Suite.TDES), kdf(seed, KDF_MAC, Suite.TDES)


def _auth_failed(sw: int) -> bool:
    return (
        sw == SW_AUTH_FAILED
        or sw & 0xFFF0 == 0x63C0
        or sw in (SW_SECURITY_NOT_SATISFIED, SW_SM_OBJECTS_INCORRECT, SW_AUTH_METHOD_BLOCKED)
    )


def bac(
    transport: Transport,
    mrz_key: str,
    *,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> SecureMessaging:
    """Basic access control: mutual authentication with keys from the MRZ, then 3DES
    secure messaging. A rejected key raises :class:`WrongCan` (password "mrz")."""
    k_enc, k_mac = bac_keys(mrz_key)
    rnd_ic, sw = transport.transmit(Command(0x00, 0x84, 0x00, 0x00, le=8).encode())
    if sw != SW_OK or len(rnd_ic) != 8:
        raise CardError("BAC: GET CHALLENGE failed", sw)
    rnd_ifd = random_bytes(8)
    k_ifd = random_bytes(16)
    e_ifd = encrypt(Suite.TDES, k_enc, rnd_ifd + rnd_ic + k_ifd)
    m_ifd = mac(Suite.TDES, k_mac, e_ifd)
    resp, sw = transport.transmit(Command(0x00, 0x82, 0x00, 0x00, e_ifd + m_ifd, 40).encode())
    if _auth_failed(sw):
        raise WrongCan(sw, "mrz")
    if sw != SW_OK or len(resp) != 40:
        raise CardError("BAC: EXTERNAL AUTHENTICATE failed", sw)
    e_ic, m_ic = resp[:32], resp[32:]
    if not hmac.compare_digest(mac(Suite.TDES, k_mac, e_ic), m_ic):
        raise CardError("BAC: the chip's cryptogram does not verify")
    r = decrypt(Suite.TDES, k_enc, e_ic)
    if r[:8] != rnd_ic or r[8:16] != rnd_ifd:
        raise CardError("BAC: the chip did not return our challenge")
    seed = bytes(a ^ b for a, b in zip(k_ifd, r[16:32], strict=True))
    return SecureMessaging(
        Suite.TDES,
        kdf(seed, KDF_ENC, Suite.TDES),
        kdf(seed, KDF_MAC, Suite.TDES),
        rnd_ic[4:] + rnd_ifd[4:],
    )


# -- elliptic curves ----------------------------------------------------------------------

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


# -- PACE (ICAO 9303-11, 4.4 and appendix G) ------------------------------------------

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
    if _auth_failed(sw):
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
