"""Retention removes what is older than its time, and tells how old the oldest item is."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.privacy.retention import PrintedFiles, enforce, oldest_items

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def pdf(folder: Path, name: str, age: timedelta) -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.4\nMax Mustermann, Quittenweg 7\n%%EOF\n")
    stamp = (NOW - age).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_printed_files_older_than_their_time_are_removed(tmp_path: Path) -> None:
    old = pdf(tmp_path, "receipt-old.pdf", timedelta(days=2))
    fresh = pdf(tmp_path, "ticket-new.pdf", timedelta(hours=3))
    store = PrintedFiles(tmp_path, timedelta(days=1))
    assert oldest_items([store], NOW) == [("printed files", timedelta(days=2), True)]
    [report] = enforce([store], NOW)
    assert (report.removed, report.oldest_left) == (1, NOW - timedelta(hours=3))
    assert not old.exists() and fresh.exists()
    assert oldest_items([store], NOW) == [("printed files", timedelta(hours=3), False)]


def test_keep_zero_days_removes_everything_printed_before_now(tmp_path: Path) -> None:
    pdf(tmp_path, "a.pdf", timedelta(seconds=5))
    [report] = enforce([PrintedFiles(tmp_path, timedelta(0))], NOW)
    assert report.removed == 1 and report.oldest_left is None


def test_a_missing_folder_is_an_empty_store(tmp_path: Path) -> None:
    store = PrintedFiles(tmp_path / "never-printed", timedelta(days=1))
    assert enforce([store], NOW)[0].removed == 0
    assert oldest_items([store], NOW) == [("printed files", None, False)]


def test_a_failing_store_does_not_stop_the_others(tmp_path: Path) -> None:
    class Broken:
        name = "broken"
        keep = timedelta(days=1)

        def oldest(self) -> datetime | None:
            raise OSError(5, "Input/output error")

        def purge(self, cutoff: datetime) -> int:
            raise OSError(5, "Input/output error")

    pdf(tmp_path, "a.pdf", timedelta(days=3))
    report = enforce([Broken(), PrintedFiles(tmp_path, timedelta(days=1))], NOW)
    assert [r.store for r in report] == ["printed files"] and report[0].removed == 1
