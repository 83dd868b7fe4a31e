"""The configured ID document reader: the one place that turns ``[cardreader]`` into a
device, for the kiosk and for ``kiosk doctor`` alike."""

from __future__ import annotations

import logging

from devices.idcard.document import DocumentReader
from kiosk.config import Config

__all__ = ["card_reader_from", "reader_names"]

log = logging.getLogger(__name__)


def card_reader_from(config: Config) -> DocumentReader | None:
    """The reader ``cardreader.kind`` asks for; None when there is none (the citizen types
    instead). pyscard is imported only here and only for ``pcsc``."""
    kind = config.cardreader.kind
    if kind == "simulated":
        from devices.idcard.simulated import SimulatedReader

        return SimulatedReader()
    if kind == "pcsc":
        try:
            from devices.idcard.reader import PcscReader
        except ImportError as err:  # pyscard missing: the kiosk works, typing instead
            log.warning("card reader unavailable", extra={"fields": {"error": str(err)}})
            return None
        return PcscReader(config.cardreader.reader or None, timeout=config.cardreader.timeout_s)
    return None


def reader_names(config: Config) -> list[str]:
    """The readers the configured kind can see (raises the device's error when it cannot
    ask, e.g. pcscd down)."""
    kind = config.cardreader.kind
    if kind == "simulated":
        return ["simulated reader"]
    if kind == "pcsc":
        from devices.idcard.reader import list_readers

        names = list_readers()
        wanted = config.cardreader.reader
        return [n for n in names if wanted in n] if wanted else names
    return []
