"""Forms on the local worker: loading definitions, submitting, the papers to print."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.config import Config
from kiosk.printing.papers import form_papers
from kiosk.privacy.notice import facts_from
from ui.services.outbox import OutboxService
from ui.services.printing import Printing
from ui.worker import Done, Worker

if TYPE_CHECKING:  # loaded on first use, not at start-up
    from kiosk.forms import FormSession
    from kiosk.forms.views import ReviewSection, Submission


class FormService:
    """The form flow's steps (ui.viewmodels.forms.FormOps): the definition is loaded on
    the local worker, submissions go to the outbox, receipts to the printer."""

    def __init__(
        self,
        config: Config,
        worker: Worker,
        outbox: OutboxService,
        printing: Printing,
    ) -> None:
        self.config = config
        self.worker = worker
        self._outbox = outbox
        self._printing = printing

    def load(self, form_id: str, language: str, done: Done) -> None:
        """Result: a new FormSession (YAML and schema read and checked off the GUI thread).
        Its "today" is the town hall's, not the machine clock's: "not in the future" must not
        refuse this morning's date because the kiosk's system clock is set to UTC."""

        def load() -> FormSession:
            from kiosk.forms import FormSession, load_form
            from kiosk.forms.settings import FormSettings

            settings = FormSettings.from_config(self.config.forms)  # Land, fees
            form = load_form(form_id, settings=settings)
            return FormSession(form, language, today=lambda: self.now().date())

        self.worker.submit(load, done)

    def store(self, key: str, payload: dict[str, Any], kind: str, done: Done) -> None:
        self._outbox.put(key, payload, kind, done)

    def now(self) -> datetime:
        """The time in the configured zone: the receipt's clock is the ticket's."""
        return datetime.now(self.config.tz)

    def print_receipt(
        self,
        submission: Submission,
        reference: str,
        title: str,
        review: list[ReviewSection],
        done: Done,
    ) -> None:
        """The receipt, the whole form if configured, and the paper signed at the counter if
        the form has one (:func:`kiosk.printing.papers.form_papers`), one after the other."""
        rows = [(row.label, row.value) for section in review for row in section.rows]
        papers = form_papers(
            submission,
            reference=reference,
            title=title,
            location=self.config.kiosk.location,
            full=rows if self.config.forms.print_full_form or not reference else [],
            notice=facts_from(self.config),
        )

        def print_next(result: object, error: BaseException | None) -> None:
            if error is not None or not papers:
                done(result, error)
            else:
                name, render = papers.pop(0)
                self._printing.print_pdf(render, name, print_next)

        print_next(None, None)
