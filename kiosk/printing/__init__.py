"""Printouts: the documents (ticket, receipt, form) as PDFs, and the configured printer.

:func:`printer_from` is the one place that turns ``[printer]`` into a device.
"""

from __future__ import annotations

from devices.printing import open_printer
from devices.printing.base import Printer
from kiosk.config import Config

__all__ = ["printer_from"]


def printer_from(cfg: Config) -> Printer:
    """The configured printer (the UI and the CLI build it the same way)."""
    p = cfg.printer
    return open_printer(
        p.kind,
        cfg.printer_folder,
        uri=p.uri,
        cups_queue=p.cups_queue,
        profile=p.profile,
        timeout_s=p.timeout_s,
    )
