"""The ID card reader on its worker (PC/SC calls may block), and presence events."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.idcard import card_reader_from, watch_cards
from ui.worker import Done, Worker

if TYPE_CHECKING:  # loaded on first use, not at start-up
    from devices.idcard.document import DocumentReader


class CardService:
    """The ID document reader, created on the card worker at first use."""

    def __init__(self, config: Config, worker: Worker) -> None:
        self.config = config
        self.worker = worker
        self._reader: DocumentReader | None = None
        self._stop_watching: Callable[[], None] | None = None

    @property
    def reader(self) -> DocumentReader | None:
        """On the card worker (its crypto stack loads on first use)."""
        if self._reader is None:
            self._reader = card_reader_from(self.config)
        return self._reader

    def present(self, done: Done) -> None:
        def present() -> bool:
            reader = self.reader
            if reader is None:
                from devices.idcard import NoReader

                raise NoReader("no card reader configured or available")
            return bool(reader.card_present())

        self.worker.submit(present, done)

    def read(self, can: str | None, mrz: str | None, done: Done) -> None:
        def read() -> object:
            reader = self.reader
            if reader is None:
                from devices.idcard import NoReader

                raise NoReader("no card reader configured or available")
            return reader.read(can=can, mrz_key=mrz)

        self.worker.submit(read, done)

    def state(self) -> str:
        """present / absent / error, for staff: on the card worker (PC/SC may block)."""
        kind = self.config.cardreader.kind
        if kind == "none":
            return "absent"
        if kind == "simulated":
            return "present"
        try:
            from devices.idcard.reader import list_readers

            names = list_readers()
        except Exception:  # pcscd down or pyscard missing: no reader for the citizen
            return "error"
        wanted = self.config.cardreader.reader
        return "present" if any(wanted in n for n in names) else "absent"

    def watch(self, on_change: Callable[[str], None]) -> None:
        """Card and reader changes as they happen (:func:`kiosk.idcard.watch_cards`),
        started on the card worker; ``on_change`` is called from a background thread."""

        def start() -> None:
            if self._stop_watching is None:
                self._stop_watching = watch_cards(self.config, self.reader, on_change)

        self.worker.submit(start, lambda _result, _error: None)

    def close(self) -> None:
        """Stop the presence watcher (it holds a PC/SC context and a thread)."""
        stop, self._stop_watching = self._stop_watching, None
        if stop is not None:
            stop()

    def poll_state(self, done: Callable[[str | None, BaseException | None], None]) -> None:
        self.worker.submit(self.state, done)

    def test(self, done: Done) -> None:
        """Maintenance: is a card on the reader, and can it be identified? Nothing is read
        from the chip (no CAN), so no personal data is touched."""

        def check() -> str:
            reader = self.reader
            if reader is None:
                return "kein Kartenleser eingerichtet"
            if not reader.card_present():
                return f"Leser bereit ({self.state()}), keine Karte aufgelegt"
            return "Karte erkannt"

        self.worker.submit(check, done)
