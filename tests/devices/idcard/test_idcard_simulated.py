"""The demo reader: the two specimens, the same checks and exceptions as a real reader,
and a delay that can be switched off for tests."""

from __future__ import annotations

from datetime import date

import pytest

from devices.idcard.apdu import CardRemoved, PasswordRequired, WrongCan
from devices.idcard.document import DocumentReader
from devices.idcard.mrz import DocumentKind, MrzError, parse_mrz
from devices.idcard.simulated import (
    SPECIMEN_ID_CARD_MRZ,
    SPECIMEN_PASSPORT_MRZ,
    SPECIMEN_PHOTO,
    SimulatedReader,
)

TODAY = date(2026, 11, 21)
PASSPORT_KEY = parse_mrz(SPECIMEN_PASSPORT_MRZ).key
ID_KEY = parse_mrz(SPECIMEN_ID_CARD_MRZ).key


def reader(document: str | None = "id_card") -> tuple[SimulatedReader, list[float]]:
    slept: list[float] = []
    return SimulatedReader(document, sleep=slept.append), slept


def test_is_a_document_reader() -> None:
    sim: DocumentReader = SimulatedReader(sleep=lambda s: None)
    assert sim.card_present()


def test_id_card_with_can_takes_a_realistic_time() -> None:
    sim, slept = reader()
    steps: list[str] = []
    identity = sim.read(can="123456", want_photo=True, today=TODAY, progress=steps.append)
    assert (identity.surname, identity.given_names) == ("MUSTERMANN", "ERIKA")
    assert identity.document_kind is DocumentKind.ID_CARD and not identity.expired
    assert identity.photo == SPECIMEN_PHOTO and identity.photo.startswith(b"\xff\xd8")
    assert steps == ["access", "dg1", "photo"]
    assert 0.5 <= sum(slept) <= 5.0


def test_passport_needs_the_mrz_key() -> None:
    sim, _ = reader("passport")
    with pytest.raises(PasswordRequired):
        sim.read(can="123456")
    identity = sim.read(mrz_key=PASSPORT_KEY, today=TODAY)
    assert identity.surname == "ERIKSSON" and identity.place_of_birth == "ZENITH"
    assert identity.expired and identity.date_of_birth == date(1974, 8, 12)
    with pytest.raises(WrongCan) as err:
        sim.read(mrz_key="L898902C<369080619406236")
    assert err.value.password == "mrz"


def test_wrong_can_counts_down_and_a_right_one_resets() -> None:
    sim, _ = reader()
    left = []
    for _ in range(3):
        with pytest.raises(WrongCan) as err:
            sim.read(can="000000")
        left.append(err.value.retries_left)
    assert left == [2, 1, 0]
    assert sim.read(can="123456").surname == "MUSTERMANN"
    assert sim.read(mrz_key=ID_KEY).surname == "MUSTERMANN"  # PACE with the MRZ works too


def test_card_removed_and_no_card() -> None:
    sim, _ = reader()
    sim.fail_next = "card_removed"
    with pytest.raises(CardRemoved):
        sim.read(can="123456")
    assert sim.read(can="123456").surname == "MUSTERMANN"  # only once
    sim.remove()
    assert not sim.card_present()
    with pytest.raises(CardRemoved):
        sim.read(can="123456")
    sim.insert("passport")
    assert sim.document == "passport"


def test_card_taken_away_during_the_delay() -> None:
    sim = SimulatedReader("id_card", sleep=lambda s: sim.remove())
    with pytest.raises(CardRemoved):
        sim.read(can="123456")


def test_input_checks() -> None:
    sim, _ = reader()
    with pytest.raises(ValueError):
        sim.read(can="12345a")
    with pytest.raises(MrzError):
        sim.read(mrz_key="L898902C<369080619406230")
    with pytest.raises(ValueError):
        SimulatedReader("driving_licence")
