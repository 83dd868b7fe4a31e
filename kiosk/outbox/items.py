"""What the outbox hands around: items, their counts, and the errors of storing and
delivering them (shared by the store, the worker and the delivery adapters)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, TypedDict

State = Literal["pending", "delivered", "rejected"]
_MAX_ERROR = 300


class OutboxError(Exception):
    """The outbox database failed; ``str(err)`` is one line naming the file and the cause."""


class DeliveryError(Exception):
    """A delivery attempt failed and may succeed later (network, timeout, 5xx).

    ``retry_after_s`` is the receiver's own hint (``Retry-After``), if it gave one.
    The message is one line and must not contain payload contents: it is logged.
    """

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class DeliveryRejected(Exception):
    """The receiver refused the item for good (e.g. HTTP 422): retrying cannot help.
    One line, no payload contents."""


@dataclass(frozen=True)
class Item:
    """One outbox entry. Times are Unix seconds of the outbox's clock."""

    key: str
    kind: str
    payload: dict[str, Any]  # empty once delivered: the payload is dropped on delivery
    attempts: int
    created_at: float
    next_attempt_at: float
    last_error: str | None
    state: State = "pending"


class OutboxStats(TypedDict):
    """Counts for health displays and staff (JSON-ready, no payloads)."""

    pending: int
    due: int
    rejected: int
    delivered: int  # tombstones still kept
    oldest_pending_at: float | None
    max_attempts: int


def error_line(err: BaseException) -> str:
    """The first line of an error, bounded: what goes into last_error and the log.
    Foreign exceptions get their type name in front (a bare "'name'" says nothing)."""
    line = one_line(str(err))
    if not isinstance(err, DeliveryError | DeliveryRejected | OutboxError):
        line = one_line(f"{type(err).__name__}: {line}" if str(err).strip() else type(err).__name__)
    return line


def one_line(error: str) -> str:
    """The first line of a message, bounded: what goes into last_error and the log."""
    lines = error.strip().splitlines()
    line = lines[0].strip() if lines else "unknown error"
    return line if len(line) <= _MAX_ERROR else line[: _MAX_ERROR - 3] + "..."
