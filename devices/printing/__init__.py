"""Ticket printers: the types in :mod:`devices.printing.base`, one module per kind of
printer, and :func:`open_printer`, the one place that builds a printer by name."""

from __future__ import annotations

from pathlib import Path

from devices.printing.base import Printer
from devices.printing.folder import FolderPrinter
from devices.printing.simulated import SimulatedPrinter

__all__ = ["FolderPrinter", "SimulatedPrinter", "open_printer"]


def open_printer(
    kind: str,
    folder: Path,
    *,
    uri: str = "",
    cups_queue: str = "",
    profile: str = "tm-t88",
    timeout_s: float = 5.0,
) -> Printer:
    """Build the printer named in the configuration: ``folder`` is used by "folder",
    ``uri``/``profile`` by "escpos", ``cups_queue`` by "cups", ``timeout_s`` by both.

    Nothing is contacted here (a printer that is off at start-up shows up as OFFLINE in
    its status); a bad URI, queue or profile name raises ValueError.
    """
    match kind.strip().lower():
        case "folder":
            return FolderPrinter(folder)
        case "simulated":
            return SimulatedPrinter()
        case "escpos":
            if not uri.strip():
                raise ValueError(
                    "printer kind 'escpos' needs a uri: tcp://HOST:PORT or usb://VID:PID"
                )
            from devices.printing.escpos import open_escpos  # imports pypdfium2 and Pillow

            return open_escpos(uri, profile, timeout_s)
        case "cups":
            if not cups_queue.strip():
                raise ValueError("printer kind 'cups' needs a CUPS queue name")
            from devices.printing.cups import CupsPrinter  # imports pycups

            return CupsPrinter(cups_queue.strip(), timeout_s)
        case _:
            raise ValueError(
                f"unknown printer kind {kind!r}; expected 'folder', 'simulated', 'escpos' or 'cups'"
            )
