"""The ticket flow with a real ESC/POS byte stream (fake printer on 127.0.0.1): the
printed ticket carries its QR code (German as native text, Arabic as raster); paper out
draws no number; near end prints and alerts staff."""

from __future__ import annotations

import logging
import sqlite3

import fake_escpos
import pytest
import zxingcpp

from kiosk import config


def escpos_config(tmp_path, port: int):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[kiosk]\nstate_dir = "{tmp_path / "state"}"\n[display]\nfullscreen = false\n'
        f'[printer]\nkind = "escpos"\nuri = "tcp://127.0.0.1:{port}"\nprofile = "tm-t20"\n'
        "timeout_s = 3\nstatus_poll_s = 1\n"
    )
    return config.load(path)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_ticket_printed_with_its_qr_code(make_ui, tmp_path, language):
    """German goes to the TM-T20 as text and its own QR code, Arabic as raster."""
    with fake_escpos.FakeEscposPrinter() as printer:
        d = make_ui(escpos_config(tmp_path, printer.port))
        d.tap(f"language_{language}")
        d.tap("concern_anmeldung")
        d.tap("choiceNumber")  # a concern with a form: only the number
        d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
        assert len(printer.jobs) == 1
        job = printer.jobs[0]
        assert job.errors == [] and job.confirmed
        reference = d.ui.context.ticketing.reference
        if language == "de":
            assert [qr.payload for qr in job.qrs] == [reference]
            assert "Wartenummer" in job.text() and reference in job.text()
        else:
            assert job.lines == [] and job.qrs == []
            assert [r.text for r in zxingcpp.read_barcodes(job.image())] == [reference]


def test_paper_out_draws_no_number(make_ui, tmp_path):
    with fake_escpos.FakeEscposPrinter(state="out") as printer:
        cfg = escpos_config(tmp_path, printer.port)
        d = make_ui(cfg)
        d.tap("language_de")
        d.tap("concern_ausweis")
        d.wait_until(lambda: d.screen() == "out_of_service")
        assert "Drucker für Wartenummern" in d.text("noticeDetail")
        assert printer.jobs == []
    with sqlite3.connect(cfg.database_path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        count = db.execute("SELECT COUNT(*) FROM ticket").fetchone()[0] if "ticket" in tables else 0
    assert count == 0  # no phantom number in the queue


def test_near_end_prints_and_alerts_staff(make_ui, tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    with fake_escpos.FakeEscposPrinter(state="near_end") as printer:
        d = make_ui(escpos_config(tmp_path, printer.port))
        d.wait_until(lambda: d.ui.context.printer_status.state.value == "near_end")
        assert any("near end" in r.getMessage() for r in caplog.records)
        d.tap("language_de")
        d.tap("concern_ausweis")
        d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
        assert len(printer.jobs) == 1
