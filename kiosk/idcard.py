"""The configured ID document reader: the one place that turns ``[cardreader]`` into a
device, for the kiosk and for ``kiosk doctor`` alike, and the one place that says what its
presence events mean for the citizen's ID step."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.config import Config

if TYPE_CHECKING:  # the reader's modules (crypto) load with the reader, after the first frame
    from devices.idcard.document import DocumentReader

__all__ = ["PRESENCE", "card_reader_from", "reader_names", "watch_cards"]

PRESENCE = ("card", "no_card", "reader", "no_reader")
"""What :func:`watch_cards` reports: a card was placed, lifted, the reader is (back)
there, no reader is usable (unplugged, or the PC/SC service stopped)."""

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


def watch_cards(
    config: Config, reader: DocumentReader | None, on_change: Callable[[str], None]
) -> Callable[[], None] | None:
    """Start reporting card and reader changes of the configured reader to ``on_change``
    (one of :data:`PRESENCE`, from a background thread) as they happen; returns the
    function that stops it, or None when the reader kind has no events (then the caller
    looks once). Blocks briefly for the first look: call it off the GUI thread.

    For PC/SC this is :class:`~devices.idcard.presence.PresenceWatcher` (one thread in
    ``SCardGetStatusChange``, no polling), which also comes back by itself after pcscd
    was restarted."""
    from devices.idcard.simulated import SimulatedReader

    kind = config.cardreader.kind
    if kind == "simulated" and isinstance(reader, SimulatedReader):
        reader.watch(lambda present: on_change("card" if present else "no_card"))
        return lambda: reader.watch(None)
    if kind != "pcsc" or reader is None:
        return None
    try:
        from devices.idcard.presence import PresenceEvent, PresenceKind, PresenceWatcher
    except ImportError:  # pyscard missing: card_reader_from said so already
        return None

    def relay(event: PresenceEvent) -> None:
        if event.kind is PresenceKind.CARD_INSERTED:
            on_change("card")
        elif event.kind is PresenceKind.CARD_REMOVED:
            on_change("no_card")
        elif event.kind in (PresenceKind.READER_REMOVED, PresenceKind.SERVICE_LOST):
            on_change("reader" if watcher.readers() else "no_reader")
        else:  # READER_ADDED, SERVICE_BACK
            on_change("reader")

    watcher = PresenceWatcher(relay, reader_filter=config.cardreader.reader or None)
    watcher.start()
    return watcher.stop
