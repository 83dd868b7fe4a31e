"""Files the kiosk reads from admins and files it writes about citizens.

Reading: a config or catalogue path may point at anything an admin can type: a folder,
a device like /dev/zero (endless), a FIFO (blocks forever on open), a huge file. Only
regular files of a sane size are read, and opening never blocks.

Writing: queue and form databases, exports, printed tickets and logs hold personal data,
so they are private to the kiosk's user whatever umask the process inherited (a shell,
cron, a unit without UMask=): :func:`private_umask` at every entry point makes every
file 0600 and folder 0700 at creation, and the writers of exports and printouts also set
those modes explicitly.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077


class FileProblem(Exception):
    """One line saying what is wrong with a path (the caller adds which key it came from)."""


def private_umask() -> None:
    """Process-wide: nothing this process creates is readable by other users."""
    os.umask(PRIVATE_UMASK)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError:
        raise FileProblem("not found") from None
    except PermissionError:
        raise FileProblem("cannot read: permission denied") from None
    except OSError as err:
        raise FileProblem(f"cannot read: {err.strerror}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise FileProblem("cannot read: it is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise FileProblem("cannot read: not a regular file (a device, pipe or socket)")
        if st.st_size > limit:
            raise FileProblem(f"too large ({st.st_size} bytes, at most {limit})")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # the file may grow while being read
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise FileProblem(f"too large (over {limit} bytes)")
        return b"".join(chunks)
    except OSError as err:
        raise FileProblem(f"cannot read: {err.strerror}") from None
    finally:
        os.close(fd)


def check_state_dir(path: Path, *, create: bool) -> None:
    """Raise FileProblem unless ``path`` is a folder this process can write in, or (with
    ``create``) can be made one now (0700). Without ``create`` nothing is left behind: a
    missing folder only needs a writable parent."""
    if not path.is_absolute():
        raise FileProblem(f"{str(path)!r} is not an absolute path")
    if path.exists():
        if not path.is_dir():
            raise FileProblem(f"{path} is not a folder")
        _probe_write(path)
        return
    if create:
        try:
            path.mkdir(parents=True, mode=PRIVATE_DIR, exist_ok=True)
        except OSError as err:
            raise FileProblem(f"cannot create {path}: {err.strerror}") from None
        _probe_write(path)
        return
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise FileProblem(f"cannot create {path}: {parent} is not a folder")
    try:
        _probe_write(parent)  # not os.access(): it says yes to root even on /proc
    except FileProblem:
        raise FileProblem(f"cannot create {path}: {parent} is not writable") from None


def _probe_write(folder: Path) -> None:
    """Really create and remove a file: catches read-only mounts and full disks too."""
    try:
        fd, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(fd)
        os.unlink(name)
    except OSError as err:
        raise FileProblem(f"{folder} is not writable: {err.strerror}") from None


def make_private_dir(path: Path) -> Path:
    """Create ``path`` as 0700 if it is missing. An existing folder keeps its mode: it
    is the admin's (exporting into /tmp must not lock others out of /tmp)."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is cut by the umask
    return path


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` as a 0600 file, whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)  # an existing file keeps its mode on open
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
    return path
