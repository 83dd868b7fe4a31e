"""Values inside Arabic sentences keep their own order (issue 22, bidi isolation).

Checked with the Unicode bidi algorithm itself (python-bidi, the same implementation
that orders the printouts): every Arabic message with a placeholder is filled with
values that a right-to-left sentence would reorder, and the value must appear unchanged
in the visual order. The same check on the .ts texts as written (without the isolates
the catalogue adds) fails, so the test can tell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from bidi import get_display

from kiosk import i18n
from kiosk.accessibility.spoken import speakable

# Values the kiosk fills into sentences; the first three are reordered in a bare
# right-to-left sentence ("11:00–10:30", "1234 30 49+", "% 5").
VALUES = ("10:30–11:00", "+49 30 1234", "5 %", "B-042", "08.12.2026", "ANM-7K3P-2QXD")
_PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")


def arabic_messages(catalogue: i18n.Catalogue) -> Iterator[str]:
    for _, text in catalogue.items():
        if _PLACEHOLDER.search(text):
            yield text
    for _, forms in catalogue.plural_items():
        yield from (form for form in forms if _PLACEHOLDER.search(form))


def fill(template: str, value: str) -> str:
    return _PLACEHOLDER.sub(value, template)


def reordered(templates: list[str]) -> list[tuple[str, str]]:
    """(sentence, value) pairs whose value does not appear as typed in visual order."""
    bad = []
    for template in templates:
        for value in VALUES:
            visual = i18n.without_isolates(get_display(fill(template, value), base_dir="R"))
            if value not in visual:
                bad.append((template, value))
    return bad


def test_the_arabic_catalogue_has_sentences_with_placeholders() -> None:
    assert len(list(arabic_messages(i18n.catalogue("ar")))) >= 20


def test_values_in_arabic_sentences_keep_their_order() -> None:
    templates = list(arabic_messages(i18n.catalogue("ar")))
    assert reordered(templates) == []


def test_without_isolates_the_same_sentences_reorder_values() -> None:
    """The control: the texts as the .ts file has them reorder at least the time range
    and the phone number, which is what the isolates are for."""
    raw = [i18n.without_isolates(t) for t in arabic_messages(i18n.catalogue("ar"))]
    bad = {value for _, value in reordered(raw)}
    assert {"10:30–11:00", "+49 30 1234"} <= bad


def test_plural_counts_are_isolated_too() -> None:
    cat = i18n.Catalogue("ar", {}, {("Ticket", "%n people"): ("%n", "%n", "%n", "%n", "%n", "%n")})
    assert cat.translate("Ticket", "%n people", 5) == "\u20685\u2069"


def test_only_right_to_left_languages_get_isolates() -> None:
    for code, lang in i18n.LANGUAGES.items():
        cat = i18n.Catalogue(code, {("C", "At %1"): "%1 x %n"})
        text = cat.translate("C", "At %1")
        assert (i18n.FSI in text) is lang.rtl, code
    assert i18n.FSI not in "".join(t for _, t in i18n.catalogue("de").items())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at %1", "at \u2068%1\u2069"),
        ("%L1 and %12", "\u2068%L1\u2069 and \u2068%12\u2069"),
        ("%n min", "\u2068%n\u2069 min"),
        ("already \u2068%1\u2069", "already \u2068%1\u2069"),  # the translator's own
        ("100 % sure", "100 % sure"),
    ],
)
def test_isolate_placeholders(text: str, expected: str) -> None:
    assert i18n.isolate_placeholders(text) == expected


def test_speech_does_not_get_the_isolates() -> None:
    assert speakable("رقمكم \u2068B-042\u2069.") == "رقمكم B 0 4 2."
