"""Issue 22.9: every step can go one step back: the concern's "form or number" choice,
the form's first page, each step of the ID document."""

from __future__ import annotations


def open_form(d) -> None:
    d.tap("language_de")
    d.tap("concern_meldebescheinigung")
    assert d.screen() == "concern_choice"


def test_back_from_the_choice_and_from_the_forms_first_page(make_ui, make_config):
    d = make_ui(make_config())
    open_form(d)
    d.tap("choiceBack")
    assert d.screen() == "concerns"
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    assert d.text("formProgress") == "Schritt 1 von 3"
    d.tap("formBack")  # enabled on the first page too
    assert d.screen() == "concern_choice"
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    forms = d.ui.context.forms
    forms.session.goto(1)  # on a later page Back is one page back, within the form
    forms.changed.emit()
    d.tap("formBack")
    assert d.screen() == "form" and forms.session.page_index == 0


def test_each_id_document_step_goes_one_back(make_ui, make_config):
    d = make_ui(make_config())
    open_form(d)
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    idcard = d.ui.context.idcard
    idcard.start()
    d.pump(50)
    assert d.screen() == "idcard" and idcard.state == "consent"
    d.tap("idcardBack")
    assert d.screen() == "form"
    idcard.start()
    d.pump(50)
    d.tap("idcardConsent")
    assert idcard.state == "choose"
    d.tap("idcardBack")
    assert idcard.state == "consent"
    d.tap("idcardConsent")
    d.tap("idcardIdCard")
    assert idcard.state == "can"
    d.tap("idcardBack")
    assert idcard.state == "choose"
    d.tap("idcardPassport")
    assert idcard.state == "passport" and idcard.passportStep == "number"
    for ch in "C01X00T47":
        idcard.key(ch)
    idcard.submit()
    assert idcard.passportStep == "birth"
    d.tap("idcardBack")  # the number comes back, to be corrected
    assert idcard.passportStep == "number" and idcard.entry == "C01X00T47"
    d.tap("idcardBack")
    assert idcard.state == "choose"
