"""Sealed submissions: only the office's private key opens them, and the format is plain
JWE that any implementation can read (checked here with `cryptography` alone, by RFC 7516)."""

from __future__ import annotations

import base64
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.privacy.sealing import (
    KeyFileError,
    Opener,
    Sealer,
    SealingError,
    generate_keypair,
    is_sealed,
)

DATA = {"vorname": "Zoë-Zyprian", "geburtsdatum": "1987-03-14", "strasse": "Quittenweg 7"}


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("keys")
    out = {}
    for name in ("office", "old"):
        private, public = generate_keypair()
        (folder / f"{name}-private.pem").write_bytes(private)
        (folder / f"{name}-public.pem").write_bytes(public)
        out[f"{name}_private"] = folder / f"{name}-private.pem"
        out[f"{name}_public"] = folder / f"{name}-public.pem"
    return out


def b64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def test_round_trip_and_nothing_readable_in_the_token(keys: dict[str, Path]) -> None:
    token = Sealer.from_file(keys["office_public"]).seal(DATA)
    assert is_sealed(token)
    for value in DATA.values():
        assert value not in token and value.encode() not in b64(token.split(".")[3] or "")
    assert Opener.from_files(keys["office_private"]).open(token) == DATA


def test_any_jwe_implementation_can_open_it(keys: dict[str, Path]) -> None:
    """RFC 7516 by hand: RSA-OAEP with SHA-256 unwraps the CEK, AES-256-GCM with the
    protected header as AAD decrypts the payload."""
    token = Sealer.from_file(keys["office_public"]).seal(DATA)
    header_b64, wrapped, iv, ciphertext, tag = token.split(".")
    header = json.loads(b64(header_b64))
    assert (header["alg"], header["enc"]) == ("RSA-OAEP-256", "A256GCM")
    private = serialization.load_pem_private_key(keys["office_private"].read_bytes(), None)
    cek = private.decrypt(  # type: ignore[union-attr]
        b64(wrapped),
        padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    )
    plain = AESGCM(cek).decrypt(b64(iv), b64(ciphertext) + b64(tag), header_b64.encode())
    assert json.loads(plain) == DATA


def test_the_kiosk_cannot_open_with_the_public_key(keys: dict[str, Path]) -> None:
    with pytest.raises(KeyFileError, match="public key"):
        Opener.from_files(keys["office_public"])


def test_the_wrong_private_key_is_named(keys: dict[str, Path]) -> None:
    token = Sealer.from_file(keys["office_public"]).seal(DATA)
    with pytest.raises(SealingError, match="not among the keys"):
        Opener.from_files(keys["old_private"]).open(token)


def test_rotation_opens_old_and_new_items(keys: dict[str, Path]) -> None:
    old = Sealer.from_file(keys["old_public"]).seal({"n": 1})
    new = Sealer.from_file(keys["office_public"]).seal({"n": 2})
    opener = Opener.from_files(keys["office_private"], keys["old_private"])
    assert [opener.open(old), opener.open(new)] == [{"n": 1}, {"n": 2}]


def test_a_tampered_token_is_refused(keys: dict[str, Path]) -> None:
    token = Sealer.from_file(keys["office_public"]).seal(DATA)
    parts = token.split(".")
    flipped = bytearray(b64(parts[3]))
    flipped[0] ^= 1
    parts[3] = base64.urlsafe_b64encode(bytes(flipped)).decode().rstrip("=")
    with pytest.raises(SealingError, match="cannot open"):
        Opener.from_files(keys["office_private"]).open(".".join(parts))


@pytest.mark.parametrize("content", [b"", b"not a key", b"-----BEGIN PUBLIC KEY-----\nxx\n"])
def test_broken_key_files_are_one_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "k.pem"
    path.write_bytes(content)
    with pytest.raises(KeyFileError, match=str(path)):
        Sealer.from_file(path)
    with pytest.raises(KeyFileError, match="not a file"):
        Sealer.from_file(tmp_path)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_garbage_is_refused_cleanly(keys: dict[str, Path], garbage: str) -> None:
    opener = Opener.from_files(keys["office_private"])
    with pytest.raises(SealingError):
        opener.open(garbage)


def test_kiosk_keys_generate_keeps_the_private_key_private(tmp_path: Path) -> None:
    kiosk = str(Path(sys.executable).with_name("kiosk"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    old = os.umask(0o022)
    try:
        result = subprocess.run(
            [kiosk, "keys", "generate", "--out", str(tmp_path / "k"), "--demo"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    private = tmp_path / "k" / "office-private.pem"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    token = Sealer.from_file(tmp_path / "k" / "office-public.pem").seal(DATA)
    assert Opener.from_files(private).open(token) == DATA
    again = subprocess.run(
        [kiosk, "keys", "generate", "--out", str(tmp_path / "k"), "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert again.returncode == 1 and "exists" in again.stderr
