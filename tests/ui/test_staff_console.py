"""The staff console (ui/staff): its QML against a real broker and real kiosk channels,
the view-model's ordering and ringing, the chime without a sound card, and qmllint."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import mosquitto_rig
import pytest
from mosquitto_rig import MosquittoRig
from paho.mqtt.client import Client
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion
from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk import config as config_mod
from kiosk.help.channel import HelpState, HelpUpdate
from kiosk.help.console import CallChanged, CallClosed, CallView, KioskChanged, KioskView
from kiosk.help.mqtt import MqttHelpChannel
from kiosk.help.protocol import CallState, HelpCall, status_payload
from ui import qmltypes
from ui.finder import find
from ui.staff.app import StaffUi
from ui.staff.main import main as staff_main
from ui.staff.models import StaffModel
from ui.staff.sound import Chime, write_chime

WAIT_S = 5.0
PERSONAL = ("Mustermann", "1964-08-12", "Erika")
AUDIO_ENVIRONMENT = ("pipewire", "text-to-speech plug-in", "Qt multimedia with", "PulseAudio")


def pump(ms: int = 30) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def wait_until(cond: Callable[[], bool], timeout_s: float = WAIT_S, what: str = "") -> None:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if cond():
            return
        pump(10)
    assert cond(), f"not within {timeout_s} s: {what}"


class StaffDriver:
    """Taps the console's items by objectName, like the kiosk tests' Driver."""

    def __init__(self, ui: StaffUi) -> None:
        self.ui = ui
        self.window = ui.window

    def find(self, name: str) -> QQuickItem | None:
        found = find(self.window, name)
        return found if isinstance(found, QQuickItem) else None

    def item(self, name: str) -> QQuickItem:
        found = self.find(name)
        assert found is not None, f"no item named {name!r}"
        return found

    def text(self, name: str) -> str:
        return str(self.item(name).property("text"))

    def tap(self, name: str) -> None:
        item = self.item(name)
        assert item.isVisible() and item.isEnabled(), f"{name} is not tappable"
        c = item.mapToScene(item.boundingRect().center()).toPoint()
        QTest.mouseClick(
            self.window,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(c.x(), c.y()),
        )
        pump(30)


class Updates:
    def __init__(self) -> None:
        self.items: list[HelpUpdate] = []
        self._lock = threading.Lock()

    def __call__(self, update: HelpUpdate) -> None:
        with self._lock:
            self.items.append(update)

    def has(self, state: HelpState) -> bool:
        with self._lock:
            return any(u.state is state for u in self.items)


@pytest.fixture(scope="module")
def broker() -> Iterator[MosquittoRig]:
    mosquitto_rig.require()
    with MosquittoRig() as rig:
        yield rig


@pytest.fixture
def mqtt(broker: MosquittoRig) -> config_mod.MqttSection:
    return config_mod.MqttSection(
        host=broker.host,
        port=broker.port,
        topic_prefix=f"t{uuid.uuid4().hex[:10]}",
        keepalive_s=5,
        reconnect_max_s=2,
    )


@pytest.fixture
def staff(
    qapp: object, tmp_path: Path, mqtt: config_mod.MqttSection
) -> Iterator[Callable[[], StaffDriver]]:
    made: list[StaffUi] = []

    def make() -> StaffDriver:
        cfg = dataclasses.replace(config_mod.load_demo(str(tmp_path / "state")), mqtt=mqtt)
        ui = StaffUi(cfg, sound=False, size=(1280, 800))
        ui.show()
        made.append(ui)
        wait_until(lambda: ui.model.connected, what="console connected")
        return StaffDriver(ui)

    yield make
    for ui in made:
        ui.close()
    pump(20)


@pytest.fixture
def kiosks(
    mqtt: config_mod.MqttSection,
) -> Iterator[Callable[..., tuple[MqttHelpChannel, Updates]]]:
    made: list[MqttHelpChannel] = []

    def make(kiosk_id: str = "k1") -> tuple[MqttHelpChannel, Updates]:
        ch = MqttHelpChannel(
            mqtt, kiosk_id=kiosk_id, site="s", location=f"Foyer {kiosk_id}", escalate_after_s=3600
        )
        updates = Updates()
        ch.subscribe(updates)
        made.append(ch)
        assert ch.wait_connected(WAIT_S)
        return ch, updates

    yield make
    for ch in made:
        ch.close()


# -- the console against real kiosks ---------------------------------------------------------


def test_acknowledge_and_resolve_by_tapping(staff, kiosks, qt_messages) -> None:
    d = staff()
    kiosk, updates = kiosks("k1")
    assert d.text("callsTitle") == "Offene Rufe: 0"
    kiosk.publish_status(
        {"screen": "concerns", "printer": "paper_out", "backend": "ok", "card_reader": "present"}
    )
    kiosk.request("form", "concerns")
    wait_until(lambda: d.find("call_s/k1") is not None, what="call shown")
    assert d.text("callsTitle") == "Offene Rufe: 1"
    assert d.text("location_s/k1") == "Foyer k1"
    assert "Formular" in d.text("what_s/k1") and "Anliegen" in d.text("what_s/k1")
    assert d.text("status_s/k1") == "Wartet auf Übernahme"
    assert d.text("wait_s/k1") in ("0:00", "0:01")
    wait_until(
        lambda: d.find("details_s/k1") is not None and "Papier leer" in d.text("details_s/k1"),
        what="fleet row",
    )

    assert not d.item("counter_s/k1").isEnabled()  # no counter typed in yet
    d.tap("staffName")
    for ch in "Anna":  # keyClicks() only takes widgets
        QTest.keyClick(d.window, ch)
    pump(20)
    assert d.ui.model.staffName == "Anna"
    d.tap("ack_s/k1")
    wait_until(lambda: updates.has(HelpState.ACKNOWLEDGED), what="kiosk acknowledged")
    assert (updates.items[-1].responder, updates.items[-1].reply) == ("Anna", "coming")
    wait_until(lambda: d.text("status_s/k1") == "Unterwegs: Anna", what="ack shown")
    assert not d.item("ack_s/k1").isVisible()

    d.tap("resolve_s/k1")
    wait_until(lambda: updates.has(HelpState.RESOLVED), what="kiosk resolved")
    wait_until(lambda: d.find("call_s/k1") is None, what="call gone")
    assert d.text("callsTitle") == "Offene Rufe: 0"
    # The process's first audio use reports the machine's sound set-up (no PipeWire, no
    # PulseAudio server, no speechd) through Qt's log; anything else is a finding.
    assert [m for m in qt_messages.lines if not any(e in m for e in AUDIO_ENVIRONMENT)] == []
    assert d.ui.warnings == []


def test_offline_kiosk_turns_its_call_stale(staff, kiosks, mqtt, broker, qt_messages) -> None:
    d = staff()
    kiosk, _ = kiosks("k1")
    kiosk.request("technical", "ticket")
    wait_until(lambda: d.find("call_s/k1") is not None)
    # What the broker publishes when the kiosk dies: its Last Will.
    raw = Client(CallbackAPIVersion.VERSION2, client_id="will", protocol=MQTTProtocolVersion.MQTTv5)
    raw.connect(broker.host, broker.port)
    raw.loop_start()
    raw.publish(kiosk.topics.status, b'{"online": false}', qos=1, retain=True).wait_for_publish(2)
    raw.disconnect()
    raw.loop_stop()
    wait_until(lambda: "offline" in d.text("status_s/k1"), what="stale call")
    assert d.text("fleetTitle") == "Terminals (1 offline)"
    assert d.text("details_s/k1") == "k1 · offline"
    # The process's first audio use reports the machine's sound set-up (no PipeWire, no
    # PulseAudio server, no speechd) through Qt's log; anything else is a finding.
    assert [m for m in qt_messages.lines if not any(e in m for e in AUDIO_ENVIRONMENT)] == []


def test_kiosk_ui_to_console_end_to_end_without_personal_data(
    make_ui, make_config, staff, mqtt, broker, qt_messages
) -> None:
    sniffed: list[tuple[str, bytes]] = []
    sniffer = Client(
        CallbackAPIVersion.VERSION2, client_id="sniff", protocol=MQTTProtocolVersion.MQTTv5
    )
    sniffer.on_message = lambda c, u, m: sniffed.append((m.topic, bytes(m.payload)))
    sniffer.connect(broker.host, broker.port)
    sniffer.subscribe("#", qos=1)
    sniffer.loop_start()
    try:
        console = staff()
        base = make_config()
        cfg = dataclasses.replace(
            base,
            kiosk=dataclasses.replace(base.kiosk, id="k7"),
            help=dataclasses.replace(
                base.help, kind="mqtt", site="s", location_label="Foyer, Terminal 7"
            ),
            mqtt=mqtt,
        )
        kiosk = make_ui(cfg)  # AppContext opens the MQTT channel from the config
        assert isinstance(kiosk.ui.context.help_channel, MqttHelpChannel)
        # What a citizen typed lives in the session; none of it may leave the kiosk.
        kiosk.ui.context.citizen.data.update(
            {"name": "Erika Mustermann", "birth_date": "1964-08-12"}
        )
        kiosk.tap("language_de")
        wait_until(
            lambda: (
                console.find("details_s/k7") is not None
                and "Anliegen" in console.text("details_s/k7")
            ),
            what="screen reported",
        )
        wait_until(lambda: "Papier ok" in console.text("details_s/k7"), what="printer")
        kiosk.tap("helpButton")
        kiosk.tap("helpForm")
        wait_until(lambda: console.find("call_s/k7") is not None, what="call on console")
        assert console.text("location_s/k7") == "Foyer, Terminal 7"
        console.ui.model.counter = "3"
        console.tap("counter_s/k7")
        wait_until(lambda: kiosk.ui.context.help.state == "acknowledged", what="kiosk ack")
        assert kiosk.text("helpStatus") == "Bitte gehen Sie zu Schalter 3."
        wait_until(lambda: console.text("status_s/k7") == "Zum Schalter 3 geschickt")
        console.tap("resolve_s/k7")
        wait_until(lambda: kiosk.ui.context.help.state == "idle", what="kiosk idle")
        wait_until(lambda: console.find("call_s/k7") is None)
    finally:
        sniffer.disconnect()
        sniffer.loop_stop()
    assert len(sniffed) >= 6
    for topic, payload in sniffed:
        for value in PERSONAL:
            assert value not in topic and value.encode() not in payload, (topic, payload)
    # The process's first audio use reports the machine's sound set-up (no PipeWire, no
    # PulseAudio server, no speechd) through Qt's log; anything else is a finding.
    assert [m for m in qt_messages.lines if not any(e in m for e in AUDIO_ENVIRONMENT)] == []


# -- the view-model alone ----------------------------------------------------------------------


def call_view(
    i: int,
    *,
    level: int = 0,
    stale: bool = False,
    requested_at: float = 1000.0,
    state: CallState = CallState.REQUESTED,
) -> CallView:
    call = HelpCall(
        f"call{i:08d}",
        f"k{i:03d}",
        f"Terminal {i}",
        "form",
        "concerns",
        state,
        level,
        requested_at,
        requested_at,
    )
    return CallView(f"s/k{i:03d}", "s", call, stale)


def kiosk_view(i: int, online: bool = True, printer: str = "ready") -> KioskView:
    return KioskView(
        f"s/k{i:03d}",
        "s",
        f"k{i:03d}",
        online,
        f"Terminal {i}",
        "welcome",
        printer,
        "present",
        "ok",
        "0.1.0",
        1.0,
    )


def test_calls_are_ordered_escalated_first_then_longest_waiting_stale_last(qapp) -> None:
    model = StaffModel()
    model.apply(
        [
            CallChanged(call_view(1, requested_at=300), new=True),
            CallChanged(call_view(2, requested_at=100), new=True),
            CallChanged(call_view(3, requested_at=200, level=1), new=True),
            CallChanged(call_view(4, requested_at=50, stale=True), new=False),
        ]
    )
    assert model.calls.ordered_keys() == ["s/k003", "s/k002", "s/k001", "s/k004"]
    model.apply([CallChanged(call_view(1, requested_at=300, level=2), new=False)])
    assert model.calls.ordered_keys() == ["s/k001", "s/k003", "s/k002", "s/k004"]
    model.apply([CallClosed("s/k003", "call00000003", None)])
    assert model.calls.ordered_keys() == ["s/k001", "s/k002", "s/k004"]
    assert model.openCalls == 3
    model.stop()


def test_new_and_escalated_calls_ring_stale_ones_never(qapp) -> None:
    rings: list[int] = []
    model = StaffModel(chime=lambda: rings.append(1))
    model.apply([CallChanged(call_view(1), new=True), CallChanged(call_view(2), new=True)])
    assert len(rings) == 1  # one chime per batch
    model.apply([CallChanged(call_view(1), new=False)])  # republished, unchanged
    model.apply([CallChanged(call_view(3, stale=True), new=True)])
    assert len(rings) == 1
    model.apply([CallChanged(call_view(1, level=1), new=False)])  # escalated: ring again
    assert len(rings) == 2
    model.apply([CallChanged(call_view(1, level=1, state=CallState.ACKNOWLEDGED), new=False)])
    assert len(rings) == 2
    model.stop()


def test_commands_need_a_connection_and_say_so(qapp) -> None:
    sent: list[tuple[str, str, str, str, str]] = []

    def send(key: str, call_id: str, action: Any, staff: str, counter: str) -> bool:
        sent.append((key, call_id, action.value, staff, counter))
        return False  # not connected

    model = StaffModel(send)
    model.apply([CallChanged(call_view(1), new=True)])
    model.staffName = "  Anna  "
    assert not model.acknowledge("s/k001")
    assert sent == [("s/k001", "call00000001", "ack", "Anna", "")]
    model.counter = "Schalter 3"  # a label, not a sentence: not sent
    assert not model.counterValid and not model.sendToCounter("s/k001") and len(sent) == 1
    model.counter = " B12 "
    assert model.counterValid and not model.sendToCounter("s/k001")
    assert sent[-1] == ("s/k001", "call00000001", "ack", "Anna", "B12")
    assert model.notice != ""
    assert not model.resolve("s/unknown")
    model.stop()


def test_fleet_update_with_200_kiosks_and_50_calls_is_row_local(qapp) -> None:
    model = StaffModel()
    model.apply(
        [KioskChanged(kiosk_view(i)) for i in range(200)]
        + [CallChanged(call_view(i, requested_at=1000 + i), new=True) for i in range(0, 200, 4)]
    )
    assert model.fleet.rowCount() == 200 and model.calls.rowCount() == 50
    changed: list[int] = []
    resets: list[int] = []
    model.fleet.dataChanged.connect(lambda a, b: changed.append(a.row()))
    model.fleet.modelReset.connect(lambda: resets.append(1))
    model.apply([KioskChanged(kiosk_view(137, printer="paper_out"))])
    assert changed == [137] and resets == []
    index = model.fleet.index(137, 0)
    role = {bytes(v).decode(): k for k, v in model.fleet.roleNames().items()}["printerLabel"]
    assert model.fleet.data(index, role) == "Papier leer"
    assert model.offlineKiosks == 0
    model.apply([KioskChanged(kiosk_view(5, online=False))])
    assert model.offlineKiosks == 1
    model.stop()


# -- sound, lint, command line ---------------------------------------------------------------------


def test_the_chime_is_a_tiny_wav_and_never_hangs_without_a_sound_card(qapp, tmp_path) -> None:
    import wave

    path = write_chime(tmp_path / "chime.wav")
    with wave.open(str(path)) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
        assert 0.2 < w.getnframes() / w.getframerate() < 0.5
    assert path.stat().st_size < 20_000
    started = time.monotonic()
    chime = Chime(path)  # no audio device here: logs and stays silent
    chime.play()
    assert time.monotonic() - started < 5


def test_staff_qml_lint_is_clean(tmp_path: Path) -> None:
    result = qmltypes.lint_staff(tmp_path)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0 and output == "", output


def test_command_line_config_errors_exit_2(tmp_path: Path, capsys) -> None:
    assert staff_main(["--config", str(tmp_path / "missing.toml")]) == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("[mqtt]\nport = 0\n")
    assert staff_main(["--config", str(bad)]) == 2
    assert "mqtt.port" in capsys.readouterr().err
    assert staff_main(["--demo", "--counter", "Schalter 3"]) == 2  # a label, not a sentence
    assert "not a counter label" in capsys.readouterr().err


def test_status_payload_helper_is_what_the_console_reads(qapp) -> None:
    payload = json.loads(status_payload("k1", "Foyer", {"printer": "ready"}, online=True, now=2))
    assert payload["online"] is True and payload["printer"] == "ready"
