"""``make bench``: start-up, tap-to-ticket, ticket rendering, memory and UI stalls.

Writes a flat JSON object of named figures (build/bench.json). Figures are measured here,
never asserted by the test suite: timing on a shared CI machine is not a pass/fail signal.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, Python puts tests/ first on the path, where tests/kiosk would shadow the
# real kiosk package.
sys.path[0] = str(ROOT)
KIOSK = str(Path(sys.executable).with_name("kiosk"))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def first_frame(runs: int = 5) -> dict[str, float]:
    values = []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_STATE_HOME=tmp)
        for _ in range(runs):
            out = subprocess.run([KIOSK, "run", "--demo", "--exit-after-first-frame"], env=env,
                                 capture_output=True, text=True, timeout=60, check=True).stdout
            values.append(float(out.strip().split("=")[1]))
    return {"first_frame_ms": round(statistics.median(values), 1)}


def ticket_pdf() -> dict[str, float]:
    from kiosk.printout import render_ticket
    from kiosk.queue import Ticket, WaitEstimate

    ticket = Ticket("20261121-B-042", "B-042", "anmeldung", "B",
                    datetime.now().astimezone(), 7, WaitEstimate(15, 25))
    render_ticket(ticket, concern_name="Wohnsitz an- oder ummelden", location="Rathaus",
                  language="de")
    times = []
    for _ in range(50):
        start = time.perf_counter()
        render_ticket(ticket, concern_name="Wohnsitz an- oder ummelden", location="Rathaus",
                      language="de")
        times.append((time.perf_counter() - start) * 1000)
    return {"ticket_pdf_ms": round(statistics.median(times), 2)}


def sessions(count: int = 200) -> dict[str, float]:
    """Simulated citizens tapping language -> concern -> ticket -> done, on the real UI."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest

    from kiosk import config
    from ui.app import KioskUi
    from ui.finder import find

    def pump_until(cond, timeout_s: float = 10.0) -> None:
        end = time.monotonic() + timeout_s
        while not cond():
            if time.monotonic() > end:
                raise RuntimeError(f"timed out waiting (line {cond.__code__.co_firstlineno})")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def tap(ui: KioskUi, name: str) -> None:
        item = find(ui.window, name)
        assert item is not None, name
        c = item.mapToScene(item.boundingRect().center()).toPoint()
        QTest.mouseClick(ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(c.x(), c.y()))

    concerns = ["ausweis", "anmeldung", "meldebescheinigung", "bewohnerparken", "sperrmuell"]
    with tempfile.TemporaryDirectory() as tmp:
        cfg = config.load_demo(tmp)
        ui = KioskUi(cfg, size=(1080, 1920))
        ui.show(False)
        ticketing = ui.context.ticketing
        printed: list[float] = []
        ticketing.printed.connect(lambda _ref: printed.append(time.perf_counter()))

        stall = {"max": 0.0, "armed": False}
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]
        ticker = QTimer()
        ticker.setInterval(5)

        def tick() -> None:
            now = clock.elapsed()
            if stall["armed"]:
                stall["max"] = max(stall["max"], now - last[0] - 5)
            last[0] = now

        ticker.timeout.connect(tick)
        ticker.start()
        pump_until(lambda: ui.window.isExposed())
        settle_until = time.monotonic() + 0.3
        pump_until(lambda: time.monotonic() > settle_until)

        tap_ms: list[float] = []
        rss_at_20 = 0.0
        for i in range(count):
            stall["armed"] = i >= 5  # after warm-up
            tap(ui, "language_de" if i % 2 else "language_en")
            pump_until(lambda: ui.context.navigator.screen == "concerns")
            n = len(printed)
            start = time.perf_counter()
            tap(ui, f"concern_{concerns[i % len(concerns)]}")
            pump_until(lambda n=n: len(printed) > n)
            tap_ms.append((printed[-1] - start) * 1000)
            pump_until(lambda: find(ui.window, "ticketDone") is not None)
            tap(ui, "ticketDone")
            pump_until(lambda: ui.context.navigator.screen == "welcome")
            if i + 1 == 20:
                rss_at_20 = rss_mb()
        rss_end = rss_mb()
        ticker.stop()
        ui.close()
    warm = tap_ms[5:]
    return {
        "tap_to_ticket_ms_p50": round(percentile(warm, 50), 1),
        "tap_to_ticket_ms_p95": round(percentile(warm, 95), 1),
        "rss_mb": round(rss_end, 1),
        "rss_growth_mb": round(rss_end - rss_at_20, 1),
        "max_ui_stall_ms": round(stall["max"], 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "build" / "bench.json"))
    args = parser.parse_args()
    results: dict[str, float] = {}
    for part in (first_frame, ticket_pdf, sessions):
        figures = part()
        print(json.dumps(figures), flush=True)
        results.update(figures)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
