"""Issue 22.3 and 22.6: a form's receipt tells the time in the configured zone, like
the ticket; at the end of a form the waiting number is the default next step."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pypdfium2
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import catalogue as catalogue_mod
from kiosk.queue import open_embedded

MELDEBESCHEINIGUNG = {
    "surname": "Mustermann",
    "given_names": "Erika",
    "date_of_birth": "1964-08-12",
    "address.street": "Heidestraße",
    "address.house_number": "17",
    "address.postcode": "51147",
    "address.city": "Köln",
    "kind": "einfach",
    "copies": 1,
    "delivery": "abholen",
}


def send_form(d, concern: str, answers: dict[str, object]) -> None:
    d.tap("language_de")
    d.tap(f"concern_{concern}")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    forms = d.ui.context.forms
    for path, value in answers.items():
        forms.session.set(path, value)
    while not forms.session.on_review:
        before = forms.session.page_index
        forms.next()
        assert forms.session.on_review or forms.session.page_index != before, forms.rows
    forms.submit()
    d.wait_until(lambda: forms.printState == "printed", timeout_s=30)


def test_the_receipt_tells_the_configured_zones_time(make_ui, make_config, tmp_path):
    cfg = make_config()
    # A zone far from the machine's (UTC on the test machines): a mix-up cannot hide.
    cfg = dataclasses.replace(
        cfg, embedded=dataclasses.replace(cfg.embedded, timezone="Pacific/Kiritimati")
    )
    d = make_ui(cfg)
    send_form(d, "meldebescheinigung", MELDEBESCHEINIGUNG)
    (receipt,) = sorted((tmp_path / "state" / "printed").glob("*receipt*.pdf"))
    text = pypdfium2.PdfDocument(str(receipt))[0].get_textpage().get_text_range()
    now = datetime.now(cfg.tz)
    allowed = {f"{now + timedelta(minutes=m):%H:%M}" for m in (-2, -1, 0)}
    assert any(hm in text for hm in allowed), (allowed, text)
    system = datetime.now().astimezone()
    if system.utcoffset() != now.utcoffset():
        assert f"{system:%H:%M}" not in text


def scan(d, text: str) -> None:
    """A scanner types within milliseconds and ends with Return."""
    for ch in text:
        QTest.keyClick(d.window, ch)
    QTest.keyClick(d.window, Qt.Key.Key_Return)
    d.pump(50)


def test_the_waiting_number_is_the_next_step_and_its_qr_carries_the_form(
    make_ui, make_config, tmp_path
):
    """22.6 and 22.18: after sending, the number is the primary action (ending without it
    is the quieter, explicit choice); the ticket's QR code carries the form's reference."""
    d = make_ui(make_config())
    send_form(d, "meldebescheinigung", MELDEBESCHEINIGUNG)
    take, finish = d.item("formTakeNumber"), d.item("formFinish")
    assert take.isVisible() and take.property("kind") == "primary"
    assert finish.property("kind") == "secondary"
    assert d.text("formFinish") == "Ohne Wartenummer beenden"
    assert (
        take.mapToScene(take.boundingRect().topLeft()).y()
        < finish.mapToScene(finish.boundingRect().topLeft()).y()
    )
    assert finish.width() < take.width()
    assert "Wartenummer" in d.text("formNextStep")
    form_ref = d.text("formReference")
    d.tap("formTakeNumber")
    d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
    ticket_ref = d.ui.context.ticketing.reference
    (ticket,) = sorted((tmp_path / "state" / "printed").glob("*ticket-*.pdf"))
    image = pypdfium2.PdfDocument(str(ticket))[0].render(scale=203 / 72).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [f"{ticket_ref} {form_ref}"]


def test_a_scan_during_a_form_asks_before_leaving(make_ui, make_config):
    cfg = make_config()
    backend = open_embedded(cfg, catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages))
    code = backend.book("reisepass", datetime.now(cfg.tz)).appointment_id
    backend.close()
    d = make_ui(cfg)
    d.tap("language_de")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    forms = d.ui.context.forms
    forms.session.set("surname", "Mustermann")

    scan(d, f"TERMIN:{code}")
    assert d.screen() == "form"
    assert d.obj("scanLeaveDialog").property("visible")
    assert d.text("scanLeaveTitle") == "Sie haben einen Buchungscode gescannt. Formular verlassen?"
    d.tap("scanStay")  # nothing lost
    assert d.screen() == "form" and not d.obj("scanLeaveDialog").property("visible")
    assert forms.session.get("surname") == "Mustermann"

    scan(d, f"TERMIN:{code}")
    d.tap("scanLeave")
    d.wait_until(lambda: d.ui.context.checkin.state == "found")
    assert d.screen() == "checkin"


def test_register_fields_are_typed_in_latin_letters(make_ui, make_config):
    d = make_ui(make_config())
    d.tap("language_ar")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    forms = d.ui.context.forms
    for path in ("surname", "address.street"):
        d.tap(f"field_{path}")
        assert forms.keyboardLatin, path
        assert d.item("keyboardLatinHint").isVisible()
        keys = {k for row in forms.keyboardRows for k in row}
        assert {"ä", "ö", "ü", "ß"} <= keys and not any("\u0600" <= k <= "\u06ff" for k in keys)
        d.tap("key_done")
    form = forms.session
    for good in ("Müller-Lüdenscheidt", "Nguyễn", "Çelik", "O’Brien"):
        form.set("surname", good)
        assert "surname" not in form.validate(), good
    form.set("surname", "هايدشتراسه")
    message = form.validate()["surname"]
    assert "اللاتينية" in message  # says why: Latin letters, as in the passport
    form.set("address.street", "هايدشتراسه")
    assert "address.street" in form.validate()
    form.set("address.street", "Heidestraße")
    assert "address.street" not in form.validate()
