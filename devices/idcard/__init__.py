"""Identity documents (ICAO eMRTD: passports and ID cards) read over PC/SC.

Qt-free and independent of ``kiosk``. The pieces: :mod:`.tlv` and :mod:`.mrz` parse what a
chip or scanner delivers, :mod:`.crypto` (over :mod:`.cipher`, :mod:`.secure_messaging`,
:mod:`.bac`, :mod:`.ec`, :mod:`.pace`) does access control and secure messaging,
:mod:`.apdu` defines the :class:`~.apdu.Transport` protocol and the errors, :mod:`.files`
reads elementary files, :mod:`.session` keeps the secure channel open, :mod:`.lds` parses
the data groups, :mod:`.document` reads a document into an :class:`~.document.Identity`
(with a :mod:`.trace` of the APDUs for support), :mod:`.reader` and :mod:`.connection`
(over :mod:`.pcsc`) are the real PC/SC backend, :mod:`.presence` reports card and reader
events, and :mod:`.simulated` is the demo backend.

``reader``, ``connection``, ``pcsc`` and ``presence`` are not imported here, so the demo
and tests without PC/SC never load pyscard.
"""

from .apdu import (
    CardError,
    CardNotAnswering,
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
    "CardNotAnswering",
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
