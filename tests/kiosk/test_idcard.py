"""The configured card reader and what its presence events mean for the ID step
(kiosk.idcard). PC/SC itself is tested through pcscd in tests/devices/idcard."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from devices.idcard.reader import PcscReader
from devices.idcard.simulated import SimulatedReader
from kiosk import config
from kiosk.idcard import PRESENCE, card_reader_from, watch_cards


def with_kind(tmp_path: Path, kind: str, reader: str = "") -> config.Config:
    cfg = config.load_demo(str(tmp_path / "state"))
    section = dataclasses.replace(cfg.cardreader, kind=kind, reader=reader)
    return dataclasses.replace(cfg, cardreader=section)


def test_reader_per_kind(tmp_path: Path) -> None:
    assert isinstance(card_reader_from(with_kind(tmp_path, "simulated")), SimulatedReader)
    pcsc = card_reader_from(with_kind(tmp_path, "pcsc", "Virtual PCD"))
    assert isinstance(pcsc, PcscReader) and pcsc.name == "Virtual PCD"
    assert card_reader_from(with_kind(tmp_path, "none")) is None


def test_simulated_reader_reports_cards_as_they_come_and_go(tmp_path: Path) -> None:
    cfg = with_kind(tmp_path, "simulated")
    reader = card_reader_from(cfg)
    assert isinstance(reader, SimulatedReader)
    seen: list[str] = []
    stop = watch_cards(cfg, reader, seen.append)
    assert stop is not None
    reader.remove()
    reader.insert("passport")
    assert seen == ["no_card", "card"] and set(seen) <= set(PRESENCE)
    stop()
    reader.remove()
    assert seen == ["no_card", "card"]  # stopped: nothing more


def test_no_events_without_a_reader(tmp_path: Path) -> None:
    assert watch_cards(with_kind(tmp_path, "none"), None, print) is None
