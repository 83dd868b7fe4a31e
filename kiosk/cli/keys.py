"""``kiosk keys``: the office's key pair for sealed submissions.

``generate`` runs on the clerk side (or an admin's machine), never on a kiosk: the
private key must not be on the terminal. Only the public key is copied to the kiosks
(``[privacy] public_key``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk.config import Config
from kiosk.privacy.sealing import KeyFileError, Sealer, generate_keypair


def _generate(args: argparse.Namespace, cfg: Config) -> int:
    out = Path(args.out)
    private, public = out / "office-private.pem", out / "office-public.pem"
    for p in (private, public):
        if p.exists() and not args.force:
            print(
                f"kiosk: {p} exists; keep it (old items need it) or pass --force", file=sys.stderr
            )
            return 1
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_pem, public_pem = generate_keypair()
    fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(private_pem)
    os.chmod(private, 0o600)
    public.write_bytes(public_pem)
    os.chmod(public, 0o644)
    kid = Sealer.from_file(public).kid
    print(f"private key: {private} (keep on the clerk side, back it up)")
    print(f"public key:  {public} (copy to each kiosk; [privacy] public_key)")
    print(f"key id:      {kid}")
    return 0


def _show(args: argparse.Namespace, cfg: Config) -> int:
    if not cfg.privacy.public_key:
        print("no public key configured: submissions are stored unsealed", file=sys.stderr)
        return 1
    try:
        sealer = Sealer.from_file(cfg.privacy.public_key)
    except KeyFileError as err:
        print(f"kiosk: {err}", file=sys.stderr)
        return 1
    print(f"{cfg.privacy.public_key}: key id {sealer.kid}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("keys", help="the office's key pair for sealed submissions")
    cmds = cmd.add_subparsers(dest="keys_command", required=True)
    p = cmds.add_parser("generate", help="make a new key pair (on the clerk side)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the two PEM files")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.set_defaults(func=_generate)
    p = cmds.add_parser("show", help="the configured public key's id")
    p.set_defaults(func=_show)
