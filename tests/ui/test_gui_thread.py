"""The known ways the GUI thread used to wait, each pinned down (the guard in
tests/support/gui_guard.py catches new ones in every UI test)."""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable

import gui_guard
from frames import current_frames
from PySide6.QtCore import QTimer

import kiosk.forms
import kiosk.ops.maintenance


def on_main() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_the_pin_is_checked_off_the_gui_thread(make_ui, monkeypatch):
    checked_on_main: list[bool] = []
    real = kiosk.ops.maintenance.check_pin

    def spy(pin: str, stored: str) -> bool:
        checked_on_main.append(on_main())
        return real(pin, stored)

    monkeypatch.setattr(kiosk.ops.maintenance, "check_pin", spy)
    d = make_ui()
    for _ in range(5):
        d.tap("maintenanceCorner")
    for digit in "123456":
        d.tap(f"pin_{digit}")
    d.tap("pin_OK")
    d.wait_until(lambda: d.screen() == "maintenance")
    assert checked_on_main == [False]


def test_out_of_service_is_answered_from_memory(make_ui, tmp_path):
    d = make_ui()
    maintenance = d.ui.context.maintenance
    maintenance.setOutOfService("fault")
    d.wait_until(lambda: maintenance.outOfService)
    with gui_guard.recording() as events:
        for _ in range(20):  # as often as QML evaluates the binding
            assert maintenance.outOfService
    assert events == []
    maintenance.clearOutOfService()
    d.wait_until(lambda: not maintenance.outOfService)
    assert not (tmp_path / "state" / "out_of_service.json").exists()


def test_a_form_is_loaded_off_the_gui_thread(make_ui, monkeypatch):
    loaded_on_main: list[bool] = []
    real = kiosk.forms.load_form

    def spy(form_id: str, *args: object, **kwargs: object) -> kiosk.forms.Form:
        loaded_on_main.append(on_main())
        return real(form_id, *args, **kwargs)

    monkeypatch.setattr(kiosk.forms, "load_form", spy)
    d = make_ui()
    d.tap("language_de")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    assert loaded_on_main == [False]


def _as_ui_code(source: str, name: str) -> Callable[[], None]:
    """A function that Python believes lives in ui/: the guard judges only our code."""
    namespace: dict[str, object] = {}
    exec(compile(source, str(gui_guard.ROOT / "ui" / "guard_probe.py"), "exec"), namespace)
    return namespace[name]  # type: ignore[return-value]


def test_the_guard_catches_file_io_and_a_stall_from_an_event(make_ui, tmp_path):
    """The guard itself: a timer slot of ours that opens a file, then one that sleeps."""
    path = tmp_path / "probe.txt"
    opener = _as_ui_code(f"def open_it():\n    open({str(path)!r}, 'w').close()\n", "open_it")
    sleeper = _as_ui_code("import time\ndef sleep_it():\n    time.sleep(0.2)\n", "sleep_it")
    d = make_ui()  # its pump() is the event loop the guard watches
    QTimer.singleShot(0, opener)
    d.pump(50)
    QTimer.singleShot(0, sleeper)
    d.pump(300)
    found, gui_guard.findings[:] = list(gui_guard.findings), []  # handled here, not a failure
    assert any(f.startswith(f"GUI thread did open {(str(path),)!r}") for f in found), found
    assert any(f.startswith("GUI thread blocked") and "sleep_it" in f for f in found), found
    opener()  # called by the test itself, not from an event: the test's own I/O is allowed
    assert gui_guard.findings == []


def test_the_guard_does_not_count_the_garbage_collector(make_ui):
    """A full collection that walks the test process's heap (late in the suite, every
    earlier test's leftovers) is not the kiosk blocking: it is taken off, as a wait for
    a CPU is. The same slot's own work still counts (the test above)."""
    collector = _as_ui_code(
        "import gc, time\n"
        "def collect_it():\n"
        "    end = time.perf_counter() + 0.02\n"  # some work of its own first (20 ms)
        "    while time.perf_counter() < end:\n"
        "        pass\n"
        "    gc.collect()\n",
        "collect_it",
    )
    heap = [[i] for i in range(1_500_000)]  # live objects a full collection has to walk
    d = make_ui()
    started = time.perf_counter()
    gc.collect()
    took = time.perf_counter() - started
    assert took > 2 * gui_guard.STALL_S, f"the heap is too small to test this: {took:.3f} s"

    # Python code run by the collector (hypothesis registers such a callback) lets the
    # detector's thread look at the main thread while it collects, as it did in the run.
    def slow_callback(phase: str, _info: dict[str, int]) -> None:
        if phase == "stop":
            time.sleep(0.01)

    gc.callbacks.append(slow_callback)
    try:
        QTimer.singleShot(0, collector)
        d.pump(int(took * 3000))
    finally:
        gc.callbacks.remove(slow_callback)
    assert gui_guard.findings == []
    del heap


def test_the_sampler_never_collects_garbage_while_it_reads_the_frames(monkeypatch):
    """tests/support/frames.py: a collection inside ``sys._current_frames()`` (which
    holds the thread list's lock) once hung the suite; the rigs' sampler holds the
    collector off for the call, and only for it."""
    real = sys._current_frames
    collector_on: list[bool] = []

    def watched() -> dict:
        if threading.current_thread() is threading.main_thread():  # not the guard's sampler
            collector_on.append(gc.isenabled())
        return real()

    monkeypatch.setattr(sys, "_current_frames", watched)
    assert gc.isenabled()
    frames = current_frames()
    assert threading.main_thread().ident in frames
    assert collector_on == [False]
    assert gc.isenabled()


def test_a_worker_thread_is_running_before_the_first_job(qapp):
    """Starting a thread waits for it to run: the pool must not do that on the first tap."""
    from ui.worker import Worker

    before = {t.name for t in threading.enumerate()}
    worker = Worker("probe")
    try:
        started = {t.name for t in threading.enumerate()} - before
        assert any(name.startswith("probe") for name in started), started
    finally:
        worker.shutdown()
