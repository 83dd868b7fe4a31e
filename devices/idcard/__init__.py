"""Identity documents (ICAO eMRTD: passports and ID cards) read over PC/SC.

Qt-free and independent of ``kiosk``. The pieces: :mod:`.tlv` and :mod:`.mrz` parse what a
chip or scanner delivers, :mod:`.crypto` does BAC/PACE and secure messaging, :mod:`.apdu`
defines the :class:`~.apdu.Transport` protocol and the errors, :mod:`.reader` is the real
PC/SC backend (pyscard), :mod:`.simulated` the demo backend, and :mod:`.document` reads a
document into an :class:`~.document.Identity`.

``reader`` is not imported here, so the demo and tests without PC/SC never load pyscard.
"""

from .apdu import (
    CardError,
    CardRemoved,
    IdCardError,
    NoReader,
    PasswordRequired,
    ReaderError,
    Transport,
    UnsupportedCard,
    WrongCan,
)
from .document import Identity, read_document
from .mrz import DocumentKind, MrzError, mrz_key, parse_mrz

__all__ = [
    "CardError",
    "CardRemoved",
    "DocumentKind",
    "IdCardError",
    "Identity",
    "MrzError",
    "NoReader",
    "PasswordRequired",
    "ReaderError",
    "Transport",
    "UnsupportedCard",
    "WrongCan",
    "mrz_key",
    "parse_mrz",
    "read_document",
]
