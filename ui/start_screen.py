"""The start picture: the welcome screen as this kiosk last drew it, shown while the UI loads.

Why: from process start to the real UI's first frame the kiosk needs about 2.5 times as
long as a bare Qt Quick window (README, "Benchmarks"). Most of it is importing the core
and the view-models, which PySide6 6.11 wants registered before any QML is loaded
(tests/ui/test_qml_registration_order.py), so no light QML screen can come first. A
picture needs neither QML nor the core: a plain window shows it, and the real window
replaces it at its first frame. The citizen sees the welcome screen at once; it answers
touch when the real window is there, as before.

The picture is taken by the kiosk itself (:func:`save`) at its first frame, and stored
with a key of everything that shapes that frame: the configuration, staff's
out-of-service switch, the screen's size and the installed release's files. A picture
with another key is never shown, so an update or a new configuration starts without one
(and takes the next). It holds no citizen's data: at the first frame no session has
begun.

Only for a fullscreen kiosk on a platform that shows several windows (Wayland as under
cage, X11, offscreen); eglfs and linuxfb have one window, and the demo's desktop window
would open twice.

Every millisecond here is before the citizen sees anything, hence the shape: the file is
read and inflated by a thread while PySide6 is imported (:func:`read_later`, no Qt
needed), the pixels are handed to QImage as they are (no image reader, whose plugins Qt
looks up at first use), and the window is painted once through its backing store (a
Python subclass of a Qt window costs PySide6 the set-up of its base classes' enums).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import zlib
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.resources import ASSETS
from ui.process import process_age_ms as age_ms

if TYPE_CHECKING:
    from PySide6.QtGui import QBackingStore, QImage, QWindow
    from PySide6.QtQuick import QQuickWindow

FILE = "start-screen.bin"
LENT = "start-screen.shown"  # from the start until the window's first frame
MAGIC = b"kiosk start picture 1"
PLATFORMS = frozenset({"wayland", "wayland-egl", "xcb", "offscreen"})
UI_DIR = Path(__file__).resolve().parent
MAX_BYTES = 7680 * 7680 * 4  # the largest screen the settings allow

log = logging.getLogger(__name__)


class Stored:
    """A picture as read from the state folder: its key, size and 32-bit pixels."""

    def __init__(self, key: str, width: int, height: int, stride: int, pixels: bytes) -> None:
        self.key, self.width, self.height, self.stride = key, width, height, stride
        self.pixels = pixels


def _parse(blob: bytes) -> Stored:
    """The file: a header line (magic, key, width, height, bytes per line), then the pixels
    (QImage's RGB32) compressed with zlib. Raises ValueError on anything else."""
    header, _, body = blob.partition(b"\n")
    fields = header.split(b" ")
    if b" ".join(fields[:4]) != MAGIC or len(fields) != 8:
        raise ValueError("not a start picture")
    key = fields[4].decode("ascii")
    width, height, stride = (int(v) for v in fields[5:8])
    if not (width > 0 and height > 0 and width * 4 <= stride and stride * height <= MAX_BYTES):
        raise ValueError(f"bad size {width}x{height}/{stride}")
    # At most one byte more than the picture needs: a damaged file cannot fill memory.
    pixels = zlib.decompressobj().decompress(body, stride * height + 1)
    if len(pixels) != stride * height:
        raise ValueError("the pixels do not match the size")
    return Stored(key, width, height, stride, pixels)


def read(config: Config) -> Stored | None:
    """The stored picture, or None when there is none or it cannot be used (logged)."""
    path = config.state_dir / FILE
    try:
        with open(path, "rb") as f:
            return _parse(f.read(MAX_BYTES))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, zlib.error) as err:
        log.warning("the start picture is not used", extra={"fields": {"error": str(err)}})
        return None


class Prepared:
    """What this start found, read off the GUI thread: the stored picture (lent out, see
    :func:`read_later`) and the part of the key that needs file access (:func:`basis`)."""

    def __init__(self, stored: Stored | None, basis: str) -> None:
        self.stored, self.basis = stored, basis


def basis(config: Config) -> str:
    """The key's part that reads files: the settings, staff's out-of-service switch (set
    or cleared while the kiosk ran, it changes what the first frame shows) and the
    release's files (a new release or an edited translation; a pip install writes new
    times). About 1 ms for 150 files."""
    digest = hashlib.sha256(f"{config!r}\n".encode())
    try:
        switch = os.stat(config.service_switch_path)
        digest.update(f"switch\0{switch.st_size}\0{switch.st_mtime_ns}\n".encode())
    except OSError:
        digest.update(b"switch\0none\n")
    for top in (UI_DIR, ASSETS):
        for folder, dirs, names in os.walk(top):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                path = os.path.join(folder, name)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def key(basis: str, width: int, height: int, ratio: float) -> str:
    """What the picture must have been taken with to be shown now: :func:`basis` and the
    screen's size and pixel ratio."""
    return hashlib.sha256(f"{basis}\0{width}x{height}@{ratio:g}".encode()).hexdigest()


def screen_key(basis: str) -> str | None:
    """The key for the primary screen (GUI thread: it asks Qt for the screen)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return None
    size = screen.geometry().size()
    return key(basis, size.width(), size.height(), screen.devicePixelRatio())


def read_later(config: Config) -> Future[Prepared]:
    """Read the stored picture and the key's basis in a thread (zlib inflates without
    Python's lock), so both are ready when the window is; needs no Qt.

    The picture's file is lent out while this start runs (renamed ``start-screen.shown``)
    and named back, or replaced, at the window's first frame (:func:`after_first_frame`):
    a start that fails before leaves the next one without a picture, so a kiosk that
    cannot start shows a blank screen, not a welcome screen that answers no touch."""
    future: Future[Prepared] = Future()

    def run() -> None:
        if not config.display.fullscreen:
            future.set_result(Prepared(None, ""))
            return
        stored = read(config)
        if stored is not None:
            try:
                os.replace(config.state_dir / FILE, config.state_dir / LENT)
            except OSError:
                stored = None
        future.set_result(Prepared(stored, basis(config)))

    threading.Thread(target=run, name="start-picture", daemon=True).start()
    return future


def enabled(config: Config, platform: str) -> bool:
    """Whether this start may show (and take) a start picture."""
    return config.display.fullscreen and platform in PLATFORMS


class StartScreen:
    """A fullscreen window painted once with the picture, until the real window has drawn."""

    def __init__(
        self, window: QWindow, store: QBackingStore, picture: QImage, pixels: bytes
    ) -> None:
        # The QImage paints from ``pixels`` without a copy: both are kept together.
        self.window, self.store, self.picture, self.pixels = window, store, picture, pixels

    def dismiss(self) -> None:
        """Close the window and free the picture; called at the real window's first frame."""
        self.window.close()
        self.window.destroy()
        del self.store, self.picture, self.pixels


def show(config: Config, pending: Future[Prepared]) -> StartScreen | None:
    """Show the stored picture fullscreen and wait until it is painted; None when there is
    none for this configuration, screen and release. Needs the QGuiApplication."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import (
        QBackingStore,
        QColor,
        QCursor,
        QGuiApplication,
        QImage,
        QPainter,
        QPixmap,
        QRegion,
        QWindow,
    )

    if not enabled(config, QGuiApplication.platformName()):
        return None
    prepared = pending.result()
    stored = prepared.stored
    screen = QGuiApplication.primaryScreen()
    if stored is None or screen is None or stored.key != screen_key(prepared.basis):
        return None
    picture = QImage(
        stored.pixels, stored.width, stored.height, stored.stride, QImage.Format.Format_RGB32
    )
    window = QWindow()
    window.setSurfaceType(QWindow.SurfaceType.RasterSurface)
    window.setGeometry(screen.geometry())
    if not config.display.show_cursor:
        # A transparent pixel, not Qt.CursorShape.BlankCursor: the first use of PySide6's
        # ``Qt`` namespace builds its hundred enum types, about 20 ms.
        pixel = QPixmap(1, 1)
        pixel.fill(QColor(0, 0, 0, 0))
        window.setCursor(QCursor(pixel))
    window.showFullScreen()
    for _ in range(100):  # a compositor maps the window within a few round trips
        if window.isExposed():
            break
        QGuiApplication.processEvents()
        QGuiApplication.sync()
    area = QRect(QPoint(0, 0), window.size())
    store = QBackingStore(window)
    store.resize(window.size())
    store.beginPaint(QRegion(area))
    painter = QPainter(store.paintDevice())
    # At its own size, never stretched: it was taken from a window of this screen's size.
    picture.setDevicePixelRatio(screen.devicePixelRatio())
    painter.drawImage(QPoint(0, 0), picture)
    painter.end()
    store.endPaint()
    store.flush(QRegion(area))
    QGuiApplication.sync()
    log.info("start picture shown", extra={"fields": {"ms_since_start": f"{age_ms():.0f}"}})
    return StartScreen(window, store, picture, stored.pixels)


def after_first_frame(
    config: Config, window: QQuickWindow, pending: Future[Prepared]
) -> threading.Thread | None:
    """At the kiosk window's first frame (GUI thread): the lent picture named back when it
    is this start's, else this frame grabbed (about 10 ms of drawing, once per release or
    change of settings) and stored by a thread, which returns. No file is touched here."""
    from PySide6.QtGui import QGuiApplication

    if not enabled(config, QGuiApplication.platformName()):
        return None
    prepared = pending.result()
    want = screen_key(prepared.basis)
    if want is None:
        return None
    if prepared.stored is not None and prepared.stored.key == want:
        job = threading.Thread(target=_give_back, args=(config,), name="start-picture")
    else:
        picture = window.grabWindow()
        job = threading.Thread(target=save, args=(config, picture, want), name="start-picture")
    job.start()
    return job


def _give_back(config: Config) -> None:
    try:
        os.replace(config.state_dir / LENT, config.state_dir / FILE)
    except OSError as err:
        log.warning("the start picture was not kept", extra={"fields": {"error": str(err)}})


def _drop_stale_partials(folder: Path) -> None:
    """Partial files a killed kiosk left (stopped while writing), older than a minute."""
    import time

    for stale in folder.glob(f"part-*-{FILE}"):
        try:
            if time.time() - stale.stat().st_mtime > 60:
                stale.unlink()
        except OSError:
            pass  # gone already, or not ours to remove: harmless either way


def save(config: Config, picture: QImage, want: str) -> bool:
    """Store ``picture`` (the real window's first frame) under the key ``want``
    (:func:`screen_key`). Safe in a worker thread: it touches no window. Returns whether it
    was stored; a failure is logged, and the next start simply has no picture."""
    from PySide6.QtGui import QImage

    image = picture.convertToFormat(QImage.Format.Format_RGB32)
    folder = config.state_dir
    # Its own name: two kiosks stopping and starting (or two threads) never share it.
    partial = folder / f"part-{os.getpid()}-{threading.get_ident()}-{FILE}"
    header = b"%s %s %d %d %d\n" % (
        MAGIC,
        want.encode("ascii"),
        image.width(),
        image.height(),
        image.bytesPerLine(),
    )
    try:
        if image.isNull():
            raise OSError("no picture to store")
        with open(partial, "wb") as f:
            f.write(header + zlib.compress(bytes(image.constBits())))
        os.replace(partial, folder / FILE)
        (folder / LENT).unlink(missing_ok=True)  # an older picture, lent to this start
        _drop_stale_partials(folder)
    except OSError as err:
        log.warning("the start picture was not stored", extra={"fields": {"error": str(err)}})
        partial.unlink(missing_ok=True)
        return False
    return True
