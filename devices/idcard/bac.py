"""Basic access control (ICAO Doc 9303 part 11, 4.3 and appendix D): mutual
authentication with keys derived from the MRZ, then 3DES secure messaging."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable

from .apdu import (
    SW_AUTH_FAILED,
    SW_AUTH_METHOD_BLOCKED,
    SW_OK,
    SW_SECURITY_NOT_SATISFIED,
    SW_SM_OBJECTS_INCORRECT,
    CardError,
    Command,
    Transport,
    WrongCan,
)
from .cipher import KDF_ENC, KDF_MAC, Suite, decrypt, encrypt, kdf, mac
from .secure_messaging import SecureMessaging

__all__ = ["auth_failed", "bac", "bac_keys"]


def bac_keys(mrz_key: str) -> tuple[bytes, bytes]:
    """``(K_enc, K_mac)`` from the MRZ information (K_seed = first 16 bytes of SHA-1)."""
    seed = hashlib.sha1(mrz_key.encode("ascii")).digest()[:16]
    return kdf(seed, KDF_ENC, Suite.TDES), kdf(seed, KDF_MAC, Suite.TDES)


def auth_failed(sw: int) -> bool:
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
    if auth_failed(sw):
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
