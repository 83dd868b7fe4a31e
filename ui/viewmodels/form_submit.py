"""Submitting a form: stored in the outbox before the screen says "done", then the
receipt printed. A failed save keeps the form in memory, says why (the disk is full or
another error), is tried again every RETRY_MS and can be printed on paper for the counter.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.outbox.submissions import reference_for
from kiosk.privacy.pseudonyms import pseudonym

if TYPE_CHECKING:  # the engine loads when the first form starts
    from kiosk.forms import FormSession
    from kiosk.forms.views import ReviewSection, Submission

log = logging.getLogger(__name__)
Done = Callable[[Any, BaseException | None], None]
RETRY_MS = 30_000  # a failed save is tried again this often while the form is open


def failure_kind(error: BaseException) -> str:
    """Why a save failed, for the screen: "full" (SQLITE_FULL, ENOSPC) or "error"."""
    full = getattr(error, "errno", None) == errno.ENOSPC or "disk full" in str(error)
    return "full" if full or "No space left" in str(error) else "error"


class SubmitOps(Protocol):
    """The blocking steps of submitting, run on worker threads (ui.services.FormService)."""

    def store(self, key: str, payload: dict[str, Any], kind: str, done: Done) -> None: ...

    def print_receipt(
        self,
        submission: Submission,
        reference: str,
        title: str,
        review: list[ReviewSection],
        done: Done,
    ) -> None: ...


class FormSubmitting(QObject):
    """The state after "send": editing | submitting | done | failed, the reference, and
    the receipt and paper print states. Results of a form the session has since dropped
    (reset) are ignored."""

    changed = Signal()
    completed = Signal(str)  # form id, once the outbox holds it

    def __init__(self, ops: SubmitOps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._form: FormSession | None = None  # the form being sent
        self.state = "editing"
        self.reference = ""
        self.print_state = "none"  # the receipt: none | printing | printed | failed
        self.failure = ""  # why the last save failed: "full" (disk full) or "error"
        self.paper_state = "none"  # the filled form printed after a failed save
        self._pending: tuple[Submission, dict[str, Any]] | None = None  # not stored yet
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)

    @property
    def busy(self) -> bool:
        """Being sent or sent: a second tap on "send" does nothing."""
        return self.state in ("submitting", "done")

    def reset(self) -> None:
        """A new form or the session's end: nothing pending, late results ignored."""
        self._retry.stop()
        self._form, self._pending = None, None
        self.failure, self.paper_state = "", "none"
        self.state, self.reference, self.print_state = "editing", "", "none"

    def send(self, form: FormSession, submission: Submission, concern_id: str) -> None:
        """Store the complete form in the outbox under its reference (then print)."""
        self._form = form
        self.state = "submitting"
        reference = reference_for(submission.form_id, submission.idempotency_key)
        payload = {**submission.payload(), "reference": reference, "concern": concern_id}
        self._pending = (submission, payload)
        self.changed.emit()
        self._store()

    def _store(self) -> None:
        f, pending = self._form, self._pending
        if f is None or pending is None:
            return
        submission, payload = pending
        reference = str(payload["reference"])

        def stored(_key: object, error: BaseException | None) -> None:
            if self._form is not f or self._pending is not pending:
                return  # the session ended, or an earlier try already stored it
            if error is not None:
                log.error("form not stored", extra={"fields": {"error": str(error)}})
                self.state, self.failure = "failed", failure_kind(error)
                self._retry.start()
                self.changed.emit()
                return
            # Durable in the outbox: now the citizen may be told it is done.
            self._retry.stop()
            self._pending, self.failure, self.paper_state = None, "", "none"
            self.state, self.reference, self.print_state = "done", reference, "printing"
            log.info(
                "form submitted",
                extra={"fields": {"form": submission.form_id, "reference": pseudonym(reference)}},
            )
            self.completed.emit(submission.form_id)
            self.changed.emit()
            self._ops.print_receipt(submission, reference, f.title, f.review(), printed)

        def printed(_job: object, error: BaseException | None) -> None:
            if self._form is f:
                self.print_state = "failed" if error else "printed"
                self.changed.emit()

        self._ops.store(submission.idempotency_key, payload, "form", stored)

    @Slot()
    def retry(self) -> None:
        """After a failed save: try to store the same form (same key) again."""
        if self.state == "failed":
            self._store()

    def print_paper(self) -> None:
        """After a failed save: print the filled form, marked as not sent, for the counter
        (an empty reference tells the printing service it was not stored)."""
        f = self._form
        if self.state != "failed" or f is None or self._pending is None:
            return
        if self.paper_state == "printing":
            return  # a double tap

        def printed(_job: object, error: BaseException | None) -> None:
            if self._form is f:
                self.paper_state = "failed" if error else "printed"
                self.changed.emit()

        self.paper_state = "printing"
        self.changed.emit()
        self._ops.print_receipt(self._pending[0], "", f.title, f.review(), printed)
