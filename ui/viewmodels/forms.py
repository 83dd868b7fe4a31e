"""The form wizard: one page of questions at a time, review with "change", submission.

The engine (kiosk.forms) holds the answers and the rules; this view-model flattens the
current page into rows for QML and keeps the text being typed on the on-screen keyboard
(committed to the engine when the field loses focus or the page changes, so a keystroke
does not rebuild the page). Submitting stores the form in the outbox before the screen
says "done"; then the receipt is printed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.catalogue import Catalogue
from kiosk.config import Config
from kiosk.i18n import locale_of
from kiosk.outbox.submissions import reference_for
from kiosk.resources import KEYBOARDS_DIR
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.navigator import Navigator
from ui.viewmodels.session import Session

if TYPE_CHECKING:  # the engine (YAML, jsonschema) loads when the first form starts
    from kiosk.forms import FormSession
    from kiosk.forms.views import FieldView, ReviewSection, Submission

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)
LATIN_LAYOUTS = ("de", "tr", "pl")  # keyboards in Latin letters, German first

KEYBOARDS = KEYBOARDS_DIR
TEXT_KINDS = ("text", "number", "date")
Done = Callable[[Any, BaseException | None], None]
RETRY_MS = 30_000  # a failed save is tried again this often while the form is open


def _failure_kind(error: BaseException) -> str:
    """Why a save failed, for the screen: "full" (SQLITE_FULL, ENOSPC) or "error"."""
    import errno

    full = getattr(error, "errno", None) == errno.ENOSPC or "disk full" in str(error)
    return "full" if full or "No space left" in str(error) else "error"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return ""
    return str(value)


class FormOps(Protocol):
    """The blocking steps, run on worker threads (ui.services.FormService)."""

    config: Config  # what the privacy notice may say comes from it

    def load(self, form_id: str, language: str, done: Done) -> None: ...  # a FormSession

    def store(self, key: str, payload: dict[str, Any], kind: str, done: Done) -> None: ...

    def now(self) -> datetime: ...  # the configured zone's time, as on the ticket

    def print_receipt(
        self,
        submission: Submission,
        reference: str,
        title: str,
        review: list[ReviewSection],
        done: Done,
    ) -> None: ...


@QmlElement
@QmlSingleton
class Forms(QObject):
    changed = Signal()
    typing = Signal()  # only the focused text changed
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
        self._rows: list[dict[str, Any]] = []
        self._focus = ""
        self._focus_text = ""
        self._focus_input = "text"
        self._state = "editing"  # editing | submitting | done | failed
        self._reference = ""
        self._print_state = "none"
        self._failure = ""  # why the last save failed: "full" (disk full) or "error"
        self._paper_state = "none"  # the filled form printed after a failed save
        self._pending: tuple[Submission, dict[str, Any]] | None = None  # not stored yet
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        self._keyboards = self._load_keyboards()
        self._layout_index = 0
        session.ended.connect(self.wipe)
        session.languageChanged.connect(self._language_changed)

    @staticmethod
    def create(engine: object) -> Forms:
        return registry.instance("Forms")  # type: ignore[no-any-return]

    @staticmethod
    def _load_keyboards() -> dict[str, Any]:
        return {
            p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(KEYBOARDS.glob("*.json"))
        }

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

    @Property("QVariantList", notify=changed)
    def rows(self) -> list[dict[str, Any]]:
        return self._rows

    @Property("QVariantList", notify=changed)
    def review(self) -> list[dict[str, Any]]:
        if not self._form or not self._form.on_review:
            return []
        return [
            {
                "title": s.title,
                "page": s.page_index,
                "rows": [{"label": r.label, "value": r.value} for r in s.rows],
            }
            for s in self._form.review()
        ]

    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state

    @Property(str, notify=changed)
    def reference(self) -> str:
        return self._reference

    @Property(str, notify=changed)
    def failure(self) -> str:
        """Why the form could not be saved: "full" (the disk), "error" (anything else)."""
        return self._failure

    @Property(str, notify=changed)
    def paperState(self) -> str:
        """The filled form printed for the counter: none | printing | printed | failed."""
        return self._paper_state

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
        return self._print_state

    @Property(str, notify=changed)
    def focusPath(self) -> str:
        return self._focus

    @Property(str, notify=typing)
    def focusText(self) -> str:
        return self._focus_text

    @Property(str, notify=changed)
    def keyboardMode(self) -> str:
        """Which key set the keyboard shows: letters, digits, date, email, phone."""
        if not self._focus:
            return ""
        return {
            "digits": "digits",
            "time": "digits",
            "date": "date",
            "phone": "phone",
            "email": "email",
        }.get(self._focus_input, "letters")

    @Property("QVariantList", notify=changed)
    def keyboardRows(self) -> list[list[str]]:
        mode = self.keyboardMode
        if mode in ("digits", "date", "phone", "email") and mode in self._keyboards:
            rows: list[list[str]] = self._keyboards[mode]["rows"]
            return rows
        return self._letters()["rows"]  # type: ignore[no-any-return]

    @Property(str, notify=changed)
    def keyboardName(self) -> str:
        return str(self._letters().get("name", ""))

    def _layouts(self) -> list[str]:
        lang = locale_of(self._session.language)
        own = lang if lang in self._keyboards else "en"
        if self._focus_input == "latin":
            # Register fields: typed as in the passport, in Latin letters whatever the
            # language of the screen; the citizen's own Latin layout first (tr, pl).
            latin = [k for k in LATIN_LAYOUTS if k in self._keyboards]
            return sorted(latin, key=lambda k: k != own)
        return [own] if own == "de" else [own, "de"]

    @Property(bool, notify=changed)
    def keyboardLatin(self) -> bool:
        """The field is for the register: the keyboard says to type as in the passport."""
        return bool(self._focus) and self._focus_input == "latin"

    def _letters(self) -> dict[str, Any]:
        names = self._layouts()
        return self._keyboards[names[self._layout_index % len(names)]]  # type: ignore[no-any-return]

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
            self._state, self._reference, self._print_state = "editing", "", "none"
            self._focus = ""
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
            if self._state == "editing":
                self.abandoned.emit(self._form_id, self._form.page_index)
            self._form.wipe()
        self._form = None
        self._retry.stop()
        self._pending, self._failure, self._paper_state = None, "", "none"
        self._rows, self._focus, self._focus_text = [], "", ""
        self._state, self._reference, self._print_state = "editing", "", "none"
        self.changed.emit()
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
            self._layout_index = 0
            self._rebuild()

    # -- answers ----------------------------------------------------------------------
    def _commit_focus(self) -> None:
        if self._form is not None and self._focus:
            self._form.set(self._focus, self._focus_text.strip() or None)

    @Slot(str, str)
    def focus(self, path: str, input_kind: str) -> None:
        self._commit_focus()
        self._focus = path
        self._focus_input = input_kind or "text"
        self._focus_text = _text(self._form.get(path)) if self._form else ""
        self._rebuild()
        self.typing.emit()

    @Slot()
    def unfocus(self) -> None:
        self._commit_focus()
        self._focus = ""
        self._rebuild()

    @Slot(str)
    def key(self, char: str) -> None:
        if self._focus and len(self._focus_text) < 500:
            self._focus_text += char
            self.typing.emit()

    @Slot()
    def backspace(self) -> None:
        if self._focus:
            self._focus_text = self._focus_text[:-1]
            self.typing.emit()

    @Slot()
    def switchLayout(self) -> None:
        self._layout_index += 1
        self.changed.emit()

    @Slot(str, str)
    def choose(self, path: str, code: str) -> None:
        if self._form is not None:
            self._commit_focus()
            self._focus = ""
            self._form.set(path, code)
            self._rebuild()

    @Slot(str, bool)
    def setYesNo(self, path: str, value: bool) -> None:
        if self._form is not None:
            self._commit_focus()
            self._focus = ""
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
            self._focus = ""
            self._form.add_group_item(group)
            self._rebuild()

    @Slot(str, int)
    def removeItem(self, group: str, index: int) -> None:
        if self._form is not None:
            self._commit_focus()
            self._focus = ""
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
        self._focus = ""
        moved = f.next()
        if moved:
            self.stepShown.emit(self._form_id, f.page_index)
        self._rebuild()

    @Slot()
    def back(self) -> None:
        """One page back; on the first page back to the choice "form or number"."""
        if self._form is not None:
            self._commit_focus()
            self._focus = ""
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
        f = self._form
        if f is None or self._state in ("submitting", "done"):
            return  # a double tap
        from kiosk.forms import FormIncomplete

        try:
            submission = f.submission(now=self._ops.now())
        except FormIncomplete as err:
            f.goto(err.page_index)
            f.validate_page(err.page_index)
            self._rebuild()
            return
        self._state = "submitting"
        reference = reference_for(submission.form_id, submission.idempotency_key)
        payload = {**submission.payload(), "reference": reference, "concern": self._concern_id}
        self._pending = (submission, payload)
        self.changed.emit()
        self._store()

    def _store(self) -> None:
        """Put the pending form into the outbox. A failure keeps it in memory, says what
        happened (failure: "full" or "error") and tries again every RETRY_MS."""
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
                self._state, self._failure = "failed", _failure_kind(error)
                self._retry.start()
                self.changed.emit()
                return
            # Durable in the outbox: now the citizen may be told it is done.
            self._retry.stop()
            self._pending, self._failure, self._paper_state = None, "", "none"
            self._state, self._reference, self._print_state = "done", reference, "printing"
            log.info(
                "form submitted",
                extra={"fields": {"form": submission.form_id, "reference": reference}},
            )
            self.completed.emit(submission.form_id)
            self.changed.emit()
            self._ops.print_receipt(submission, reference, f.title, f.review(), printed)

        def printed(_job: object, error: BaseException | None) -> None:
            if self._form is f:
                self._print_state = "failed" if error else "printed"
                self.changed.emit()

        self._ops.store(submission.idempotency_key, payload, "form", stored)

    @Slot()
    def retry(self) -> None:
        """After a failed save: try to store the same form (same key) again."""
        if self._state == "failed":
            self._store()

    @Slot()
    def printPaper(self) -> None:
        """After a failed save: print the filled form, marked as not sent, for the counter
        (an empty reference tells the printing service it was not stored)."""
        f = self._form
        if self._state != "failed" or f is None or self._pending is None:
            return
        if self._paper_state == "printing":
            return  # a double tap

        def printed(_job: object, error: BaseException | None) -> None:
            if self._form is f:
                self._paper_state = "failed" if error else "printed"
                self.changed.emit()

        self._paper_state = "printing"
        self.changed.emit()
        self._ops.print_receipt(self._pending[0], "", f.title, f.review(), printed)

    @Slot()
    def takeNumber(self) -> None:
        """After submitting: a waiting number for the same concern, carrying the reference;
        after a failed save: one anyway, without a reference."""
        if self._state == "done":
            self._take_number(self._concern_id, self._reference)
        elif self._state == "failed":
            self._take_number(self._concern_id, "")

    # -- rows for QML -----------------------------------------------------------------
    def _rebuild(self) -> None:
        f = self._form
        self._rows = []
        if f is not None and not f.on_review:
            for view in f.page_fields():
                self._flatten(view, 0)
        self.changed.emit()

    def _flatten(self, v: FieldView, depth: int) -> None:
        if not v.visible:
            return
        if v.kind == "group":
            self._rows.append(
                {
                    "kind": "heading",
                    "path": v.path,
                    "label": v.label,
                    "help": v.help,
                    "depth": depth,
                    "error": v.error or "",
                }
            )
            for i, item in enumerate(v.items):
                self._rows.append(
                    {
                        "kind": "item",
                        "path": v.path,
                        "index": i,
                        "label": item.label,
                        "canRemove": item.can_remove,
                        "depth": depth,
                    }
                )
                for child in item.fields:
                    self._flatten(child, depth + 1)
            if v.can_add:
                self._rows.append({"kind": "add", "path": v.path, "label": v.label, "depth": depth})
            return
        if v.kind == "address":
            self._rows.append(
                {
                    "kind": "heading",
                    "path": v.path,
                    "label": v.label,
                    "help": v.help,
                    "depth": depth,
                    "error": v.error or "",
                }
            )
            for part in v.parts:
                self._flatten(part, depth + 1)
            return
        row: dict[str, Any] = {
            "kind": v.kind,
            "path": v.path,
            "label": v.label,
            "help": v.help,
            "required": v.required,
            "error": v.error or "",
            "warning": v.warning or "",
            "prefilled": v.prefilled,
            "depth": depth,
            "text": v.text,
            "style": v.style,
            "section": v.section,
            "unit": v.unit,
            "input": "date" if v.kind == "date" else ("digits" if v.kind == "number" else v.input),
            "value": _text(v.value) if v.kind in TEXT_KINDS else "",
            "checked": v.value is True,
            "unchecked": v.value is False,
            "options": [
                {
                    "code": c,
                    "label": lbl,
                    "selected": (v.value == c)
                    if v.kind == "choice"
                    else (isinstance(v.value, list) and c in v.value),
                }
                for c, lbl in v.options
            ],
            "signed": bool(v.value) if v.kind == "signature" else False,
        }
        self._rows.append(row)
