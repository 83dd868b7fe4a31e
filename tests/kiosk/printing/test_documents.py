"""The ticket PDF, checked the way a printer sees it: rasterised at thermal-printer
resolution, QR decoded, text positions read back (for right-to-left order and clipping)."""

from __future__ import annotations

import itertools
import string
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from kiosk import i18n
from kiosk.printing import documents as printout
from kiosk.printing import script
from kiosk.printing.documents import PAGE_WIDTH, format_issued, render_ticket
from kiosk.queue.base import Ticket, WaitEstimate

MM = 72 / 25.4
LANGS = ["de", "en", "tr", "uk", "ar", "ru", "pl", "ls"]
BERLIN = ZoneInfo("Europe/Berlin")

# Test translations, so the checks do not depend on the state of the .ts files.
STRINGS: dict[str, dict[str, str]] = {
    "Waiting number": {
        "de": "Wartenummer",
        "tr": "Sıra numaranız",
        "uk": "Ваш номер у черзі",
        "ar": "رقم الانتظار",
    },
    "%n people are ahead of you.": {
        "de": "Vor Ihnen warten: %n",
        "tr": "Önünüzde bekleyen kişi sayısı: %n",
        "uk": "Людей перед вами: %n",
        "ar": "عدد المنتظرين قبلكم: %n",
    },
    "Expected wait: %1–%n minutes": {
        "de": "Voraussichtliche Wartezeit: %1–%n Minuten",
        "tr": "Tahmini bekleme süresi: %1–%n dakika",
        "uk": "Орієнтовний час очікування: %1–%n хв",
        "ar": "مدة الانتظار المتوقعة بالدقائق: من %1 إلى %n",
    },
    "Expected wait: unknown": {
        "de": "Voraussichtliche Wartezeit: derzeit unbekannt",
        "tr": "Tahmini bekleme süresi: şu an bilinmiyor",
        "uk": "Орієнтовний час очікування: наразі невідомий",
        "ar": "مدة الانتظار المتوقعة: غير معروفة حاليًا",
    },
    "Issued: %1": {
        "de": "Ausgegeben am %1 Uhr",
        "tr": "Veriliş zamanı: %1",
        "uk": "Видано: %1",
        "ar": "وقت الإصدار: %1",
    },
    "Please watch the display. Your number will be called.": {
        "de": "Bitte achten Sie auf die Anzeige. Ihre Nummer wird aufgerufen.",
        "tr": "Lütfen ekranı takip edin. Numaranız çağrılacaktır.",
        "uk": "Будь ласка, стежте за табло. Ваш номер буде викликано.",
        "ar": "يُرجى متابعة الشاشة. سيتم النداء على رقمك.",
    },
}
CONCERNS = {
    "de": "Wohnsitz anmelden",
    "en": "Register your residence",
    "tr": "İkamet kaydı",
    "uk": "Реєстрація місця проживання",
    "ar": "تسجيل السكن (بطاقة الهوية)",
    "ru": "Зарегистрировать или изменить адрес",
    "pl": "Zameldowanie lub zmiana adresu",
    "ls": "Wohnung an-melden oder um-melden",
}
LOCATION = "Bürgerbüro, Rathaus Erdgeschoss, Zimmer 12"


@pytest.fixture(autouse=True)
def test_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    def load(language: str) -> i18n.Catalogue:
        entries = {("Ticket", src): tr[language] for src, tr in STRINGS.items() if language in tr}
        return i18n.Catalogue(language, entries)

    monkeypatch.setattr(printout, "_load_catalogue", load)


def ticket(
    reference: str = "T-20261121-K01-A042-7f3c9d",
    number: str = "A-042",
    people_ahead: int | None = 3,
    wait: WaitEstimate = WaitEstimate(15, 25),  # noqa: B008 - frozen, safe as default
    issued_at: datetime | None = None,
) -> Ticket:
    return Ticket(
        reference=reference,
        number=number,
        concern_id="anmeldung",
        group_id="A",
        issued_at=issued_at or datetime(2026, 11, 21, 14, 5, tzinfo=BERLIN),
        people_ahead=people_ahead,
        wait=wait,
    )


def render(language: str = "de", concern: str | None = None, t: Ticket | None = None) -> bytes:
    return render_ticket(
        t or ticket(),
        concern_name=CONCERNS.get(language, "Register") if concern is None else concern,
        location=LOCATION,
        language=language,
    )


def page_size(pdf: bytes) -> tuple[float, float]:
    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == 1
    w, h = doc[0].get_size()
    return float(w), float(h)


def raster(pdf: bytes, dpi: float = 203) -> Image.Image:
    page = pdfium.PdfDocument(pdf)[0]
    return page.render(scale=dpi / 72, grayscale=True).to_pil()


def decode(pdf: bytes, dpi: float = 203) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(raster(pdf, dpi))]


def text_lines(pdf: bytes) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each text line as drawn, in VISUAL order (characters sorted left to right by their
    position, whatever order the extractor guesses), with its ink box (l, b, r, t)."""
    page = pdfium.PdfDocument(pdf)[0]
    tp = page.get_textpage()
    lines: list[list[tuple[float, str, tuple[float, float, float, float]]]] = [[]]
    for i in range(tp.count_chars()):
        ch = tp.get_text_range(i, 1)
        if ch in "\r\n":
            if lines[-1]:
                lines.append([])
            continue
        box = tp.get_charbox(i)
        lines[-1].append((box[0], ch, box))
    result = []
    for chars in lines:
        if not chars:
            continue
        chars.sort(key=lambda c: c[0])
        inked = [c[2] for c in chars if not c[1].isspace()]
        box = (
            min(b[0] for b in inked),
            min(b[1] for b in inked),
            max(b[2] for b in inked),
            max(b[3] for b in inked),
        )
        result.append(("".join(c[1] for c in chars), box))
    return result


def plain(lines: list[tuple[str, tuple[float, float, float, float]]]) -> str:
    return "\n".join(text for text, _ in lines)


# --- page geometry --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_the_page_is_80_mm_wide_and_shorter_than_a4(language: str) -> None:
    w, h = page_size(render(language))
    assert abs(w - 80 * MM) <= 0.5
    assert abs(PAGE_WIDTH - 80 * MM) <= 0.5
    assert 80 * MM < h < 180 * MM  # content height, not a blank A4 (297 mm)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_height_grows_with_a_longer_concern_name(language: str) -> None:
    short = page_size(render(language, concern="Pass"))[1]
    word = "Personalausweis" if language == "de" else "بطاقة"
    long = page_size(render(language, concern=" ".join([word] * 12)))[1]
    assert long > short + 3 * 13  # several more lines of 13 pt type


def test_a_missing_people_ahead_line_makes_the_ticket_shorter() -> None:
    with_line = page_size(render("en"))[1]
    without = page_size(render("en", t=ticket(people_ahead=None)))[1]
    assert without < with_line


# --- QR code --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_the_qr_code_decodes_to_exactly_the_reference_at_203_dpi(language: str) -> None:
    t = ticket()
    assert decode(render(language, t=t)) == [t.reference]


def test_the_qr_code_also_decodes_at_180_dpi() -> None:
    assert decode(render("de"), dpi=180) == [ticket().reference]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    reference=st.text(
        alphabet=string.ascii_letters + string.digits + "-_.:/", min_size=1, max_size=64
    ),
    language=st.sampled_from(LANGS),
)
def test_any_reference_round_trips_through_the_qr_code(reference: str, language: str) -> None:
    assert decode(render(language, t=ticket(reference=reference))) == [reference]


def test_the_reference_is_printed_under_the_qr_code() -> None:
    t = ticket()
    assert t.reference in plain(text_lines(render("ar", t=t)))


# --- fonts ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_fonts_are_embedded_and_helvetica_is_never_referenced(language: str) -> None:
    pdf = render(language)
    assert b"/BaseFont /Helvetica" not in pdf
    assert b"Helvetica" not in pdf
    assert pdf.count(b"/FontFile2") >= 2  # regular and bold TrueType subsets embedded


def test_arabic_tickets_embed_the_arabic_font() -> None:
    assert b"NotoSansArabic" in render("ar")


def test_fonts_are_loaded_once() -> None:
    assert script.load_fonts() is script.load_fonts()


# --- content --------------------------------------------------------------------------------


def test_german_ticket_content_top_to_bottom() -> None:
    lines = [text for text, _ in text_lines(render("de"))]
    expected = [
        "Wartenummer",
        "A-042",
        "Wohnsitz anmelden",
        "Vor Ihnen warten: 3",
        "Voraussichtliche Wartezeit: 15–25",
        "Ausgegeben am 21.11.2026, 14:05 Uhr",
        "Bürgerbüro, Rathaus Erdgeschoss,",
        "T-20261121-K01-A042-7f3c9d",
        "Bitte achten Sie auf die Anzeige. Ihre",
    ]
    positions = [next(i for i, line in enumerate(lines) if line.startswith(e)) for e in expected]
    assert positions == sorted(positions), lines


def test_the_number_is_the_largest_text() -> None:
    lines = text_lines(render("de"))
    heights = {text: box[3] - box[1] for text, box in lines}
    assert max(heights, key=heights.__getitem__) == "A-042"
    assert heights["A-042"] > 12 * MM


@pytest.mark.parametrize(
    ("wait", "people", "expected", "absent"),
    [
        (WaitEstimate(15, 25), 3, "Expected wait: 15–25 minutes", None),
        (WaitEstimate(), 3, "Expected wait: unknown", None),
        (WaitEstimate(10, 10), 0, "Expected wait: about 10 minutes", None),
        (WaitEstimate(0, 1), 0, "Expected wait: a minute or less", None),
        (WaitEstimate(0, 0), 0, "Expected wait: a minute or less", None),
        (WaitEstimate(0, 5), 0, "Expected wait: up to 5 minutes", None),
        (WaitEstimate(25, 15), 0, "Expected wait: 15–25 minutes", None),
        (WaitEstimate(5, 10), None, "Expected wait: 5–10 minutes", "People ahead"),
    ],
)
def test_wait_lines(
    wait: WaitEstimate, people: int | None, expected: str, absent: str | None
) -> None:
    text = plain(text_lines(render("en", t=ticket(wait=wait, people_ahead=people))))
    assert expected in text
    if people is not None:
        assert f"{people} people are ahead of you." in text
    if absent:
        assert absent not in text


def test_the_issue_time_is_printed_in_the_tickets_own_timezone() -> None:
    t = ticket(issued_at=datetime(2026, 11, 21, 23, 30, tzinfo=ZoneInfo("America/New_York")))
    assert "21.11.2026, 23:30" in plain(text_lines(render("de", t=t)))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "21.11.2026, 14:05"),
        ("uk", "21.11.2026, 14:05"),
        ("tr", "21.11.2026 14:05"),
        ("en", "21 Nov 2026, 14:05"),
        ("ar", "\u206721/11/2026، 14:05\u2069"),  # a right-to-left isolate: see below
        ("ru", "21.11.2026, 14:05"),
        ("pl", "21.11.2026, 14:05"),
    ],
)
def test_format_issued(language: str, expected: str) -> None:
    assert format_issued(datetime(2026, 11, 21, 14, 5, tzinfo=BERLIN), language) == expected


def test_placeholders_are_substituted_once() -> None:
    assert printout._fill("%1–%2", "%2", "x") == "%2–x"
    assert printout._fill("a %3 b", "x") == "a %3 b"


def test_without_a_translation_file_the_ticket_is_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # drop the test catalogue: use the real loader

    def missing(language: str) -> i18n.Catalogue:
        raise FileNotFoundError(f"kiosk_{language}.ts")

    monkeypatch.setattr(i18n, "catalogue", missing)
    text = plain(text_lines(render("de")))
    assert "Waiting number" in text
    assert "Please watch the display." in text


# --- layout: nothing clipped or overlapping -------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("concern", ["short", "long"])
def test_text_stays_inside_the_margins_and_lines_do_not_overlap(
    language: str, concern: str
) -> None:
    name = CONCERNS[language] if concern == "short" else " ".join([CONCERNS[language]] * 4)
    pdf = render(language, concern=name)
    w, h = page_size(pdf)
    lines = text_lines(pdf)
    for text, (left, bottom, right, top) in lines:
        assert left >= 4 * MM - 1.5 and right <= w - 4 * MM + 1.5, text
        assert bottom >= 4 * MM - 1.5 and top <= h - 4 * MM + 1.5, text
    for (upper, ubox), (lower, lbox) in itertools.pairwise(lines):
        assert ubox[1] > lbox[3], f"{upper!r} overlaps {lower!r}"


def test_a_very_long_word_is_cut_rather_than_clipped() -> None:
    pdf = render("de", concern="Donaudampfschifffahrtsgesellschaftskapitänswitwenrente" * 2)
    w, _ = page_size(pdf)
    assert all(box[2] <= w - 4 * MM + 1.5 for _, box in text_lines(pdf))


def test_a_long_number_shrinks_to_fit() -> None:
    pdf = render("de", t=ticket(number="ABC-10042"))
    lines = dict(text_lines(pdf))
    left, _, right, _ = lines["ABC-10042"]
    assert left >= 4 * MM - 1.5 and right <= 76 * MM + 1.5


# --- Arabic: shaping, order, alignment ------------------------------------------------------


def arabic_lines() -> list[tuple[str, tuple[float, float, float, float]]]:
    return text_lines(render("ar"))


def test_arabic_number_reads_left_to_right() -> None:
    texts = [text for text, _ in arabic_lines()]
    assert "A-042" in texts
    assert "240-A" not in "".join(texts)


def test_arabic_date_and_time_keep_their_digit_order_and_rtl_sequence() -> None:
    issued = next(text for text, _ in arabic_lines() if "2026" in text)
    assert "14:05" in issued and "21/11/2026" in issued, issued
    # Right to left: label, then the date, then the time, so visually the time is leftmost.
    assert issued.index("14:05") < issued.index("21/11/2026")
    first_arabic = min(i for i, ch in enumerate(issued) if ch.isalpha() and not ch.isascii())
    assert first_arabic > issued.index("21/11/2026")


def test_arabic_counts_stay_to_the_left_of_their_label() -> None:
    ahead = next(text for text, _ in arabic_lines() if "3" in text and "2026" not in text)
    assert ahead.lstrip().startswith("3"), ahead
    wait = next(text for text, _ in arabic_lines() if "15" in text)
    assert wait.index("25") < wait.index("15"), wait  # "from 15 to 25", read right to left


def test_arabic_brackets_face_the_right_way() -> None:
    """Checked on the string handed to reportlab: pdfium's text extraction mirrors
    brackets in RTL runs itself, so the PDF's text layer cannot show the drawn glyph."""
    visual = script.visual(CONCERNS["ar"], rtl=True)
    assert visual.index("(") < visual.index(")"), visual
    assert visual.startswith("(")  # the bracketed words end the sentence: leftmost


def test_arabic_lines_are_right_aligned() -> None:
    w, _ = page_size(render("ar"))
    lines = arabic_lines()
    assert lines[1][0] == "A-042"
    body = [(text, box) for text, box in lines[2:] if text != ticket().reference]  # centered
    assert len(body) >= 7
    for text, box in body:
        assert abs(box[2] - (w - 4 * MM)) < 2.0, text


def test_arabic_is_shaped_and_every_glyph_exists() -> None:
    """No isolated base letters reach reportlab, and the chosen font for every character
    has a glyph for it (no .notdef boxes)."""
    fonts = script.load_fonts()
    samples = [tr["ar"] for tr in STRINGS.values()] + [CONCERNS["ar"], "بطاقة الهوية «جديدة»"]
    for logical in samples:
        visual = script.visual(printout._fill(logical, "15", "25"), rtl=True)
        assert not any("\u0621" <= ch <= "\u064a" for ch in visual), visual
        assert any("\ufe70" <= ch <= "\ufeff" for ch in visual)
        for bold in (False, True):
            regular = fonts.latin_bold if bold else fonts.latin
            arabic = fonts.arabic_bold if bold else fonts.arabic
            for font, run in script.font_runs(visual, regular, arabic, rtl=True):
                missing = [c for c in run if ord(c) not in font.chars]
                assert not missing, (logical, font.name, missing)


def test_visual_order_of_mixed_strings() -> None:
    v = script.visual("رقمك A-042 الساعة 14:05", rtl=True)
    assert v.startswith("14:05 ") and "A-042" in v
    assert script.visual("Zimmer 12 (Erdgeschoss)", rtl=True) == "Zimmer 12 (Erdgeschoss)"
    quoted = script.visual("«نص»", rtl=True)
    assert quoted[0] == "«" and quoted[-1] == "»"


def test_mirroring_fix_flips_only_reversed_pairs() -> None:
    assert script._fix_mirroring(")a( [b]") == "(a) [b]"
    assert script._fix_mirroring(")a )b( c(") == "(a (b) c)"
    assert script._fix_mirroring("x) y") == "x) y"  # between LTR text: an LTR bracket


def test_a_bracket_pair_split_by_wrapping_still_faces_the_right_way() -> None:
    """Wrapping can put "(" and ")" on different lines, where each is unpaired; in an
    Arabic line both must still be mirrored (they sit at an RTL level)."""
    first = script.visual("شخصية جديدة (Reisepass /", rtl=True)
    second = script.visual("Personalausweis) مع صورة", rtl=True)
    assert first.startswith("/ Reisepass) "), first
    assert second.endswith(" (Personalausweis"), second
    assert script.visual("غرفة (12", rtl=True).startswith("12) ")


# --- Arabic: values inside sentences (bidi isolates) ----------------------------------------

ISOLATE_MARKS = set("\u2066\u2067\u2068\u2069")


def test_isolated_values_print_in_order_and_the_isolates_do_not_print() -> None:
    """The Arabic catalogue isolates every %1 (kiosk.i18n): on paper a time range keeps
    its order, and the isolate marks themselves reach reportlab in no line (no font has
    a glyph for them: they would print as boxes)."""
    fonts = script.load_fonts()
    arabic = i18n.catalogue("ar")
    sentences = [t for (ctx, _), t in arabic.items() if ctx == "Ticket" and "%1" in t]
    assert sentences
    for template in sentences:
        logical = printout._fill(template, "10:30–11:00")
        assert "\u2068" in logical
        visual = script.visual(logical, rtl=True)
        assert "10:30–11:00" in visual and not ISOLATE_MARKS & set(visual), visual
        for font, run in script.font_runs(visual, fonts.latin, fonts.arabic, rtl=True):
            assert all(ord(c) in font.chars for c in run), (template, font.name, run)
        bare = script.visual(i18n.without_isolates(logical), rtl=True)
        assert "11:00–10:30" in bare  # the control: without isolates it would reorder


def test_an_arabic_ticket_with_the_real_catalogue_prints_no_isolate_marks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(printout, "_load_catalogue", i18n.catalogue)
    pdf = render_ticket(
        ticket(),
        concern_name=CONCERNS["ar"],
        location=LOCATION,
        language="ar",
        submission_reference="ANM-7K3P-2QXD",
    )
    lines = [text for text, _ in text_lines(pdf)]
    assert not ISOLATE_MARKS & set("".join(lines))
    assert "ANM-7K3P-2QXD" in lines  # wrapped onto a line of its own, in order
    issued = next(text for text in lines if "2026" in text)
    assert issued.index("14:05") < issued.index("21/11/2026"), issued  # right to left


@settings(max_examples=30, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآى ()0123456789-:abcXYZ")),
        min_size=1,
        max_size=80,
    )
)
def test_any_arabic_concern_renders_inside_the_page(concern: str) -> None:
    pdf = render("ar", concern=concern)
    w, _ = page_size(pdf)
    for _, (left, _b, right, _t) in text_lines(pdf):
        assert left >= 4 * MM - 1.5 and right <= w - 4 * MM + 1.5


# --- speed ----------------------------------------------------------------------------------


def test_a_warm_render_is_fast() -> None:
    """About 10-16 ms here; the generous bound only catches regressions such as fonts
    being parsed again for every ticket (~50 ms each)."""
    render("ar")
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        render("ar")
        timings.append(time.perf_counter() - start)
    assert sorted(timings)[2] < 0.1
