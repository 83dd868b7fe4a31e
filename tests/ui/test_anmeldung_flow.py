"""The Anmeldung through the UI (issue 17): every page of the new form renders and is
passed with Next, the last page says the Meldeschein is signed at the counter, and after
"send" the printer gets the receipt and then the Meldeschein."""

from __future__ import annotations

import pypdfium2
from PySide6.QtTest import QTest

from ui.finder import items, root_item

ANSWERS = {
    "new_address": {
        "street": "Kaiserstraße",
        "house_number": "41",
        "postcode": "53113",
        "city": "Bonn",
    },
    "move_in_date": "today",
    "status": "haupt",
    "from_abroad": True,
    "previous_country": "161",
    "lived_in_germany_before": False,
    "owner_moves_in": True,
    "persons[0].relation": "selbst",
    "persons[0].surname": "Hrytsenko",
    "persons[0].given_names": "Olena",
    "persons[0].sex": "w",
    "persons[0].date_of_birth": "09.05.1986",
    "persons[0].place_of_birth": "Kyjiw",
    "persons[0].birth_country": "166",
    "persons[0].nationalities": ["166"],
    "persons[0].marital_status": "LD",
    "persons[0].religion": "--",
    "persons[1].relation": "kind",
    "persons[1].surname": "Hrytsenko",
    "persons[1].given_names": "Mateo",
    "persons[1].sex": "m",
    "persons[1].date_of_birth": "02.10.2020",
    "persons[1].place_of_birth": "Valencia",
    "persons[1].birth_country": "161",
    "persons[1].nationalities": ["166"],
    "persons[1].marital_status": "LD",
    "persons[1].religion": "--",
    "persons[1].rep1_surname": "Hrytsenko",
    "persons[1].rep1_given_names": "Olena",
    "persons[1].rep1_date_of_birth": "09.05.1986",
    "persons[1].rep1_lives_here": True,
    "information_block": False,
    "confirm_correct": True,
}


def test_anmeldung_pages_submit_and_print_receipt_and_meldeschein(make_ui, make_config, tmp_path):
    from datetime import date

    d = make_ui(make_config())
    d.tap("language_de")
    d.tap("concern_anmeldung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    forms = d.ui.context.forms
    form = forms.session
    form.add_group_item("persons")
    for path, value in ANSWERS.items():
        form.set(path, date.today().isoformat() if value == "today" else value)
    last = form.form.pages[-1].id
    seen: set[str] = set()
    while not form.on_review:  # the UI may add its own step (the ID document) first
        if 0 <= form.page_index < len(form.form.pages):
            page = form.form.pages[form.page_index].id
            seen.add(page)
            if page == last:  # the screen says the paper is signed at the counter
                texts = " ".join(str(r.get("text", "")) for r in forms.rows)
                assert "unterschreiben Sie ihn am Schalter" in texts, forms.rows
        before = form.page_index
        count = sum(1 for _ in items(root_item(d.window)))
        assert count < 20000, count  # a page must stay light enough to draw
        forms.next()  # the Next button's slot (tapping walks the whole tree each time)
        QTest.qWait(50)  # let the page draw
        assert form.on_review or form.page_index != before, (before, forms.rows)
    assert seen == {p.id for p in form.form.pages}
    forms.submit()
    d.wait_until(lambda: forms.printState == "printed", timeout_s=30)
    printed = sorted((tmp_path / "state" / "printed").glob("*.pdf"))
    names = [p.name for p in printed]
    assert any("receipt-" in n for n in names) and any("counter-" in n for n in names), names
    counter = next(p for p in printed if "counter-" in p.name)
    doc = pypdfium2.PdfDocument(str(counter))
    text = " ".join(
        " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))).split()
    )
    for expected in (
        "Meldeschein",
        "Person 1",
        "Person 2",
        "Mateo",
        "Kyjiw",
        "(gesetzlicher Vertreter)",
    ):
        assert expected in text, expected
