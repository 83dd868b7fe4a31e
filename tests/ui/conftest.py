"""Fixtures that start the real kiosk UI offscreen against a temporary state folder."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import gui_guard
import pytest
import window_leaks
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QPoint,
    QPointF,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk import config
from ui.app import KioskUi
from ui.finder import building, find, settle

# Qt Multimedia and TextToSpeech tell through Qt's log that this machine has no sound
# server or speech engine (CI has neither); the kiosk reports that once itself ("sound
# unavailable", kiosk doctor). Everything else in Qt's log is a finding.
AUDIO_CATEGORIES = ("qt.multimedia", "qt.speech", "qt.texttospeech")
AUDIO_MESSAGES = (
    "Error loading text-to-speech plug-in",  # no speech-dispatcher running
    "PulseAudioService:",  # no PulseAudio/PipeWire server
    "Couldn't load pipewire",
)


class Messages:
    """Qt's log (QML warnings included), collected for assertions."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def handler(self, kind: QtMsgType, context: object, text: str) -> None:
        category = str(getattr(context, "category", "") or "")
        audio = category.startswith(AUDIO_CATEGORIES) or text.startswith(AUDIO_MESSAGES)
        if kind != QtMsgType.QtDebugMsg and not audio:
            self.lines.append(text)


@pytest.fixture(autouse=True)
def gui_thread_guard() -> Iterator[None]:
    """Every UI test fails if the GUI thread touches a file, a database, a socket or a
    process while handling an event, or is blocked over 50 ms (tests/support/gui_guard.py)."""
    with gui_guard.guarded() as findings:
        yield
    assert not findings, "the GUI thread must not wait:\n" + "\n".join(findings)


@pytest.fixture
def qt_messages() -> Iterator[Messages]:
    msgs = Messages()
    previous = qInstallMessageHandler(msgs.handler)
    yield msgs
    qInstallMessageHandler(previous)


def pump(ms: int = 50) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def wait_until(cond: Callable[[], bool], timeout_s: float = 10.0) -> None:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if cond():
            return
        pump(10)
    assert cond(), "condition not met in time"


def demo_config(tmp_path: Path, **session: int) -> config.Config:
    cfg = config.load_demo(str(tmp_path / "state"))
    if session:
        cfg = dataclasses.replace(cfg, session=dataclasses.replace(cfg.session, **session))
    return cfg


class Driver:
    """Taps items by objectName like a finger would: press and release at their centre."""

    def __init__(self, ui: KioskUi) -> None:
        self.ui = ui
        self.window = ui.window

    def built(self) -> None:
        """Wait for what QML builds in the background (a form page's rows below its first
        screen, FormView.qml): a finger reaches them later than a test does."""
        wait_until(lambda: not building(self.ui.engine), 5.0)
        pump(50)  # and laid out: the rows that came last move the ones below them

    def item(self, name: str) -> QQuickItem:
        found = find(self.window, name)
        if found is None and building(self.ui.engine):
            self.built()
            found = find(self.window, name)
        assert found is not None, f"no item named {name!r}"
        assert isinstance(found, QQuickItem), f"{name} is not an item"
        return found

    def obj(self, name: str) -> QObject:
        found = find(self.window, name)
        assert found is not None, f"no object named {name!r}"
        return found

    def text(self, name: str) -> str:
        return str(self.item(name).property("text"))

    def scroll_into_view(self, item: QQuickItem) -> None:
        """Like a finger flicking the list: bring ``item`` into its Flickable's viewport."""
        flick = item.parentItem()
        while flick is not None and not flick.inherits("QQuickFlickable"):
            flick = flick.parentItem()
        if flick is None:
            return
        settle(item)  # positions and the page's height as the next frame lays them out
        content = flick.property("contentItem")
        top = item.mapToItem(content, QPointF(0, 0)).y()
        view_h = flick.height()
        y = float(flick.property("contentY"))
        if top < y or top + item.height() > y + view_h:
            max_y = max(0.0, float(flick.property("contentHeight")) - view_h)
            flick.setProperty("contentY", min(max(0.0, top - 20), max_y))
            pump(30)

    def tap(self, name: str) -> None:
        item = self.item(name)
        assert item.isVisible() and item.isEnabled(), f"{name} is not tappable"
        self.scroll_into_view(item)
        settle(item)
        centre = item.mapToScene(item.boundingRect().center()).toPoint()
        QTest.mouseClick(
            self.window,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(centre.x(), centre.y()),
        )
        pump(30)

    def screen(self) -> str:
        return str(self.ui.context.navigator.screen)

    pump = staticmethod(pump)
    wait_until = staticmethod(wait_until)


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., config.Config]:
    return lambda **session: demo_config(tmp_path, **session)


@pytest.fixture
def make_ui(qapp: object, tmp_path: Path) -> Iterator[Callable[..., Driver]]:
    """Builds kiosk windows; at the end closes them and fails the test if they left a
    SQLite connection or a socket open (tests/support/window_leaks.py): a kiosk has one
    window per process, the test suite hundreds, and leaked descriptors pile up."""
    made: list[KioskUi] = []

    def make(cfg: config.Config | None = None, *, eager: bool = True, **kwargs: object) -> Driver:
        """``eager=False`` builds the window as ``kiosk run`` does (popups after the first
        frame); ``kwargs`` go to the app context."""
        from ui.context import AppContext

        with gui_guard.startup():
            cfg = cfg or demo_config(tmp_path)
            ctx = AppContext(cfg, **kwargs)  # type: ignore[arg-type]
            try:
                ui = KioskUi(cfg, ctx, size=(1080, 1920), eager=eager)
            except BaseException:  # QML did not load: the context's stores still close
                ctx.shutdown()
                raise
            ui.show(False)
            made.append(ui)
            pump(100)
        return Driver(ui)

    with window_leaks.watching() as watch:
        yield make
        with gui_guard.startup():  # shutting down joins the workers: not a citizen's wait
            for ui in made:
                ui.close()
            pump(20)
    left = watch.left_open()
    assert not left, "a closed window left open:\n" + "\n".join(left)
