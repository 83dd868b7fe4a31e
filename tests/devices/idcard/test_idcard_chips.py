"""Chips that behave differently from the project's own, end to end through pyscard ->
pcscd -> vpcd -> card emulator: each behaviour of :class:`emrtd_profiles.CardProfile`
(and of the emulator's silent chip) against the reader the kiosk uses.

What each emulated behaviour does is what ICAO 9303 / ISO 7816-4 let a real chip do; the
tests check the reader copes, keeps what it read, and says precisely what went wrong.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Iterator
from datetime import date

import emrtd_emulator as em
import pcsc_rig
import pytest

from devices.idcard.apdu import CardNotAnswering, ReaderError
from devices.idcard.reader import PcscReader

pytestmark = pytest.mark.timeout(120)

TODAY = date(2026, 11, 21)
PASSPORT_KEY = em.passport_profile().mrz_key
SELECT_BY_FID = bytes([0xA4, 0x02, 0x0C])
SFI_READ = re.compile(r"B0 [89][0-9A-F] ")


@pytest.fixture(scope="module")
def rig() -> Iterator[pcsc_rig.PcscRig]:
    pcsc_rig.require()
    with pcsc_rig.PcscRig() as running:
        yield running


@contextlib.contextmanager
def on_reader(rig: pcsc_rig.PcscRig, profile: em.CardProfile) -> Iterator[em.EmrtdEmulator]:
    emulator = em.EmrtdEmulator(profile, port=rig.port).start()
    try:
        assert emulator.wait_connected(10), f"vpcd did not accept the card:\n{rig.tail()}"
        pcsc_rig.wait_card(rig.reader, True)
        yield emulator
    finally:
        emulator.stop()
        pcsc_rig.wait_card(rig.reader, False)


def access_runs(chip: em.Chip) -> int:
    """How often access control ran: BAC's EXTERNAL AUTHENTICATE or PACE's MSE:Set AT."""
    return sum(1 for c in chip.commands if c[0] in (0x82, 0x22))


# -- 1. files without short file identifiers ---------------------------------------------


@pytest.mark.parametrize("plain_errors", [True, False], ids=["error-in-clear", "error-protected"])
def test_chip_without_sfi_is_read_by_select(rig: pcsc_rig.PcscRig, plain_errors: bool) -> None:
    profile = em.id_card_profile().but(sfi=False, plain_errors=plain_errors)
    with on_reader(rig, profile) as card:
        identity = PcscReader(rig.reader).read(can="123456", want_photo=True, today=TODAY)
        commands = card.chip.commands
    assert (identity.surname, identity.document_number) == ("MUSTERMANN", "LZ6311T47")
    assert identity.photo is not None and identity.unread == ()
    assert SELECT_BY_FID in commands  # EF.COM, DG1, DG2 (and EF.CardAccess) by SELECT
    # One failed SFI read teaches the reader; an error in the clear costs one re-opening.
    assert access_runs(card.chip) == (2 if plain_errors else 1)


# -- 2. optional data groups fail alone --------------------------------------------------


def test_missing_dg11_with_plain_error_keeps_dg1_and_reads_the_photo(
    rig: pcsc_rig.PcscRig,
) -> None:
    profile = em.passport_profile(dg11=False).but(plain_errors=True)  # EF.COM still lists it
    with on_reader(rig, profile) as card:
        identity = PcscReader(rig.reader).read(mrz_key=PASSPORT_KEY, want_photo=True, today=TODAY)
        runs = access_runs(card.chip)
    assert (identity.surname, identity.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert identity.place_of_birth is None and identity.photo is not None
    assert identity.unread == ()  # absent, not failed
    assert runs >= 2  # BAC ran again after the chip ended secure messaging


@pytest.mark.parametrize("at", [3, 5, 12], ids=["in-EF.COM", "in-DG1", "in-DG2"])
def test_chip_dropping_its_session_is_opened_again(rig: pcsc_rig.PcscRig, at: int) -> None:
    """The chip forgets its session keys and answers the next protected command with a
    plain 6988; the reader runs BAC again and repeats the file."""
    profile = em.passport_profile().but(drop_session_after=at)
    with on_reader(rig, profile) as card:
        identity = PcscReader(rig.reader).read(mrz_key=PASSPORT_KEY, want_photo=True, today=TODAY)
        runs = access_runs(card.chip)
    assert identity.place_of_birth == "ZENITH" and identity.photo is not None
    assert identity.unread == ()
    assert runs == 2


def test_failing_photo_leaves_the_rest(
    rig: pcsc_rig.PcscRig, caplog: pytest.LogCaptureFixture
) -> None:
    """The card is lifted while DG2 is read: what DG1 and DG11 gave is kept."""
    with on_reader(rig, em.passport_profile()) as card:
        card.pull_after(20)  # BAC (2) + SELECT AID + EF.COM, DG1, DG11 (~12) + into DG2
        identity = PcscReader(rig.reader).read(mrz_key=PASSPORT_KEY, want_photo=True, today=TODAY)
        card.insert_card()
    assert identity.surname == "ERIKSSON" and identity.place_of_birth == "ZENITH"
    assert identity.photo is None and identity.unread == ("DG2",)
    (record,) = [r for r in caplog.records if r.getMessage() == "optional data group not read"]
    assert record.fields["file"] == "DG2" and record.fields["apdus"]  # type: ignore[attr-defined]


# -- 3. DG2 header with a wide long-form length -------------------------------------------


def test_dg2_with_five_byte_header(rig: pcsc_rig.PcscRig) -> None:
    profile = em.passport_profile(dg2_length_bytes=3)
    assert profile.files[0x0102][:2] == b"\x75\x83"  # tag + 3 length bytes: 5-byte header
    with on_reader(rig, profile):
        identity = PcscReader(rig.reader).read(mrz_key=PASSPORT_KEY, want_photo=True, today=TODAY)
    assert identity.photo is not None and len(identity.photo) == 15_000


# -- 4. failures name what is missing and leave an APDU trace ----------------------------


def test_failed_read_logs_the_apdu_trace_without_data(
    rig: pcsc_rig.PcscRig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="devices.idcard.document")
    with on_reader(rig, em.id_card_profile()), contextlib.suppress(Exception):
        PcscReader(rig.reader).read(can="654321", today=TODAY)
    (record,) = [r for r in caplog.records if r.getMessage() == "id document read failed"]
    lines = record.fields["apdus"]  # type: ignore[attr-defined]
    assert lines and all(
        re.fullmatch(
            r"[0-9A-F]{2}( [0-9A-F]{2}){3} Lc=\d+ Le=(\d+|-) -> \d+ bytes "
            r"([0-9A-F]{4}|----) \(\d+\.\d ms\)",
            line,
        )
        for line in lines
    ), lines
    assert lines[-1].startswith("00 86 00 00") and " 63C" in lines[-1]  # the refused token


# -- 5. input first; a defective MRZ still reads -----------------------------------------


def test_no_key_is_refused_before_the_card_is_touched(rig: pcsc_rig.PcscRig) -> None:
    with on_reader(rig, em.id_card_profile()) as card:
        before = card.apdus
        start = time.monotonic()
        with pytest.raises(ValueError, match="CAN or an MRZ key"):
            PcscReader(rig.reader).read()
        assert time.monotonic() - start < 0.05
        assert card.apdus == before
    with pytest.raises(ValueError):  # not NoReader: the reader is not even looked up
        PcscReader("No Such Reader").read(can="", mrz_key="")


@pytest.mark.parametrize("digit", ["<", "7"])
def test_broken_composite_check_digit_is_a_reported_defect(
    rig: pcsc_rig.PcscRig, digit: str, caplog: pytest.LogCaptureFixture
) -> None:
    with on_reader(rig, em.passport_profile(composite_digit=digit)):
        identity = PcscReader(rig.reader).read(mrz_key=PASSPORT_KEY, today=TODAY)
    assert identity.defects == ("composite",)
    assert identity.document_number == "L898902C3" and identity.date_of_birth == date(1974, 8, 12)
    assert any("wrong check digit" in r.getMessage() for r in caplog.records)


# -- 6. a chip that stops answering ------------------------------------------------------


def test_silent_chip_releases_the_reader_when_the_reader_gives_up(
    rig: pcsc_rig.PcscRig,
) -> None:
    with on_reader(rig, em.id_card_profile()) as card:
        reader = PcscReader(rig.reader, timeout=1.0)
        card.hang_after(8, reader_gives_up_s=1.5)
        start = time.monotonic()
        with pytest.raises(CardNotAnswering, match="no answer within 1 s"):
            reader.read(can="123456", today=TODAY)
        assert time.monotonic() - start < 2.5
        # At once again: the reader waits for the old connection to be released.
        identity = reader.read(can="123456", today=TODAY)
    assert identity.surname == "MUSTERMANN"


def test_chip_silent_for_good_says_so_instead_of_reader_in_use(rig: pcsc_rig.PcscRig) -> None:
    with on_reader(rig, em.id_card_profile()) as card:
        reader = PcscReader(rig.reader, timeout=1.0)
        card.hang_after(8)
        with pytest.raises(CardNotAnswering):
            reader.read(can="123456", today=TODAY)
        with pytest.raises(CardNotAnswering, match="take it off the reader") as err:
            reader.read(can="123456", today=TODAY)
        assert "in use" not in str(err.value)
        card.pull_card()  # the citizen lifts the card: the stuck exchange ends
        pcsc_rig.wait_card(rig.reader, False)
        card.insert_card()
        pcsc_rig.wait_card(rig.reader, True)
        assert reader.read(can="123456", today=TODAY).given_names == "ERIKA"


def test_timeout_is_a_reader_error_for_callers_that_only_know_that() -> None:
    assert issubclass(CardNotAnswering, ReaderError)


# -- 8. the address in DG11 --------------------------------------------------------------


def test_dg11_address(rig: pcsc_rig.PcscRig) -> None:
    with on_reader(rig, em.passport_profile(address=em.SPECIMEN_ADDRESS)):
        identity = PcscReader(rig.reader).read(mrz_key=PASSPORT_KEY, today=TODAY)
    assert identity.address == "SPECIMEN STREET 1, ZENITH, 12345"
    assert "SPECIMEN" not in repr(identity)
