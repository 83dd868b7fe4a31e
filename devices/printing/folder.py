"""The folder printer: each ticket as a PDF in a folder (a hot folder watched by a print
service, or an archive on a machine without a printer)."""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from devices.printing.base import (
    MIN_FREE_BYTES,
    PdfSource,
    PrintError,
    PrinterState,
    PrinterStatus,
    check_pdf,
    pdf_bytes,
)
from devices.printing.text import TextDocument

__all__ = ["FolderPrinter"]


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
            # Printouts carry names and references: only the kiosk's user may read them
            # (mkstemp below makes the files 0600).
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
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

    def print_document(self, source: PdfSource, name: str, text: TextDocument | None = None) -> str:
        """Write ``pdf`` atomically; return the new file's name (not the full path)."""
        pdf = pdf_bytes(source)
        check_pdf(pdf)
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
