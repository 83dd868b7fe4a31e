"""Logging set-up: one structured line per event on stderr, for journald.

Lines are ``level=info logger=kiosk.ticket msg="..." key=value``; callers pass facts as
``extra={"fields": {...}}`` and never personal data (names, dates of birth, form values).
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from typing import Any


def _quote(value: Any) -> str:
    text = str(value)
    if not text or any(c in text for c in ' "=\n\r'):
        text = (
            '"'
            + text.replace("\\", "\\\\")
            .replace('"', '\\"')
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            + '"'
        )
    return text


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        parts = [
            f"level={record.levelname.lower()}",
            f"logger={record.name}",
            f"msg={_quote(record.getMessage())}",
        ]
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            parts.extend(f"{k}={_quote(v)}" for k, v in fields.items())
        if record.exc_info:
            parts.append(f"exc={_quote(self.formatException(record.exc_info))}")
        return " ".join(parts)


class RingBuffer(logging.Handler):
    """The last lines of the log in memory, for the maintenance screen's log tail."""

    def __init__(self, capacity: int = 200) -> None:
        super().__init__()
        self.lines: deque[str] = deque(maxlen=capacity)
        self.setFormatter(KeyValueFormatter())

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log line must never break the caller
            self.handleError(record)


RING = RingBuffer()


def setup(level: str = "info") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(KeyValueFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler, RING]
    root.setLevel(level.upper())
