"""Native ESC/POS tickets: text in the printer's own code page and a QR code it draws
itself, checked by the fake printer that parses the bytes as a TM-T20 does; every script
that needs shaping (or a page the model lacks) stays raster; malformed commands are
reported by the fake, never passed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
import zxingcpp
from fake_escpos import FakeEscposPrinter, FakeJob, decode_job
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.printing.base import pdf_bytes
from devices.printing.escpos import EscposPrinter, TcpTransport
from devices.printing.native import (
    choose_code_page,
    escpos_job,
    native_job,
    qr_commands,
)
from devices.printing.profiles import get_profile
from devices.printing.raster import render_pages
from devices.printing.text import Line, Qr, Style, TextDocument
from kiosk.printing.documents import render_ticket_printout, ticket_qr_payload
from kiosk.queue.base import Ticket, WaitEstimate

TZ = ZoneInfo("Europe/Berlin")
TICKET = Ticket(
    reference="K1-20250102-B007-Q4Z",
    number="B-007",
    concern_id="fuehrungszeugnis",
    group_id="B",
    issued_at=datetime(2025, 1, 2, 10, 5, tzinfo=TZ),
    people_ahead=3,
    wait=WaitEstimate(15, 25),
)
TM_T20 = get_profile("tm-t20")


@pytest.fixture
def fake() -> Iterator[FakeEscposPrinter]:
    with FakeEscposPrinter(dpi=203) as printer:  # a TM-T20
        yield printer


def pdf_text(pdf: bytes) -> str:
    """The PDF's text as PDFium extracts it (what a copy-paste from the PDF gives)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        return str(page.get_textpage().get_text_range())
    finally:
        doc.close()


def squeeze(text: str) -> str:
    """Without white space: the PDF and the printer wrap lines at different places."""
    return "".join(text.split())


def printed(job: FakeJob) -> str:
    assert job.errors == [], job.errors
    return "\n".join(job.text())


def test_german_ticket_natively_says_what_the_pdf_says(fake: FakeEscposPrinter) -> None:
    printout = render_ticket_printout(
        TICKET,
        concern_name="Führungszeugnis beantragen (Straße)",
        location="Rathaus Groß-Gerau, Bürgerbüro",
        language="de",
        submission_reference="F-2025-ÄB7",
    )
    printer = EscposPrinter(TcpTransport("127.0.0.1", fake.port, 2.0), TM_T20, 2.0)
    assert printer.print_document(printout.pdf, "B-007", printout.text) == "escpos-1"
    (job,) = fake.wait_for_jobs(1)
    printer.close()
    assert job.confirmed and fake.errors == [] and fake.unknown == []
    assert job.blocks == [] or all(b.rows == 2 for b in job.blocks)  # only the two rules
    assert job.cuts == [TM_T20.cut]
    assert job.size < 1200  # a trimmed raster of this ticket is about 19 000 bytes

    text = printed(job)
    assert squeeze(text) == squeeze(pdf_text(pdf_bytes(printout.pdf)))  # same words, order
    for expected in ("Führungszeugnis", "Straße", "Groß-Gerau", "Bürgerbüro", "ÄB7"):
        assert expected in text  # umlauts and ß arrive, not '?' or mojibake
    assert "15–25 Minuten" in text and "02.01.2025, 10:05" in text
    number = next(line for line in job.lines if line.text == "B-007")
    assert (number.align, number.bold, number.width, number.height) == ("center", True, 6, 6)
    assert number.width * 12 * len(number.text) <= TM_T20.dots
    concern = next(line for line in job.lines if line.text.startswith("Führungszeugnis"))
    assert concern.bold and concern.height == 2
    assert {line.code_page for line in job.lines} == {16}  # WPC1252

    # The QR code: what the printer draws is what the PDF's code says.
    (qr,) = job.qrs
    (pdf_page,) = render_pages(pdf_bytes(printout.pdf), TM_T20)
    in_pdf = [r.text for r in zxingcpp.read_barcodes(pdf_page)]
    assert in_pdf == [qr.payload] == [ticket_qr_payload(TICKET.reference, "F-2025-ÄB7")]
    assert (qr.model, qr.level) == (2, "M")
    assert 20 <= qr.module * 29 / 203 * 25.4 <= 30  # version 3: about 24 mm wide


@pytest.mark.parametrize(
    ("language", "concern", "page"),
    [
        ("de", "Wohnsitz an- oder ummelden", 16),
        ("ls", "Wohnung anmelden", 16),
        ("en", "Register an address", 16),
        ("tr", "İkamet kaydı (Anmeldung)", 48),  # WPC1254: ı İ ş ğ
        ("pl", "Zameldowanie (Anmeldung)", 45),  # WPC1250: ą ę ł ż ź ś ć ń ó
        ("uk", "Реєстрація місця проживання", 46),  # WPC1251: і ї є ґ
        ("ru", "Регистрация по месту жительства", 46),
    ],
)
def test_each_latin_or_cyrillic_ticket_goes_natively_in_its_page(
    language: str, concern: str, page: int
) -> None:
    printout = render_ticket_printout(TICKET, concern_name=concern, location="", language=language)
    assert printout.text is not None
    job, unknown = decode_job(escpos_job(printout.pdf, TM_T20, printout.text), TM_T20.dpi)
    assert unknown == [] and job.confirmed
    assert {line.code_page for line in job.lines} == {page}
    assert squeeze(printed(job)) == squeeze(" ".join(printout.text.texts()))
    assert squeeze(printed(job)) == squeeze(pdf_text(pdf_bytes(printout.pdf)))
    assert [qr.payload for qr in job.qrs] == [TICKET.reference]


def test_arabic_stays_raster_and_its_qr_reads() -> None:
    printout = render_ticket_printout(
        TICKET, concern_name="تسجيل السكن", location="", language="ar"
    )
    assert printout.text is None  # the PDF shapes and reorders; the printer could not
    job, unknown = decode_job(escpos_job(printout.pdf, TM_T20, printout.text), TM_T20.dpi)
    assert unknown == [] and job.errors == [] and job.lines == [] and job.qrs == []
    assert [r.text for r in zxingcpp.read_barcodes(job.image())] == [TICKET.reference]


@pytest.mark.parametrize(
    ("location", "office_texts"),
    [
        ("Rathaus", ("مكتب المواطنين",)),  # Arabic from the central system: shaping
        ("Rathaus Łódź", ("Bağlantı ofisi",)),  # Polish and Turkish: no one page has both
        ("Rathaus\x1b@", ()),  # a control character would be a command
        ("Rathaus", ("Ремонт", "Straße")),  # Cyrillic with ß: no page has both
        ("Café\u0301", ()),  # a combining accent: shaping
    ],
)
def test_what_no_code_page_prints_goes_raster(location: str, office_texts: tuple[str, ...]) -> None:
    ticket = replace(TICKET, office_texts=office_texts)
    printout = render_ticket_printout(
        ticket, concern_name="Anmeldung", location=location, language="de"
    )
    assert printout.text is not None and native_job(printout.text, TM_T20) is None
    job, unknown = decode_job(escpos_job(printout.pdf, TM_T20, printout.text), TM_T20.dpi)
    assert unknown == [] and job.errors == [] and job.lines == [] and job.blocks


def test_profiles_without_native_text_print_raster() -> None:
    printout = render_ticket_printout(TICKET, concern_name="Anmeldung", location="", language="de")
    for name in ("tm-t88", "tsp100", "vkp80", "tm-t20-raster"):
        assert native_job(printout.text or TextDocument(()), get_profile(name)) is None
    t88v = get_profile("tm-t88v")
    job, _ = decode_job(escpos_job(printout.pdf, t88v, printout.text), t88v.dpi)
    assert job.errors == [] and "Anmeldung" in job.text()


def test_ascii_prints_as_ascii_on_a_printer_set_up_for_germany() -> None:
    """A German printer's default international set prints "@" as "§" and "{" as "ä":
    the job selects the USA set itself, so an e-mail address or a bracket arrives."""
    doc = TextDocument((Line("Bürgerbüro [1] {B} info@stadt.de ~"),))
    data = native_job(doc, TM_T20) or b""
    job, _ = decode_job(data, TM_T20.dpi, international=2)
    assert job.errors == [] and job.text() == [doc.texts()[0]]
    # Without its ESC R 0 the same job comes out as such a printer would print it.
    job, _ = decode_job(data.replace(b"\x1bR\x00", b""), TM_T20.dpi, international=2)
    assert job.text() == ["Bürgerbüro Ä1Ü äBü info§stadt.de ß"]


def test_the_pdf_is_rendered_only_for_the_raster() -> None:
    """A native ticket is on paper without its PDF ever being rendered; a raster one
    renders it once (and the folder printer, which archives it)."""
    printout = render_ticket_printout(TICKET, concern_name="Fundbüro", location="", language="de")
    renders: list[int] = []

    def pdf() -> bytes:
        renders.append(1)
        return pdf_bytes(printout.pdf)

    escpos_job(pdf, TM_T20, printout.text)
    assert renders == []
    escpos_job(pdf, get_profile("tm-t88"), printout.text)
    assert renders == [1]


def test_code_page_choice() -> None:
    pages = TM_T20.code_pages
    assert choose_code_page(["Straße „Am Ring“ – 5 €"], pages) == (16, "cp1252")
    assert choose_code_page(["Işık"], pages) == (48, "cp1254")
    assert choose_code_page(["Łódź"], pages) == (45, "cp1250")
    assert choose_code_page(["Ґанок"], pages) == (46, "cp1251")
    # Punctuation a page lacks is printed plain; a letter it lacks is never replaced.
    assert choose_code_page(["a – b"], (19,)) == (19, "cp858")
    assert choose_code_page(["Łódź"], (16, 19)) is None
    assert choose_code_page(["שלום"], (16, 46)) is None
    # Soft hyphens (word-part breaks on screen) are not printed.
    job, _ = decode_job(
        native_job(TextDocument((Line("Bürger\u00adbüro"),)), TM_T20) or b"", TM_T20.dpi
    )
    assert job.text() == ["Bürgerbüro"]


def test_long_lines_wrap_at_words_and_long_numbers_shrink() -> None:
    doc = TextDocument(
        (
            Line("A-1234567", Style.NUMBER),
            Line(" ".join(["Wartezeit"] * 12)),
            Line("x" * 60),
        )
    )
    job, _ = decode_job(native_job(doc, TM_T20) or b"", TM_T20.dpi)
    assert job.errors == []
    number = job.lines[0]
    assert number.text == "A-1234567" and number.width == 5  # 9 x 12 x 5 = 540 <= 576
    body = [line.text for line in job.lines[1:]]
    assert all(len(text) <= TM_T20.columns for text in body)
    assert " ".join(body[:-2]) == " ".join(["Wartezeit"] * 12)  # whole words per line
    assert body[-2:] == ["x" * 48, "x" * 12]  # a word longer than a line is broken


def test_qr_bytes_exactly() -> None:
    assert qr_commands("AB", TM_T20) == (
        b"\x1d(k\x04\x00\x31\x41\x32\x00"  # model 2
        b"\x1d(k\x03\x00\x31\x43\x08"  # module 8 dots (21 modules: about 21 mm)
        b"\x1d(k\x03\x00\x31\x45\x31"  # error correction M
        b"\x1d(k\x05\x00\x31\x50\x30AB"  # store: pL = 2 + 3
        b"\x1d(k\x03\x00\x31\x51\x30"  # print
    )
    assert qr_commands("", TM_T20) is None
    assert qr_commands("x" * 2332, TM_T20) is None  # more than version 40-M holds
    assert qr_commands("a\nb", TM_T20) is None
    too_long = TextDocument((Line("Nummer"), Qr("x" * 3000)))
    assert native_job(too_long, TM_T20) is None


QR_OK = b"\x1d(k\x04\x00\x31\x41\x32\x00\x1d(k\x05\x00\x31\x50\x30AB"
QR_PRINT = b"\x1d(k\x03\x00\x31\x51\x30"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"\x1d(k\x04\x00\x31\x43\x08\x00", "function 67: 2 parameter bytes, not 1"),
        (b"\x1d(k\x03\x00\x31\x43\x11", "module size 17"),
        (b"\x1d(k\x03\x00\x31\x45\x34", "error correction 52"),
        (b"\x1d(k\x04\x00\x31\x41\x35\x00", "QR model"),
        (QR_PRINT, "print without data stored"),
        (b"\x1d(k\x03\x00\x30\x41\x30", "only QR codes"),
        (QR_OK[:-3], "cut off at the end"),  # store announces 2 bytes more than sent
        (b"\x1d(k\x05", "cut off at the end"),
        (b"\x1d!\x88", "no such character size"),
        (b"\x1bt\x63", "no code page 99"),
        (b"\x1ba\x05", "no such alignment"),
        (b"abc\x1ba\x01\n", "middle of a line"),
        (b"abc\x1dVB\x00", "cut with text that no LF printed"),
        (b"abc", "text never printed"),
        (b"\x07", "no command"),
        (b"\x1bt\x01abc\n", "cannot decode"),
        (b"\x1bR\x63", "no such international character set"),
    ],
)
def test_fake_reports_malformed_and_truncated_commands(data: bytes, error: str) -> None:
    job, _ = decode_job(b"\x1b@" + data, 203)
    assert any(error in message for message in job.errors), job.errors


def test_fake_accepts_a_well_formed_qr_and_text() -> None:
    job, unknown = decode_job(
        b"\x1b@\x1bt\x10\x1ba\x01F\xfc\xdfe\n" + QR_OK + QR_PRINT + b"\x1dVB\x00\x1dr\x01", 203
    )
    assert unknown == [] and job.errors == [] and job.confirmed
    assert job.text() == ["Füße"] and job.lines[0].align == "center"
    assert [(q.payload, q.model, q.module, q.level) for q in job.qrs] == [("AB", 2, 3, "L")]


def test_fake_over_tcp_reports_a_job_cut_off(fake: FakeEscposPrinter) -> None:
    transport = TcpTransport("127.0.0.1", fake.port, 2.0)
    transport.write(b"\x1b@\x1bt\x10Wartenummer\n\x1d(k\x10\x00\x31\x50\x30AB")
    transport.close()
    (job,) = fake.wait_for_jobs(1)
    assert not job.confirmed
    assert job.text() == ["Wartenummer"]
    assert any("cut off at the end" in e for e in job.errors) and fake.errors == job.errors


COMMON = "aeiouxyzAEZ 0123456789-.,:;/()„“–…€\u00ad\u00a0’"
SCRIPTS = {  # letters each of which one code page on the TM-T20 and TM-T88V has with COMMON
    "german": "äöüßÄÖÜ",
    "turkish": "çğışİŞÇĞÖÜ",
    "polish": "ąęłńóśźżŁŚŻ",
    "cyrillic": "іїєґЖжЯяЄЇ",
}
SPOILERS = "\t\x1b\u0301بש中"  # a control, a combining accent, RTL letters, a CJK letter


@st.composite
def documents(draw: st.DrawFn) -> tuple[list[Line], bool]:
    """Lines in one script, sometimes with a character no page prints alone."""
    alphabet = COMMON + SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))]
    spoiled = draw(st.integers(0, 4)) == 0
    if spoiled:
        alphabet += draw(st.sampled_from(SPOILERS))
    texts = draw(st.lists(st.text(st.sampled_from(alphabet), max_size=120), min_size=1, max_size=8))
    styles = draw(st.lists(st.sampled_from(list(Style)), min_size=len(texts), max_size=len(texts)))
    lines = [Line(text, style) for text, style in zip(texts, styles, strict=True)]
    return lines, spoiled and any(ch in SPOILERS for text in texts for ch in text)


@given(
    documents(),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=80),
    st.sampled_from(["tm-t20", "tm-t88v"]),
)
@settings(max_examples=150, deadline=None)
def test_any_text_is_either_printed_exactly_or_left_to_raster(
    document: tuple[list[Line], bool], payload: str, profile_name: str
) -> None:
    """Text in one script always goes natively, parses without a single error and prints
    the same words (typographic punctuation made plain where the page lacks it, soft
    hyphens left out); a control character, an accent to combine or a right-to-left or
    CJK letter leaves it to the raster."""
    lines, spoiled = document
    profile = get_profile(profile_name)
    doc = TextDocument((*lines, Qr(payload)))
    data = native_job(doc, profile)
    assert (data is None) == spoiled
    if data is None:
        return
    job, unknown = decode_job(data, profile.dpi)
    assert unknown == [] and job.errors == [] and job.confirmed
    plain = str.maketrans({"„": '"', "“": '"', "–": "-", "…": "...", "’": "'"})
    expected = squeeze(" ".join(doc.texts()).replace("\u00ad", ""))
    got = squeeze(" ".join(job.text()))
    assert got == expected or got == expected.translate(plain)
    assert [q.payload for q in job.qrs] == [payload]
    for line in job.lines:
        assert line.width * 12 * len(line.text) <= profile.dots  # nothing runs off the paper
