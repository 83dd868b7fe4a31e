"""MRZ parsing of the specimens with every check digit verified, rejection of a wrong
digit with the failing field named, century resolution, and robustness on garbage."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.idcard.mrz import (
    DocumentKind,
    MrzError,
    check_digit,
    mrz_key,
    parse_mrz,
    resolve_birth,
    resolve_expiry,
    validate_mrz_key,
)
from devices.idcard.simulated import SPECIMEN_ID_CARD_MRZ, SPECIMEN_PASSPORT_MRZ

TODAY = date(2026, 11, 21)

# ICAO Doc 9303 part 4 specimen passport (TD3).
TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
# ICAO Doc 9303 part 5 specimen ID card (TD1).
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
# German ID card specimen (2021 model), ERIKA MUSTERMANN.
GERMAN = (
    "IDD<<LZ6311T475<<<<<<<<<<<<<<<",
    "8308126<3110315D<<2108<<<<<<<9",
    "MUSTERMANN<<ERIKA<<<<<<<<<<<<<",
)


def test_check_digits_of_the_appendix_examples() -> None:
    assert check_digit("L898902C<") == "3"
    assert check_digit("690806") == "1"
    assert check_digit("940623") == "6"
    assert check_digit("520727") == "3"  # ICAO 9303-3 worked example
    assert mrz_key("L898902C", "690806", "940623") == "L898902C<369080619406236"
    assert mrz_key("T22000129", "640812", "101031") == "T22000129364081251010318"


def test_icao_specimen_passport() -> None:
    mrz = parse_mrz(TD3, today=TODAY)
    assert mrz.format == "TD3" and mrz.kind is DocumentKind.PASSPORT
    assert (mrz.surname, mrz.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert mrz.document_number == "L898902C3"
    assert mrz.issuing_state == "UTO" and mrz.nationality == "UTO"
    assert mrz.date_of_birth == date(1974, 8, 12)
    assert mrz.expiry == date(2012, 4, 15)
    assert mrz.sex == "F"
    assert mrz.optional_data == "ZE184226B"
    assert mrz.key == "L898902C3674081221204159"
    assert SPECIMEN_PASSPORT_MRZ == TD3


def test_icao_specimen_id_card_and_one_string_form() -> None:
    mrz = parse_mrz("".join(TD1), today=TODAY)  # as DG1 stores it
    assert mrz.format == "TD1" and mrz.kind is DocumentKind.ID_CARD
    assert mrz.document_number == "D23145890"
    assert (mrz.surname, mrz.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert mrz.date_of_birth == date(1974, 8, 12) and mrz.expiry == date(2012, 4, 15)


def test_german_specimen_id_card() -> None:
    mrz = parse_mrz("\n".join(GERMAN) + "\n", today=TODAY)
    assert (mrz.surname, mrz.given_names) == ("MUSTERMANN", "ERIKA")
    assert mrz.issuing_state == "D" and mrz.nationality == "D"
    assert mrz.document_number == "LZ6311T47"
    assert mrz.date_of_birth == date(1983, 8, 12) and mrz.expiry == date(2031, 10, 31)
    assert mrz.sex == "X"  # German ID cards leave the sex empty
    assert mrz.optional_data_2 == "2108"
    assert SPECIMEN_ID_CARD_MRZ == GERMAN


def test_td1_long_document_number() -> None:
    # ICAO 9303-5 example: D23145890734 with check digit 9 in the optional data field.
    line1 = "I<UTOD23145890<7349<<<<<<<<<<<"
    line2 = "7408122F1204159UTO<<<<<<<<<<<"
    composite = check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    mrz = parse_mrz([line1, line2 + composite, TD1[2]], today=TODAY)
    assert mrz.document_number == "D23145890734"
    assert mrz.key == "D23145890734974081221204159"


@pytest.mark.parametrize(
    ("lines", "position", "field"),
    [
        (TD3, (1, 9), "document_number"),
        (TD3, (1, 19), "date_of_birth"),
        (TD3, (1, 27), "expiry"),
        (TD3, (1, 42), "optional_data"),
        (TD3, (1, 43), "composite"),
        (GERMAN, (0, 14), "document_number"),
        (GERMAN, (1, 6), "date_of_birth"),
        (GERMAN, (1, 14), "expiry"),
        (GERMAN, (1, 29), "composite"),
    ],
)
def test_a_wrong_check_digit_names_its_field(
    lines: tuple[str, ...], position: tuple[int, int], field: str
) -> None:
    row, col = position
    changed = list(lines)
    digit = changed[row][col]
    changed[row] = changed[row][:col] + str((int(digit) + 1) % 10) + changed[row][col + 1 :]
    with pytest.raises(MrzError) as err:
        parse_mrz(changed, today=TODAY)
    assert err.value.field == field


def test_a_misread_character_is_caught_by_a_check_digit() -> None:
    misread = (TD3[0], TD3[1].replace("L898902C3", "L898902C8"))
    with pytest.raises(MrzError, match="document_number"):
        parse_mrz(misread, today=TODAY)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("", "format"),
        ("P<UTO", "format"),
        (TD3[0] + "\n" + TD3[1].lower(), "characters"),
        (TD3[0] + "\n" + TD3[1][:-1], "format"),
        ("V<UTO" + TD3[0][5:] + "\n" + TD3[1], "document_code"),
    ],
)
def test_structural_errors(text: str, field: str) -> None:
    with pytest.raises(MrzError) as err:
        parse_mrz(text, today=TODAY)
    assert err.value.field == field


def test_invalid_calendar_date() -> None:
    line2 = "L898902C36UTO7413322F1204159ZE184226B<<<<<1"
    line2 = line2[:19] + check_digit("741332") + line2[20:]
    line2 = line2[:43] + check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    with pytest.raises(MrzError) as err:
        parse_mrz([TD3[0], line2], today=TODAY)
    assert err.value.field == "date_of_birth"


def test_centuries() -> None:
    assert resolve_birth("260101", TODAY) == date(2026, 1, 1)
    assert resolve_birth("261231", TODAY) == date(1926, 12, 31)  # not born in the future
    assert resolve_birth("990101", TODAY) == date(1999, 1, 1)
    assert resolve_expiry("310101", TODAY) == date(2031, 1, 1)
    assert resolve_expiry("940623", TODAY) == date(1994, 6, 23)  # long expired
    assert resolve_expiry("760101", TODAY) == date(2076, 1, 1)
    assert resolve_expiry("770101", TODAY) == date(1977, 1, 1)


def test_mrz_key_validation() -> None:
    assert validate_mrz_key(" l898902c<369080619406236 ") == "L898902C<369080619406236"
    for bad in (
        "L898902C<469080619406236",
        "L898902C<369080629406236",
        "L898902C<369080619406237",
        "L898902C",
        "L898902C<3690806194062X6",
    ):
        with pytest.raises(MrzError):
            validate_mrz_key(bad)


def test_repr_hides_personal_data() -> None:
    mrz = parse_mrz(TD3, today=TODAY)
    assert "ERIKSSON" not in repr(mrz) and "L898902C3" not in str(mrz)


# -- robustness ---------------------------------------------------------------------------

mrz_chars = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_any_text_parses_or_raises_mrz_error(text: str) -> None:
    with contextlib.suppress(MrzError):
        parse_mrz(text, today=TODAY)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from([TD3, TD1, GERMAN]), st.data())
def test_mutated_specimens_never_crash(lines: tuple[str, ...], data: st.DataObject) -> None:
    changed = list(lines)
    for _ in range(data.draw(st.integers(1, 4))):
        row = data.draw(st.integers(0, len(changed) - 1))
        col = data.draw(st.integers(0, len(changed[row]) - 1))
        changed[row] = changed[row][:col] + data.draw(mrz_chars) + changed[row][col + 1 :]
    try:
        mrz = parse_mrz(changed, today=TODAY)
    except MrzError:
        return
    assert mrz.surname and mrz.document_number
    validate_mrz_key(mrz.key)  # whatever parsed has a consistent key


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(mrz_chars, min_size=30, max_size=30), min_size=3, max_size=3))
def test_random_td1_shaped_input(lines: list[str]) -> None:
    with contextlib.suppress(MrzError):
        parse_mrz(lines, today=TODAY)


@pytest.mark.parametrize("digit", ["<", "1"])
def test_lenient_composite_is_a_defect_not_an_error(digit: str) -> None:
    line1, line2 = SPECIMEN_PASSPORT_MRZ
    broken = [line1, line2[:-1] + digit]
    with pytest.raises(MrzError, match="check digit") as err:
        parse_mrz(broken, today=TODAY)
    assert err.value.field == "composite"
    mrz = parse_mrz(broken, today=TODAY, lenient_composite=True)
    assert mrz.defects == ("composite",) and mrz.document_number == "L898902C3"
    assert parse_mrz(SPECIMEN_PASSPORT_MRZ, today=TODAY, lenient_composite=True).defects == ()
    number_broken = [line1, "L898902C37" + line2[10:]]
    with pytest.raises(MrzError) as err:  # a field's own digit stays strict
        parse_mrz(number_broken, today=TODAY, lenient_composite=True)
    assert err.value.field == "document_number"
