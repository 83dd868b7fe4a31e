"""The Führungszeugnis asks what §§ 30, 30a, 30b BZRG need (issue 17): the Belegarten of
the Meldebehörden, the § 30 Abs. 5 hint, the European certificate for other EU nationals
only, the gesetzlicher Vertreter, and fees from the configuration."""

from __future__ import annotations

from datetime import date

from kiosk.config import FormsSection
from kiosk.forms import FORMS_DIR, FormDefinitionError, FormSession, load_form
from kiosk.forms.settings import FormSettings

TODAY = date(2026, 3, 2)
FORM = load_form("fuehrungszeugnis")


def session(settings: FormSettings | None = None) -> FormSession:
    return FormSession(load_form("fuehrungszeugnis", settings=settings), "de", today=lambda: TODAY)


def view(s: FormSession, fid: str) -> bool:
    return next(
        v for i in range(len(s.form.pages)) for v in s.page_fields(i) if v.path == fid
    ).visible


def test_belegarten_as_meldebehoerden_use_them() -> None:
    assert FORM.fields["belegart"].codes == {"N", "NE", "O", "OE", "P"}
    assert "kind" not in FORM.fields  # the Belegart says "erweitert" itself


def test_extended_certificates_need_the_written_request() -> None:  # § 30a Abs. 2
    s = session()
    for code, extended in (("N", False), ("NE", True), ("O", False), ("OE", True), ("P", False)):
        s.set("belegart", code)
        assert view(s, "request_confirmed") is extended, code


def test_certificates_for_an_authority_name_it_and_p_names_the_court() -> None:
    s = session()
    s.set("belegart", "O")
    e = s.validate_page(2)
    assert {"authority_name", "authority_address.street", "authority_reference"} <= set(e)
    assert "court" not in e
    s.set("belegart", "P")
    assert "court" in s.validate_page(2)
    s.set("belegart", "N")
    assert not {"authority_name", "court"} & set(s.validate_page(2))


def test_the_section_30_5_hint_is_always_shown() -> None:
    s = session()
    for code in (None, "N", "O"):
        s.set("belegart", code)
        assert view(s, "inspection_info")
    text = FORM.fields["inspection_info"].text
    assert text is not None and "§ 30 Abs. 5" in text("de") and "Amtsgericht" in text("de")


def test_european_certificate_only_for_nationals_of_another_eu_state() -> None:  # § 30b
    s = session()
    for nationalities, offered in (
        (["000"], False),
        (["163"], False),  # Türkei
        (["166"], False),  # Ukraine
        (["129"], True),  # Frankreich
        (["000", "181"], True),  # Zypern, with German as well
        (["145"], True),  # Malta
    ):
        s.set("nationalities", nationalities)
        assert view(s, "european") is offered, nationalities


def test_a_gesetzlicher_vertreter_can_apply() -> None:  # § 30 Abs. 1 Satz 2
    s = session()
    assert FORM.fields["applicant_role"].codes == {"selbst", "vertreter"}
    s.set("applicant_role", "vertreter")
    e = s.validate_page(0)
    assert {"rep_surname", "rep_given_names", "rep_date_of_birth", "rep_address.street"} <= set(e)
    s.set("applicant_role", "selbst")
    assert s.validate_page(0) == {}


def test_the_applicant_is_at_least_14() -> None:  # § 30 Abs. 1 Satz 1
    s = session()
    s.set("date_of_birth", "2012-03-03")
    assert "date_of_birth" in s.validate_page(1)


def test_fees_come_from_the_configuration() -> None:
    defaults = FormsSection()
    assert defaults.fees == {"fuehrungszeugnis": 13.0, "fuehrungszeugnis_europaeisch": 17.0}
    s = session(FormSettings.of("", {"fuehrungszeugnis": 14.5, "fuehrungszeugnis_europaeisch": 18}))
    assert s.form.fields["fee_info"].text("de") == (  # type: ignore[misc]
        "Die Gebühr beträgt 14,50 EUR. Sie bezahlen sie am Schalter."
    )
    assert "18.00 EUR" in s.form.fields["fee_info_european"].text("en")  # type: ignore[misc]
    raw = (FORMS_DIR / "fuehrungszeugnis.yaml").read_text(encoding="utf-8")
    assert "13 Euro" not in raw and "17 Euro" not in raw  # never hard-coded


def test_an_unconfigured_fee_is_a_clear_error() -> None:
    try:
        load_form("fuehrungszeugnis", settings=FormSettings.of("", {"fuehrungszeugnis": 13.0}))
    except FormDefinitionError as err:
        assert "fuehrungszeugnis_europaeisch" in str(err) and "[forms.fees]" in str(err)
    else:
        raise AssertionError("a missing fee must not load")
