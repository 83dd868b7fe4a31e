"""Ticket printer models as data: resolution, printable width and how a ticket leaves.

A kiosk is configured with a profile name (``printer.profile``) rather than raw numbers,
because the numbers differ between models that look alike (TM-T88: 180 dpi / 512 dots;
TM-T20: 203 dpi / 576 dots) and a wrong width either clips the ticket or shrinks it.
Adding a model means adding one :class:`PrinterProfile` to :data:`PROFILES`.

Code pages are the models' ``ESC t n`` tables (Epson's numbering, checked against the
models' manuals and the escpos-printer-db). Only pages for scripts a printer can print
letter by letter are listed here: Arabic and Hebrew pages exist on the TM-T20, but its
font neither joins nor reorders them, so those tickets stay raster.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["CODE_PAGES", "PROFILES", "CutMode", "PrinterProfile", "get_profile"]

GS = 0x1D
FS = 0x1C


# ESC t n -> the Python codec of that table, for the pages native text may use.
CODE_PAGES: dict[int, str] = {
    16: "cp1252",  # WPC1252, Western European: German, English (with „“ – €)
    19: "cp858",  # PC858, Multilingual Latin 1 with the euro sign
    48: "cp1254",  # WPC1254, Turkish
    13: "cp857",  # PC857, Turkish
    45: "cp1250",  # WPC1250, Central European: Polish (with „“ –)
    18: "cp852",  # PC852, Latin 2: Polish
    46: "cp1251",  # WPC1251, Cyrillic: Ukrainian (і ї є ґ) and Russian
    44: "cp1125",  # PC1125, Ukrainian
    17: "cp866",  # PC866, Cyrillic #2: Russian
}
# Tried in this order: the Windows pages first, they carry typographic quotes and dashes.
_EPSON_PAGES = (16, 19, 48, 13, 45, 18, 46, 17)


class CutMode(enum.Enum):
    FULL = "full"  # the ticket falls free (needed where a presenter takes it over)
    PARTIAL = "partial"  # one point left uncut: the ticket hangs until torn off


@dataclass(frozen=True)
class PrinterProfile:
    """One printer model.

    ``feed_to_cutter`` uses ``GS V 65/66 n`` (feed to the cutter plus ``n`` motion units,
    then cut) so the end of the ticket is not left behind the cutter; without it the cut
    happens at the current position (``GS V 0/1``). ``present`` follows the cut: presenter
    models need an explicit command to hand the ticket out at the bezel; if that command
    cuts by itself, ``cut_by_presenter`` suppresses the separate cut.
    """

    name: str
    model: str
    dpi: int
    dots: int  # printable width in dots (a multiple of 8)
    cut_mode: CutMode = CutMode.PARTIAL
    feed_to_cutter: bool = True
    cut_feed: int = 0  # extra motion units fed before the cut (0..255)
    cut_by_presenter: bool = False
    present: bytes = b""
    max_band_rows: int = 255  # rows per GS v 0 block: small blocks suit small buffers
    # The model takes GS P (motion units), GS L (left margin) and ESC J (feed): white rows
    # go out as feeds and each band only as wide as its ink (devices.printing.raster).
    trim: bool = True
    # The model prints text in its own font from the code pages listed (ESC t n, in order
    # of preference), sizes it (GS !) and draws QR codes itself (GS ( k, model 2): a
    # ticket in one of those pages goes out as text (devices.printing.native).
    native_text: bool = False
    code_pages: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.dots <= 0 or self.dots % 8:
            raise ValueError(f"profile {self.name!r}: dots must be a positive multiple of 8")
        if not 0 <= self.cut_feed <= 255:
            raise ValueError(f"profile {self.name!r}: cut_feed must be 0..255")
        if not 1 <= self.max_band_rows <= 0xFFFF:
            raise ValueError(f"profile {self.name!r}: max_band_rows must be 1..65535")
        if self.trim and not 1 <= self.dpi <= 255:
            raise ValueError(f"profile {self.name!r}: trimming needs a dpi of 1..255 (GS P)")
        if self.native_text and not (self.code_pages and 1 <= self.dpi <= 255):
            raise ValueError(f"profile {self.name!r}: native text needs code pages and GS P")
        unknown = [n for n in self.code_pages if n not in CODE_PAGES]
        if unknown:
            raise ValueError(f"profile {self.name!r}: no codec for code pages {unknown}")

    @property
    def width_mm(self) -> float:
        """Printable width: the width a page is scaled to."""
        return self.dots / self.dpi * 25.4

    @property
    def bytes_per_row(self) -> int:
        return self.dots // 8

    @property
    def columns(self) -> int:
        """Characters per line in Font A (12 dots wide) at normal size."""
        return self.dots // 12

    @property
    def cut(self) -> bytes:
        """The cut command for this model (empty when the presenter command cuts)."""
        if self.cut_by_presenter:
            return b""
        full = self.cut_mode is CutMode.FULL
        if self.feed_to_cutter:
            return bytes((GS, 0x56, 65 if full else 66, self.cut_feed))
        return bytes((GS, 0x56, 0 if full else 1))

    @property
    def finish(self) -> bytes:
        """Everything after the image: cut, then hand the ticket out."""
        return self.cut + self.present


def _custom_present(steps: int = 4, blink: bool = True, timeout_s: int = 0) -> bytes:
    """Custom ``FS P n b c t``: cut, then present ``n`` x 5 mm at the bezel, blink the mouth
    LED, and eject ('E', never retract: the citizen's number must not be swallowed) after
    ``t`` seconds (0: hold it until the next ticket pushes it out)."""
    return bytes((FS, 0x50, steps, 1 if blink else 0, ord("E"), timeout_s))


PROFILES: dict[str, PrinterProfile] = {
    p.name: p
    for p in (
        # The TM-T88 II and III have no QR command and only Western code pages: raster.
        PrinterProfile("tm-t88", "Epson TM-T88 (II-V)", dpi=180, dots=512),
        PrinterProfile(
            "tm-t88v",
            "Epson TM-T88V/VI",
            dpi=180,
            dots=512,
            native_text=True,
            code_pages=_EPSON_PAGES,
        ),
        PrinterProfile(
            "tm-t20",
            "Epson TM-T20 (II, III)",
            dpi=203,
            dots=576,
            native_text=True,
            code_pages=(16, 19, 48, 13, 45, 18, 46, 44, 17),
        ),
        # For a TM-T20 whose firmware has other code page tables: every ticket as raster.
        PrinterProfile("tm-t20-raster", "Epson TM-T20, raster only", dpi=203, dots=576),
        PrinterProfile(
            "vkp80",
            "Custom VKP80 with presenter",
            dpi=203,
            dots=576,
            cut_mode=CutMode.FULL,
            cut_by_presenter=True,
            present=_custom_present(),
        ),
        # Star's ESC/POS emulation: GS P is not documented for it, so the full raster.
        PrinterProfile(
            "tsp100",
            "Star TSP100 (ESC/POS mode)",
            dpi=203,
            dots=576,
            cut_mode=CutMode.FULL,
            trim=False,
        ),
    )
}


def get_profile(name: str) -> PrinterProfile:
    """The profile called ``name`` (case and surrounding blanks ignored)."""
    key = name.strip().lower()
    try:
        return PROFILES[key]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise ValueError(f"unknown printer profile {name!r} (known: {known})") from None
