"""What the test rigs share: a free loopback port, and the rule that a missing component
skips a test on a developer's machine but fails it in CI (where `make test` installs
everything, so missing means broken)."""

from __future__ import annotations

import os
import socket

import pytest


def require(rig: str, reason: str | None) -> None:
    """Nothing when ``reason`` is None; else fail with CI set, skip otherwise."""
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{rig} unavailable in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port
