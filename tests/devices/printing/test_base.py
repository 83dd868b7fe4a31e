"""Printers without hardware: the folder printer's durability promises (complete files only,
never an overwrite, honest status) and the simulated printer's failure modes."""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
import threading
from collections import namedtuple
from datetime import datetime, tzinfo
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.printing import FolderPrinter, SimulatedPrinter, open_printer
from devices.printing import folder as printer_mod
from devices.printing.base import PrintError, PrinterState, PrinterStatus

PDF = b"%PDF-1.4\n" + b"x" * 5000 + b"\n%%EOF\n"
FILE_NAME = re.compile(r"^\d{8}T\d{6}\.\d{6}Z-[A-Za-z0-9._-]+\.pdf$")


def pdf_bytes(tag: str) -> bytes:
    return b"%PDF-1.4\n% " + tag.encode() + b"\n%%EOF\n"


def freeze_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every job gets the same timestamp, the worst case for name collisions."""

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Frozen:
            return cls(2026, 11, 21, 13, 5, 0, tzinfo=tz)

    monkeypatch.setattr(printer_mod, "datetime", Frozen)


def entries(folder: Path) -> list[str]:
    """Everything in the folder, hidden files included (temp files are hidden)."""
    return sorted(os.listdir(folder))


# --- status ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "can_print"),
    [
        (PrinterState.READY, True),
        (PrinterState.NEAR_END, True),
        (PrinterState.PAPER_OUT, False),
        (PrinterState.COVER_OPEN, False),
        (PrinterState.OFFLINE, False),
        (PrinterState.UNKNOWN, False),
    ],
)
def test_only_ready_and_near_end_can_print(state: PrinterState, can_print: bool) -> None:
    assert PrinterStatus(state).can_print is can_print


def test_states_have_string_values() -> None:
    assert PrinterState.READY.value == "ready"
    assert PrinterState("paper_out") is PrinterState.PAPER_OUT


# --- FolderPrinter --------------------------------------------------------------------------


def test_folder_is_created_on_first_use_and_reported_ready(tmp_path: Path) -> None:
    folder = tmp_path / "spool" / "tickets"
    p = FolderPrinter(folder)
    assert not folder.exists()
    assert p.status() == PrinterStatus(PrinterState.READY)
    assert folder.is_dir()
    assert entries(folder) == []  # the write probe leaves nothing behind


def test_a_printed_file_has_exactly_the_bytes_and_no_temp_file_remains(tmp_path: Path) -> None:
    p = FolderPrinter(tmp_path / "out")
    name = p.print_document(PDF, "A-042")
    assert FILE_NAME.match(name), name
    assert name.endswith("-A-042.pdf")
    assert entries(tmp_path / "out") == [name]
    assert (tmp_path / "out" / name).read_bytes() == PDF


def test_two_jobs_with_the_same_name_do_not_overwrite(tmp_path: Path) -> None:
    p = FolderPrinter(tmp_path)
    first = p.print_document(pdf_bytes("one"), "A-042")
    second = p.print_document(pdf_bytes("two"), "A-042")
    assert first != second
    assert (tmp_path / first).read_bytes() == pdf_bytes("one")
    assert (tmp_path / second).read_bytes() == pdf_bytes("two")
    assert entries(tmp_path) == sorted([first, second])


def test_same_name_same_instant_gets_a_suffix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even with a frozen clock (identical timestamps) nothing is overwritten."""
    freeze_clock(monkeypatch)
    p = FolderPrinter(tmp_path)
    names = [p.print_document(pdf_bytes(str(i)), "A-042") for i in range(3)]
    assert names == [
        "20261121T130500.000000Z-A-042.pdf",
        "20261121T130500.000000Z-A-042-1.pdf",
        "20261121T130500.000000Z-A-042-2.pdf",
    ]
    assert [(tmp_path / n).read_bytes() for n in names] == [pdf_bytes(str(i)) for i in range(3)]


def test_without_hard_links_the_replace_fallback_still_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(printer_mod.os, "link", no_link)
    freeze_clock(monkeypatch)
    p = FolderPrinter(tmp_path)
    a = p.print_document(pdf_bytes("a"), "x")
    b = p.print_document(pdf_bytes("b"), "x")
    assert a != b
    assert (tmp_path / a).read_bytes() == pdf_bytes("a")
    assert (tmp_path / b).read_bytes() == pdf_bytes("b")
    assert entries(tmp_path) == sorted([a, b])


def test_the_file_is_complete_and_synced_before_it_gets_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Atomicity: the final name is given (link) only to a fully written, fsynced temp
    file in the same folder, and the folder is fsynced afterwards."""
    synced: list[int] = []
    events: list[str] = []
    real_fsync, real_link = os.fsync, os.link

    def fsync(fd: int) -> None:
        synced.append(fd)
        events.append("fsync-dir" if os.path.isdir(f"/proc/self/fd/{fd}") else "fsync-file")
        real_fsync(fd)

    def link(src: str | Path, dst: str | Path) -> None:
        src, dst = Path(src), Path(dst)
        assert src.parent == dst.parent == tmp_path
        assert src.name.startswith(".") and src.suffix == ".tmp"
        assert src.read_bytes() == PDF, "published before the content was complete"
        assert not dst.exists()
        events.append("link")
        real_link(src, dst)

    monkeypatch.setattr(printer_mod.os, "fsync", fsync)
    monkeypatch.setattr(printer_mod.os, "link", link)
    FolderPrinter(tmp_path).print_document(PDF, "A-042")
    assert events == ["fsync-file", "link", "fsync-dir"]


def test_a_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(printer_mod.os, "fsync", full)
    p = FolderPrinter(tmp_path)
    with pytest.raises(PrintError, match="disk full"):
        p.print_document(PDF, "A-042")
    assert entries(tmp_path) == []


def test_unsafe_names_stay_inside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    p = FolderPrinter(folder)
    a = p.print_document(PDF, "../../etc/passwd")
    b = p.print_document(PDF, "Bürgerbüro Müller/Öz")
    c = p.print_document(PDF, "...")
    assert entries(folder) == sorted([a, b, c])
    assert all(FILE_NAME.match(n) for n in (a, b, c))
    assert b.endswith("-Burgerburo_Muller_Oz.pdf")
    assert c.endswith("-document.pdf")
    assert sorted(os.listdir(tmp_path)) == ["out"]


@settings(max_examples=40, deadline=None)
@given(name=st.text(max_size=200))
def test_any_name_gives_one_new_visible_pdf(name: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        result = FolderPrinter(Path(d)).print_document(PDF, name)
        assert FILE_NAME.match(result), result
        assert len(result) < 120
        assert os.listdir(d) == [result]


def test_concurrent_jobs_all_land(tmp_path: Path) -> None:
    p = FolderPrinter(tmp_path)
    names: list[str] = []
    lock = threading.Lock()

    def job(i: int) -> None:
        n = p.print_document(pdf_bytes(str(i)), "A-042")
        with lock:
            names.append(n)

    threads = [threading.Thread(target=job, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(names)) == 8
    assert entries(tmp_path) == sorted(names)
    assert {(tmp_path / n).read_bytes() for n in names} == {pdf_bytes(str(i)) for i in range(8)}


def test_a_folder_that_cannot_be_created_is_offline(tmp_path: Path) -> None:
    """Tests run as root, so permission bits prove nothing: put the folder under a file."""
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("I am a file")
    p = FolderPrinter(blocker / "tickets")
    status = p.status()
    assert status.state is PrinterState.OFFLINE
    assert not status.can_print
    assert "cannot be created" in status.detail
    assert str(blocker / "tickets") in status.detail
    with pytest.raises(PrintError, match="cannot be created"):
        p.print_document(PDF, "A-042")


def test_a_file_in_place_of_the_folder_is_offline(tmp_path: Path) -> None:
    target = tmp_path / "tickets"
    target.write_text("")
    status = FolderPrinter(target).status()
    assert status.state is PrinterState.OFFLINE
    assert "not a folder" in status.detail


def test_an_unwritable_folder_is_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(printer_mod.tempfile, "mkstemp", refuse)
    status = FolderPrinter(tmp_path).status()
    assert status.state is PrinterState.OFFLINE
    assert "not writable" in status.detail and "Read-only" in status.detail


def test_less_than_a_megabyte_free_is_offline_disk_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Usage = namedtuple("Usage", "total used free")
    monkeypatch.setattr(
        printer_mod.shutil, "disk_usage", lambda path: Usage(10**9, 10**9 - 1000, 1000)
    )
    assert FolderPrinter(tmp_path).status() == PrinterStatus(PrinterState.OFFLINE, "disk full")


def test_real_disk_usage_is_consulted(tmp_path: Path) -> None:
    assert shutil.disk_usage(tmp_path).free >= printer_mod.MIN_FREE_BYTES  # test machine sanity
    assert FolderPrinter(tmp_path).status().state is PrinterState.READY


@pytest.mark.parametrize("bad", [b"", b"hello", b"<html>"])
def test_only_pdfs_are_accepted(tmp_path: Path, bad: bytes) -> None:
    with pytest.raises(PrintError):
        FolderPrinter(tmp_path).print_document(bad, "x")
    assert entries(tmp_path) == []


def test_a_closed_folder_printer_refuses(tmp_path: Path) -> None:
    p = FolderPrinter(tmp_path)
    p.close()
    assert p.status().state is PrinterState.OFFLINE
    with pytest.raises(PrintError, match="closed"):
        p.print_document(PDF, "x")


# --- SimulatedPrinter -----------------------------------------------------------------------


def test_simulated_printer_records_jobs() -> None:
    p = SimulatedPrinter()
    assert p.status() == PrinterStatus(PrinterState.READY)
    job = p.print_document(PDF, "A-042")
    assert job == "sim-1"
    assert p.jobs == [("A-042", PDF)]


def test_simulated_paper_out_raises_and_prints_nothing() -> None:
    p = SimulatedPrinter(PrinterState.PAPER_OUT)
    assert p.status().state is PrinterState.PAPER_OUT
    assert not p.status().can_print
    assert "paper out" in p.status().detail
    with pytest.raises(PrintError, match="paper out"):
        p.print_document(PDF, "A-042")
    assert p.jobs == []


@pytest.mark.parametrize(
    "state", [PrinterState.COVER_OPEN, PrinterState.OFFLINE, PrinterState.UNKNOWN]
)
def test_simulated_printer_refuses_in_every_non_printing_state(state: PrinterState) -> None:
    p = SimulatedPrinter(state)
    with pytest.raises(PrintError):
        p.print_document(PDF, "x")
    assert p.jobs == []


def test_simulated_near_end_still_prints_and_state_can_change() -> None:
    p = SimulatedPrinter()
    p.state = PrinterState.NEAR_END
    assert p.print_document(PDF, "a") == "sim-1"
    p.state = PrinterState.PAPER_OUT
    with pytest.raises(PrintError):
        p.print_document(PDF, "b")
    p.state = PrinterState.READY
    assert p.print_document(PDF, "c") == "sim-2"
    assert [name for name, _ in p.jobs] == ["a", "c"]


def test_fail_next_fails_once_after_submission() -> None:
    p = SimulatedPrinter(fail_next=True)
    assert p.status().can_print  # the status looked fine: the failure comes mid-job
    with pytest.raises(PrintError, match="after submission"):
        p.print_document(PDF, "a")
    assert p.fail_next is False
    assert p.jobs == []
    assert p.print_document(PDF, "b") == "sim-2"
    p.fail_next = True
    with pytest.raises(PrintError):
        p.print_document(PDF, "c")
    assert [name for name, _ in p.jobs] == ["b"]


def test_simulated_state_is_safe_to_flip_from_another_thread() -> None:
    p = SimulatedPrinter()
    stop = threading.Event()

    def flipper() -> None:
        while not stop.is_set():
            p.state = PrinterState.PAPER_OUT
            p.state = PrinterState.READY

    t = threading.Thread(target=flipper)
    t.start()
    ok = failed = 0
    try:
        for _ in range(500):
            try:
                p.print_document(PDF, "x")
                ok += 1
            except PrintError:
                failed += 1
    finally:
        stop.set()
        t.join()
    assert ok + failed == 500
    assert len(p.jobs) == ok


def test_simulated_close() -> None:
    p = SimulatedPrinter()
    p.close()
    assert p.status().state is PrinterState.OFFLINE
    with pytest.raises(PrintError, match="closed"):
        p.print_document(PDF, "x")


# --- factory --------------------------------------------------------------------------------


def test_open_printer_builds_both_kinds(tmp_path: Path) -> None:
    folder = open_printer("folder", tmp_path / "spool")
    assert isinstance(folder, FolderPrinter)
    assert folder.folder == tmp_path / "spool"
    assert isinstance(open_printer(" Simulated ", tmp_path), SimulatedPrinter)


def test_open_printer_rejects_unknown_kinds(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="escpos"):
        open_printer("escpos", tmp_path)
