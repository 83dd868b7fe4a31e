"""The form wizard: one page of questions at a time, review with "change", submission.

The engine (kiosk.forms) holds the answers and the rules; this view-model keeps the page
the citizen is on and the text being typed on the on-screen keyboard (committed to the
engine when the field loses focus or the page changes, so a keystroke does not rebuild
the page). Its parts: form_rows (the page as QML rows, with errors), form_typing (the
focused field's text and keyboard), form_submit (outbox, receipt, a failed save).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.catalogue import Catalogue
from kiosk.config import Config
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.form_row_model import FormRowModel
from ui.viewmodels.form_rows import field_text, page_rows, review_rows
from ui.viewmodels.form_submit import Done, FormSubmitting, SubmitOps
from ui.viewmodels.form_typing import FieldTyping, is_search, load_layouts
from ui.viewmodels.navigator import Navigator
from ui.viewmodels.session import Session

if TYPE_CHECKING:  # the engine (YAML, jsonschema) loads when the first form starts
    from kiosk.forms import FormSession

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


class FormOps(SubmitOps, Protocol):
    """The blocking steps, run on worker threads (ui.services.FormService)."""

    config: Config  # what the privacy notice may say comes from it

    def load(self, form_id: str, language: str, done: Done) -> None: ...  # a FormSession

    def now(self) -> datetime: ...  # the configured zone's time, as on the ticket


@QmlElement
@QmlSingleton
class Forms(QObject):
    # One notify signal per kind of change, so that a tap re-evaluates only the bindings
    # it concerns: the hidden keyboard's keys were rebuilt on every tap when all
    # properties shared ``changed`` (issue 19).
    changed = Signal()
    typing = Signal()  # only the focused text changed
    rowsChanged = Signal()  # the page's rows (``rows``; ``rowModel`` tells QML itself)
    keyboardChanged = Signal()  # the keyboard's key set, name or Latin hint
    started = Signal(str)  # form id, for statistics
    stepShown = Signal(str, int)  # form id, page index
    completed = Signal(str)
    abandoned = Signal(str, int)

    def __init__(
        self,
        ops: FormOps,
        catalogue: Catalogue,
        session: Session,
        navigator: Navigator,
        take_number: Callable[[str, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._catalogue = catalogue
        self._session = session
        self._nav = navigator
        self._take_number = take_number
        self._form: FormSession | None = None
        self._concern_id = ""
        self._loading = ""  # the concern whose form is being loaded on the worker
        self._model = FormRowModel(self)
        self._typing = FieldTyping(load_layouts())
        self._keyboard_shown: tuple[object, ...] = ()
        self.submitting = FormSubmitting(ops, self)
        self.submitting.changed.connect(self.changed)
        self.submitting.completed.connect(self.completed)
        session.ended.connect(self.wipe)
        session.languageChanged.connect(self._language_changed)

    @staticmethod
    def create(engine: object) -> Forms:
        return registry.instance("Forms")  # type: ignore[no-any-return]

    # -- properties -------------------------------------------------------------------
    @Property(str, notify=changed)
    def title(self) -> str:
        return self._form.title if self._form else ""

    @Property(str, notify=changed)
    def pageTitle(self) -> str:
        f = self._form
        if f is None:
            return ""
        return "" if f.on_review else f.page_title(f.page_index)

    @Property(int, notify=changed)
    def step(self) -> int:
        return self._form.progress()[0] if self._form else 0

    @Property(int, notify=changed)
    def steps(self) -> int:
        return self._form.progress()[1] if self._form else 0

    @Property(bool, notify=changed)
    def onReview(self) -> bool:
        return bool(self._form and self._form.on_review)

    @Property(bool, notify=changed)
    def canPrefill(self) -> bool:
        """The form takes data from an ID document and the first page is shown."""
        f = self._form
        return bool(
            f and f.form.prefill and not f.on_review and f.visible_pages()[:1] == [f.page_index]
        )

    @Property(bool, notify=changed)
    def canGoBack(self) -> bool:
        f = self._form
        return bool(f and (f.on_review or f.visible_pages()[:1] != [f.page_index]))

    @Property("QVariantList", notify=rowsChanged)
    def rows(self) -> list[dict[str, Any]]:
        return self._model.rows()

    @Property("QVariantList", notify=rowsChanged)
    def problems(self) -> list[dict[str, Any]]:
        """The rows with an error, for the page's summary: without their answers' lists,
        which a country list makes 200 entries long (reading ``rows`` from QML converted
        them all on every change of the page)."""
        return [
            {k: v for k, v in row.items() if k not in ("options", "frequent")}
            for row in self._model.rows()
            if row.get("error")
        ]

    # Always the same object; ``notify`` only because qmllint's type dump
    # (pyside6-metaobjectdump) does not read ``constant=True``.
    @Property(FormRowModel, notify=rowsChanged)
    def rowModel(self) -> FormRowModel:
        """The same rows as a model that changes in place: the page's Repeater keeps the
        delegates of questions that stay (FormView.qml)."""
        return self._model

    @Property("QVariantList", notify=changed)
    def review(self) -> list[dict[str, Any]]:
        if not self._form or not self._form.on_review:
            return []
        return review_rows(self._form.review())

    @Property(str, notify=changed)
    def state(self) -> str:
        """editing | submitting | done | failed"""
        return self.submitting.state

    @Property(str, notify=changed)
    def reference(self) -> str:
        return self.submitting.reference

    @Property(str, notify=changed)
    def failure(self) -> str:
        """Why the form could not be saved: "full" (the disk), "error" (anything else)."""
        return self.submitting.failure

    @Property(str, notify=changed)
    def paperState(self) -> str:
        """The filled form printed for the counter: none | printing | printed | failed."""
        return self.submitting.paper_state

    @Property(str, notify=changed)
    def privacyNotice(self) -> str:
        """The short privacy notice from the configuration (kiosk.privacy.notice), in the
        citizen's language, the full notice's address last. Translations are in memory
        by the time a form is open (parsed at start-up on the local worker)."""
        from kiosk.privacy.notice import facts_from, notice_lines

        facts = facts_from(self._ops.config)
        lines = notice_lines(facts, self._session.language)
        return " ".join([*lines, facts.notice_url] if facts.notice_url else lines)

    @Property(str, notify=changed)
    def printState(self) -> str:
        return self.submitting.print_state

    @Property(str, notify=changed)
    def focusPath(self) -> str:
        return self._typing.path

    @Property(str, notify=typing)
    def focusText(self) -> str:
        return self._typing.text

    @Property(str, notify=keyboardChanged)
    def keyboardMode(self) -> str:
        """Which key set the keyboard shows: letters, digits, date, email, phone."""
        return self._typing.mode

    @Property("QVariantList", notify=keyboardChanged)
    def keyboardRows(self) -> list[list[str]]:
        return self._typing.rows(self._session.language)

    @Property(str, notify=keyboardChanged)
    def keyboardName(self) -> str:
        return str(self._typing.letters(self._session.language).get("name", ""))

    @Property(bool, notify=keyboardChanged)
    def keyboardLatin(self) -> bool:
        """The field is for the register: the keyboard says to type as in the passport."""
        return self._typing.latin

    @Property(str, notify=changed)
    def pendingConcern(self) -> str:
        return self._concern_id

    @Property(str, notify=changed)
    def pendingConcernName(self) -> str:
        try:
            return self._catalogue.concern(self._concern_id).name(self._session.language)
        except KeyError:
            return ""

    # -- starting and leaving -----------------------------------------------------------
    @Slot(str)
    def offer(self, concern_id: str) -> None:
        """A concern with a form: fill it in now, or only take a waiting number?"""
        self._concern_id = concern_id
        self.changed.emit()
        self._nav.go("concern_choice")

    def form_for(self, concern_id: str) -> str | None:
        try:
            return self._catalogue.concern(concern_id).form
        except KeyError:
            return None

    @Slot(str)
    def start(self, concern_id: str) -> None:
        """Load the form on a worker (YAML, schema); the form screen opens when it is ready."""
        form_id = self.form_for(concern_id)
        if not form_id or self._loading:
            return  # no form, or a double tap
        self._loading = concern_id

        def loaded(form: FormSession | None, error: BaseException | None) -> None:
            if self._loading != concern_id:
                return  # the session ended meanwhile
            self._loading = ""
            if form is None:
                log.error(
                    "form not loaded", extra={"fields": {"form": form_id, "error": str(error)}}
                )
                return
            form.language = self._session.language  # it may have changed meanwhile
            self._form = form
            self._concern_id = concern_id
            self.submitting.reset()
            self._typing.path = ""
            self._rebuild()
            self.started.emit(form_id)
            self.stepShown.emit(form_id, form.page_index)
            self._nav.go("form")

        self._ops.load(form_id, self._session.language, loaded)

    @Slot()
    def wipe(self) -> None:
        """Session end: everything entered is dropped (and counted as abandoned if open)."""
        self._loading = ""
        if self._form is not None:
            if self.submitting.state == "editing":
                self.abandoned.emit(self._form_id, self._form.page_index)
            self._form.wipe()
        self._form = None
        self.submitting.reset()
        self._typing.focus("", self._typing.input_kind, "")
        self._rebuild()
        self.typing.emit()

    @property
    def _form_id(self) -> str:
        return self.form_for(self._concern_id) or ""

    @property
    def session(self) -> FormSession | None:
        return self._form

    def _language_changed(self) -> None:
        if self._form is not None:
            self._form.language = self._session.language
            self._typing.layout_index = 0
            self._rebuild()

    # -- answers ----------------------------------------------------------------------
    def _commit_focus(self) -> None:
        """The typed text into the engine (checked there), and no field focused."""
        if self._form is not None and self._typing.path and not is_search(self._typing.path):
            self._form.set(self._typing.path, self._typing.text.strip() or None)
        self._typing.path = ""

    @Slot(str, str)
    def focus(self, path: str, input_kind: str) -> None:
        self._commit_focus()
        text = field_text(self._form.get(path)) if self._form and not is_search(path) else ""
        self._typing.focus(path, input_kind, text)
        self._rebuild()
        self.typing.emit()

    @Slot()
    def unfocus(self) -> None:
        self._commit_focus()
        self._rebuild()

    @Slot(str)
    def key(self, char: str) -> None:
        if self._typing.key(char):
            self.typing.emit()

    @Slot()
    def backspace(self) -> None:
        if self._typing.backspace():
            self.typing.emit()

    @Slot()
    def clearText(self) -> None:
        """Empty the focused field at once (a long list's "Clear entry"); it stays focused."""
        if self._typing.clear():
            self.typing.emit()

    @Slot()
    def switchLayout(self) -> None:
        self._typing.layout_index += 1
        self._rebuild()

    @Slot(str, str)
    def choose(self, path: str, code: str) -> None:
        if self._form is not None:
            self._commit_focus()
            self._form.set(path, code)
            self._rebuild()

    @Slot(str, bool)
    def setYesNo(self, path: str, value: bool) -> None:
        if self._form is not None:
            self._commit_focus()
            self._form.set(path, value)
            self._rebuild()

    @Slot(str, str)
    def toggle(self, path: str, code: str) -> None:
        if self._form is not None:
            current = self._form.get(path)
            chosen = list(current) if isinstance(current, list) else []
            chosen = [c for c in chosen if c != code] if code in chosen else [*chosen, code]
            self._form.set(path, chosen)
            self._rebuild()

    @Slot(str, str)
    def setSignature(self, path: str, svg_path: str) -> None:
        if self._form is not None:
            self._form.set(path, svg_path or None)
            self._rebuild()

    @Slot(str)
    def addItem(self, group: str) -> None:
        if self._form is not None:
            self._commit_focus()
            self._form.add_group_item(group)
            self._rebuild()

    @Slot(str, int)
    def removeItem(self, group: str, index: int) -> None:
        if self._form is not None:
            self._commit_focus()
            self._form.remove_group_item(group, index)
            self._rebuild()

    def prefill(self, identity: dict[str, Any]) -> list[str]:
        if self._form is None:
            return []
        filled = self._form.prefill(identity)
        self._rebuild()
        return filled

    # -- moving -----------------------------------------------------------------------
    @Slot()
    def next(self) -> None:
        f = self._form
        if f is None:
            return
        self._commit_focus()
        moved = f.next()
        if moved:
            self.stepShown.emit(self._form_id, f.page_index)
        self._rebuild()

    @Slot()
    def back(self) -> None:
        """One page back; on the first page back to the choice "form or number"."""
        if self._form is not None:
            self._commit_focus()
            if not self.canGoBack:
                self._rebuild()
                self._nav.go("concern_choice")
                return
            self._form.back()
            self._rebuild()

    @Slot(int)
    def change(self, page_index: int) -> None:
        """From the review: jump to a section's page."""
        if self._form is not None:
            self._form.goto(page_index)
            self._rebuild()

    # -- submitting -------------------------------------------------------------------
    @Slot()
    def submit(self) -> None:
        """Check the whole form; an incomplete one opens the page of its first problem."""
        f = self._form
        if f is None or self.submitting.busy:
            return  # a double tap
        from kiosk.forms import FormIncomplete

        try:
            submission = f.submission(now=self._ops.now())
        except FormIncomplete as err:
            f.goto(err.page_index)
            f.validate_page(err.page_index)
            self._rebuild()
            return
        self.submitting.send(f, submission, self._concern_id)

    @Slot()
    def retry(self) -> None:
        """After a failed save: try to store the same form (same key) again."""
        self.submitting.retry()

    @Slot()
    def printPaper(self) -> None:
        """After a failed save: the filled form on paper, marked as not sent."""
        self.submitting.print_paper()

    @Slot()
    def takeNumber(self) -> None:
        """After submitting: a waiting number for the same concern, carrying the reference;
        after a failed save: one anyway, without a reference."""
        if self.submitting.state == "done":
            self._take_number(self._concern_id, self.submitting.reference)
        elif self.submitting.state == "failed":
            self._take_number(self._concern_id, "")

    # -- rows for QML -----------------------------------------------------------------
    def _rebuild(self) -> None:
        """Tell QML what changed: the rows that differ, the keyboard if its keys did."""
        f = self._form
        if self._model.update(page_rows(f.page_fields()) if f and not f.on_review else []):
            self.rowsChanged.emit()
        t, language = self._typing, self._session.language
        keyboard = (t.mode, t.latin, t.layout_index, id(t.rows(language)), language)
        if keyboard != self._keyboard_shown:
            self._keyboard_shown = keyboard
            self.keyboardChanged.emit()
        self.changed.emit()
