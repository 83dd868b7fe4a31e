"""The papers a submitted form prints, in order: the receipt (only what may be on paper),
the whole filled form when ``[forms] print_full_form`` asks for it, and the paper the
citizen signs at the counter for forms that have one (the Meldeschein of the Anmeldung).

Each paper is a name and a function that renders its PDF; the printing service calls the
functions on its render thread, so the heavy imports (reportlab) happen there too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.forms.views import Submission
    from kiosk.privacy.notice import NoticeFacts

Paper = tuple[str, Callable[[], bytes]]


def form_papers(
    submission: Submission,
    *,
    reference: str,
    title: str,
    location: str,
    full: list[tuple[str, str]],
    notice: NoticeFacts | None = None,
) -> list[Paper]:
    """``full``: every reviewed answer (label, value) when the whole form is printed, else
    empty; ``notice``: the privacy notice's facts (:mod:`kiosk.privacy.notice`). An empty
    ``reference``: the form could not be saved, so one paper, the whole form (``full``)
    marked as not sent, for the citizen to take to the counter."""

    def receipt(rows: list[tuple[str, str]]) -> bytes:
        from kiosk.printing.documents import render_receipt

        return render_receipt(
            reference=reference,
            title=title,
            lines=rows,
            issued_at=submission.created,
            language=submission.language,
            location=location,
            notice=notice,
        )

    def counter_copy() -> bytes:
        from kiosk.forms import load_form
        from kiosk.printing.meldeschein import render_counter_copy

        form = load_form(submission.form_id)
        return render_counter_copy(form, submission, reference=reference, location=location)

    if not reference:  # the form could not be saved: the whole form, marked not sent
        return [(f"unsent-{submission.form_id}", lambda: receipt(full))]
    lines = [(line.label, line.value) for line in submission.paper_summary]
    papers: list[Paper] = [(f"receipt-{reference}", lambda: receipt(lines))]
    if full:
        papers.append((f"form-{reference}", lambda: receipt(full)))
    if submission.counter_copy:  # § 23 Abs. 1 BMG: the Meldeschein is signed on paper
        papers.append((f"counter-{reference}", counter_copy))
    return papers
