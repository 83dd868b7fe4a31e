"""Sealing what citizens enter to the office: the kiosk encrypts with the office's public
key and cannot read it back; only the clerk side, holding the private key, can.

The format is JWE compact serialisation with RSA-OAEP-256 key wrapping and A256GCM
content encryption, as FIT-Connect uses for submissions to German authorities, made by
jwcrypto (a well-kept library; no home-made crypto here). Each token carries the key's
id (``kid``: its RFC 7638 thumbprint), so keys can be rotated: the clerk side keeps old
private keys until every item sealed with them is gone.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ALGORITHM",
    "CLEAR_KEYS",
    "ENCRYPTION",
    "SEALED_KINDS",
    "KeyFileError",
    "Opener",
    "Sealer",
    "SealingError",
    "generate_keypair",
    "is_sealed",
    "open_payload",
    "seal_payload",
    "sealer_from",
]

ALGORITHM = "RSA-OAEP-256"
ENCRYPTION = "A256GCM"
KEY_BITS = 3072  # BSI TR-02102-1: RSA of at least 3000 bits for use beyond 2025
_MAX_KEY_FILE = 64 * 1024


class SealingError(Exception):
    """Sealing or opening failed; the message names the cause for staff."""


class KeyFileError(SealingError):
    """A key file is missing, unreadable or not the right kind of key."""


def _read_key(path: Path, *, private: bool) -> Any:
    from jwcrypto import jwk

    what = "private" if private else "public"
    try:
        if not path.is_file():
            raise KeyFileError(f"{what} key {path}: not a file")
        if path.stat().st_size > _MAX_KEY_FILE:
            raise KeyFileError(f"{what} key {path}: too large for a key file")
        key = jwk.JWK.from_pem(path.read_bytes())
    except OSError as err:
        raise KeyFileError(f"{what} key {path}: {err.strerror or err}") from None
    except (ValueError, TypeError) as err:
        raise KeyFileError(f"{what} key {path}: not a PEM RSA key ({err})") from None
    if key.get("kty") != "RSA":
        raise KeyFileError(f"{what} key {path}: an RSA key is needed, not {key.get('kty')}")
    if private and not key.has_private:
        raise KeyFileError(f"{what} key {path}: this is a public key; give the private key")
    return key


@dataclass(frozen=True)
class Sealer:
    """Encrypts to one public key. Cheap to keep; thread-safe (no state after init)."""

    key: Any
    kid: str

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Sealer:
        key = _read_key(Path(path), private=False)
        public = key.public() if key.has_private else key
        return cls(public, public.thumbprint())

    def seal(self, data: dict[str, Any]) -> str:
        """``data`` as a JWE compact token (ASCII)."""
        from jwcrypto import jwe

        header = {"alg": ALGORITHM, "enc": ENCRYPTION, "kid": self.kid, "cty": "json"}
        plaintext = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        token = jwe.JWE(plaintext, protected=header)
        token.add_recipient(self.key)
        return str(token.serialize(compact=True))


@dataclass(frozen=True)
class Opener:
    """Decrypts with the office's private keys (the current one and older ones)."""

    keys: dict[str, Any]

    @classmethod
    def from_files(cls, *paths: str | os.PathLike[str]) -> Opener:
        keys = {}
        for p in paths:
            key = _read_key(Path(p), private=True)
            keys[key.thumbprint()] = key
        if not keys:
            raise KeyFileError("no private key given")
        return cls(keys)

    def open(self, token: str) -> dict[str, Any]:
        from jwcrypto import jwe
        from jwcrypto.common import JWException

        try:
            parsed = jwe.JWE()
            parsed.deserialize(token)
            header = parsed.jose_header
        except (JWException, ValueError) as err:
            raise SealingError(f"not a sealed item: {err}") from None
        if header.get("alg") != ALGORITHM or header.get("enc") != ENCRYPTION:
            raise SealingError(f"unexpected algorithm {header.get('alg')}/{header.get('enc')}")
        key = self.keys.get(str(header.get("kid", "")))
        if key is None:
            raise SealingError(
                f"sealed with key {header.get('kid')!r}, which is not among the keys given"
            )
        try:
            parsed.decrypt(key)
            data = json.loads(parsed.payload)
        except (JWException, ValueError) as err:
            raise SealingError(f"cannot open the sealed item: {err}") from None
        if not isinstance(data, dict):
            raise SealingError("the sealed item is not a JSON object")
        return data


def is_sealed(value: str) -> bool:
    """A JWE compact token has five dot-separated parts and a header naming our algorithm."""
    parts = value.split(".")
    if len(parts) != 5:
        return False
    import base64

    try:
        head = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except ValueError:
        return False
    return isinstance(head, dict) and head.get("alg") == ALGORITHM


def generate_keypair() -> tuple[bytes, bytes]:
    """A new office key pair as PEM: (private, public)."""
    from jwcrypto import jwk

    key = jwk.JWK.generate(kty="RSA", size=KEY_BITS)
    return key.export_to_pem(private_key=True, password=None), key.export_to_pem()


# What a sealed submission keeps in clear: enough to list it and find it by the
# reference on the receipt, nothing about the citizen.
CLEAR_KEYS = ("form", "version", "reference")
SEALED_KINDS = frozenset({"form"})  # outbox kinds that carry what citizens entered


def seal_payload(sealer: Sealer, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload as it is stored and sent: the clear keys and ``sealed``, a JWE of
    the whole payload. Already sealed payloads are returned as they are."""
    if isinstance(payload.get("sealed"), str):
        return payload
    clear = {k: payload[k] for k in CLEAR_KEYS if k in payload}
    return {**clear, "sealed": sealer.seal(payload)}


def open_payload(opener: Opener | None, payload: dict[str, Any]) -> dict[str, Any]:
    """A stored payload in clear: opened with the office's keys when sealed (raises
    :class:`SealingError` without a matching key), unchanged when it never was."""
    token = payload.get("sealed")
    if not isinstance(token, str):
        return payload
    if opener is None:
        raise SealingError("the submission is sealed: give the office's private key")
    rest = {k: v for k, v in payload.items() if k != "sealed"}
    return {**rest, **opener.open(token)}


def sealer_from(public_key: str) -> Sealer | None:
    """The sealer for ``[privacy] public_key`` (``~`` expanded); None when it is empty."""
    return Sealer.from_file(os.path.expanduser(public_key)) if public_key else None
