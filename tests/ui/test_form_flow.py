"""Forms through the UI, by taps and typed text on our own keyboard: validation messages
inline, the review with "change", submission stored before "done", the receipt printed,
and a waiting number carrying the submission reference."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pypdfium2
import zxingcpp

from kiosk.outbox.submissions import SubmissionStore, store_path


def type_into(d, path: str, text: str) -> None:
    """Tap the field, then the keys of the on-screen keyboard, then its Done key."""
    d.tap(f"field_{path}")
    for _ in d.ui.context.forms.focusText:  # clear what is there (e.g. a default)
        d.tap("key_backspace")
    for ch in text:
        if ch == " ":
            d.tap("key_space")
        elif ch.isupper():
            d.tap("key_shift")
            d.tap(f"key_{ch.lower()}")
        else:
            d.tap(f"key_{ch}")
    d.tap("key_done")


def start(d, concern: str) -> None:
    d.tap("language_de")
    d.tap(f"concern_{concern}")
    assert d.screen() == "concern_choice"
    d.tap("choiceForm")  # the form loads on a worker thread, then its screen opens
    d.wait_until(lambda: d.screen() == "form")


def test_meldebescheinigung_by_taps(make_ui, make_config, tmp_path):
    cfg = make_config()
    d = make_ui(cfg)
    start(d, "meldebescheinigung")
    assert d.text("formProgress") == "Schritt 1 von 3"

    d.tap("formNext")  # nothing filled in: the page stays, messages appear inline
    assert d.text("formProgress") == "Schritt 1 von 3"
    assert d.item("error_surname").isVisible()

    type_into(d, "surname", "Mustermann")
    type_into(d, "given_names", "Erika")
    type_into(d, "date_of_birth", "12.08.1964")
    type_into(d, "address.street", "Heidestrasse")
    type_into(d, "address.house_number", "17")
    type_into(d, "address.postcode", "51147")
    type_into(d, "address.city", "Koeln")
    assert d.ui.context.forms.session.get("surname") == "Mustermann"
    d.tap("formNext")
    assert d.text("formProgress") == "Schritt 2 von 3", d.ui.context.forms.rows

    d.tap("opt_kind_einfach")
    type_into(d, "copies", "2")
    d.tap("opt_delivery_abholen")
    d.tap("formNext")
    assert d.ui.context.forms.onReview, [
        (r["path"], r.get("error")) for r in d.ui.context.forms.rows if r.get("error")
    ]
    assert d.text("formPageTitle") == "Bitte prüfen Sie Ihre Angaben"

    d.tap("change_0")  # "change": back to the first page, then forward again
    assert d.text("formProgress") == "Schritt 1 von 3"
    d.tap("formNext")
    d.tap("formNext")
    assert d.ui.context.forms.onReview

    d.tap("formSubmit")
    d.wait_until(lambda: d.ui.context.forms.printState == "printed")
    reference = d.text("formReference")
    assert reference.startswith("MEL-")

    # Stored durably and delivered to the embedded store, once.
    d.wait_until(lambda: len(SubmissionStore(store_path(cfg)).all()) == 1)
    (stored,) = SubmissionStore(store_path(cfg)).all()
    assert stored["reference"] == reference and stored["data"]["surname"] == "Mustermann"

    # The receipt carries the reference in its QR code.
    receipts = sorted((tmp_path / "state" / "printed").glob("*receipt*.pdf"))
    assert len(receipts) == 1
    image = pypdfium2.PdfDocument(str(receipts[0]))[0].render(scale=203 / 72).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [reference]

    # A waiting number for the same concern, carrying the reference.
    d.tap("formTakeNumber")
    d.wait_until(lambda: d.ui.context.ticketing.printState == "printed")
    assert d.text("ticketNumber").startswith("B-")
    tickets = sorted((tmp_path / "state" / "printed").glob("*ticket-B*.pdf"))
    text = pypdfium2.PdfDocument(str(tickets[-1]))[0].get_textpage().get_text_range()
    assert reference in text


def test_sperrmuell_with_a_cross_field_rule_and_a_group(make_ui, make_config):
    cfg = make_config()
    d = make_ui(cfg)
    start(d, "sperrmuell")
    type_into(d, "surname", "Yilmaz")
    type_into(d, "given_names", "Ayse")
    type_into(d, "pickup_address.street", "Hauptstrasse")
    type_into(d, "pickup_address.house_number", "5")
    type_into(d, "pickup_address.postcode", "50667")
    type_into(d, "pickup_address.city", "Koeln")
    d.tap("formNext")  # neither phone nor e-mail: the cross-field rule says so
    assert d.text("formProgress") == "Schritt 1 von 3"
    assert any(r.get("error") for r in d.ui.context.forms.rows if r["path"] in ("phone", "email"))
    type_into(d, "phone", "0221 123456")
    d.tap("formNext")
    assert d.text("formProgress") == "Schritt 2 von 3"

    rows = d.ui.context.forms.rows
    group_fields = [r["path"] for r in rows if r["path"].startswith("items[0].")]
    assert group_fields, rows
    for r in rows:
        if r["path"].startswith("items[0].") and r["kind"] == "choice":
            d.tap(f"opt_{r['path']}_{r['options'][0]['code']}")
        elif r["path"].startswith("items[0].") and r["kind"] == "number":
            type_into(d, r["path"], "2")
    type_into(d, "volume", "3")
    later = date.today() + timedelta(days=14)
    type_into(d, "preferred_date", f"{later:%d.%m.%Y}")
    d.tap("yes_excluded_understood")
    d.tap("formNext")
    assert d.ui.context.forms.onReview, [
        (r["path"], r.get("error")) for r in d.ui.context.forms.rows if r.get("error")
    ]
    d.tap("formSubmit")
    d.wait_until(lambda: d.ui.context.forms.state == "done")
    assert d.text("formReference").startswith("SPE-")


def test_leaving_a_form_wipes_it_and_counts_the_step(make_ui, make_config):
    cfg = make_config()
    d = make_ui(cfg)
    start(d, "meldebescheinigung")
    type_into(d, "surname", "Mustermann")
    d.tap("homeButton")
    assert d.ui.context.forms.session is None
    d.ui.context.stats_worker.submit(lambda: None).result(5)
    with sqlite3.connect(cfg.state_dir / "stats.db") as db:
        names = [r[0] for r in db.execute("SELECT name FROM event")]
    assert "form_start" in names and "form_abandon" in names


def test_full_form_printed_when_configured(make_ui, make_config, tmp_path):
    import dataclasses

    cfg = make_config()
    cfg = dataclasses.replace(cfg, forms=dataclasses.replace(cfg.forms, print_full_form=True))
    d = make_ui(cfg)
    start(d, "meldebescheinigung")
    form = d.ui.context.forms.session
    for path, value in (
        ("surname", "Mustermann"),
        ("given_names", "Erika"),
        ("date_of_birth", "12.08.1964"),
        ("address.street", "Heidestr."),
        ("address.house_number", "17"),
        ("address.postcode", "51147"),
        ("address.city", "Köln"),
        ("kind", "einfach"),
        ("copies", "1"),
        ("delivery", "abholen"),
    ):
        form.set(path, value)
    d.tap("formNext")
    d.tap("formNext")
    d.tap("formSubmit")
    d.wait_until(lambda: d.ui.context.forms.printState == "printed")
    printed = sorted(p.name for p in (tmp_path / "state" / "printed").glob("*.pdf"))
    assert any("receipt-" in n for n in printed) and any("form-" in n for n in printed)


def test_today_is_the_town_halls_not_the_machine_clocks(make_ui, tmp_path):
    """A kiosk whose system clock runs in UTC still accepts "moved in today" for the town
    hall's today (CI once failed between 23:00 and 24:00 UTC, Berlin's next day)."""
    import dataclasses
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from tests.ui.conftest import demo_config

    machine = date.today()
    # A zone whose date differs from the machine's right now: UTC+14 or UTC-12.
    zone = next(
        z for z in ("Etc/GMT-14", "Etc/GMT+12") if datetime.now(ZoneInfo(z)).date() != machine
    )
    cfg = demo_config(tmp_path)
    cfg = dataclasses.replace(cfg, embedded=dataclasses.replace(cfg.embedded, timezone=zone))
    d = make_ui(cfg)
    ctx = d.ui.context
    ctx.forms.start("anmeldung")
    d.wait_until(lambda: ctx.forms.session is not None)
    form = ctx.forms.session
    site_today = datetime.now(ZoneInfo(zone)).date()
    page = next(
        i
        for i in form.visible_pages()
        if any(f.path == "move_in_date" for f in form.page_fields(i))
    )
    form.set("move_in_date", site_today.isoformat())
    assert "move_in_date" not in form.validate_page(page)
    if site_today < machine:  # the machine's date is tomorrow for the town hall
        form.set("move_in_date", machine.isoformat())
        assert "move_in_date" in form.validate_page(page)
