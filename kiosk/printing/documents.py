"""The waiting-number ticket as a PDF for an 80 mm thermal roll, without Qt.

The page is 80 mm wide and exactly as tall as its content (a roll has no page length;
a blank A4 would waste a metre of paper). Layout is measured first, then drawn.

reportlab neither shapes nor reorders right-to-left text, so Arabic lines are joined with
``arabic_reshaper``, put into visual order with ``python-bidi`` and drawn run by run in a
font that has the presentation-form glyphs (Noto Sans Arabic, DejaVu Sans for Latin
letters and symbols it lacks). Fonts are embedded TTFs: the printer's raster conversion
must not depend on which fonts a print server happens to have.

Strings come from the shared catalogue (context "Ticket", English source strings with
Qt-style ``%1`` placeholders); while a language has no .ts file the ticket falls back to
English rather than failing, because a number that cannot be printed cannot be issued.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from devices.printing.base import Printout
from devices.printing.text import Item, Line, Qr, Rule, Style, TextDocument
from kiosk import i18n
from kiosk.printing.layout import MARGIN, PAGE_WIDTH, Layout, draw
from kiosk.printing.script import Fonts, load_fonts
from kiosk.privacy.notice import NoticeFacts, notice_lines
from kiosk.queue.base import Ticket, WaitEstimate
from kiosk.queue.waiting import WAIT_SENTENCES, say_wait, wait_phrase

__all__ = [
    "PAGE_WIDTH",
    "TICKET_CONTEXT",
    "format_issued",
    "render_receipt",
    "render_ticket",
    "render_ticket_printout",
    "ticket_qr_payload",
    "ticket_text",
]

log = logging.getLogger(__name__)

TICKET_CONTEXT = "Ticket"

# Source strings (English). Keep in sync with the translators' .ts files.
S_HEADING = "Waiting number"
S_AHEAD = "%n people are ahead of you."  # numerus
S_ISSUED = "Issued: %1"
S_FOOTER = "Please watch the display. Your number will be called."
S_RECEIPT = "Receipt"
S_SUBMISSION = "Form already sent, reference: %1"
S_REFERENCE = "Your reference for the counter:"
S_UNSENT = "Filled form – NOT sent"
S_UNSENT_NOTE = "The terminal could not save this form. Please hand in this paper at the counter."
SOURCE_STRINGS = (
    S_HEADING,
    S_AHEAD,
    *WAIT_SENTENCES,  # the screen says the same (kiosk.queue.waiting)
    S_ISSUED,
    S_FOOTER,
    S_RECEIPT,
    S_SUBMISSION,
    S_REFERENCE,
    S_UNSENT,
    S_UNSENT_NOTE,
)


# --- fonts -------------------------------------------------------------------------------


# --- text: translation, shaping, font runs, wrapping -------------------------------------

_PLACEHOLDER = re.compile(r"%(\d)")
_warned_languages: set[str] = set()


def _load_catalogue(language: str) -> i18n.Catalogue:
    """The language's catalogue, or an empty one (English) if its file is missing or
    broken: a ticket in English beats no ticket. Warns once per language."""
    try:
        return i18n.catalogue(language)
    except (OSError, ET.ParseError) as err:
        if language not in _warned_languages:
            _warned_languages.add(language)
            log.warning("no ticket translations for %r (%s); printing English", language, err)
        return i18n.Catalogue(language, {})


def _fill(template: str, *args: str) -> str:
    """Qt-style ``%1``..``%9`` substitution in one pass (an argument containing "%2" is
    never substituted again); unknown placeholders stay as they are."""

    def repl(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return args[i] if 0 <= i < len(args) else m.group(0)

    return _PLACEHOLDER.sub(repl, template)


# --- layout ------------------------------------------------------------------------------


# --- content -----------------------------------------------------------------------------

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_issued(when: datetime, language: str) -> str:
    """Date and time as people of that language write them, in the ticket's own timezone
    (the site's local time), 24-hour clock and Western digits like the waiting-room
    display. English uses a month name: 21/11 vs 11/21 would be ambiguous."""
    hm = f"{when:%H:%M}"
    if language == "en":
        return f"{when.day} {_MONTHS_EN[when.month - 1]} {when.year}, {hm}"
    if language == "ar":
        # Date, then time, read right to left. The Arabic comma is no strong letter, so
        # without a right-to-left isolate of its own the pair would be laid out left to
        # right inside the sentence's isolate around %1 (kiosk.i18n).
        return f"\u2067{when:%d/%m/%Y}، {hm}\u2069"
    if language == "tr":
        return f"{when:%d.%m.%Y} {hm}"
    return f"{when:%d.%m.%Y}, {hm}"


def _wait_line(tr: i18n.Catalogue, wait: WaitEstimate) -> str:
    """The same sentence the ticket screen shows (kiosk.queue.waiting)."""
    return say_wait(wait_phrase(wait), lambda source, n: tr.translate(TICKET_CONTEXT, source, n))


_render_lock = threading.Lock()


def _begin(language: str) -> tuple[Fonts, Layout, Callable[[str], str]]:
    """What every printout starts from: the fonts, an empty layout in the language's
    direction, and its translations of the printout strings."""
    fonts = load_fonts()
    tr = _load_catalogue(language)
    lang = i18n.LANGUAGES.get(language)

    def t(source: str) -> str:
        return tr.translate(TICKET_CONTEXT, source)

    return fonts, Layout(fonts, rtl=bool(lang and lang.rtl)), t


def render_ticket(
    ticket: Ticket,
    *,
    concern_name: str,
    location: str,
    language: str,
    submission_reference: str = "",
) -> bytes:
    """The ticket as a one-page PDF, 80 mm wide and as tall as its content.

    ``concern_name`` and ``location`` are printed as given (the caller translates the
    concern). The QR code encodes :func:`ticket_qr_payload`. Thread-safe; renders are
    serialised because reportlab keeps per-document font state in shared font objects.
    """
    fonts, layout, t = _begin(language)
    layout.text(t(S_HEADING), 12, bold=True, align="center")
    layout.number(ticket.number, 60, gap=2.5 * mm)
    layout.rule(gap=3 * mm)
    layout.text(concern_name, 13, bold=True, gap=3 * mm)
    if submission_reference:  # the clerk retrieves the submitted form with it
        layout.text(_fill(t(S_SUBMISSION), submission_reference), 10, bold=True, gap=1.5 * mm)
    tr = _load_catalogue(language)
    if ticket.people_ahead is not None:
        ahead = tr.translate(TICKET_CONTEXT, S_AHEAD, max(0, ticket.people_ahead))
        layout.text(ahead, 10, gap=2.5 * mm)
    layout.text(
        _wait_line(tr, ticket.wait), 10, gap=2.5 * mm if ticket.people_ahead is None else 1.2 * mm
    )
    layout.text(_fill(t(S_ISSUED), format_issued(ticket.issued_at, language)), 10, gap=1.2 * mm)
    if location.strip():
        layout.text(location, 10, gap=1.2 * mm)
    for line in ticket.office_texts:  # the central system's own ticket texts (ZMS)
        layout.text(line, 10, gap=1.2 * mm)
    module = layout.qr(ticket_qr_payload(ticket.reference, submission_reference), gap=3 * mm)
    layout.text(ticket.reference, 7, align="center", gap=4 * module)
    layout.rule(gap=3 * mm)
    layout.text(t(S_FOOTER), 10, gap=3 * mm)

    return _pdf(layout, fonts, language, f"{S_HEADING} {ticket.number}")


def ticket_text(
    ticket: Ticket,
    *,
    concern_name: str,
    location: str,
    language: str,
    submission_reference: str = "",
) -> TextDocument | None:
    """The ticket's text version, line for line what :func:`render_ticket` draws, for
    printers that print text natively (:mod:`devices.printing.native`); None for a
    right-to-left language, whose lines only the PDF lays out correctly."""
    lang = i18n.LANGUAGES.get(language)
    if lang is not None and lang.rtl:
        return None
    tr = _load_catalogue(language)

    def t(source: str) -> str:
        return tr.translate(TICKET_CONTEXT, source)

    items: list[Item] = [Line(t(S_HEADING), Style.HEADING), Line(ticket.number, Style.NUMBER)]
    items += [Rule(), Line(concern_name, Style.TITLE)]
    if submission_reference:
        items.append(Line(_fill(t(S_SUBMISSION), submission_reference), Style.STRONG))
    if ticket.people_ahead is not None:
        ahead = tr.translate(TICKET_CONTEXT, S_AHEAD, max(0, ticket.people_ahead))
        items.append(Line(ahead))
    items.append(Line(_wait_line(tr, ticket.wait)))
    items.append(Line(_fill(t(S_ISSUED), format_issued(ticket.issued_at, language))))
    if location.strip():
        items.append(Line(location))
    items += [Line(text) for text in ticket.office_texts]
    items.append(Qr(ticket_qr_payload(ticket.reference, submission_reference)))
    items += [Line(ticket.reference, Style.CAPTION), Rule(), Line(t(S_FOOTER))]
    return TextDocument(tuple(items))


def render_ticket_printout(
    ticket: Ticket,
    *,
    concern_name: str,
    location: str,
    language: str,
    submission_reference: str = "",
) -> Printout:
    """The ticket as text (:func:`ticket_text`) and as a PDF rendered only when the
    printer needs it (a printer that prints the text natively never does; the folder
    printer archives it): :func:`devices.printing.base.pdf_bytes` gives the PDF."""
    args = {
        "concern_name": concern_name,
        "location": location,
        "language": language,
        "submission_reference": submission_reference,
    }
    return Printout(lambda: render_ticket(ticket, **args), ticket_text(ticket, **args))


def ticket_qr_payload(reference: str, submission_reference: str = "") -> str:
    """What a ticket's QR code carries: the ticket's reference, and after a form the
    form's reference too, separated by a space, so the clerk scans one code for both."""
    return f"{reference} {submission_reference}" if submission_reference else reference


def _pdf(layout: Layout, fonts: Fonts, language: str, title: str) -> bytes:
    page_height = layout.height + 2 * MARGIN
    buf = io.BytesIO()
    with _render_lock:
        canvas = Canvas(
            buf,
            pagesize=(PAGE_WIDTH, page_height),
            pageCompression=1,
            initialFontName=fonts.latin.name,
            initialFontSize=10,
            lang=language,
        )
        canvas.setTitle(title)
        canvas.setCreator("buergerbuero-kiosk")
        draw(canvas, layout.blocks, page_height)
        canvas.showPage()
        canvas.save()
    return buf.getvalue()


def render_receipt(
    *,
    reference: str,
    title: str,
    lines: list[tuple[str, str]],
    issued_at: datetime,
    location: str,
    language: str,
    notice: NoticeFacts | None = None,
) -> bytes:
    """The receipt of a submitted form: reference, what was submitted (only what may
    appear on paper: the caller passes those lines, already translated), a QR code with
    the reference for the clerk, date and time, location and, for the citizen, the short
    privacy notice made from the configuration (:mod:`kiosk.privacy.notice`) with a QR
    code to the full notice. Without a ``reference`` the form was not saved: the paper
    says so, and carries neither reference nor notice."""
    fonts, layout, t = _begin(language)
    heading = t(S_RECEIPT) if reference else t(S_UNSENT)
    layout.text(heading, 12, bold=True, align="center")
    layout.text(title, 13, bold=True, gap=2.5 * mm)
    layout.rule(gap=2.5 * mm)
    for label, value in lines:
        layout.text(label, 9, gap=2 * mm)
        layout.text(value or "–", 11, bold=True, gap=0.5 * mm)
    layout.rule(gap=3 * mm)
    layout.text(_fill(t(S_ISSUED), format_issued(issued_at, language)), 10, gap=2.5 * mm)
    if location.strip():
        layout.text(location, 10, gap=1.2 * mm)
    if not reference:
        layout.rule(gap=3 * mm)
        layout.text(t(S_UNSENT_NOTE), 10, bold=True, gap=2.5 * mm)
        return _pdf(layout, fonts, language, f"{S_UNSENT} {title}")
    layout.text(t(S_REFERENCE), 10, gap=2.5 * mm)
    module = layout.qr(reference, gap=2 * mm)
    layout.text(reference, 9, bold=True, align="center", gap=4 * module)
    if notice is not None:
        layout.rule(gap=3 * mm)
        for sentence in notice_lines(notice, language):
            layout.text(sentence, 8, gap=1.5 * mm)
        if notice.notice_url:
            module = layout.qr(notice.notice_url, gap=2 * mm)
            layout.text(notice.notice_url, 7, align="center", gap=4 * module)
    return _pdf(layout, fonts, language, f"{S_RECEIPT} {reference}")
