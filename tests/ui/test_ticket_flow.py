"""The walk-in flow by taps: welcome -> language -> concern -> ticket, and the printed PDF."""

from __future__ import annotations

import sqlite3

import pypdfium2
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def decode_qr(pdf_path) -> list[str]:
    doc = pypdfium2.PdfDocument(str(pdf_path))
    image = doc[0].render(scale=203 / 72).to_pil()
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_tap_through_to_a_printed_ticket(make_ui, tmp_path):
    d = make_ui()
    assert d.screen() == "welcome"
    d.tap("language_de")
    assert d.screen() == "concerns"
    assert d.ui.context.session.active
    assert d.text("concernTitle") == "Was ist Ihr Anliegen?"

    d.tap("concern_anmeldung")

    d.tap("choiceNumber")  # a concern with a form: only the number
    ticketing = d.ui.context.ticketing
    d.wait_until(lambda: ticketing.printState == "printed")
    assert d.screen() == "ticket"
    number = d.text("ticketNumber")
    assert number.startswith("B-") and len(number) == 5
    assert d.text("ticketConcern") == "Wohnsitz an- oder ummelden"
    assert "Drucker" in d.text("ticketPrintStatus")

    pdfs = list((tmp_path / "state" / "printed").glob("*.pdf"))
    assert len(pdfs) == 1
    assert decode_qr(pdfs[0]) == [ticketing.reference]
    assert ticketing.reference.endswith(number)

    d.tap("ticketDone")
    assert d.screen() == "welcome"
    assert not d.ui.context.session.active
    assert ticketing.number == ""


def test_a_rapid_double_tap_draws_one_number(make_ui, tmp_path):
    d = make_ui()
    d.tap("language_en")
    item = d.item("concern_reisepass")
    centre = item.mapToScene(item.boundingRect().center()).toPoint()
    QTest.mouseClick(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QTest.mouseClick(d.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert d.ui.context.ticketing.busy
    d.ui.context.ticketing.draw("reisepass")  # a third, programmatic one: ignored too
    d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
    d.pump(200)
    with sqlite3.connect(tmp_path / "state" / "kiosk.db") as db:
        (count,) = db.execute("SELECT COUNT(*) FROM ticket").fetchone()
    assert count == 1
    assert len(list((tmp_path / "state" / "printed").glob("*.pdf"))) == 1


def test_arabic_mirrors_the_layout(make_ui):
    def help_x() -> float:
        item = d.item("helpButton")
        return item.mapToScene(item.boundingRect().center()).x()

    d = make_ui()
    width = d.window.width()
    assert help_x() > width / 2  # left-to-right: help at the right end of the bar
    d.tap("language_ar")
    assert d.ui.context.session.rtl
    assert help_x() < width / 2  # mirrored
    d.tap("homeButton")
    assert not d.ui.context.session.rtl
    assert help_x() > width / 2


def test_printer_not_ready_draws_no_number(make_ui, tmp_path):
    from devices.printing import SimulatedPrinter
    from devices.printing.base import PrinterState

    printer = SimulatedPrinter(PrinterState.PAPER_OUT)
    d = make_ui(printer=printer)
    d.tap("language_de")
    d.tap("concern_ausweis")
    d.wait_until(lambda: d.screen() == "out_of_service")
    assert "Drucker für Wartenummern" in d.text("noticeDetail")
    with sqlite3.connect(tmp_path / "state" / "kiosk.db") as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        count = db.execute("SELECT COUNT(*) FROM ticket").fetchone()[0] if "ticket" in tables else 0
    assert count == 0


def test_print_failure_keeps_the_number_on_screen_with_a_qr(make_ui):
    from devices.printing import SimulatedPrinter

    printer = SimulatedPrinter()
    printer.fail_next = True
    d = make_ui(printer=printer)
    d.tap("language_de")
    d.tap("concern_sperrmuell")
    d.tap("choiceNumber")  # a concern with a form: only the number
    d.wait_until(lambda: d.ui.context.ticketing.printState == "failed")
    assert d.item("ticketQr").isVisible()
    assert d.text("ticketNumber").startswith("C-")
    assert "nicht gedruckt" in d.text("ticketPrintStatus")


def test_broken_database_puts_ticketing_out_of_service(make_ui, make_config, tmp_path):
    cfg = make_config()
    cfg.state_dir.mkdir(parents=True)
    cfg.database_path.write_bytes(b"this is not a database" * 100)
    d = make_ui(cfg)
    d.tap("language_de")
    if d.screen() == "concerns":  # the status poll may not have answered yet
        d.tap("concern_ausweis")
    d.wait_until(lambda: d.screen() == "out_of_service")
    assert d.item("helpButton").isVisible()  # the rest keeps working
