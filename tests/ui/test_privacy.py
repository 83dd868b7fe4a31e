"""A full scripted session: usage statistics are recorded, and neither the logs nor the
statistics contain anything the citizen entered."""

from __future__ import annotations

import logging
import sqlite3

from kiosk.ops.stats import Stats

PERSONAL = ("Mustermann", "Erika", "12.08.1964", "1964-08-12", "Heidestr")


def test_session_statistics_and_no_personal_data_in_logs(make_ui, make_config, caplog):
    caplog.set_level(logging.DEBUG)
    cfg = make_config()
    d = make_ui(cfg)
    d.tap("language_de")
    citizen = d.ui.context.citizen
    citizen.data.update(
        {
            "surname": "Mustermann",
            "given_names": "Erika",
            "birth": "12.08.1964",
            "street": "Heidestr. 17",
        }
    )
    d.tap("appointmentButton")
    for digit in "12345674":
        d.tap(f"pad_{digit}")
    d.tap("checkinSubmit")
    d.wait_until(lambda: d.ui.context.checkin.state == "not_found")
    d.tap("homeButton")
    d.tap("language_de")
    d.tap("helpButton")
    d.tap("helpForm")
    d.tap("helpClose")
    d.tap("concern_anmeldung")
    d.tap("choiceNumber")  # a concern with a form: only the number
    d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
    d.tap("ticketDone")
    d.ui.context.stats_worker.submit(lambda: None).result(5)

    text = "\n".join(r.getMessage() + " " + str(getattr(r, "fields", "")) for r in caplog.records)
    for value in PERSONAL:
        assert value not in text
    assert "12345674" not in text  # the booking code tried: only as a log pseudonym
    names = [name for _, name, _ in Stats(cfg.state_dir / "stats.db").events()]
    for event in ("session_start", "checkin", "help_request", "concern", "ticket", "session_end"):
        assert event in names
    with sqlite3.connect(cfg.state_dir / "stats.db") as db:
        dump = "\n".join(db.iterdump())
    for value in PERSONAL:
        assert value not in dump


def test_a_check_in_logs_no_booking_and_its_number_only_as_a_pseudonym(
    make_ui, make_config, caplog
):
    """A check-in's number can be the booking itself (ZMS gives the process number when it
    has no display number): the log carries neither the code nor the number in clear."""
    from kiosk.log import KeyValueFormatter
    from kiosk.privacy.pseudonyms import pseudonym
    from tests.ui.test_checkin_flow import book
    from tests.ui.test_flows_checkin import look_up

    caplog.set_level(logging.DEBUG)
    cfg = make_config()
    code, at = book(cfg, "anmeldung", 5)
    d = make_ui(cfg, clock=lambda: at)
    look_up(d, code)
    d.wait_until(lambda: d.ui.context.checkin.state == "found")
    d.tap("checkinConfirm")
    d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
    number = d.text("ticketNumber")
    text = "\n".join(KeyValueFormatter().format(r) for r in caplog.records)
    assert f"number={pseudonym(number)}" in text  # "ticket issued", "ticket printed"
    leaks = [v for v in (code, number, d.ui.context.ticketing.reference) if v in text]
    assert leaks == []
