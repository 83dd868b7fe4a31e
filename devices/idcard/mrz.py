"""Machine readable zones (ICAO Doc 9303 parts 3-5): TD1 ID cards (3x30) and TD3 passports
(2x44), from DG1 or from a scanner.

Every check digit is verified, because the MRZ is the key for BAC/PACE and a single
misread character otherwise shows up much later as a "wrong key" at the card. Errors name
the failing field (:class:`MrzError.field`) so a UI can point at it.

The MRZ only has two-digit years: birth dates are put in the past, expiry dates in a
window around today (see :func:`resolve_birth` and :func:`resolve_expiry`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

__all__ = [
    "DocumentKind",
    "Mrz",
    "MrzError",
    "check_digit",
    "mrz_key",
    "parse_mrz",
    "resolve_birth",
    "resolve_expiry",
    "validate_mrz_key",
]

_ALLOWED = re.compile(r"^[A-Z0-9<]*$")
_WEIGHTS = (7, 3, 1)
EXPIRY_WINDOW_YEARS = 50
"""An expiry date lies at most this many years ahead; anything later is last century."""


class MrzError(ValueError):
    """An MRZ that cannot be trusted; ``field`` names the part that failed."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class DocumentKind(enum.StrEnum):
    PASSPORT = "passport"
    ID_CARD = "id_card"


def _char_value(ch: str) -> int:
    if ch.isdigit():
        return ord(ch) - 48
    if ch == "<":
        return 0
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    raise MrzError("characters", f"{ch!r} is not an MRZ character")


def check_digit(text: str) -> str:
    """ICAO 9303 part 3 check digit: weights 7-3-1, A=10..Z=35, ``<``=0, modulo 10."""
    return str(sum(_char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(text)) % 10)


def _verify(field: str, data: str, digit: str, *, optional: bool = False) -> None:
    if optional and set(data) <= {"<"} and digit in ("<", "0"):
        return  # an empty optional field may carry "<" instead of a check digit
    if digit == "<" or check_digit(data) != digit:
        raise MrzError(field, "check digit does not match")


def resolve_birth(yymmdd: str, today: date | None = None) -> date:
    """A birth date is never in the future: the latest century that keeps it in the past."""
    today = today or date.today()
    yy, mm, dd = _split_date("date_of_birth", yymmdd)
    for century in (2000, 1900):
        candidate = _make_date("date_of_birth", century + yy, mm, dd)
        if candidate <= today:
            return candidate
    raise MrzError("date_of_birth", "lies in the future")  # pragma: no cover - 19yy always past


def resolve_expiry(yymmdd: str, today: date | None = None) -> date:
    """The century that puts the expiry within 50 years of today, either way: a long
    expired document still reads correctly, no document is valid for 50 years, and past
    2050 an expiry in the next century (2101 as "01") is read as such."""
    today = today or date.today()
    yy, mm, dd = _split_date("expiry", yymmdd)
    year = today.year - today.year % 100 + yy
    if year > today.year + EXPIRY_WINDOW_YEARS:
        year -= 100
    elif year <= today.year - EXPIRY_WINDOW_YEARS:
        year += 100
    return _make_date("expiry", year, mm, dd)


def _split_date(field: str, yymmdd: str) -> tuple[int, int, int]:
    if len(yymmdd) != 6 or not yymmdd.isdigit():
        raise MrzError(field, "date is incomplete or not numeric")
    return int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])


def _make_date(field: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise MrzError(field, "not a calendar date") from None


def _names(field: str) -> tuple[str, str]:
    """``ERIKSSON<<ANNA<MARIA<<<`` -> ("ERIKSSON", "ANNA MARIA")."""
    text = field.rstrip("<")
    if not text:
        raise MrzError("names", "no name")
    surname, _, given = text.partition("<<")
    surname = " ".join(surname.replace("<", " ").split())
    given = " ".join(given.replace("<", " ").split())
    if not surname:
        raise MrzError("names", "no primary identifier (surname)")
    return surname, given


def _code(field: str, text: str) -> str:
    code = text.replace("<", "")
    if not code or not code.isalpha():
        raise MrzError(field, "not a country code")
    return code


def _sex(text: str) -> str:
    if text in ("M", "F"):
        return text
    if text in ("<", "X"):
        return "X"  # unspecified (German ID cards leave it empty)
    raise MrzError("sex", f"{text!r} is not M, F or <")


@dataclass(frozen=True, repr=False)
class Mrz:
    """A parsed, check-digit verified MRZ. ``repr`` hides the personal data."""

    format: str  # "TD1" or "TD3"
    document_code: str  # "P", "ID", "I", "PP" ... without fillers
    kind: DocumentKind
    issuing_state: str  # "UTO", "D" (Germany uses D, not DEU)
    document_number: str  # without fillers, long TD1 numbers joined
    document_number_check: str
    birth_yymmdd: str
    birth_check: str
    expiry_yymmdd: str
    expiry_check: str
    date_of_birth: date
    expiry: date
    sex: str  # "M", "F" or "X" (unspecified)
    nationality: str
    surname: str
    given_names: str
    optional_data: str  # TD3 personal number / TD1 optional data 1, fillers removed
    optional_data_2: str  # TD1 only
    defects: tuple[str, ...] = ()  # check digits the document itself got wrong ("composite")

    @property
    def key(self) -> str:
        """The BAC/PACE MRZ key: ``docno+cd+birth+cd+expiry+cd`` (ICAO 9303-11, 9.7.1)."""
        return mrz_key(self.document_number, self.birth_yymmdd, self.expiry_yymmdd)

    def __repr__(self) -> str:
        return f"Mrz(format={self.format!r}, kind={self.kind.value!r})"

    __str__ = __repr__


def mrz_key(document_number: str, birth_yymmdd: str, expiry_yymmdd: str) -> str:
    """The MRZ information used as BAC key seed and PACE password.

    Short numbers are padded with ``<`` to 9 characters (``L898902C<``); longer TD1
    numbers are used in full with their check digit.
    """
    number = document_number.upper().ljust(9, "<")
    for field, value in (
        ("document_number", number),
        ("date_of_birth", birth_yymmdd),
        ("expiry", expiry_yymmdd),
    ):
        if not value or not _ALLOWED.match(value):
            raise MrzError(field, "contains characters not allowed in an MRZ")
    _split_date("date_of_birth", birth_yymmdd)
    _split_date("expiry", expiry_yymmdd)
    return (
        number
        + check_digit(number)
        + birth_yymmdd
        + check_digit(birth_yymmdd)
        + expiry_yymmdd
        + check_digit(expiry_yymmdd)
    )


def validate_mrz_key(key: str) -> str:
    """Check a typed or scanned MRZ key (all three check digits) before it reaches a card."""
    key = key.strip().upper()
    if len(key) < 24 or not _ALLOWED.match(key):
        raise MrzError("mrz_key", "expected document number, birth and expiry with check digits")
    number, tail = key[:-14], key[-14:]  # docno+cd | birth+cd+expiry+cd
    if not tail[0:6].isdigit() or not tail[7:13].isdigit():
        raise MrzError("mrz_key", "dates must be six digits")
    _verify("document_number", number[:-1], number[-1])
    _verify("date_of_birth", tail[0:6], tail[6])
    _verify("expiry", tail[7:13], tail[13])
    return key


def _lines(text: str | Sequence[str]) -> list[str]:
    if isinstance(text, str):
        parts = [p.strip() for p in text.strip().splitlines() if p.strip()]
        if len(parts) == 1:  # DG1 and some scanners deliver the MRZ as one string
            flat = parts[0]
            for width, count in ((30, 3), (44, 2)):
                if len(flat) == width * count:
                    return [flat[i * width : (i + 1) * width] for i in range(count)]
    else:
        parts = [str(p).strip() for p in text]
    return parts


def parse_mrz(
    text: str | Sequence[str], *, today: date | None = None, lenient_composite: bool = False
) -> Mrz:
    """Parse a TD1 (3x30) or TD3 (2x44) MRZ; raise :class:`MrzError` naming the field.

    ``lenient_composite``: a wrong (or ``<``) composite check digit is recorded in
    :attr:`Mrz.defects` instead of raised. Only for an MRZ read from the chip after access
    control: it came from the issuer as it is, and every field still has its own digit."""
    lines = _lines(text)
    for line in lines:
        if not _ALLOWED.match(line):
            raise MrzError("characters", "only A-Z, 0-9 and < may appear in an MRZ")
    shape = [len(line) for line in lines]
    if shape == [30, 30, 30]:
        mrz = _parse_td1(lines, today, lenient_composite)
    elif shape == [44, 44]:
        mrz = _parse_td3(lines, today, lenient_composite)
    else:
        raise MrzError("format", f"line lengths {shape} are neither TD1 (3x30) nor TD3 (2x44)")
    return mrz


def _composite(data: str, digit: str, lenient: bool) -> tuple[str, ...]:
    """The composite check (ICAO 9303-3, 4.9); its failure as a defect when lenient."""
    try:
        _verify("composite", data, digit)
    except MrzError:
        if not lenient:
            raise
        return ("composite",)
    return ()


def _kind(code: str, fmt: str) -> DocumentKind:
    if fmt == "TD3" and code.startswith("P"):
        return DocumentKind.PASSPORT
    if fmt == "TD1" and code[:1] in ("I", "A", "C"):
        return DocumentKind.ID_CARD
    raise MrzError("document_code", f"{code!r} is not a passport or ID card code for {fmt}")


def _parse_td3(lines: list[str], today: date | None, lenient: bool = False) -> Mrz:
    l1, l2 = lines
    code = l1[0:2].replace("<", "")
    kind = _kind(code, "TD3")
    number_field, number_cd = l2[0:9], l2[9]
    birth, birth_cd = l2[13:19], l2[19]
    expiry, expiry_cd = l2[21:27], l2[27]
    optional, optional_cd = l2[28:42], l2[42]
    _verify("document_number", number_field, number_cd)
    _verify("date_of_birth", birth, birth_cd)
    _verify("expiry", expiry, expiry_cd)
    _verify("optional_data", optional, optional_cd, optional=True)
    defects = _composite(l2[0:10] + l2[13:20] + l2[21:43], l2[43], lenient)
    surname, given = _names(l1[5:44])
    number = number_field.replace("<", "")
    if not number:
        raise MrzError("document_number", "empty")
    return Mrz(
        format="TD3",
        document_code=code,
        kind=kind,
        issuing_state=_code("issuing_state", l1[2:5]),
        document_number=number,
        document_number_check=number_cd,
        birth_yymmdd=birth,
        birth_check=birth_cd,
        expiry_yymmdd=expiry,
        expiry_check=expiry_cd,
        date_of_birth=resolve_birth(birth, today),
        expiry=resolve_expiry(expiry, today),
        sex=_sex(l2[20]),
        nationality=_code("nationality", l2[10:13]),
        surname=surname,
        given_names=given,
        optional_data=optional.replace("<", ""),
        optional_data_2="",
        defects=defects,
    )


def _parse_td1(lines: list[str], today: date | None, lenient: bool = False) -> Mrz:
    l1, l2, l3 = lines
    code = l1[0:2].replace("<", "")
    kind = _kind(code, "TD1")
    number_field, number_cd = l1[5:14], l1[14]
    optional1 = l1[15:30]
    if number_cd == "<" and number_field[-1] != "<":
        # Long document number (ICAO 9303-5, 4.2.2 note j): the overflow continues in the
        # optional data, its last character before the first filler is the check digit.
        overflow = optional1.split("<", 1)[0]
        if len(overflow) < 2:
            raise MrzError("document_number", "long number without overflow check digit")
        number_field, number_cd = number_field + overflow[:-1], overflow[-1]
        optional1 = optional1[len(overflow) :]
    birth, birth_cd = l2[0:6], l2[6]
    expiry, expiry_cd = l2[8:14], l2[14]
    _verify("document_number", number_field, number_cd)
    _verify("date_of_birth", birth, birth_cd)
    _verify("expiry", expiry, expiry_cd)
    defects = _composite(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29], lenient)
    surname, given = _names(l3)
    number = number_field.replace("<", "")
    if not number:
        raise MrzError("document_number", "empty")
    return Mrz(
        format="TD1",
        document_code=code,
        kind=kind,
        issuing_state=_code("issuing_state", l1[2:5]),
        document_number=number,
        document_number_check=number_cd,
        birth_yymmdd=birth,
        birth_check=birth_cd,
        expiry_yymmdd=expiry,
        expiry_check=expiry_cd,
        date_of_birth=resolve_birth(birth, today),
        expiry=resolve_expiry(expiry, today),
        sex=_sex(l2[7]),
        nationality=_code("nationality", l2[15:18]),
        surname=surname,
        given_names=given,
        optional_data=optional1.replace("<", ""),
        optional_data_2=l2[18:29].replace("<", ""),
        defects=defects,
    )
