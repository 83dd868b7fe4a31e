"""Filling in a form from an ID document (simulated reader with the specimens): consent,
CAN, progress, prefill; wrong CAN with the count; card removed; passport via MRZ data;
and the identity wiped with the session."""

from __future__ import annotations

import threading


def to_form(d, concern: str = "meldebescheinigung") -> None:
    d.tap("language_de")
    d.tap(f"concern_{concern}")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")  # loaded on a worker thread
    d.tap("formFromIdCard")
    assert d.screen() == "idcard"
    assert "Chip" in d.text("idcardText")  # consent first: what, why, deleted when
    d.tap("idcardConsent")


def enter(d, text: str) -> None:
    for ch in text:
        d.tap(f"idpad_{ch}")
    d.tap("idcardSubmit")


def test_id_card_fills_the_form_and_is_wiped_with_the_session(make_ui):
    d = make_ui()
    to_form(d)
    d.tap("idcardIdCard")
    assert d.item("canPicture").isVisible()
    enter(d, "123456")
    d.wait_until(lambda: d.ui.context.idcard.state == "done", timeout_s=15)
    d.tap("idcardBackToForm")
    form = d.ui.context.forms.session
    assert form.get("surname") == "Mustermann"
    assert form.get("given_names") == "Erika"
    assert form.get("date_of_birth")
    assert any(r["prefilled"] for r in d.ui.context.forms.rows)
    assert d.ui.context.citizen.identity is not None

    d.tap("homeButton")  # the session ends
    assert d.ui.context.citizen.identity is None
    assert d.ui.context.forms.session is None


def test_wrong_can_shows_the_attempts_left_and_can_be_retried(make_ui):
    d = make_ui()
    to_form(d)
    d.tap("idcardIdCard")
    enter(d, "654321")
    d.wait_until(lambda: d.ui.context.idcard.state == "wrong_can", timeout_s=15)
    assert "Noch 2 Versuche." in d.text("idcardText")
    d.tap("idcardRetry")
    enter(d, "123456")
    d.wait_until(lambda: d.ui.context.idcard.state == "done", timeout_s=15)


def test_card_removed_during_reading(make_ui):
    d = make_ui()
    to_form(d)
    d.ui.context.card_reader.fail_next = "card_removed"
    d.tap("idcardIdCard")
    enter(d, "123456")
    d.wait_until(lambda: d.ui.context.idcard.state == "removed", timeout_s=15)
    d.tap("idcardRetry")
    d.wait_until(lambda: d.ui.context.idcard.state == "done", timeout_s=15)


def test_passport_by_mrz_data(make_ui):
    d = make_ui()
    d.ui.context.card_reader.insert("passport")
    to_form(d)
    d.tap("idcardPassport")
    enter(d, "L898902C3")  # the ICAO specimen passport number
    enter(d, "12081974")  # as printed: day, month, year (issue 22.14)
    enter(d, "15042012")
    d.wait_until(lambda: d.ui.context.idcard.state in ("done", "wrong_can", "error"), timeout_s=15)
    assert d.ui.context.idcard.state == "done"
    assert d.ui.context.forms.session.get("surname") == "Eriksson"


def test_type_instead_goes_back_to_the_form(make_ui):
    d = make_ui()
    to_form(d)
    d.tap("idcardTypeInstead")
    assert d.screen() == "form"


def test_placing_the_card_starts_the_read_without_polling(make_ui):
    """The reader's presence event starts the read: no timer asks the reader."""
    d = make_ui()
    reader = d.ui.context.card_reader
    reader.remove()
    to_form(d)
    d.tap("idcardIdCard")
    enter(d, "123456")
    assert d.ui.context.idcard.state == "place"
    d.wait_until(lambda: reader._watcher is not None, timeout_s=5)  # the watch started
    d.pump(300)
    assert d.ui.context.idcard.state == "place"  # nothing happens without a card
    threading.Thread(target=reader.insert, args=("id_card",)).start()  # like PC/SC's thread
    d.wait_until(lambda: d.ui.context.idcard.state == "done", timeout_s=15)


def test_reader_gone_and_back(make_ui):
    d = make_ui()
    reader = d.ui.context.card_reader
    reader.remove()
    to_form(d)
    d.tap("idcardIdCard")
    enter(d, "123456")
    idcard = d.ui.context.idcard
    threading.Thread(target=idcard.presence.emit, args=("no_reader",)).start()
    d.wait_until(lambda: idcard.state == "no_reader", timeout_s=5)
    assert "nicht bereit" in d.text("idcardTitle")
    assert "Personal" in d.text("idcardText")  # what to do: type, or ask the staff
    threading.Thread(target=idcard.presence.emit, args=("reader",)).start()  # pcscd back
    d.wait_until(lambda: idcard.state == "place", timeout_s=5)
    reader.insert("id_card")
    d.wait_until(lambda: idcard.state == "done", timeout_s=15)


def test_chip_not_answering_says_what_to_do(make_ui):
    d = make_ui()
    to_form(d)
    d.ui.context.card_reader.fail_next = "not_answering"
    d.tap("idcardIdCard")
    enter(d, "123456")
    d.wait_until(lambda: d.ui.context.idcard.state == "unreadable", timeout_s=15)
    assert "Chip" in d.text("idcardTitle")
    assert "wieder auf" in d.text("idcardText")  # lift it and place it again
    d.tap("idcardRetry")
    d.wait_until(lambda: d.ui.context.idcard.state == "done", timeout_s=15)


def test_a_defective_mrz_asks_to_check_the_fields(make_ui):
    import dataclasses
    import datetime as dt

    from devices.idcard.simulated import SimulatedReader

    d = make_ui()
    to_form(d)
    reader = SimulatedReader(access_s=0, read_s=0)
    identity = reader.read(can="123456", today=dt.date(2026, 11, 21))
    idcard = d.ui.context.idcard
    idcard._state = "reading"  # what the card worker hands over after the read
    idcard._read_done(dataclasses.replace(identity, defects=("composite",)), None)
    d.wait_until(lambda: idcard.state == "done")
    assert "Fehler" in d.text("idcardText") and "genau" in d.text("idcardText")
