"""The passport path asks as citizens know it (issue 22.14): a passport number of up to 9
characters in 9 slots (the 6 slots are the ID card's CAN), dates as day.month.year with an
example, an impossible date named before the reader is asked."""

from __future__ import annotations


def to_passport(d) -> None:
    d.tap("language_de")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    d.tap("formFromIdCard")
    d.tap("idcardConsent")
    d.tap("idcardPassport")


def test_slots_and_dates_as_printed(make_ui):
    d = make_ui()
    to_passport(d)
    idcard = d.ui.context.idcard
    assert d.text("idcardTitle") == "Passnummer"
    assert d.text("idcardEntry") == "_ _ _ _ _ _ _ _ _"  # nine, not the CAN's six
    for ch in "C01X00T47X":  # a tenth character is not taken
        d.tap(f"idpad_{ch}")
    assert idcard.entry == "C01X00T47"
    assert d.text("idcardEntry") == "C 0 1 X 0 0 T 4 7"
    d.tap("idcardSubmit")
    assert d.text("idcardTitle") == "Geburtsdatum"
    assert "Tag, Monat und Jahr" in d.text("idcardText") and "27 03 1985" in d.text("idcardText")
    assert d.text("idcardEntry") == "__.__.____"
    for ch in "3102":
        d.tap(f"idpad_{ch}")
    assert d.text("idcardEntry") == "31.02.____"
    assert not d.item("idcardSubmit").isEnabled()  # the year is missing
    for ch in "1990":
        d.tap(f"idpad_{ch}")
    d.tap("idcardSubmit")  # no 31 February: said here, not as "cannot be read" later
    assert idcard.passportStep == "birth" and idcard.message == "date"
    assert d.item("idcardMessage").isVisible()
    assert "Tag, Monat und Jahr" in d.text("idcardMessage")
    for _ in range(8):
        d.tap("idcardBackspace")
    for ch in "28021990":
        d.tap(f"idpad_{ch}")
    d.tap("idcardSubmit")
    assert idcard.passportStep == "expiry" and idcard.message == ""
    assert d.text("idcardTitle") == "Ablaufdatum"
    d.tap("idcardBack")  # back: the date comes back as it was typed
    assert idcard.passportStep == "birth" and idcard.entry == "28021990"
    assert d.text("idcardEntry") == "28.02.1990"


def test_landscape_and_arabic_keep_the_digits_in_order(make_ui):
    d = make_ui()
    d.window.resize(1920, 1080)
    d.tap("language_ar")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    d.tap("formFromIdCard")
    d.tap("idcardConsent")
    d.tap("idcardPassport")
    for ch in "L898902C":
        d.tap(f"idpad_{ch}")
    d.tap("idcardSubmit")
    for ch in "0608":
        d.tap(f"idpad_{ch}")
    assert d.text("idcardEntry") == "06.08.____"  # left to right, day first, in Arabic too
