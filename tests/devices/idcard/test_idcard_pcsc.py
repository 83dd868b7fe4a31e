"""End to end through the real PC/SC stack: pyscard -> pcscd -> vpcd -> card emulator.

Each test puts a card on the virtual reader, reads it the way the kiosk does and checks
that every failure (card pulled mid-read, wrong CAN, silent card, emulator or pcscd
restarted) ends in the right exception within a bounded time and that the next read
works again. Needs pcscd and vsmartcard-vpcd (see tests/support/pcsc_rig.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date

import emrtd_emulator as em
import pcsc_rig
import pytest

from devices.idcard.apdu import CardRemoved, NoReader, ReaderError, WrongCan
from devices.idcard.document import read_document
from devices.idcard.mrz import DocumentKind
from devices.idcard.presence import PresenceEvent, PresenceKind, PresenceWatcher
from devices.idcard.reader import PcscReader, list_readers

pytestmark = pytest.mark.timeout(90)

TODAY = date(2026, 11, 21)
PASSPORT_KEY = em.passport_profile().mrz_key


@pytest.fixture(scope="module")
def rig() -> Iterator[pcsc_rig.PcscRig]:
    pcsc_rig.require()
    with pcsc_rig.PcscRig() as running:
        yield running


@pytest.fixture(autouse=True)
def pcscd_running(request: pytest.FixtureRequest) -> None:
    """A test that stopped pcscd and failed must not take the next ones with it."""
    if "rig" in request.fixturenames:
        rig = request.getfixturevalue("rig")
        if not rig.running:
            rig.start()


def wait_card(reader: PcscReader, present: bool, timeout: float = 5.0) -> float:
    """Until pcscd reports the card present/absent (it polls vpcd every 400 ms)."""
    start = time.monotonic()
    while reader.card_present() != present:
        if time.monotonic() - start > timeout:
            raise AssertionError(f"card {'never came' if present else 'never left'}")
        time.sleep(0.02)
    return time.monotonic() - start


def card_on_reader(rig: pcsc_rig.PcscRig, profile: em.CardProfile) -> Iterator[em.EmrtdEmulator]:
    emulator = em.EmrtdEmulator(profile, port=rig.port).start()
    reader = PcscReader(rig.reader)
    try:
        assert emulator.wait_connected(5)
        wait_card(reader, True)
        yield emulator
    finally:
        emulator.stop()
        if rig.running:
            wait_card(reader, False)


@pytest.fixture
def id_card(rig: pcsc_rig.PcscRig) -> Iterator[em.EmrtdEmulator]:
    yield from card_on_reader(rig, em.id_card_profile())


@pytest.fixture
def passport(rig: pcsc_rig.PcscRig) -> Iterator[em.EmrtdEmulator]:
    yield from card_on_reader(rig, em.passport_profile())


def test_pace_reads_dg1_of_the_id_card(rig: pcsc_rig.PcscRig, id_card: em.EmrtdEmulator) -> None:
    assert rig.reader in list_readers()
    reader = PcscReader(rig.reader)
    with reader.connect() as connection:
        assert connection.atr == id_card.chip.profile.atr
        identity = read_document(connection, "123456", None, today=TODAY)
    assert (identity.surname, identity.given_names) == ("MUSTERMANN", "ERIKA")
    assert identity.document_kind is DocumentKind.ID_CARD
    assert identity.document_number == "LZ6311T47"
    assert [c[0] for c in id_card.chip.commands].count(0x86) == 4  # PACE, not BAC


def test_bac_reads_dg1_of_the_passport(rig: pcsc_rig.PcscRig, passport: em.EmrtdEmulator) -> None:
    identity = PcscReader("Virtual PCD 00 00").read(mrz_key=PASSPORT_KEY, today=TODAY)
    assert (identity.surname, identity.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert identity.place_of_birth == "ZENITH" and identity.expired
    assert 0x82 in [c[0] for c in passport.chip.commands]  # EXTERNAL AUTHENTICATE = BAC


def test_photo_through_pcscd(rig: pcsc_rig.PcscRig, id_card: em.EmrtdEmulator) -> None:
    identity = PcscReader(rig.reader).read(can="123456", want_photo=True, today=TODAY)
    assert identity.photo is not None and len(identity.photo) == 15_000


def test_card_pulled_mid_read_is_card_removed_without_hanging(
    rig: pcsc_rig.PcscRig, id_card: em.EmrtdEmulator
) -> None:
    reader = PcscReader(rig.reader, timeout=5.0)
    id_card.pull_after(9)  # during PACE / the first file reads
    start = time.monotonic()
    with pytest.raises(CardRemoved):
        reader.read(can="123456", today=TODAY)
    assert time.monotonic() - start < 3.0
    wait_card(reader, False)
    with pytest.raises(CardRemoved):
        reader.read(can="123456", today=TODAY)  # no card: refused at once
    id_card.insert_card()
    wait_card(reader, True)
    assert reader.read(can="123456", today=TODAY).surname == "MUSTERMANN"


def test_wrong_can_three_times(rig: pcsc_rig.PcscRig, id_card: em.EmrtdEmulator) -> None:
    reader = PcscReader(rig.reader)
    counters = []
    for can in ("000000", "654321", "123457"):
        with pytest.raises(WrongCan) as err:
            reader.read(can=can, today=TODAY)
        counters.append((err.value.sw, err.value.retries_left))
    assert counters == [(0x63C2, 2), (0x63C1, 1), (0x63C0, 0)]
    assert reader.read(can="123456", today=TODAY).given_names == "ERIKA"


def test_emulator_restarted(rig: pcsc_rig.PcscRig, id_card: em.EmrtdEmulator) -> None:
    reader = PcscReader(rig.reader)
    assert reader.read(can="123456", today=TODAY).surname == "MUSTERMANN"
    with reader.connect() as connection:
        read_document(connection, "123456", None, today=TODAY)
        id_card.restart()  # the card process dies and comes back as a new card
        start = time.monotonic()
        with pytest.raises((CardRemoved, ReaderError)):
            read_document(connection, "123456", None, today=TODAY)
        assert time.monotonic() - start < 3.0
    assert id_card.wait_connected(5)
    wait_card(reader, True)
    assert reader.read(can="123456", today=TODAY).surname == "MUSTERMANN"


def test_pcscd_restarted(rig: pcsc_rig.PcscRig, id_card: em.EmrtdEmulator) -> None:
    reader = PcscReader(rig.reader)
    connection = reader.connect()
    try:
        rig.stop()
        start = time.monotonic()
        with pytest.raises(ReaderError):  # NoReader or CardRemoved, depending on timing
            read_document(connection, "123456", None, today=TODAY)
        assert time.monotonic() - start < 3.0
    finally:
        connection.close()
    with pytest.raises(NoReader, match="not running"):
        list_readers()
    with pytest.raises(NoReader):
        reader.read(can="123456", today=TODAY)
    assert not reader.card_present()
    rig.start()
    assert id_card.wait_connected(5)  # the emulator reconnects to the new vpcd by itself
    wait_card(reader, True)
    assert reader.read(can="123456", today=TODAY).surname == "MUSTERMANN"


def test_silent_card_times_out(rig: pcsc_rig.PcscRig, id_card: em.EmrtdEmulator) -> None:
    reader = PcscReader(rig.reader, timeout=1.0)
    id_card.hang_after(6)
    start = time.monotonic()
    with pytest.raises(ReaderError, match="no answer within 1 s"):
        reader.read(can="123456", today=TODAY)
    assert time.monotonic() - start < 2.5
    id_card.pull_card()  # frees pcscd's driver, which waits for the card without a timeout
    wait_card(reader, False)
    id_card.insert_card()
    wait_card(reader, True)
    assert reader.read(can="123456", today=TODAY).surname == "MUSTERMANN"


def test_unknown_reader_is_no_reader(rig: pcsc_rig.PcscRig) -> None:
    with pytest.raises(NoReader, match="not connected"):
        PcscReader("Acme Reader 9000").read(can="123456")


class Events:
    def __init__(self) -> None:
        self.items: list[PresenceEvent] = []
        self.changed = threading.Condition()

    def __call__(self, event: PresenceEvent) -> None:
        with self.changed:
            self.items.append(event)
            self.changed.notify_all()

    def wait_for(self, kind: PresenceKind, after: int = 0, timeout: float = 5.0) -> int:
        """Index of the first ``kind`` event at or after ``after``."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for i, event in enumerate(self.items[after:], after):
                    if event.kind is kind:
                        return i
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {kind} after #{after}: {self.items}")
                self.changed.wait(left)


def test_presence_watcher_follows_card_reader_and_pcscd(
    rig: pcsc_rig.PcscRig, capfd: pytest.CaptureFixture[str]
) -> None:
    events = Events()
    emulator = em.EmrtdEmulator(em.id_card_profile(), port=rig.port)
    watcher = PresenceWatcher(events, retry_s=0.2, reader_filter=rig.reader).start()
    try:
        assert rig.reader in watcher.readers() and not watcher.cards()
        emulator.start()
        i = events.wait_for(PresenceKind.CARD_INSERTED)
        assert events.items[i].reader == rig.reader
        emulator.pull_card()
        i = events.wait_for(PresenceKind.CARD_REMOVED, i)
        emulator.insert_card()
        i = events.wait_for(PresenceKind.CARD_INSERTED, i)
        starts = watcher.connects

        rig.stop()  # pcscd gone: the blocked SCardGetStatusChange returns an error
        j = events.wait_for(PresenceKind.SERVICE_LOST, i)
        kinds = [e.kind for e in events.items[i + 1 : j + 1]]
        assert kinds == [
            PresenceKind.CARD_REMOVED,
            PresenceKind.READER_REMOVED,
            PresenceKind.SERVICE_LOST,
        ]
        assert not watcher.service_running
        rig.start()
        j = events.wait_for(PresenceKind.SERVICE_BACK, j)
        j = events.wait_for(PresenceKind.READER_ADDED, j)
        j = events.wait_for(PresenceKind.CARD_INSERTED, j)
        assert watcher.connects > starts  # a new PC/SC context
        emulator.pull_card()  # and the new context reports changes again
        j = events.wait_for(PresenceKind.CARD_REMOVED, j)

        connects = watcher.connects
        rig.restart()  # a quick restart: the old context dies, a new one is made
        emulator.insert_card()
        j = events.wait_for(PresenceKind.CARD_INSERTED, j, timeout=8)
        assert watcher.connects > connects
        emulator.pull_card()
        events.wait_for(PresenceKind.CARD_REMOVED, j)
    finally:
        watcher.stop()
        emulator.stop()
    assert "Traceback" not in capfd.readouterr().err  # pcscd stopping prints nothing


def test_the_apps_card_watch_follows_card_and_pcscd(tmp_path, rig: pcsc_rig.PcscRig) -> None:
    """What the ID step gets (kiosk.idcard.watch_cards with [cardreader] kind = "pcsc"):
    card placed and lifted, no reader while pcscd is gone, the reader back after it."""
    import dataclasses

    from kiosk import config as kiosk_config
    from kiosk.idcard import card_reader_from, watch_cards

    cfg = kiosk_config.load_demo(str(tmp_path / "state"))
    cfg = dataclasses.replace(
        cfg, cardreader=dataclasses.replace(cfg.cardreader, kind="pcsc", reader=rig.reader)
    )
    seen: list[str] = []
    changed = threading.Condition()

    def on_change(what: str) -> None:
        with changed:
            seen.append(what)
            changed.notify_all()

    def wait_for(what: str, after: int) -> int:
        with changed:
            assert changed.wait_for(lambda: what in seen[after:], timeout=8), seen
            return seen.index(what, after) + 1

    emulator = em.EmrtdEmulator(em.id_card_profile(), port=rig.port)
    stop = watch_cards(cfg, card_reader_from(cfg), on_change)
    assert stop is not None
    try:
        i = wait_for("reader", 0)
        emulator.start()
        i = wait_for("card", i)
        emulator.pull_card()
        i = wait_for("no_card", i)
        rig.stop()
        i = wait_for("no_reader", i)
        rig.start()
        i = wait_for("reader", i)
        emulator.insert_card()
        wait_for("card", i)
        start = time.monotonic()
        stop()  # wakes the watcher's wait at once (SCardCancel), whatever it was doing
        assert time.monotonic() - start < 1.0
    finally:
        stop()
        emulator.stop()
