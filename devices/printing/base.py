"""Ticket printers as the kiosk sees them: a status to check before drawing a number, and a
way to hand over a finished PDF.

Deliberately independent of ``kiosk`` and of Qt, so a device process or a test can use it
alone. Real thermal printers implement the same :class:`Printer` protocol in
:mod:`devices.printing.escpos` and :mod:`devices.printing.cups` (:func:`open_printer` builds any of
them); this module holds the two that need no hardware:

* :class:`FolderPrinter` drops each ticket as a PDF into a folder (a hot folder watched by
  a print service, or simply an archive on a machine without a printer);
* :class:`SimulatedPrinter` keeps documents in memory and lets tests, the demo and the
  screenshot tour switch the printer into any state.
"""

from __future__ import annotations

import enum
import errno
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

__all__ = [
    "FolderPrinter",
    "PrintError",
    "Printer",
    "PrinterState",
    "PrinterStatus",
    "SimulatedPrinter",
    "open_printer",
]

MIN_FREE_BYTES = 1024 * 1024
"""Below this a folder counts as full: a ticket is ~30 KB, but a nearly full disk also
breaks logs and the database, so staff should hear about it before the last byte."""


class PrinterState(enum.Enum):
    READY = "ready"
    NEAR_END = "near_end"  # paper low: still prints, staff should refill soon
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    UNKNOWN = "unknown"  # no (valid) answer: never treated as "fine"


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer reported; ``detail`` is for logs and staff, not for citizens."""

    state: PrinterState
    detail: str = ""

    @property
    def can_print(self) -> bool:
        """Whether a waiting number may be issued now (a number must never go unprinted)."""
        return self.state in (PrinterState.READY, PrinterState.NEAR_END)

    @property
    def summary(self) -> str:
        """State and detail in one line, for logs, staff screens and the doctor."""
        return f"{self.state.value} {self.detail}".strip()


class PrintError(Exception):
    """A document was not printed; ``str(err)`` is a clear one-line reason."""


class Printer(Protocol):
    """A ticket printer. Calls may block on I/O: the UI calls them from a worker thread."""

    def status(self) -> PrinterStatus: ...

    def print_document(self, pdf: bytes, name: str) -> str:
        """Print ``pdf``; return a job id (or file name). Raises :class:`PrintError`."""
        ...

    def close(self) -> None: ...


def _check_pdf(pdf: bytes) -> None:
    """Reject what is obviously not a PDF before it reaches paper (or a watched folder)."""
    if not pdf:
        raise PrintError("empty document")
    if not pdf.startswith(b"%PDF-"):
        raise PrintError("document is not a PDF")


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _safe_name(name: str, max_len: int = 60) -> str:
    """A portable file-name part: ASCII letters, digits, ``._-`` (umlauts lose their dots),
    no leading dot (hidden files are our temp files), never empty."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    safe = _UNSAFE.sub("_", ascii_name).strip("._-")[:max_len].rstrip("._-")
    return safe or "document"


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable: the directory entry itself must reach the disk."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _os_reason(err: OSError) -> str:
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk full"
    return err.strerror or str(err)


class FolderPrinter:
    """Writes every document as ``<UTC timestamp>-<safe name>.pdf`` into ``folder``.

    A file appears complete or not at all (temp file in the same folder, fsync, atomic
    link/rename, fsync of the folder), so a service watching the folder never picks up
    half a ticket and a power cut never leaves a truncated one. Existing files are never
    overwritten. Temp files are hidden (``.printing-*.tmp``) so ``*.pdf`` globs skip them.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = threading.Lock()
        self._closed = False

    def _ensure_folder(self) -> None:
        if self.folder.exists() and not self.folder.is_dir():
            raise PrintError(f"{self.folder} is not a folder")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise PrintError(
                f"folder {self.folder} is missing and cannot be created: {_os_reason(err)}"
            ) from err

    def status(self) -> PrinterStatus:
        """READY when a file can really be written now, OFFLINE with the reason otherwise.

        Probes by creating a file rather than trusting permission bits, which say nothing
        for root or read-only mounts.
        """
        if self._closed:
            return PrinterStatus(PrinterState.OFFLINE, "printer closed")
        try:
            self._ensure_folder()
            fd, probe = tempfile.mkstemp(prefix=".probe-", suffix=".tmp", dir=self.folder)
            os.close(fd)
            os.unlink(probe)
            free = shutil.disk_usage(self.folder).free
        except PrintError as err:
            return PrinterStatus(PrinterState.OFFLINE, str(err))
        except OSError as err:
            return PrinterStatus(
                PrinterState.OFFLINE, f"folder {self.folder} not writable: {_os_reason(err)}"
            )
        if free < MIN_FREE_BYTES:
            return PrinterStatus(PrinterState.OFFLINE, "disk full")
        return PrinterStatus(PrinterState.READY)

    def print_document(self, pdf: bytes, name: str) -> str:
        """Write ``pdf`` atomically; return the new file's name (not the full path)."""
        _check_pdf(pdf)
        with self._lock:
            if self._closed:
                raise PrintError("printer closed")
            self._ensure_folder()
            try:
                return self._write(pdf, name)
            except OSError as err:
                raise PrintError(f"cannot write to {self.folder}: {_os_reason(err)}") from err

    def _write(self, pdf: bytes, name: str) -> str:
        fd, tmp_name = tempfile.mkstemp(prefix=".printing-", suffix=".tmp", dir=self.folder)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(pdf)
                f.flush()
                os.fsync(f.fileno())
            final = self._publish(tmp, name)
        finally:
            tmp.unlink(missing_ok=True)
        _fsync_dir(self.folder)
        return final

    def _publish(self, tmp: Path, name: str) -> str:
        """Give ``tmp`` its final name without ever replacing an existing file.

        ``os.link`` fails if the target exists, which makes "no overwrite" atomic even
        against another process; where hard links are unsupported (some network or FUSE
        file systems), fall back to a checked ``os.replace`` (serialised by our lock).
        """
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        base = f"{stamp}-{_safe_name(name)}"
        for attempt in range(1000):
            final = f"{base}.pdf" if attempt == 0 else f"{base}-{attempt}.pdf"
            target = self.folder / final
            try:
                os.link(tmp, target)
                return final
            except FileExistsError:
                continue
            except OSError as err:
                if err.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
                    raise
            if target.exists():
                continue
            os.replace(tmp, target)
            return final
        raise PrintError(f"no free file name for {base}.pdf in {self.folder}")

    def close(self) -> None:
        with self._lock:
            self._closed = True


_STATE_DETAIL = {
    PrinterState.NEAR_END: "paper near end (simulated)",
    PrinterState.PAPER_OUT: "paper out (simulated)",
    PrinterState.COVER_OPEN: "cover open (simulated)",
    PrinterState.OFFLINE: "offline (simulated)",
    PrinterState.UNKNOWN: "no status reply (simulated)",
}


class SimulatedPrinter:
    """An in-memory printer whose state tests, the demo and the screenshot tour set.

    ``jobs`` holds ``(name, pdf)`` for every document that "came out". Setting
    ``fail_next`` makes the next print fail after it was accepted (paper jam, cutter
    error), once, which is the case where a drawn number must not be lost.
    """

    def __init__(
        self, state: PrinterState = PrinterState.READY, *, fail_next: bool = False
    ) -> None:
        self._lock = threading.Lock()
        self._state = state
        self._fail_next = fail_next
        self._closed = False
        self._submitted = 0
        self.jobs: list[tuple[str, bytes]] = []

    @property
    def state(self) -> PrinterState:
        with self._lock:
            return self._state

    @state.setter
    def state(self, value: PrinterState) -> None:
        with self._lock:
            self._state = value

    @property
    def fail_next(self) -> bool:
        with self._lock:
            return self._fail_next

    @fail_next.setter
    def fail_next(self, value: bool) -> None:
        with self._lock:
            self._fail_next = value

    def status(self) -> PrinterStatus:
        with self._lock:
            if self._closed:
                return PrinterStatus(PrinterState.OFFLINE, "printer closed")
            return PrinterStatus(self._state, _STATE_DETAIL.get(self._state, ""))

    def print_document(self, pdf: bytes, name: str) -> str:
        """Record the job and return ``sim-<n>``; raise :class:`PrintError` as a real
        printer would when it cannot print or (``fail_next``) fails mid-job."""
        _check_pdf(pdf)
        with self._lock:
            if self._closed:
                raise PrintError("printer closed")
            status = PrinterStatus(self._state, _STATE_DETAIL.get(self._state, ""))
            if not status.can_print:
                raise PrintError(f"printer cannot print: {status.detail}")
            self._submitted += 1
            job_id = f"sim-{self._submitted}"
            if self._fail_next:
                self._fail_next = False
                raise PrintError(f"job {job_id} failed after submission (simulated)")
            self.jobs.append((name, bytes(pdf)))
            return job_id

    def close(self) -> None:
        with self._lock:
            self._closed = True


def open_printer(
    kind: str,
    folder: Path,
    *,
    uri: str = "",
    cups_queue: str = "",
    profile: str = "tm-t88",
    timeout_s: float = 5.0,
) -> Printer:
    """Build the printer named in the configuration: ``folder`` is used by "folder",
    ``uri``/``profile`` by "escpos", ``cups_queue`` by "cups", ``timeout_s`` by both.

    Nothing is contacted here (a printer that is off at start-up shows up as OFFLINE in
    its status); a bad URI, queue or profile name raises ValueError.
    """
    match kind.strip().lower():
        case "folder":
            return FolderPrinter(folder)
        case "simulated":
            return SimulatedPrinter()
        case "escpos":
            if not uri.strip():
                raise ValueError(
                    "printer kind 'escpos' needs a uri: tcp://HOST:PORT or usb://VID:PID"
                )
            from devices.printing.escpos import open_escpos  # imports pypdfium2 and Pillow

            return open_escpos(uri, profile, timeout_s)
        case "cups":
            if not cups_queue.strip():
                raise ValueError("printer kind 'cups' needs a CUPS queue name")
            from devices.printing.cups import CupsPrinter  # imports pycups

            return CupsPrinter(cups_queue.strip(), timeout_s)
        case _:
            raise ValueError(
                f"unknown printer kind {kind!r}; expected 'folder', 'simulated', 'escpos' "
                "or 'cups'"
            )
