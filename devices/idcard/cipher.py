"""The ciphers, MACs and key derivation of ICAO Doc 9303 part 11 (9.7, 9.8): 3DES and AES
in CBC mode, the retail MAC and AES-CMAC, ISO 9797-1 padding, and the SHA-based KDF.

Everything else in the chip protocols (BAC, PACE, secure messaging) is built on these;
they come from ``cryptography`` and are tested against the ICAO worked examples.
"""

from __future__ import annotations

import enum
import hashlib

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.cmac import CMAC

from .apdu import CardError

__all__ = [
    "KDF_ENC",
    "KDF_MAC",
    "KDF_PI",
    "Suite",
    "adjust_parity",
    "decrypt",
    "ecb",
    "encrypt",
    "kdf",
    "mac",
    "pad",
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


def ecb(suite: Suite, key: bytes, block: bytes) -> bytes:
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
    return ecb(Suite.TDES, ka + kb, block)


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
