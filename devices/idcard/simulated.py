"""A document reader for demo mode and tests: two specimen documents, realistic delays,
and the failures a real reader shows (wrong CAN, card removed, no card).

The specimens are public sample data, so the demo never shows a real person:

* the ICAO specimen passport of ANNA MARIA ERIKSSON (Utopia, TD3, L898902C3, ICAO Doc
  9303 part 4 appendix); BAC only, no CAN;
* the German specimen ID card of ERIKA MUSTERMANN (TD1, LZ6311T47, the MRZ printed on the
  2021 "Personalausweis" specimen), PACE only, CAN 123456.

The same constants feed the card emulator of the PC/SC tests (tests/support), so demo,
unit tests and end-to-end tests agree on one set of data.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from datetime import date

from .apdu import CardNotAnswering, CardRemoved, PasswordRequired, WrongCan
from .document import Identity, identity_from, validate_can
from .lds import Dg11
from .mrz import parse_mrz, validate_mrz_key

__all__ = [
    "SPECIMEN_ID_CARD_CAN",
    "SPECIMEN_ID_CARD_MRZ",
    "SPECIMEN_PASSPORT_MRZ",
    "SPECIMEN_PASSPORT_PLACE_OF_BIRTH",
    "SPECIMEN_PHOTO",
    "SimulatedReader",
]

SPECIMEN_PASSPORT_MRZ = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
SPECIMEN_PASSPORT_FULL_NAME = "ERIKSSON<<ANNA<MARIA"
SPECIMEN_PASSPORT_PLACE_OF_BIRTH = "ZENITH"
SPECIMEN_PASSPORT_BIRTH = "19740812"
SPECIMEN_ID_CARD_MRZ = (
    "IDD<<LZ6311T475<<<<<<<<<<<<<<<",
    "8308126<3110315D<<2108<<<<<<<9",
    "MUSTERMANN<<ERIKA<<<<<<<<<<<<<",
)
SPECIMEN_ID_CARD_CAN = "123456"

SPECIMEN_PHOTO = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZG"
    "NywtQFdBRkxOUlNSMj5aYVpQYEpRUk//wAALCAB4AFoBAREA/8QAGwABAAMAAwEAAAAAAAAAAAAAAAQFBgECAwf/"
    "xAA2EAACAQMBBAYJAgcAAAAAAAAAAQIDBBEFEiExQQZRYYGx0RMUIjI1UnGRoXPwI0JygrLB4f/aAAgBAQAAPwDe"
    "AAAAAAAA4lKMIuUmoxSy23hJEKprGn05uErmLa+VOS+6WCTQuaFzHaoVYVFhN7L3rPWuR6gAAA6VqtOhSlVqyUYR"
    "WW2Y3UNSuL+f8R7NNPMaa4LzIZ3o1alCrGrSk4zi8po1mi6l69Qcarj6eHvJfzL5v3/ssgAACh6UXEo0qNvGSxNu"
    "U0nvwuHdx+xnACXpdxK21GjNSUYuSjPLwtl8c+PcbYAAAy3Sf4jT/RXiynAB9BAAAKTpNbyqWtOvHhRbUl2PG/7p"
    "fczIBO0a3lcanRUdyptVJPqSfnhd5swAADiUYzi4ySlFrDTWU0ZLUtGr2blUpJ1aGXhpZcV2+fgVh72lpXvKqp0I"
    "OW/fLlH6s1ulWEdPtthtSqSeZyS59S7CaAAAeVzc0bWl6W4qKEM4y+sornpJLOLWgks+9UfFfReZVVNQuKs3Op6G"
    "cnxlKhBt/gmWmv3VBRhUhTqwXLGy0sbksbvwXmn6tbXzUItwrNe5Ln14fPx3E8AAEbUL2nY2zrVE5b8Riub6jHXd"
    "3XvKrqV5uW/dHlH6I8ADmMpQkpRbjJPKaeGmaTQ9WlXcbS5bdXHsT+ZLk+3t/bvAADF6teyvb2U1JulF4prljr7+"
    "JCAAOYylCSlFuMk8pp4aZtNKu/XbCFVv217M/wCpefHvJgBWa/dO305wi1t1nscd+Oe78d5kQAAC16O3Toah6JtK"
    "FZbLy8b1w8u81gBmelFSTu6NLC2Yw2l15b/4ikAAAO9GpKjWp1YpOUJKSzwymb4Ax+vyk9XrJttRUUsvgtlFcAAA"
    "DdWMpTsLeUm5SdKLbby28I9wY7XvjFf+3/FFeAAADc6f8Otf0YeCJAMx0ohJXtGo17Mqeyn2pvPiilAAAO1OEqtS"
    "NOCzKbUYrrbN+D//2Q=="
)
"""A 90x120 grey silhouette (JPEG, 871 bytes): a stand-in face that is nobody."""

DOCUMENTS = ("id_card", "passport")


class SimulatedReader:
    """A reader with a specimen document on it (or none), for the demo and UI tests.

    ``read`` behaves like :meth:`devices.idcard.reader.PcscReader.read`: it sleeps for a
    real card's time, checks the CAN / MRZ key, and raises the same exceptions. The ID
    card reports a retry counter (63Cx) on a wrong CAN like the test emulator does.
    Set ``fail_next = "card_removed"`` to make the next read lose the card half-way, or
    ``"not_answering"`` for a chip that stops answering.
    Thread-safe: the UI thread may change the state while a worker reads.
    """

    def __init__(
        self,
        document: str | None = "id_card",
        *,
        access_s: float = 0.6,
        read_s: float = 0.3,
        photo_s: float = 1.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._lock = threading.Lock()
        self._document = self._check(document)
        self._sleep = sleep
        self.access_s, self.read_s, self.photo_s = access_s, read_s, photo_s
        self.fail_next: str | None = None
        self._retries = 3
        self._watcher: Callable[[bool], None] | None = None

    @staticmethod
    def _check(document: str | None) -> str | None:
        if document is not None and document not in DOCUMENTS:
            raise ValueError(f"unknown specimen {document!r}; expected one of {DOCUMENTS}")
        return document

    @property
    def document(self) -> str | None:
        with self._lock:
            return self._document

    def insert(self, document: str = "id_card") -> None:
        with self._lock:
            self._document = self._check(document)
            self._retries = 3
            watcher = self._watcher
        if watcher is not None:
            watcher(True)

    def remove(self) -> None:
        with self._lock:
            self._document = None
            watcher = self._watcher
        if watcher is not None:
            watcher(False)

    def watch(self, on_change: Callable[[bool], None] | None) -> None:
        """Call ``on_change(present)`` whenever a document is inserted or removed (like
        the PC/SC presence watcher does); None stops it."""
        with self._lock:
            self._watcher = on_change

    def card_present(self) -> bool:
        return self.document is not None

    def _mrz(self, document: str) -> tuple[str, ...]:
        return SPECIMEN_ID_CARD_MRZ if document == "id_card" else SPECIMEN_PASSPORT_MRZ

    def read(
        self,
        can: str | None = None,
        mrz_key: str | None = None,
        want_photo: bool = False,
        *,
        today: date | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> Identity:
        step = progress or (lambda _name: None)
        can = validate_can(can) if can else None
        mrz_key = validate_mrz_key(mrz_key) if mrz_key else None
        if can is None and mrz_key is None:
            raise ValueError("a CAN or an MRZ key is needed")
        document = self.document
        if document is None:
            raise CardRemoved("no card on the reader")
        step("access")
        self._sleep(self.access_s / 2)
        with self._lock:
            fail, self.fail_next = self.fail_next, None
        if fail == "card_removed" or self.document != document:
            raise CardRemoved("the card was removed during reading")
        if fail == "not_answering":
            raise CardNotAnswering("exchanging data with the card: no answer within 5 s")
        mrz = parse_mrz(self._mrz(document), today=today)
        self._sleep(self.access_s / 2)
        if document == "id_card":
            if can is not None and can != SPECIMEN_ID_CARD_CAN:
                with self._lock:
                    self._retries = max(self._retries - 1, 0)
                    raise WrongCan(0x63C0 | self._retries, "can")
            if can is None and mrz_key != mrz.key:
                raise WrongCan(0x6300, "mrz")
            with self._lock:
                self._retries = 3
        else:
            if mrz_key is None:
                raise PasswordRequired(
                    "mrz", "this document supports BAC only: its MRZ key is needed"
                )
            if mrz_key != mrz.key:
                raise WrongCan(0x6300, "mrz")
        step("dg1")
        self._sleep(self.read_s)
        extra = Dg11()
        if document == "passport":  # the specimen passport's chip has DG11
            step("dg11")
            extra = Dg11(
                place_of_birth=SPECIMEN_PASSPORT_PLACE_OF_BIRTH,
                date_of_birth=date(
                    int(SPECIMEN_PASSPORT_BIRTH[:4]),
                    int(SPECIMEN_PASSPORT_BIRTH[4:6]),
                    int(SPECIMEN_PASSPORT_BIRTH[6:]),
                ),
            )
        photo = None
        if want_photo:
            step("photo")
            self._sleep(self.photo_s)
            photo = SPECIMEN_PHOTO
        if self.document != document:
            raise CardRemoved("the card was removed during reading")
        return identity_from(mrz, extra, photo, today)
