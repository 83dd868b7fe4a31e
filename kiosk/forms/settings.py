"""What a form takes from the kiosk's configuration: the Land (some code lists differ by
Land, e.g. the religious communities the register knows) and fees (a text says "the fee is
{fee}", the amount comes from ``[forms.fees]``, never from the form file).

:func:`specialise` turns a checked definition into the one a citizen sees here; the
loader caches the result per settings."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.forms.errors import FormDefinitionError
from kiosk.forms.model import Field, Form, Option, Page, Section
from kiosk.forms.texts import _DECIMAL_COMMA, Text
from kiosk.i18n import locale_of


@dataclass(frozen=True)
class FormSettings:
    land: str = ""  # two letters (NW, BY, ...); empty: every Land's entries are offered
    fees: tuple[tuple[str, float], ...] = ()  # fee id -> amount in EUR

    @classmethod
    def of(cls, land: str = "", fees: Mapping[str, float] | None = None) -> FormSettings:
        return cls(land, tuple(sorted((fees or {}).items())))

    @classmethod
    def from_config(cls, section: object) -> FormSettings:
        """From a ``[forms]`` config section (``land``, ``fees``)."""
        return cls.of(getattr(section, "land", ""), getattr(section, "fees", None))

    @classmethod
    def defaults(cls) -> FormSettings:
        from kiosk.config import FormsSection  # the documented defaults of [forms]

        return cls.from_config(FormsSection())


def format_amount(amount: float, lang: str) -> str:
    text = f"{amount:.2f}"
    return (text.replace(".", ",") if locale_of(lang) in _DECIMAL_COMMA else text) + " EUR"


def _fee_text(text: Text, form: Form, fees: Mapping[str, float]) -> Text:
    params: dict[str, float] = {}
    for placeholder, fee_id in form.fees.items():
        if fee_id not in fees:
            raise FormDefinitionError(
                form.source,
                f"fees.{placeholder}",
                f"fee {fee_id!r} is not configured ([forms.fees])",
            )
        params[placeholder] = fees[fee_id]
    return Text(
        {
            lang: value.format_map({k: format_amount(v, lang) for k, v in params.items()})
            for lang, value in text.by_lang.items()
        }
    )


def _field(f: Field, form: Form, settings: FormSettings, fees: Mapping[str, float]) -> Field:
    changes: dict[str, object] = {}
    cl = f.codelist
    if cl is not None and any(e.lands for e in cl.entries):
        here = {e.code for e in cl.entries if e.offered_in(settings.land)}
        changes["options"] = tuple(Option(o.code, o.label) for o in f.options if o.code in here)
    if f.kind == "info" and f.text is not None and form.fees:
        changes["text"] = _fee_text(f.text, form, fees)
    if f.fields:
        changes["fields"] = tuple(_field(c, form, settings, fees) for c in f.fields)
    return dataclasses.replace(f, **changes) if changes else f  # type: ignore[arg-type]


def specialise(form: Form, settings: FormSettings) -> Form:
    """The form as offered with these settings (code lists of the Land, fee amounts)."""
    fees = dict(settings.fees)
    pages = tuple(
        Page(
            p.id,
            p.title,
            tuple(
                Section(s.id, s.title, tuple(_field(f, form, settings, fees) for f in s.fields))
                for s in p.sections
            ),
        )
        for p in form.pages
    )
    return dataclasses.replace(form, pages=pages)
