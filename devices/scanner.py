"""USB 2D barcode scanners in keyboard mode: telling a scan from typing.

A scanner "types" its whole payload within a few milliseconds per key and ends with Enter;
a person types far slower. :class:`ScanDetector` is fed every key press with its time and
reports a scan when a burst of at least ``min_length`` characters, each within
``max_interval_ms`` of the previous one, ends with Enter. Anything slower is typing and is
handed back so it is not lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ScanResult:
    text: str | None = None  # a complete scan
    typed: str = ""  # characters that turned out to be typing, to deliver as such


@dataclass
class ScanDetector:
    max_interval_ms: float = 35.0
    min_length: int = 6
    max_length: int = 2048  # a burst longer than any QR payload is not a scan
    _buffer: list[str] = field(default_factory=list)
    _last_ms: float | None = None

    def feed(self, text: str, timestamp_ms: float, enter: bool = False) -> ScanResult:
        """One key press: ``text`` is its character(s) ("" for Enter or a non-text key)."""
        typed = ""
        gap_ok = self._last_ms is not None and 0 <= timestamp_ms - self._last_ms <= (
            self.max_interval_ms
        )
        if self._buffer and not gap_ok:
            typed = self._flush()
        self._last_ms = timestamp_ms
        if enter:
            burst = "".join(self._buffer)
            self._buffer.clear()
            if len(burst) >= self.min_length and (gap_ok or not burst):
                return ScanResult(burst, typed)
            return ScanResult(None, typed + burst)
        if text:
            if len(self._buffer) >= self.max_length:
                typed += self._flush()
            self._buffer.append(text)
        return ScanResult(None, typed)

    def pending(self) -> bool:
        return bool(self._buffer)

    def expire(self, now_ms: float) -> str:
        """Hand back a burst that stopped without Enter once it is older than the interval."""
        if (
            self._buffer
            and self._last_ms is not None
            and (now_ms - self._last_ms > self.max_interval_ms)
        ):
            return self._flush()
        return ""

    def _flush(self) -> str:
        text = "".join(self._buffer)
        self._buffer.clear()
        return text
