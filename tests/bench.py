"""``make bench``: start-up, tap-to-ticket, ticket rendering, memory and UI stalls.

Writes a flat JSON object of named figures (build/bench.json). Figures are measured here,
never asserted by the test suite: timing on a shared CI machine is not a pass/fail signal.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

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


def _start_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """One start to the first frame: (ms since process start to the UI's first frame, peak
    RSS in MiB, ms to the start picture or NaN when none was shown)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or "first_frame_ms=" not in out:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {out!r}")
    picture = float("nan")
    if "start_picture_ms=" in out:
        picture = float(out.split("start_picture_ms=")[1].split()[0])
    return float(out.split("first_frame_ms=")[1].split()[0]), usage.ru_maxrss / 1024, picture


def compile_sources() -> None:
    """Byte-compile the kiosk's modules, as pip does when it installs the release. Run
    from a checkout where writing bytecode is off (PYTHONDONTWRITEBYTECODE, read-only
    tree), every start compiled all 90 modules again: about 200 ms of CPU before the
    first frame that no installed kiosk pays (measured 7 Dec 2026)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "kiosk", "ui", "devices"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def first_frame(runs: int = 7) -> dict[str, float]:
    """The kiosk's start-up against the floor: a bare Qt Quick window with the welcome
    screen's content (tests/support/bare_qt.py), started alternately in the same minute,
    so the ratios hold on any machine. The kiosk starts as a real one does, fullscreen on
    a 1080x1920 screen (tests/support/fullscreen.py); one start first takes the start
    picture (ui/start_screen.py), so each measured start shows it before its UI."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    from fullscreen import fullscreen_toml, offscreen_env

    compile_sources()
    kiosk: list[tuple[float, float, float]] = []
    bare: list[tuple[float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        env = offscreen_env(Path(tmp), dict(os.environ, XDG_STATE_HOME=tmp))
        cmd = [
            KIOSK,
            "run",
            "--config",
            str(fullscreen_toml(Path(tmp))),
            "--exit-after-first-frame",
        ]
        unpictured = _start_once(cmd, env)
        for _ in range(runs):
            kiosk.append(_start_once(cmd, env))
            bare.append(_start_once([sys.executable, str(ROOT / "tests/support/bare_qt.py")], env))
    if any(k[2] != k[2] for k in kiosk):  # NaN: a start without its picture
        raise RuntimeError("a measured start showed no start picture")
    return {
        "first_frame_ms": round(statistics.median(k[0] for k in kiosk), 1),
        "first_frame_bare_qt_ms": round(statistics.median(b[0] for b in bare), 1),
        "first_frame_vs_bare_qt": round(
            statistics.median(k[0] / b[0] for k, b in zip(kiosk, bare, strict=True)), 2
        ),
        "start_picture_ms": round(statistics.median(k[2] for k in kiosk), 1),
        "start_picture_vs_bare_qt": round(
            statistics.median(k[2] / b[0] for k, b in zip(kiosk, bare, strict=True)), 2
        ),
        "first_frame_without_picture_ms": round(unpictured[0], 1),
        "start_rss_mb": round(statistics.median(k[1] for k in kiosk), 1),
        "start_rss_bare_qt_mb": round(statistics.median(b[1] for b in bare), 1),
        "rss_vs_bare_qt": round(
            statistics.median(k[1] / b[1] for k, b in zip(kiosk, bare, strict=True)), 2
        ),
    }


def ticket_pdf() -> dict[str, float]:
    """Warm render time of one ticket, per script: Latin, Arabic (shaped and reordered),
    Cyrillic. The concern name is the catalogue's in that language."""
    from kiosk import catalogue as catalogue_mod
    from kiosk import config
    from kiosk.printing.documents import render_ticket
    from kiosk.queue.base import Ticket, WaitEstimate

    cat = catalogue_mod.load(config.CATALOGUE, ["de", "ar", "uk"])
    concern = cat.concern("anmeldung")
    ticket = Ticket(
        "20261121-B-042",
        "B-042",
        "anmeldung",
        "B",
        datetime.now().astimezone(),
        7,
        WaitEstimate(15, 25),
    )
    figures = {}
    for lang in ("de", "ar", "uk"):
        name = concern.name(lang)
        render_ticket(ticket, concern_name=name, location="Rathaus", language=lang)
        times = []
        for _ in range(50):
            start = time.perf_counter()
            render_ticket(ticket, concern_name=name, location="Rathaus", language=lang)
            times.append((time.perf_counter() - start) * 1000)
        figures[f"ticket_pdf_ms_{lang}"] = round(statistics.median(times), 2)
    figures["ticket_pdf_ms"] = figures["ticket_pdf_ms_de"]
    return figures


def stall_driver(stall: Any, timeout_s: float) -> tuple[Callable[..., None], Callable[..., None]]:
    """``pump_until(cond)`` and ``tap(ui, name)`` for a run watched by ``stall``
    (tests/support/stalls.py): the bench's own work (finding an item, checking a
    condition, which may walk the item tree) is not counted as the kiosk's, and a tap
    waits one tick after the screen it answers, as a finger would."""
    import touch
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from ui.finder import find, settle

    def pump_until(cond: Callable[[], bool], timeout_s: float = timeout_s) -> None:
        end = time.monotonic() + timeout_s
        while True:
            with stall.driver():
                if cond():
                    return
            if time.monotonic() > end:
                raise RuntimeError(f"timed out waiting (line {cond.__code__.co_firstlineno})")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def tap(ui: Any, name: str) -> None:
        stall.between(
            lambda: QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        )
        with stall.driver():
            item = find(ui.window, name)
        assert item is not None, name
        stall.enter(f"tap {name}")
        settle(item)
        touch.tap(ui.window, item)

    return pump_until, tap


def sessions(count: int = 200) -> dict[str, float]:
    """Simulated citizens tapping language -> concern -> ticket -> done, on the real UI;
    the GUI thread's stalls meanwhile (tests/support/stalls.py)."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    from stalls import StallDetector

    from kiosk import config
    from ui.app import KioskUi
    from ui.finder import find

    concerns = ["ausweis", "reisepass", "dokument_abholen"]  # no form step in between
    with tempfile.TemporaryDirectory() as tmp:
        cfg = config.load_demo(tmp)
        ui = KioskUi(cfg, size=(1080, 1920))
        ui.show(False)
        ui.freeze_startup_objects()  # as ui.app.run does after the first frame
        ui.warm_up()
        ticketing = ui.context.ticketing
        printed: list[float] = []
        ticketing.printed.connect(lambda _ref: printed.append(time.perf_counter()))

        stall = StallDetector(sample=os.environ.get("BENCH_STALL_STACKS") == "1")
        pump_until, tap = stall_driver(stall, timeout_s=10.0)
        stall.start()
        # The cyclic garbage collector's pauses: one cause of stalls (see README).
        gc_pauses: list[float] = []
        gc_started = [0.0]

        def on_gc(phase: str, _info: dict[str, int]) -> None:
            if phase == "start":
                gc_started[0] = time.perf_counter()
            elif stall.armed:
                gc_pauses.append((time.perf_counter() - gc_started[0]) * 1000)

        gc.callbacks.append(on_gc)
        pump_until(lambda: ui.window.isExposed())
        settle_until = time.monotonic() + 0.3
        pump_until(lambda: time.monotonic() > settle_until)

        tap_ms: list[float] = []
        rss_at_20 = 0.0
        for i in range(count):
            stall.armed = i >= 5  # after warm-up
            tap(ui, "language_de" if i % 2 else "language_en")
            pump_until(lambda: ui.context.navigator.screen == "concerns")
            n = len(printed)
            start = time.perf_counter()
            tap(ui, f"concern_{concerns[i % len(concerns)]}")
            pump_until(lambda n=n: len(printed) > n)
            tap_ms.append((printed[-1] - start) * 1000)
            stall.enter("ticket shown")
            pump_until(lambda: find(ui.window, "ticketDone") is not None)
            tap(ui, "ticketDone")
            pump_until(lambda: ui.context.navigator.screen == "welcome")
            stall.enter("welcome shown")
            if i + 1 == 20:
                rss_at_20 = rss_mb()
        rss_end = rss_mb()
        stall.stop()
        for worst in stall.worst:  # what blocked: see tests/support/stalls.py
            print(worst, *stall.stacks.get(worst.ms, []), sep="\n    ", file=sys.stderr)
        gc.callbacks.remove(on_gc)
        ui.close()
    warm = tap_ms[5:]
    return {
        "tap_to_ticket_ms_p50": round(percentile(warm, 50), 1),
        "tap_to_ticket_ms_p95": round(percentile(warm, 95), 1),
        "rss_mb": round(rss_end, 1),
        "rss_growth_mb": round(rss_end - rss_at_20, 1),
        "max_ui_stall_ms": round(stall.max_ms, 1),
        "max_ui_stall_cpu_ms": round(stall.max_cpu_ms, 1),
        "max_gc_pause_ms": round(max(gc_pauses, default=0.0), 1),
    }


def printer_figures() -> dict[str, float]:
    """Document -> ESC/POS bytes (as sent to a TM-T20: native text where the script
    allows, else trimmed raster; the trimmed and the full raster for comparison), and one
    status query against the fake printer."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    import fake_escpos

    from devices.printing.base import pdf_bytes
    from devices.printing.escpos import open_escpos
    from devices.printing.native import escpos_job
    from devices.printing.profiles import get_profile
    from devices.printing.raster import document_to_escpos
    from kiosk.printing.documents import render_ticket, render_ticket_printout
    from kiosk.queue.base import Ticket, WaitEstimate

    ticket = Ticket(
        "20261121-B-042",
        "B-042",
        "anmeldung",
        "B",
        datetime.now().astimezone(),
        7,
        WaitEstimate(15, 25),
    )
    pdf = render_ticket(
        ticket, concern_name="Wohnsitz an- oder ummelden", location="Rathaus", language="de"
    )
    profile = get_profile("tm-t20")
    document_to_escpos(pdf, profile)
    raster = []
    for _ in range(30):
        start = time.perf_counter()
        document_to_escpos(pdf, profile)
        raster.append((time.perf_counter() - start) * 1000)
    figures: dict[str, float] = {}
    for lang, name in (
        ("de", "Wohnsitz an- oder ummelden"),
        ("ar", "تسجيل السكن"),
        ("uk", "Реєстрація"),
    ):
        out = render_ticket_printout(ticket, concern_name=name, location="Rathaus", language=lang)
        job = escpos_job(out.pdf, profile, out.text)
        fake_job, _unknown = fake_escpos.decode_job(job, profile.dpi)
        if fake_job.errors or not fake_job.confirmed:
            raise RuntimeError(f"the fake printer refused the {lang} ticket: {fake_job.errors}")
        figures[f"ticket_bytes_{lang}"] = len(job)
        figures[f"ticket_native_{lang}"] = int(bool(fake_job.lines))
        pdf = pdf_bytes(out.pdf)
        figures[f"ticket_bytes_raster_{lang}"] = len(document_to_escpos(pdf, profile))
        full = get_profile("tsp100")  # the full raster, for comparison (same 576 dots)
        figures[f"ticket_bytes_full_raster_{lang}"] = len(document_to_escpos(pdf, full))
    status = []
    with fake_escpos.FakeEscposPrinter() as fake:
        printer = open_escpos(f"tcp://127.0.0.1:{fake.port}", "tm-t20", 2.0)
        printer.status()
        for _ in range(50):
            start = time.perf_counter()
            printer.status()
            status.append((time.perf_counter() - start) * 1000)
        printer.close()
    return {
        "escpos_raster_ms": round(statistics.median(raster), 2),
        "printer_status_ms": round(statistics.median(status), 2),
        **figures,
    }


def paper_figures(count: int = 40, profile: str = "tm-t20") -> dict[str, float]:
    """Tap on a concern until the fake ESC/POS printer (tm-t20 profile: native text for
    these German and English tickets) has the cut command, and the bytes per ticket on the
    wire, from the real UI. ``profile="tm-t20-raster"`` measures the same as raster."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    import fake_escpos
    import touch
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from kiosk import config
    from ui.app import KioskUi
    from ui.finder import find, settle

    def pump_until(cond, timeout_s: float = 10.0) -> None:
        end = time.monotonic() + timeout_s
        while not cond():
            if time.monotonic() > end:
                raise RuntimeError(f"timed out waiting (line {cond.__code__.co_firstlineno})")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def tap(ui: KioskUi, name: str) -> None:
        item = find(ui.window, name)
        assert item is not None, name
        settle(item)
        touch.tap(ui.window, item)

    concerns = ["ausweis", "reisepass", "dokument_abholen"]
    with tempfile.TemporaryDirectory() as tmp, fake_escpos.FakeEscposPrinter() as printer:
        path = Path(tmp) / "kiosk.toml"
        path.write_text(
            f'[kiosk]\nstate_dir = "{Path(tmp) / "state"}"\n[display]\nfullscreen = false\n'
            f'[printer]\nkind = "escpos"\nuri = "{printer.uri}"\nprofile = "{profile}"\n'
        )
        ui = KioskUi(config.load(path), size=(1080, 1920))
        ui.show(False)
        ui.freeze_startup_objects()  # as ui.app.run does after the first frame
        ui.warm_up()
        pump_until(lambda: ui.window.isExposed())
        times: list[float] = []
        for i in range(count):
            tap(ui, "language_de" if i % 2 else "language_en")
            pump_until(lambda: ui.context.navigator.screen == "concerns")
            n = len(printer.jobs)
            start = time.perf_counter()
            tap(ui, f"concern_{concerns[i % len(concerns)]}")
            pump_until(lambda n=n: len(printer.jobs) > n and printer.jobs[n].cut_at is not None)
            cut_at = printer.jobs[n].cut_at
            assert cut_at is not None
            times.append((cut_at - start) * 1000)
            pump_until(lambda: find(ui.window, "ticketDone") is not None)
            tap(ui, "ticketDone")
            pump_until(lambda: ui.context.navigator.screen == "welcome")
        sizes = [job.size for job in printer.jobs]
        if printer.errors or not all(job.confirmed for job in printer.jobs):
            raise RuntimeError(f"the fake printer refused a ticket: {printer.errors}")
        ui.close()
    return {
        "tap_to_paper_ms_p50": round(percentile(times[3:], 50), 1),
        "tap_to_paper_ms_p95": round(percentile(times[3:], 95), 1),
        "ticket_bytes": round(statistics.median(sizes)),
    }


def outbox_figures() -> dict[str, float]:
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    import outbox_bench

    return {"outbox_drain_per_s": round(outbox_bench.drain_rate(1000), 1)}


def site_figures() -> dict[str, float]:
    """Three kiosk processes drawing from one PostgreSQL (tests/support/site_bench.py)."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    import site_bench

    return site_bench.site_figures()


def zms_figures(count: int = 40) -> dict[str, float]:
    """Tap -> printed ticket through the ZMS adapter against a local server adding 50 ms
    per call; then the longest GUI stall while the server is slow, down, or answers
    garbage."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    import fake_zms
    from stalls import StallDetector

    from kiosk import config
    from ui.app import KioskUi
    from ui.finder import find

    # The faults' stalls are measured as the sessions' are: the bench's own item lookups
    # (a walk of the item tree in Python) are not the kiosk's and are not counted. Before,
    # a plain timer counted them too: 10-52 ms from run to run.
    stall = StallDetector(sample=os.environ.get("BENCH_STALL_STACKS") == "1")

    pump_until, tap = stall_driver(stall, timeout_s=20.0)

    server = fake_zms.FakeZms(latency_s=0.05).start()
    server.add_scope(141, "Bürgeramt", prefix="A", processing_minutes=10, workstations=2)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kiosk.toml"
        path.write_text(
            server.kiosk_toml(Path(tmp) / "state", {"ausweis": 141})
            + "\n[display]\nfullscreen = false\n"
        )
        cfg = config.load(path)
        ui = KioskUi(cfg, size=(1080, 1920))
        ui.show(False)
        ui.freeze_startup_objects()  # as ui.app.run does after the first frame
        ui.warm_up()
        ticketing = ui.context.ticketing
        printed: list[float] = []
        ticketing.printed.connect(lambda _ref: printed.append(time.perf_counter()))
        stall.start()  # not armed yet: its ticks pace the taps
        settle_at = time.monotonic() + 0.5
        pump_until(lambda: time.monotonic() > settle_at)
        times = []
        for _ in range(count):
            tap(ui, "language_de")
            pump_until(lambda: ui.context.navigator.screen == "concerns")
            n = len(printed)
            start = time.perf_counter()
            tap(ui, "concern_ausweis")
            pump_until(lambda n=n: len(printed) > n)
            times.append((printed[-1] - start) * 1000)
            pump_until(lambda: find(ui.window, "ticketDone") is not None)
            tap(ui, "ticketDone")
            pump_until(lambda: ui.context.navigator.screen == "welcome")

        # Faults: the longest the GUI thread is blocked while the server misbehaves.
        stall.armed = True
        for fault in ("slow", "garbage", "down"):
            if fault == "slow":
                server.latency_s = 3.0
            elif fault == "garbage":
                server.latency_s = 0.0
                server.fault("malformed")
            else:
                with stall.driver():  # the fake server's shutdown waits up to its poll interval
                    server.stop()
            for _ in range(3):
                tap(ui, "language_de")
                pump_until(lambda: ui.context.navigator.screen != "welcome")
                if ui.context.navigator.screen == "concerns":
                    tap(ui, "concern_ausweis")
                pump_until(lambda: not ticketing.busy, timeout_s=30)
                stall.enter(f"{fault}: refresh")
                ui.context.services.refresh()
                until = time.monotonic() + 0.3
                pump_until(lambda until=until: time.monotonic() > until)
                stall.enter(f"{fault}: session end")
                ui.context.session.finish()
        stall.stop()
        for worst in stall.worst[:5]:
            print("fault", worst, *stall.stacks.get(worst.ms, []), sep="\n    ", file=sys.stderr)
        ui.close()
    server.stop()
    import zms_load  # calls one idle kiosk makes per minute, at the default refresh interval

    return {
        "tap_to_ticket_zms_ms_p95": round(percentile(times[3:], 95), 1),
        "max_ui_stall_fault_ms": round(stall.max_ms, 1),
        "zms_calls_per_min": round(zms_load.calls_per_minute(), 1),
    }


def form_figures(count: int = 30) -> dict[str, float]:
    """Tap Next (or Back) -> the other page rendered, on a small page and on the largest;
    one page validated (tests/support/forms_bench.py)."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    import forms_bench

    return {
        **forms_bench.page_switch_figures(count),
        "form_validate_ms_p95": round(forms_bench.validate_ms_p95(), 2),
    }


def keys_figures() -> dict[str, float]:
    """A keypad key until the mock speech engine starts the focus announcement."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    import keys_bench

    return keys_bench.keypress_to_speech()


def card_figures() -> dict[str, float]:
    """PACE + DG1, BAC + DG1 and a chip without SFIs through pcscd, vpcd and the card
    emulator."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    import idcard_bench

    return {
        **idcard_bench.card_read_pace_ms_p50(),
        **idcard_bench.card_read_bac_ms_p50(),
        **idcard_bench.card_read_select_by_fid_ms_p50(),
    }


def help_figures() -> dict[str, float]:
    """In a process of its own, as the staff console runs in production (a second QML
    engine with Controls' text fields in a process that already ran the kiosk's engines
    trips over a Qt type registration)."""
    code = (
        "import json, sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]; import help_bench; "
        "print(json.dumps(help_bench.figures()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(ROOT / "tests" / "support")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    if "console_fleet_update_ms_p95" in figures:  # the key: the worst usual case
        figures["console_fleet_update_ms"] = figures["console_fleet_update_ms_p95"]
    return figures


def restart_to_ready() -> dict[str, float]:
    """SIGKILL a running kiosk, start the next one (as systemd would, minus RestartSec),
    and time until it reports READY=1 on a stand-in notify socket."""
    import signal
    import socket

    compile_sources()
    with tempfile.TemporaryDirectory() as tmp:
        sock_path = Path(tmp) / "notify.sock"
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(str(sock_path))
        sock.settimeout(30)
        env = dict(os.environ, XDG_STATE_HOME=tmp, NOTIFY_SOCKET=str(sock_path))

        def start() -> subprocess.Popen[bytes]:
            return subprocess.Popen(
                [KIOSK, "run", "--demo"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )

        def wait_ready() -> None:
            while b"READY=1" not in sock.recv(4096):
                pass

        first = start()
        wait_ready()
        times = []
        current = first
        for _ in range(3):
            killed = time.perf_counter()
            current.send_signal(signal.SIGKILL)
            current.wait()
            current = start()
            wait_ready()
            times.append((time.perf_counter() - killed) * 1000)
        current.terminate()
        current.wait(20)
        sock.close()
    return {"restart_to_ready_ms": round(statistics.median(times), 1)}


def install_to_ready() -> dict[str, float]:
    """install.sh in a clean Debian root to the release's first frame under cage, not
    counting the bootstrap (cached) or the test's own tools (tests/support/install_root.py).
    Needs root and debootstrap; without them the figure is left out and the reason said."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    import install_root

    reason = install_root.missing()
    if reason is not None:
        print(f"install_to_ready_s left out: {reason}", file=sys.stderr)
        return {}
    outcome = install_root.install_and_start(fresh=False)
    if outcome.install_to_ready_s is None:
        raise RuntimeError(f"the clean-root install did not start: see {outcome.out}")
    return {"install_to_ready_s": round(outcome.install_to_ready_s, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "build" / "bench.json"))
    parser.add_argument(
        "--only",
        metavar="NAME,...",
        help="run only these parts (e.g. install_to_ready), updating the figures in --out",
    )
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    results: dict[str, float] = {}
    if only and Path(args.out).exists():
        results.update(json.loads(Path(args.out).read_text()))
    for part in (
        first_frame,
        ticket_pdf,
        sessions,
        printer_figures,
        paper_figures,
        outbox_figures,
        site_figures,
        zms_figures,
        form_figures,
        keys_figures,
        help_figures,
        card_figures,
        restart_to_ready,
        install_to_ready,
    ):
        if only is not None and part.__name__ not in only:
            continue
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
