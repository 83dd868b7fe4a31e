"""A printout as text: what a printer with its own fonts needs to print it natively.

The kiosk archives and prints every document as a PDF. A ticket also comes with this
text version, so an ESC/POS printer that has the characters in one of its code pages
can print the lines with its own font and draw the QR code itself (a few hundred bytes
instead of a raster image; :mod:`devices.printing.native`). Printers that print PDFs
ignore it. Styles name what a line is, not how it looks: each printer decides that.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["Item", "Line", "Qr", "Rule", "Style", "TextDocument"]


class Style(enum.Enum):
    HEADING = "heading"  # the document's kind ("Waiting number"), centred
    NUMBER = "number"  # the waiting number: as big as the paper allows, centred
    TITLE = "title"  # the concern or form title
    STRONG = "strong"  # a line that must not be overlooked (a form's reference)
    BODY = "body"
    CAPTION = "caption"  # the reference under the QR code, centred


@dataclass(frozen=True)
class Line:
    text: str
    style: Style = Style.BODY


@dataclass(frozen=True)
class Rule:
    """A separating line across the paper."""


@dataclass(frozen=True)
class Qr:
    payload: str


Item = Line | Rule | Qr


@dataclass(frozen=True)
class TextDocument:
    """The items top to bottom, in reading order (left to right scripts only: a printer's
    own fonts neither join nor reorder right-to-left text, so those stay PDF-only)."""

    items: tuple[Item, ...]

    def texts(self) -> list[str]:
        """Every piece of text the printer must have characters for (not the QR data)."""
        return [item.text for item in self.items if isinstance(item, Line)]
