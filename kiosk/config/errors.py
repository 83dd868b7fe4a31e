"""What a broken configuration raises, and the limits that keep a bad file from hurting.

Kept apart from the loader so that modules the loader uses (the catalogue) can raise the
same error without importing the loader back.
"""

from __future__ import annotations

__all__ = ["MAX_CONFIG_BYTES", "MAX_KEY_CHARS", "MAX_TEXT_CHARS", "ConfigError"]

MAX_TEXT_CHARS = 1000
MAX_KEY_CHARS = 100
MAX_CONFIG_BYTES = 1_000_000  # a real config is a few kB; /dev/zero is endless


class ConfigError(Exception):
    """One line: where (file and key) and what is wrong."""
