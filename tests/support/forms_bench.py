"""Form engine figures for ``make bench`` (measured, never asserted by the test suite)."""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:  # run as a script or from tests/support: the repo for `kiosk`
    sys.path.append(_ROOT)

from kiosk.forms import FormSession, load_form  # noqa: E402

_PERSON = {
    "relation": "selbst",
    "surname": "Kowalska-Öztürk",
    "given_names": "Anna Maria",
    "doctor_title": "Dr.",
    "date_of_birth": "1988-04-03",
    "place_of_birth": "Gdańsk, Polen",
    "sex": "w",
    "nationalities": ["152", "000"],
    "marital_status": "VH",
    "marriage_date": "2015-07-14",
    "marriage_place": "Köln",
    "spouse_moves_in": True,
    "religion": "rk",
    "doc_kind": "PA",
    "doc_number": "L01X00T47",
    "doc_authority": "Stadt Köln",
    "doc_issued": "2021-07-01",
    "doc_valid_until": "2031-06-30",
}


# The small pages: Meldebescheinigung, "About you" (8 rows) <-> "The certificate" (5).
MELDEBESCHEINIGUNG = {
    "surname": "Mustermann",
    "given_names": "Erika",
    "date_of_birth": "12.08.1964",
    "address.street": "Heidestr.",
    "address.house_number": "17",
    "address.postcode": "51147",
    "address.city": "Köln",
}
# The largest page: the Anmeldung's persons (22 rows: 8 lists of answers, two searchable
# country lists), entered by Next from the page before it ("owner moves in", 2 rows).
ANMELDUNG = {
    "new_address": {
        "street": "Kaiserstraße",
        "house_number": "41",
        "postcode": "53113",
        "city": "Bonn",
    },
    "status": "haupt",
    "from_abroad": False,
    "owner_moves_in": True,
}


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def validate_ms_p95(runs: int = 300, persons: int = 2) -> float:
    """p95 in ms of ``validate_page`` on the persons page of Anmeldung (the largest page:
    a repeatable group with conditions, patterns with Unicode classes and a cross-field
    rule), with ``persons`` people filled in. Goal: <= 5 ms."""
    session = FormSession(load_form("anmeldung"), "de", today=lambda: date(2026, 3, 2))
    page = next(i for i, p in enumerate(session.form.pages) if p.id == "personen")
    for i in range(persons):
        if i >= session.item_count("persons"):
            session.add_group_item("persons")
        for key, value in _PERSON.items():
            session.set(f"persons[{i}].{key}", value)
    if session.validate_page(page):
        raise RuntimeError(f"bench data is not valid: {session.validate_page(page)}")
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        session.validate_page(page)
        times.append((time.perf_counter() - start) * 1000)
    return round(_percentile(times[10:], 95), 3)


def _page_switches(
    concern: str, answers: dict[str, Any], first_page: int, count: int
) -> tuple[list[float], list[float]]:
    """Tap Next and Back alternately on the real UI (1080x1920), from ``first_page``: the
    ms from the tap until the other page's frame is drawn, and the GUI thread's CPU ms in
    that time (the part that does not depend on the machine's load)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, Qt
    from PySide6.QtTest import QTest

    from kiosk import config
    from ui.app import KioskUi
    from ui.finder import find, settle

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    with tempfile.TemporaryDirectory() as tmp:
        ui = KioskUi(config.load_demo(tmp), size=(1080, 1920))
        ui.show(False)
        ui.freeze_startup_objects()  # as ui.app.run does after the first frame
        ui.warm_up()
        pump(0.5)
        forms = ui.context.forms
        ui.context.session.chooseLanguage("de")
        forms.offer(concern)  # the form screen is built while the citizen chooses
        pump(0.5)
        forms.start(concern)  # loads on a worker
        end = time.monotonic() + 10
        while forms.session is None and time.monotonic() < end:
            pump(0.005)
        form = forms.session
        assert form is not None, f"the form of {concern} did not load"
        for path, value in answers.items():
            form.set(path, value)
        forms.change(first_page)
        pump(0.3)
        frames: list[float] = []
        ui.window.frameSwapped.connect(lambda: frames.append(time.perf_counter()))
        times, cpu = [], []
        for i in range(count):
            item = find(ui.window, "formNext" if i % 2 == 0 else "formBack")
            assert item is not None
            settle(item)
            c = item.mapToScene(item.boundingRect().center()).toPoint()
            page = form.page_index
            n = len(frames)
            start, start_cpu = time.perf_counter(), time.thread_time()
            QTest.mouseClick(
                ui.window,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                QPoint(c.x(), c.y()),
            )
            ui.window.update()
            while len(frames) == n:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            times.append((frames[-1] - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            if form.page_index == page:
                raise RuntimeError(f"{concern}: the tap did not change the page: {forms.rows}")
            pump(0.05)  # a finger's pause
        ui.close()
    return times[2:], cpu[2:]


def page_switch_figures(count: int = 30) -> dict[str, float]:
    """form_page_switch_ms_p95 on the small pages (goal <= 33 ms, two frames), with its
    GUI CPU time, and the same for the largest page (the Anmeldung's persons)."""
    small, small_cpu = _page_switches("meldebescheinigung", MELDEBESCHEINIGUNG, 0, count)
    large, large_cpu = _page_switches("anmeldung", ANMELDUNG, 1, count // 2)
    return {
        "form_page_switch_ms_p95": round(_percentile(small, 95), 1),
        "form_page_switch_cpu_ms_p95": round(_percentile(small_cpu, 95), 1),
        "form_page_switch_persons_ms_p95": round(_percentile(large, 95), 1),
        "form_page_switch_persons_cpu_ms_p95": round(_percentile(large_cpu, 95), 1),
    }


if __name__ == "__main__":
    print(f"forms_validate_ms_p95={validate_ms_p95()}")
    print(page_switch_figures())
