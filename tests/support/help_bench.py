"""Help-call figures for ``make bench`` (measured here, never asserted by the test suite).

* ``help_roundtrip_ms_p95``: a kiosk's ``request()`` until a staff console has the call.
* ``help_ack_ms_p95``: a console's acknowledgement until the kiosk channel reports
  ACKNOWLEDGED (console -> broker -> kiosk -> broker -> console is not included: the
  kiosk's own report is what the citizen sees).
* ``console_fleet_update_ms_p95``: the staff console (its QML loaded, 200 kiosks, 50 open
  calls) applying one incoming update: parsing the payload, the fleet bookkeeping and the
  model's row update with its delegate bindings (the repaint happens on the next frame).

Both MQTT figures run against a real Mosquitto on loopback (tests/support/mosquitto_rig).
Goals: 150 / 150 / 50 ms.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

_HERE = Path(__file__).resolve().parent
for _p in (str(_HERE), str(_HERE.parents[1])):  # mosquitto_rig, and the repo for `kiosk`
    if _p not in sys.path:
        sys.path.append(_p)

from mosquitto_rig import MosquittoRig  # noqa: E402

from kiosk.config import MqttSection, load_demo  # noqa: E402
from kiosk.help.channel import HelpState, HelpUpdate  # noqa: E402
from kiosk.help.console import CallChanged, Change, Fleet, StaffConsole  # noqa: E402
from kiosk.help.machine import HelpCallMachine  # noqa: E402
from kiosk.help.mqtt import MqttHelpChannel  # noqa: E402
from kiosk.help.protocol import offline_payload, status_payload  # noqa: E402

TIMEOUT_S = 5.0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def mqtt_roundtrips(rounds: int = 100) -> dict[str, float]:
    """request -> console, and console ack -> kiosk, ``rounds`` times each."""
    with MosquittoRig() as rig:
        mqtt = MqttSection(host=rig.host, port=rig.port, topic_prefix="bench")
        seen: dict[str, float] = {}
        seen_event = threading.Event()
        acked: dict[str, float] = {}
        acked_event = threading.Event()

        def on_changes(changes: list[Change]) -> None:
            now = time.perf_counter()
            for c in changes:
                if isinstance(c, CallChanged):
                    seen.setdefault(c.view.call.call_id, now)
                    seen_event.set()

        def on_update(update: HelpUpdate) -> None:
            if update.state is HelpState.ACKNOWLEDGED:
                acked.setdefault(update.call_id, time.perf_counter())
                acked_event.set()

        console = StaffConsole(mqtt, on_changes, client_id="bench-console")
        console.start()
        kiosk = MqttHelpChannel(
            mqtt, kiosk_id="k1", site="s", location="Bench", escalate_after_s=3600
        )
        kiosk.subscribe(on_update)
        try:
            if not (console.wait_connected(TIMEOUT_S) and kiosk.wait_connected(TIMEOUT_S)):
                raise RuntimeError(f"bench clients did not connect:\n{rig.log_tail()}")
            roundtrip: list[float] = []
            ack: list[float] = []
            for i in range(rounds):
                seen_event.clear()
                start = time.perf_counter()
                kiosk.request("form", "concerns")
                call = kiosk.current
                assert call is not None
                end = time.monotonic() + TIMEOUT_S
                while call.call_id not in seen and time.monotonic() < end:
                    seen_event.wait(0.05)
                    seen_event.clear()
                if call.call_id not in seen:
                    raise RuntimeError(f"round {i}: the console never saw the call")
                roundtrip.append((seen[call.call_id] - start) * 1000)

                acked_event.clear()
                start = time.perf_counter()
                console.acknowledge("s/k1", call.call_id, "Bench")
                end = time.monotonic() + TIMEOUT_S
                while call.call_id not in acked and time.monotonic() < end:
                    acked_event.wait(0.05)
                    acked_event.clear()
                if call.call_id not in acked:
                    raise RuntimeError(f"round {i}: the kiosk never got the acknowledgement")
                ack.append((acked[call.call_id] - start) * 1000)
                console.resolve("s/k1", call.call_id)
                time.sleep(0.002)
        finally:
            kiosk.close()
            console.close()
    warm = slice(5, None)
    return {
        "help_roundtrip_ms_p50": round(percentile(roundtrip[warm], 50), 2),
        "help_roundtrip_ms_p95": round(percentile(roundtrip[warm], 95), 2),
        "help_ack_ms_p50": round(percentile(ack[warm], 50), 2),
        "help_ack_ms_p95": round(percentile(ack[warm], 95), 2),
    }


def fleet_update(kiosks: int = 200, calls: int = 50, updates: int = 300) -> dict[str, float]:
    """One update applied by the console with ``kiosks`` kiosks and ``calls`` open calls."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from ui.staff.app import StaffUi

    def pump(ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    cfg = load_demo("/tmp/kiosk-bench-state")
    # No broker needed: updates are fed in as the network thread would deliver them (its
    # client retries quietly against a closed port).
    cfg = dataclasses.replace(cfg, mqtt=MqttSection(host="127.0.0.1", port=1))
    logging.getLogger("kiosk.help.mqtt").setLevel(logging.ERROR)
    ui = StaffUi(cfg, sound=False, size=(1280, 800))
    ui.show()
    fleet = Fleet()
    try:
        clock = [1_800_000_000.0]
        machines = [
            HelpCallMachine(f"k{i:03d}", f"Terminal {i}", 90, clock=lambda: clock[0])
            for i in range(kiosks)
        ]
        batch: list[Change] = []
        for i, m in enumerate(machines):
            batch += fleet.apply(
                "s",
                m.kiosk_id,
                "status",
                status_payload(
                    m.kiosk_id,
                    m.location,
                    {"screen": "welcome", "printer": "ready", "backend": "ok"},
                    online=True,
                    now=clock[0],
                ),
            )
            if i % (kiosks // calls) == 0:
                batch += fleet.apply(
                    "s", m.kiosk_id, "help", m.request("form", "concerns").to_json()
                )
        ui.model.apply(batch)
        pump(300)  # first frame with every delegate
        times: list[float] = []
        printers = ("ready", "near_end", "paper_out")
        for n in range(updates):
            m = machines[(n * 7) % kiosks]
            clock[0] += 1
            if n % 3 == 0 and m.current is not None:
                payload = m.current.to_json()  # a call escalates
                m.escalate()
                kind = "help"
                payload = m.current.to_json() if m.current is not None else payload
            elif n % 10 == 9:
                kind, payload = "status", offline_payload(m.kiosk_id, m.location)
            else:
                kind, payload = (
                    "status",
                    status_payload(
                        m.kiosk_id,
                        m.location,
                        {"screen": "concerns", "printer": printers[n % 3], "backend": "ok"},
                        online=True,
                        now=clock[0],
                    ),
                )
            start = time.perf_counter()
            ui.model.apply(fleet.apply("s", m.kiosk_id, kind, payload))
            times.append((time.perf_counter() - start) * 1000)
            pump(2)
        rows = (ui.model.fleet.rowCount(), ui.model.calls.rowCount())
    finally:
        ui.close()
    if rows != (kiosks, calls):
        raise RuntimeError(f"fleet bench: expected {kiosks} kiosks and {calls} calls, got {rows}")
    return {
        "console_fleet_update_ms_p50": round(percentile(times, 50), 3),
        "console_fleet_update_ms_p95": round(percentile(times, 95), 3),
    }


def figures() -> dict[str, float]:
    """Every help-call figure; raises RuntimeError when a measurement cannot finish."""
    return {**mqtt_roundtrips(), **fleet_update()}


if __name__ == "__main__":
    import json

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    print(json.dumps(figures(), indent=2))
