"""What every ticket printer is to the kiosk: a status to check before drawing a number,
and a way to hand over a finished PDF.

Deliberately independent of ``kiosk`` and of Qt, so a device process or a test can use it
alone. The printers themselves: :mod:`devices.printing.folder`,
:mod:`devices.printing.simulated`, :mod:`devices.printing.escpos` and
:mod:`devices.printing.cups`; :func:`devices.printing.open_printer` builds any of them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeAlias

from devices.printing.text import TextDocument

__all__ = [
    "MIN_FREE_BYTES",
    "PdfSource",
    "PrintError",
    "Printer",
    "PrinterState",
    "PrinterStatus",
    "Printout",
    "check_pdf",
    "pdf_bytes",
]

MIN_FREE_BYTES = 1024 * 1024
"""Below this a folder counts as full: a ticket is ~30 KB, but a nearly full disk also
breaks logs and the database, so staff should hear about it before the last byte."""


class PrinterState(enum.Enum):
    READY = "ready"
    NEAR_END = "near_end"  # paper low: still prints, staff should refill soon
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    UNKNOWN = "unknown"  # no (valid) answer: never treated as "fine"


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer reported; ``detail`` is for logs and staff, not for citizens."""

    state: PrinterState
    detail: str = ""

    @property
    def can_print(self) -> bool:
        """Whether a waiting number may be issued now (a number must never go unprinted)."""
        return self.state in (PrinterState.READY, PrinterState.NEAR_END)

    @property
    def summary(self) -> str:
        """State and detail in one line, for logs, staff screens and the doctor."""
        return f"{self.state.value} {self.detail}".strip()


class PrintError(Exception):
    """A document was not printed; ``str(err)`` is a clear one-line reason."""


PdfSource: TypeAlias = bytes | Callable[[], bytes]
"""A PDF, or the function that renders it when a printer needs it: a printer that
prints a ticket's text natively never renders its PDF (about 10-20 ms sooner on paper)."""


def pdf_bytes(pdf: PdfSource) -> bytes:
    """The PDF itself, rendered now if it was given as a function."""
    return pdf() if callable(pdf) else pdf


@dataclass(frozen=True)
class Printout:
    """A document to print: the PDF (archived, and what every printer can print) and,
    for a ticket, its text version for printers with their own fonts."""

    pdf: PdfSource
    text: TextDocument | None = None


class Printer(Protocol):
    """A ticket printer. Calls may block on I/O: the UI calls them from a worker thread."""

    def status(self) -> PrinterStatus: ...

    def print_document(self, pdf: PdfSource, name: str, text: TextDocument | None = None) -> str:
        """Print ``pdf`` (or ``text``, which says the same, where the printer can print it
        natively); return a job id (or file name). Raises :class:`PrintError`."""
        ...

    def close(self) -> None: ...


def check_pdf(pdf: bytes) -> None:
    """Reject what is obviously not a PDF before it reaches paper (or a watched folder)."""
    if not pdf:
        raise PrintError("empty document")
    if not pdf.startswith(b"%PDF-"):
        raise PrintError("document is not a PDF")
