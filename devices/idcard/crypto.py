"""ICAO Doc 9303 part 11 access control and secure messaging in one namespace, for the
document reader and the tests. The parts live in their own modules, one concept each:

* :mod:`.cipher` - 3DES/AES, MACs, padding, key derivation;
* :mod:`.secure_messaging` - protected commands and checked responses;
* :mod:`.bac` - basic access control (MRZ key);
* :mod:`.ec` - curves and points for PACE;
* :mod:`.pace` - PACE with ECDH generic mapping, EF.CardAccess.
"""

from __future__ import annotations

from .bac import bac, bac_keys
from .cipher import (
    KDF_ENC,
    KDF_MAC,
    KDF_PI,
    Suite,
    decrypt,
    encrypt,
    kdf,
    mac,
    pad,
    retail_mac,
    unpad,
)
from .ec import DOMAINS, Domain, Point, decode_point, encode_point
from .pace import (
    PASSWORD_CAN,
    PASSWORD_MRZ,
    PaceInfo,
    auth_token,
    choose_pace,
    pace,
    pace_password_key,
    parse_card_access,
)
from .secure_messaging import SecureMessaging, SecureTransport

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
