"""Markup from outside stays text. Each source (a staff label over MQTT, a kiosk's
location on the staff console, the catalogue, the configuration, form values on the
review screen, DG11 data from an ID card, ZMS's service names at check-in) carries
``<b>``/``<font>`` and an ``<img src>`` pointing at a local HTTP server. Every item
showing it must be plain text and render the characters literally (its contentWidth is
the literal string's), and the server must get no request. A control proves the trap
works: the same string in an AutoText Text makes Qt fetch the image and shrinks the
rendered width.

The static side (every Text in ui/ says textFormat) is test_plain_text.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.server
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import mosquitto_rig
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFontMetricsF
from PySide6.QtQml import QQmlComponent, QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

from devices.idcard.document import DocumentKind, Identity
from kiosk import config as config_mod
from kiosk.help.console import CallChanged, KioskChanged, KioskView, StaffConsole
from kiosk.help.console import CallView as ConsoleCallView
from kiosk.help.machine import HelpCallMachine
from ui.staff.app import StaffUi  # imported before any engine exists, like its own tests

from .conftest import pump

PLAIN_TEXT = 0  # Text.PlainText


class Trap:
    """An HTTP server on 127.0.0.1 that counts every request it gets."""

    def __init__(self) -> None:
        hits: list[str] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(404)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.hits = hits
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def markup(self, tag: str) -> str:
        """Short enough for a staff label (40 characters): ``tag`` is one letter."""
        return f'<b>X<img src="http://127.0.0.1:{self.port}/{tag}">'

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def trap() -> Iterator[Trap]:
    t = Trap()
    yield t
    t.close()


def texts_showing(root: QQuickItem, literal: str) -> list[QQuickItem]:
    """Every visible text item under ``root`` whose text contains ``literal``."""
    found: list[QQuickItem] = []
    stack = [root]
    while stack:
        item = stack.pop()
        stack.extend(item.childItems())
        shows = item.inherits("QQuickText") and literal in str(item.property("text"))
        if shows and item.isVisible():
            found.append(item)
    return found


def text_format(item: QQuickItem) -> int:
    """``item.textFormat`` (PySide cannot convert that enum property itself)."""
    value, undefined = QQmlExpression(
        QQmlEngine.contextForObject(item), item, "textFormat"
    ).evaluate()
    assert not undefined
    return int(value)


def assert_literal(window: QQuickWindow, literal: str, pump) -> None:
    pump(300)  # time for any image request to go out
    items = texts_showing(window.contentItem(), literal)
    for popup_root in window.contentItem().findChildren(QQuickItem):
        if popup_root.parentItem() is None:  # popups' items live in the overlay
            items += texts_showing(popup_root, literal)
    assert items, f"nothing on screen shows {literal!r}"
    for item in items:
        assert text_format(item) == PLAIN_TEXT, item.objectName()
        if int(item.property("lineCount")) == 1 and not item.property("truncated"):
            metrics = QFontMetricsF(item.property("font"))
            expected = metrics.horizontalAdvance(str(item.property("text")))
            assert abs(float(item.property("contentWidth")) - expected) <= 2.0, (
                item.objectName(),
                item.property("contentWidth"),
                expected,
            )


def test_the_trap_catches_rich_text(make_ui, trap, qt_messages):
    """The control: with AutoText, Qt renders the markup and fetches the image."""
    d = make_ui()
    component = QQmlComponent(d.ui.engine)
    markup = trap.markup("c")
    component.setData(
        b"import QtQuick\nText { textFormat: Text.AutoText; font.pixelSize: 40 }",
        QUrl.fromLocalFile(str(Path(__file__).parent / "_control.qml")),
    )
    item = component.create()
    assert isinstance(item, QQuickItem), component.errorString()
    item.setParentItem(d.window.contentItem())
    item.setProperty("text", markup)
    end = time.monotonic() + 5
    while not trap.hits and time.monotonic() < end:
        d.pump(50)
    assert trap.hits and set(trap.hits) == {"/c"}
    literal = QFontMetricsF(item.property("font")).horizontalAdvance(markup)
    assert float(item.property("contentWidth")) < literal / 2
    item.setParentItem(None)
    item.deleteLater()
    d.pump(50)
    qt_messages.lines.clear()  # the 404 for the image is expected here


def test_staff_label_on_the_kiosk(make_ui, make_config, trap):
    """The label a console sends with its acknowledgement, over a real mosquitto."""
    mosquitto_rig.require()
    with mosquitto_rig.MosquittoRig() as broker:
        mqtt = config_mod.MqttSection(port=broker.port, keepalive_s=5, reconnect_max_s=1)
        base = make_config()
        cfg = dataclasses.replace(
            base,
            help=dataclasses.replace(base.help, kind="mqtt", site="s"),
            mqtt=mqtt,
        )
        d = make_ui(cfg)
        console = StaffConsole(mqtt, lambda changes: None)
        console.start()
        try:
            assert console.wait_connected(10)
            d.wait_until(lambda: d.ui.context.help_channel.connected)
            d.tap("language_de")
            d.tap("helpButton")
            d.tap("helpTechnical")
            key = f"s/{cfg.kiosk.id}"
            d.wait_until(lambda: key in console.snapshot()[1])
            label = trap.markup("s")
            call_id = console.snapshot()[1][key].call.call_id
            assert console.acknowledge(key, call_id, label)
            d.wait_until(lambda: d.ui.context.help.responder == label)
            assert_literal(d.window, label, d.pump)
            assert trap.hits == []
        finally:
            console.close()


def test_kiosk_location_on_the_staff_console(qapp, tmp_path, trap):
    cfg = dataclasses.replace(
        config_mod.load_demo(str(tmp_path / "state")),
        mqtt=config_mod.MqttSection(port=1, reconnect_max_s=60),  # no broker: offline
    )
    ui = StaffUi(cfg, sound=False, size=(1280, 800))
    ui.show()
    try:
        location = f"<font size=7>Foyer</font>{trap.markup('l')}"
        view = KioskView("s/k1", "s", "k1", True, location, "welcome", "ready", "present", "ok")
        call = HelpCallMachine("k1", location, 600).request("technical", "welcome")
        ui.model.apply(
            [KioskChanged(view), CallChanged(ConsoleCallView("s/k1", "s", call, False), new=True)]
        )
        pump(100)
        assert_literal(ui.window, location, pump)
        assert trap.hits == []
    finally:
        ui.close()


def test_catalogue_texts(make_ui, make_config, trap, tmp_path):
    source = Path(__file__).resolve().parents[2] / "assets" / "catalogue.toml"
    name = trap.markup("k")
    text = source.read_text(encoding="utf-8").replace(
        'name.de = "Personalausweis beantragen"', f"name.de = '{name}'", 1
    )
    path = tmp_path / "catalogue.toml"
    path.write_text(text, encoding="utf-8")
    cfg = make_config()
    cfg = dataclasses.replace(cfg, kiosk=dataclasses.replace(cfg.kiosk, catalogue=str(path)))
    d = make_ui(cfg)
    d.tap("language_de")
    assert_literal(d.window, name, d.pump)
    assert trap.hits == []


def test_config_strings(make_ui, make_config, trap):
    cfg = make_config()
    location = f"<font size=7>Rathaus</font>{trap.markup('f')}"
    cfg = dataclasses.replace(cfg, kiosk=dataclasses.replace(cfg.kiosk, location=location))
    d = make_ui(cfg)
    assert_literal(d.window, location, d.pump)
    assert trap.hits == []


def start_form(d, concern: str) -> None:
    d.tap("language_de")
    d.tap(f"concern_{concern}")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")


def test_dg11_data_prefilled_into_a_form(make_ui, trap):
    d = make_ui()
    start_form(d, "fuehrungszeugnis")
    place = trap.markup("d")
    identity = Identity(
        surname="MUSTERMANN",
        given_names="ERIKA",
        date_of_birth=dt.date(1964, 8, 12),
        nationality="D",
        sex="F",
        document_kind=DocumentKind.ID_CARD,
        document_number="T22000129",
        expiry=dt.date(2031, 10, 31),
        issuing_state="D",
        place_of_birth=place,
    )
    # What the card reader's worker hands the view-model after reading DG1 and DG11.
    idcard = d.ui.context.idcard
    idcard._state = "reading"
    idcard._read_done(identity, None)
    forms = d.ui.context.forms
    d.wait_until(lambda: forms.session.get("place_of_birth") == place)
    page = next(
        i
        for i, pg in enumerate(forms.session.form.pages)
        if any(f.id == "place_of_birth" for f in pg.fields)
    )
    forms.change(page)
    assert_literal(d.window, place, d.pump)
    assert trap.hits == []


def test_form_values_on_the_review_screen(make_ui, trap):
    """Register fields take Latin letters only, so markup cannot enter them; a free-text
    field (a lost item's description) takes what a citizen types, and shows it as text."""
    d = make_ui()
    start_form(d, "fundsache")
    forms = d.ui.context.forms
    value = trap.markup("r")
    forms.choose("report_kind", "verloren")
    forms.choose("category", "geldboerse")
    for path, answer in (
        ("description", value),  # free text: what a citizen may type
        ("date", "2026-12-01"),
        ("place", "Rathausplatz"),
    ):
        forms.session.set(path, answer)
    contact = (
        ("surname", "Mustermann"),
        ("given_names", "Erika"),
        ("address.street", "Heidestrasse"),
        ("address.house_number", "17"),
        ("address.postcode", "51147"),
        ("address.city", "Köln"),
        ("phone", "0221 123456"),
    )
    for _ in range(4):
        if forms.onReview:
            break
        forms.next()
        if any(r["path"] == "surname" for r in forms.rows):
            for path, answer in contact:
                forms.session.set(path, answer)
    assert forms.onReview, [(r["path"], r.get("error")) for r in forms.rows if r.get("error")]
    assert_literal(d.window, value, d.pump)
    assert trap.hits == []


def test_zms_names_at_check_in(make_ui, tmp_path, trap):
    import fake_zms

    from kiosk import config

    server = fake_zms.FakeZms().start()
    try:
        server.add_scope(141, "Bürgeramt Mitte", prefix="A")
        name = f"<font size=7>Termin</font>{trap.markup('z')}"
        noon = datetime.now(fake_zms.LOCAL).replace(hour=12, minute=0, second=0, microsecond=0)
        pid, key = server.add_appointment(
            141, noon + timedelta(minutes=5), (name,), service_ids=("999999",)
        )
        path = tmp_path / "kiosk.toml"
        path.write_text(
            # Two concerns share the office: the check-in shows ZMS's own names.
            server.kiosk_toml(tmp_path / "state", {"ausweis": 141, "reisepass": 141})
            + "[display]\nfullscreen = false\n"
        )
        d = make_ui(config.load(path), clock=lambda: noon)  # any hour of CI's
        d.tap("language_de")
        d.ui.context.checkin.scanned(f"https://service.example.de/?process={pid}&authKey={key}")
        d.wait_until(lambda: d.ui.context.checkin.concernName == name)
        assert_literal(d.window, name, d.pump)
        assert trap.hits == []
    finally:
        server.stop()
