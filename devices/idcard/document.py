"""Read an identity document through any :class:`~devices.idcard.apdu.Transport`.

The sequence follows ICAO Doc 9303 parts 10 and 11: access control (PACE or BAC, see
:mod:`.session`), then EF.COM, DG1 (the MRZ), DG11 (full name, place of birth, address)
when the chip lists it, and DG2 (the face) only on request. DG1 is mandatory: without it
the read fails. DG11 and DG2 are optional: when one cannot be read, the identity comes
without it (``Identity.unread`` names it) and the read goes on, re-opening secure
messaging if the chip ended it.

Personal data is returned once, in an :class:`Identity`, and kept nowhere else: no
caches, no logging of values, and ``repr`` shows no personal field. The face image stays
in memory; nothing here writes to disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from . import tlv
from .apdu import CardError, IdCardError, ReaderError, Transport, UnsupportedCard
from .files import DG1, DG2, DG11, EF_COM, ElementaryFile, FileMissing, read_file
from .lds import TAG_DG2, TAG_DG11, Dg11, face_image, parse_dg1, parse_dg11
from .mrz import DocumentKind, Mrz, validate_mrz_key
from .session import ChipSession
from .trace import TracingTransport

__all__ = ["DocumentReader", "Identity", "identity_from", "read_document", "validate_can"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, repr=False)
class Identity:
    """What the kiosk may use from a document. Immutable; ``repr`` and ``str`` show no
    personal data, so an Identity that ends up in a log or traceback leaks nothing.

    Hold it only as long as the citizen's session: drop every reference to "wipe" it
    (nothing in ``devices.idcard`` keeps a copy).
    """

    surname: str
    given_names: str
    date_of_birth: date
    nationality: str
    sex: str  # "M", "F" or "X" (unspecified)
    document_kind: DocumentKind
    document_number: str
    expiry: date
    issuing_state: str
    place_of_birth: str | None = None
    address: str | None = None  # DG11, where the issuer put it there (not German ID cards)
    expired: bool = False
    photo: bytes | None = None  # JPEG or JPEG 2000 from DG2, memory only
    defects: tuple[str, ...] = ()  # the document's own errors, e.g. "composite" check digit
    unread: tuple[str, ...] = ()  # optional data groups that could not be read ("DG11")

    def __repr__(self) -> str:
        photo = "None" if self.photo is None else f"<{len(self.photo)} bytes>"
        return (
            f"Identity(document_kind={self.document_kind.value!r}, "
            f"expired={self.expired}, photo={photo})"
        )

    __str__ = __repr__


class DocumentReader(Protocol):
    """What the kiosk needs from a reader backend (PC/SC or simulated). ``read`` blocks
    for up to a few seconds: call it from a worker thread, never the GUI thread."""

    def card_present(self) -> bool: ...

    def read(
        self,
        can: str | None = None,
        mrz_key: str | None = None,
        want_photo: bool = False,
        *,
        today: date | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> Identity: ...


def validate_can(can: str) -> str:
    """The card access number: six digits (printed on the front of the German ID card)."""
    can = can.strip()
    if len(can) != 6 or not can.isdigit():
        raise ValueError("the CAN has six digits")
    return can


def identity_from(
    mrz: Mrz,
    extra: Dg11,
    photo: bytes | None,
    today: date | None,
    unread: tuple[str, ...] = (),
) -> Identity:
    """The citizen's identity from DG1, completed by DG11 where a chip has it: the
    untruncated name, and the full year of birth (which settles the century)."""
    surname, given = mrz.surname, mrz.given_names
    if extra.surname:  # DG11 carries the untruncated name
        surname, given = extra.surname, extra.given_names or ""
    born = mrz.date_of_birth
    if extra.date_of_birth and extra.date_of_birth.strftime("%y%m%d") == mrz.birth_yymmdd:
        born = extra.date_of_birth  # the full year settles the century
    today = today or date.today()
    return Identity(
        surname=surname,
        given_names=given,
        date_of_birth=born,
        nationality=mrz.nationality,
        sex=mrz.sex,
        document_kind=mrz.kind,
        document_number=mrz.document_number,
        expiry=mrz.expiry,
        issuing_state=mrz.issuing_state,
        place_of_birth=extra.place_of_birth,
        address=extra.address,
        expired=mrz.expiry < today,
        photo=photo,
        defects=mrz.defects,
        unread=unread,
    )


def _read(chip: ChipSession, ef: ElementaryFile) -> bytes:
    """One file; started over once when secure messaging had to be re-opened meanwhile
    (the chip then forgot which file was current)."""

    def no_sfi() -> None:
        if chip.sfi:
            log.info("chip reads files only after SELECT (no short file identifiers)")
        chip.sfi = False

    for attempt in (1, 2):
        before = chip.reopened
        try:
            return read_file(chip.send, ef, by_sfi=chip.sfi, on_no_sfi=no_sfi)
        except CardError:
            if attempt == 2 or chip.reopened == before:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _com_tags(chip: ChipSession) -> set[int] | None:
    try:
        com = tlv.parse(_read(chip, EF_COM))
        tags = tlv.find(com, 0x5C)
    except FileMissing:
        return None
    except tlv.TlvError as err:
        raise CardError(f"EF.COM is malformed ({err})") from None
    return set(tags.value) if tags is not None else None


def _optional(chip: ChipSession, ef: ElementaryFile, unread: list[str]) -> bytes | None:
    """An optional data group, or None: its failure is logged and costs nothing else."""
    try:
        return _read(chip, ef)
    except FileMissing:
        return None  # listed in EF.COM but absent: nothing to read
    except (CardError, ReaderError) as err:
        unread.append(ef.name)
        trace = chip.transport.lines() if isinstance(chip.transport, TracingTransport) else []
        log.warning(
            "optional data group not read",
            extra={"fields": {"file": ef.name, "error": str(err), "apdus": trace}},
        )
        return None


def read_document(
    transport: Transport,
    can: str | None,
    mrz_key: str | None,
    want_photo: bool = False,
    *,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> Identity:
    """Read the document on ``transport`` and return its :class:`Identity`.

    ``can`` (6 digits, German ID card) or ``mrz_key`` (see :func:`~.mrz.mrz_key`) opens
    the chip; with PACE the CAN is preferred. ``progress`` is called with "access",
    "dg1", "dg11", "photo" as each step starts (for a "keep the card still" screen).

    Raises :class:`~.apdu.WrongCan`, :class:`~.apdu.CardRemoved`,
    :class:`~.apdu.PasswordRequired`, :class:`~.apdu.UnsupportedCard`,
    :class:`~.apdu.CardError` or :class:`~.apdu.ReaderError` when access control, EF.COM
    or DG1 fail; ValueError for a malformed CAN and :class:`~.mrz.MrzError` for an MRZ
    key with a wrong check digit (both before the card is touched). A failing DG11 or DG2
    only leaves its data out (see ``Identity.unread``).
    """
    step = progress or (lambda _name: None)
    can = validate_can(can) if can else None
    mrz_key = validate_mrz_key(mrz_key) if mrz_key else None
    if can is None and mrz_key is None:
        raise ValueError("a CAN or an MRZ key is needed")
    traced = TracingTransport(transport)
    chip = ChipSession(traced, can, mrz_key)
    unread: list[str] = []
    try:
        step("access")
        chip.open()
        tags = _com_tags(chip)
        step("dg1")
        try:
            mrz = parse_dg1(_read(chip, DG1), today)
        except FileMissing:
            raise UnsupportedCard("the chip has no DG1 (MRZ)") from None
        if mrz.defects:
            log.warning(
                "the document's MRZ has a wrong check digit; the checked fields are used",
                extra={"fields": {"defects": ",".join(mrz.defects)}},
            )
        extra = Dg11()
        if tags is None or TAG_DG11 in tags:
            step("dg11")
            raw = _optional(chip, DG11, unread)
            if raw is not None:
                try:
                    extra = parse_dg11(raw)
                except CardError as err:
                    unread.append(DG11.name)
                    log.warning("DG11 not used", extra={"fields": {"error": str(err)}})
        photo = None
        if want_photo and (tags is None or TAG_DG2 in tags):
            step("photo")
            raw = _optional(chip, DG2, unread)
            try:
                photo = face_image(raw) if raw is not None else None
            except CardError as err:
                unread.append(DG2.name)
                log.warning("DG2 not used", extra={"fields": {"error": str(err)}})
    except IdCardError as err:
        log.warning(
            "id document read failed",
            extra={"fields": {"error": str(err), "apdus": traced.lines()}},
        )
        raise
    finally:
        chip.close()
    return identity_from(mrz, extra, photo, today, tuple(unread))
