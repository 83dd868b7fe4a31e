"""The start picture (ui/start_screen.py): taken at the first frame, shown at the next start
only when nothing that shapes the welcome screen changed, read safely whatever the file."""

from __future__ import annotations

import dataclasses
import signal
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest
from fullscreen import fullscreen_toml, offscreen_env
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtQuick import QQuickWindow

from kiosk import config
from kiosk.ops.maintenance import ServiceSwitch
from ui import start_screen
from ui.process import application

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def kiosk_config(tmp_path: Path, **display: object) -> config.Config:
    cfg = config.load_demo(str(tmp_path / "state"))
    cfg.state_dir.mkdir(parents=True, exist_ok=True)
    fields = {"fullscreen": True, **display}
    return dataclasses.replace(cfg, display=dataclasses.replace(cfg.display, **fields))


def pattern(width: int, height: int) -> QImage:
    """Four coloured quarters: a picture shown shifted, scaled or swapped shows it."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    half_w, half_h = width // 2, height // 2
    for x, y, colour in (
        (0, 0, "#c00000"),
        (half_w, 0, "#00a000"),
        (0, half_h, "#0000c0"),
        (half_w, half_h, "#e0e000"),
    ):
        painter.fillRect(x, y, width - half_w, height - half_h, QColor(colour))
    painter.end()
    return image


def screen_size() -> tuple[int, int]:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.geometry().width(), screen.geometry().height()


def store_pattern(cfg: config.Config) -> QImage:
    want = start_screen.screen_key(start_screen.basis(cfg))
    assert want is not None
    image = pattern(*screen_size())
    assert start_screen.save(cfg, image, want)
    return image


def test_the_stored_picture_fills_the_screen_as_taken(tmp_path):
    application()
    cfg = kiosk_config(tmp_path)
    image = store_pattern(cfg)
    prepared = start_screen.read_later(cfg)
    start = start_screen.show(cfg, prepared)
    assert start is not None
    try:
        screen = QGuiApplication.primaryScreen()
        assert screen is not None
        shown = screen.grabWindow(0).toImage()
        width, height = screen_size()
        for x, y in ((5, 5), (width - 5, 5), (5, height - 5), (width - 5, height - 5)):
            assert shown.pixelColor(x, y) == image.pixelColor(x, y), (x, y)
    finally:
        start.dismiss()
    assert not start.window.isVisible()
    # The kiosk's window has drawn: the picture, lent to this start, is named back.
    assert start_screen.read(cfg) is None
    job = start_screen.after_first_frame(cfg, QQuickWindow(), prepared)
    assert job is not None
    job.join()
    again = start_screen.read(cfg)
    assert again is not None and again.key == prepared.result().stored.key


def test_a_new_first_frame_replaces_a_picture_of_another_key(tmp_path):
    """After an update: the old picture is not shown; the first frame is kept instead."""
    application()
    cfg = kiosk_config(tmp_path)
    store_pattern(cfg)
    moved = dataclasses.replace(cfg, kiosk=dataclasses.replace(cfg.kiosk, location="Anderswo"))
    prepared = start_screen.read_later(moved)
    assert start_screen.show(moved, prepared) is None
    # Never shown: grabWindow renders a hidden window too, and a shown window made here
    # got window-system events (focus) after the test had dropped its Python object
    # (a segfault in about one run in ten of the UI tests).
    window = QQuickWindow()
    window.setColor(QColor("#123456"))
    window.resize(*screen_size())
    job = start_screen.after_first_frame(moved, window, prepared)
    assert job is not None
    job.join()
    stored = start_screen.read(moved)
    assert stored is not None
    assert stored.key == start_screen.screen_key(start_screen.basis(moved))
    assert stored.pixels[:4] == bytes([0x56, 0x34, 0x12, 0xFF])  # RGB32, little-endian
    assert not (moved.state_dir / start_screen.LENT).exists()


def test_two_writers_at_once_both_store_and_leave_no_partial_file(tmp_path):
    """Two kiosks overlapping at a restart (or two threads) wrote one shared partial file:
    one moved the other's into place and the other failed ('No such file', seen in
    make test-install). Each now writes its own; a stale one of a killed kiosk goes."""
    import os
    import time

    application()
    cfg = kiosk_config(tmp_path)
    want = start_screen.screen_key(start_screen.basis(cfg))
    assert want is not None
    stale = cfg.state_dir / f"part-1-2-{start_screen.FILE}"
    stale.write_bytes(b"half a picture")
    os.utime(stale, (time.time() - 120, time.time() - 120))
    image = pattern(*screen_size())
    results: list[bool] = []
    barrier = threading.Barrier(2)

    def write() -> None:
        barrier.wait()
        results.append(start_screen.save(cfg, image, want))

    writers = [threading.Thread(target=write) for _ in range(2)]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    assert results == [True, True]
    assert start_screen.read(cfg) is not None
    assert list(cfg.state_dir.glob("part-*")) == []


def test_a_start_that_fails_before_its_window_leaves_no_picture(tmp_path):
    """Shown, but the kiosk never drew its own window (a broken release, a crash while
    loading): the next start shows nothing, not a welcome screen that answers no touch."""
    application()
    cfg = kiosk_config(tmp_path)
    store_pattern(cfg)
    start = start_screen.show(cfg, start_screen.read_later(cfg))
    assert start is not None
    start.window.close()  # the process ends here, without dismiss()
    assert start_screen.read(cfg) is None
    assert start_screen.show(cfg, start_screen.read_later(cfg)) is None


def test_another_configuration_or_release_shows_nothing(tmp_path, monkeypatch):
    application()
    cfg = kiosk_config(tmp_path)
    store_pattern(cfg)
    moved = dataclasses.replace(cfg, kiosk=dataclasses.replace(cfg.kiosk, location="Anderswo"))
    assert start_screen.show(moved, start_screen.read_later(moved)) is None
    # Staff switched the kiosk out of service (its first frame says so).
    before = start_screen.basis(cfg)
    ServiceSwitch(cfg.service_switch_path).set("closed_today")
    assert start_screen.basis(cfg) != before
    # A file of the release changed (a new release, an edited translation).
    ui_copy = tmp_path / "ui"
    ui_copy.mkdir()
    (ui_copy / "Main.qml").write_text("a")
    monkeypatch.setattr(start_screen, "UI_DIR", ui_copy)
    before = start_screen.basis(cfg)
    (ui_copy / "Main.qml").write_text("ab")
    assert start_screen.basis(cfg) != before
    # Another screen size.
    assert start_screen.key(before, 1080, 1920, 1) != start_screen.key(before, 1920, 1080, 1)


def test_only_a_fullscreen_kiosk_on_a_many_window_platform(tmp_path):
    application()
    desktop = kiosk_config(tmp_path, fullscreen=False)
    assert not start_screen.enabled(desktop, "wayland")
    fullscreen = kiosk_config(tmp_path)
    assert start_screen.enabled(fullscreen, "wayland")
    assert start_screen.enabled(fullscreen, "xcb")
    assert not start_screen.enabled(fullscreen, "eglfs")  # one window only
    store_pattern(fullscreen)
    assert start_screen.show(desktop, start_screen.read_later(desktop)) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # cut off while written (a power cut)
        lambda blob: b"x" + blob,
        lambda blob: blob.replace(b" 800 800 ", b" 800 900 ", 1),  # fewer pixels than said
        lambda blob: blob.replace(b" 800 800 ", b" 800 700 ", 1),  # more: not all inflated
        lambda blob: b"",
    ],
)
def test_a_damaged_file_is_not_shown_and_says_why(tmp_path, damage, caplog):
    application()
    cfg = kiosk_config(tmp_path)
    store_pattern(cfg)
    path = cfg.state_dir / start_screen.FILE
    path.write_bytes(damage(path.read_bytes()))
    assert start_screen.show(cfg, start_screen.read_later(cfg)) is None
    assert "the start picture is not used" in caplog.text


@settings(max_examples=300, deadline=None)
@given(
    header=st.binary(max_size=80),
    body=st.binary(max_size=200),
    numbers=st.lists(st.integers(-5, 10**9), min_size=3, max_size=3),
)
def test_the_parser_refuses_anything_but_a_picture(header, body, numbers):
    for blob in (
        header + b"\n" + body,
        start_screen.MAGIC + b" k %d %d %d\n" % tuple(numbers) + zlib.compress(body),
    ):
        try:
            stored = start_screen._parse(blob)
        except (ValueError, zlib.error):
            continue
        assert len(stored.pixels) == stored.stride * stored.height
        assert stored.width * 4 <= stored.stride


def test_the_kiosk_takes_the_picture_then_shows_it_at_the_next_start(tmp_path):
    cfg_path = fullscreen_toml(tmp_path)
    env = offscreen_env(tmp_path)
    cmd = [KIOSK, "run", "--config", str(cfg_path), "--exit-after-first-frame"]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "start_picture_ms=" not in first.stdout  # nothing stored yet
    cfg = config.load(str(cfg_path))
    assert (cfg.state_dir / start_screen.FILE).stat().st_mode & 0o077 == 0  # private
    stored = start_screen.read(cfg)
    assert stored is not None and (stored.width, stored.height) == (1080, 1920)
    # The welcome screen, not a blank: many colours.
    picture = QImage(stored.pixels, 1080, 1920, stored.stride, QImage.Format.Format_RGB32)
    colours = {picture.pixel(x, y) for x in range(0, 1080, 20) for y in range(0, 1920, 20)}
    assert len(colours) > 20

    second = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    shown = int(second.stdout.split("start_picture_ms=")[1].split()[0])
    ui = int(second.stdout.split("first_frame_ms=")[1].split()[0])
    assert shown <= ui
    assert 'msg="start picture shown"' in second.stderr
    assert 'msg="the start picture' not in second.stderr  # not refused, not rewritten


def test_a_fullscreen_kiosk_stops_on_sigterm(tmp_path):
    """systemd stops the kiosk with SIGTERM. Qt 6's quit() asks each window to close, and
    the locked kiosk window refuses: the kiosk ran on until systemd killed it."""
    cfg_path = fullscreen_toml(tmp_path)
    proc = subprocess.Popen(
        [KIOSK, "run", "--config", str(cfg_path)],
        env=offscreen_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    stderr = proc.stderr
    framed = threading.Event()

    def drain() -> None:  # read all of it: a full pipe would stop the kiosk, not SIGTERM
        for line in stderr:
            if 'msg="first frame"' in line:
                framed.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        assert framed.wait(120), "no first frame"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
