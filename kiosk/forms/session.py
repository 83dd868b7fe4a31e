"""One citizen filling one form: answers by path, pages, review, submission, wipe.

Paths name what the UI shows: ``surname``, ``new_address.postcode``,
``persons[1].given_names``, ``persons[0].main_address.city``. Personal data lives only in
this object until :meth:`FormSession.wipe`; nothing is written anywhere by it.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kiosk.forms.answers import Answers
from kiosk.forms.checks import GERMANY, Problem, check_field, check_rules
from kiosk.forms.export import export_rows
from kiosk.forms.model import Field, Form
from kiosk.forms.prefill import convert
from kiosk.forms.reading import item_label, paper_summary, review_sections
from kiosk.forms.texts import LANGS
from kiosk.forms.values import store
from kiosk.forms.views import (
    FieldView,
    GroupItem,
    ReviewSection,
    Submission,
)
from kiosk.i18n import LANGUAGES

_PATH = re.compile(r"([a-z][a-z0-9_]*)(?:\[(\d{1,4})\]\.([a-z][a-z0-9_]*))?(?:\.([a-z_]+))?")


class FormIncomplete(Exception):
    """``submission()`` before every visible page is valid. ``errors``: path -> message;
    ``page_index``: the first page to show."""

    def __init__(self, errors: dict[str, str], page_index: int) -> None:
        super().__init__(f"{len(errors)} answers need attention (first on page {page_index})")
        self.errors = errors
        self.page_index = page_index


@dataclass(frozen=True)
class _Target:
    field: Field
    container: dict[str, Any]  # where the value lives: the top level or a group item
    part: str | None  # an address part


class FormSession:
    """One citizen filling one form in one language (switchable at any time).

    ``today`` is a clock for the date rules ("not in the future"); tests pin it.
    """

    def __init__(
        self, form: Form, language: str = "de", *, today: Callable[[], date] = date.today
    ) -> None:
        if language not in LANGS:
            raise ValueError(f"unknown language {language!r}")
        self.form = form
        self._initial_language = language
        self._today = today
        self._reset()

    # -- state -------------------------------------------------------------------------

    def _reset(self) -> None:
        self.language = self._initial_language
        self._raw: dict[str, Any] = {}
        for f in self.form.fields.values():
            if f.kind == "group":
                self._raw[f.id] = [self._new_item(f) for _ in range(f.min_items)]
            elif f.kind != "info":
                self._raw[f.id] = self._initial(f)
        self._prefilled: set[str] = set()
        self._checked: set[int] = set()
        self._key: str | None = None
        self._key_data: dict[str, Any] | None = None
        self._page = next(iter(self.visible_pages()), 0)

    @staticmethod
    def _initial(f: Field) -> Any:
        if f.kind == "address":
            return {"country": GERMANY} if "country" in f.part_map else {}
        return copy.deepcopy(f.default)

    def _new_item(self, group: Field) -> dict[str, Any]:
        return {c.id: self._initial(c) for c in group.fields if c.kind != "info"}

    def wipe(self) -> None:
        """Forget every answer, prefilled value, checked page and key: a fresh session."""
        self._raw.clear()
        self._prefilled.clear()
        self._reset()

    @property
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}")
        self._language = lang

    @property
    def rtl(self) -> bool:
        return LANGUAGES[self._language].rtl

    @property
    def title(self) -> str:
        return self.form.title(self._language)

    @property
    def prefilled(self) -> frozenset[str]:
        """Paths filled from the ID document and not changed since."""
        return frozenset(self._prefilled)

    def _answers(self) -> Answers:
        return Answers(self.form.fields, self._raw, self._today())

    # -- values --------------------------------------------------------------------------

    def _locate(self, path: str) -> _Target:
        m = _PATH.fullmatch(path) if isinstance(path, str) else None
        f = self.form.fields.get(m.group(1)) if m else None
        if m is None or f is None:
            raise KeyError(f"{path!r} is not a field of {self.form.id!r}")
        fid, index, child, part = m.groups()
        container = self._raw
        if index is not None:
            items = self._raw.get(fid) if f.kind == "group" else None
            if items is None or child not in f.children:
                raise KeyError(f"{path!r} is not a field of {self.form.id!r}")
            if int(index) >= len(items):
                raise KeyError(f"{path!r}: group {fid!r} has {len(items)} items")
            container, f = items[int(index)], f.children[child]
        if part is not None and (f.kind != "address" or part not in f.part_map):
            raise KeyError(f"{path!r} is not a field of {self.form.id!r}")
        if f.kind in ("info", "group") and part is None:
            raise KeyError(
                f"{path!r} is {'an info text' if f.kind == 'info' else 'a group'}"
                ", it has no value of its own"
            )
        return _Target(f, container, part)

    def set(self, path: str, value: Any) -> None:
        """Store an answer as given; it is checked later (a wrong value never raises)."""
        t = self._locate(path)
        if t.part is not None:
            address = t.container.get(t.field.id)
            if not isinstance(address, dict):
                address = t.container[t.field.id] = self._initial(t.field)
            address[t.part] = copy.deepcopy(value)
        elif t.field.kind == "address" and isinstance(value, dict):
            # parts not given keep their preset (the country: Germany)
            t.container[t.field.id] = {**self._initial(t.field), **copy.deepcopy(value)}
        else:
            t.container[t.field.id] = copy.deepcopy(store(t.field, value))
        self._prefilled.discard(path)

    def get(self, path: str) -> Any:
        t = self._locate(path)
        value = t.container.get(t.field.id)
        if t.part is not None:
            value = value.get(t.part) if isinstance(value, dict) else None
        return copy.deepcopy(value)

    def values(self) -> dict[str, Any]:
        """Every stored answer (a copy), hidden ones included."""
        return copy.deepcopy(self._raw)

    def item_count(self, path: str) -> int:
        """How many items group ``path`` has."""
        return len(self._raw[self._group(path).id])

    def add_group_item(self, path: str) -> int:
        """Add an empty item ("add another person"); returns its index."""
        group = self._group(path)
        items = self._raw[group.id]
        if group.max_items is not None and len(items) >= group.max_items:
            raise ValueError(f"{path!r} has the most items allowed ({group.max_items})")
        items.append(self._new_item(group))
        return len(items) - 1

    def remove_group_item(self, path: str, index: int) -> None:
        group = self._group(path)
        items = self._raw[group.id]
        if not 0 <= index < len(items):
            raise IndexError(f"{path!r} has no item {index}")
        if len(items) <= group.min_items:
            raise ValueError(f"{path!r} needs at least {group.min_items} items")
        del items[index]
        moved: set[str] = set()
        prefix = re.compile(rf"{re.escape(group.id)}\[(\d+)\](\..*)")
        for p in self._prefilled:
            m = prefix.fullmatch(p)
            if m is None:
                moved.add(p)
            elif int(m.group(1)) != index:
                i = int(m.group(1))
                moved.add(f"{group.id}[{i - 1 if i > index else i}]{m.group(2)}")
        self._prefilled = moved

    def _group(self, path: str) -> Field:
        f = self.form.fields.get(path)
        if f is None or f.kind != "group":
            raise KeyError(f"{path!r} is not a group of {self.form.id!r}")
        return f

    def prefill(self, identity: Mapping[str, Any]) -> list[str]:
        """Fill empty fields from ID document data (attribute -> value, as in the form's
        ``prefill`` mapping); returns the paths filled. Answers given are never replaced."""
        filled: list[str] = []
        for attribute, path in self.form.prefill.items():
            try:
                t = self._locate(path)
            except KeyError:
                continue  # e.g. a group item that does not exist
            value = convert(t.field, identity.get(attribute))
            if value is None or t.container.get(t.field.id) not in (None, "", []):
                continue
            t.container[t.field.id] = value
            self._prefilled.add(path)
            filled.append(path)
        return filled

    # -- checking ----------------------------------------------------------------------

    def _problems(self, pages: Iterable[int], a: Answers | None = None) -> list[Problem]:
        a = a or self._answers()
        problems: list[Problem] = []
        ids: set[str] = set()
        for i in pages:
            for f in self.form.pages[i].fields:
                ids.add(f.id)
                problems.extend(check_field(f, a, f.id))
        problems.extend(check_rules(self.form, a, ids))
        return problems

    def problems(self, page_index: int) -> list[Problem]:
        """Errors and warnings of one page, with their rule kinds (for tests and logs)."""
        return self._problems([page_index])

    def _messages(self, problems: Iterable[Problem], level: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for p in problems:
            if p.level == level and p.path not in out:
                out[p.path] = p.message(self._language, self.form.messages)
        return out

    def validate_page(self, page_index: int) -> dict[str, str]:
        """Blocking problems of one page: path -> message in the session language. From
        now on the page shows its errors (``page_fields``)."""
        self._checked.add(page_index)
        return self._messages(self._problems([page_index]), "error")

    def warnings_page(self, page_index: int) -> dict[str, str]:
        return self._messages(self._problems([page_index]), "warning")

    def validate(self) -> dict[str, str]:
        """Blocking problems of every visible page."""
        return self._messages(self._problems(self.visible_pages()), "error")

    # -- pages -------------------------------------------------------------------------

    def _page_visible(self, i: int, a: Answers) -> bool:
        return any(a.visible(f.id) for f in self.form.pages[i].fields)

    def visible_pages(self) -> list[int]:
        a = self._answers()
        return [i for i in range(len(self.form.pages)) if self._page_visible(i, a)]

    @property
    def page_index(self) -> int:
        """The current page; ``len(form.pages)`` when on the review page."""
        return self._page

    @property
    def on_review(self) -> bool:
        return self._page >= len(self.form.pages)

    def page_title(self, page_index: int) -> str:
        return self.form.pages[page_index].title(self._language)

    def progress(self) -> tuple[int, int]:
        """(step, steps) for the progress indicator; the review page is the last step."""
        visible = self.visible_pages()
        step = (
            len(visible) + 1 if self.on_review else (sum(1 for i in visible if i < self._page) + 1)
        )
        return step, len(visible) + 1

    def next(self) -> bool:
        """Check the current page; when it is fine, go to the next page that shows
        anything (or to the review). False: stay, the page now shows its errors."""
        if self.on_review or self.validate_page(self._page):
            return False
        later = [i for i in self.visible_pages() if i > self._page]
        self._page = later[0] if later else len(self.form.pages)
        return True

    def back(self) -> bool:
        earlier = [i for i in self.visible_pages() if i < self._page]
        if not earlier:
            return False
        self._page = earlier[-1]
        return True

    def goto(self, page_index: int) -> None:
        """Jump to a page, e.g. "change" on the review page."""
        if page_index not in self.visible_pages():
            raise ValueError(f"page {page_index} is not shown")
        self._page = page_index

    # -- what the UI shows -------------------------------------------------------------

    def page_fields(self, page_index: int | None = None) -> list[FieldView]:
        i = self._page if page_index is None else page_index
        a = self._answers()
        problems = self._problems([i], a)
        errors = self._messages(problems, "error") if i in self._checked else {}
        warnings = self._messages(problems, "warning")
        lang = self._language
        views: list[FieldView] = []
        for section in self.form.pages[i].sections:
            title = section.title(lang) if section.title else ""
            for f in section.fields:
                views.append(self._view(f, a, f.id, title, errors, warnings))
        return views

    def _view(
        self,
        f: Field,
        a: Answers,
        path: str,
        section: str,
        errors: Mapping[str, str],
        warnings: Mapping[str, str],
    ) -> FieldView:
        lang = self._language
        today = a.today
        items: tuple[GroupItem, ...] = ()
        if f.kind == "group":
            rows = a.items(f.id)
            removable = len(rows) > f.min_items
            items = tuple(
                GroupItem(
                    self._item_label(f, n),
                    tuple(
                        self._view(c, item, f"{path}[{n}].{c.id}", section, errors, warnings)
                        for c in f.fields
                    ),
                    removable,
                )
                for n, item in enumerate(rows)
            )
        parts: tuple[FieldView, ...] = ()
        if f.kind == "address":
            raw = a.raw.get(f.id)
            raw = raw if isinstance(raw, dict) else {}
            required = a.required(f.id) or a.cleaned(f.id).value is not None
            parts = tuple(
                FieldView(
                    f"{path}.{p.id}",
                    p.kind,
                    p.label(lang) if p.label else "",
                    required=required and p.required,
                    visible=a.visible(f.id),
                    value=raw.get(p.id),
                    error=errors.get(f"{path}.{p.id}"),
                    options=tuple(p.options_for(lang)),
                    max_length=p.max_length,
                    input=p.input,
                    prefilled=f"{path}.{p.id}" in self._prefilled,
                    section=section,
                )
                for p in f.parts
            )
        raw_value = None if f.kind in ("group", "info") else a.raw.get(f.id)
        return FieldView(
            path=path,
            kind=f.kind,
            label=f.label(lang) if f.label else "",
            help=f.help(lang) if f.help else "",
            placeholder=f.placeholder(lang) if f.placeholder else "",
            text=f.text(lang) if f.text else "",
            style=f.style,
            section=section,
            required=a.required(f.id),
            visible=a.visible(f.id),
            value=copy.deepcopy(raw_value),
            error=errors.get(path),
            warning=warnings.get(path),
            prefilled=path in self._prefilled,
            options=tuple(f.options_for(lang)),
            frequent=f.frequent_codes(),
            search=tuple(f.search_terms().items()) if len(f.options) > 16 else (),
            input=f.input,
            multiline=f.multiline,
            max_length=f.max_length if f.kind == "text" else None,
            minimum=f.minimum,
            maximum=f.maximum,
            unit=f.unit,
            date_min=f.date_min.resolve(today).isoformat() if f.date_min else None,
            date_max=f.date_max.resolve(today).isoformat() if f.date_max else None,
            parts=parts,
            items=items,
            can_add=f.kind == "group" and (f.max_items is None or len(items) < f.max_items),
        )

    def _item_label(self, group: Field, n: int) -> str:
        return item_label(group, n, self._language)

    def review(self) -> list[ReviewSection]:
        """Every visible answer, by section, formatted for reading."""
        return review_sections(self.form, self._answers(), self._language, self.visible_pages())

    # -- the end -----------------------------------------------------------------------

    def submission(self, now: datetime | None = None) -> Submission:
        """The completed form. Raises FormIncomplete while any visible page has errors.
        The idempotency key stays the same while the data does (a double tap on "send"
        is one submission) and changes when an answer changed."""
        errors = self.validate()
        if errors:
            first = next(
                (i for i in self.visible_pages() if self._messages(self._problems([i]), "error")),
                self._page,
            )
            self._checked.add(first)
            raise FormIncomplete(errors, first)
        a = self._answers()
        data = a.data()
        if self._key is None or data != self._key_data:
            self._key, self._key_data = str(uuid.uuid4()), copy.deepcopy(data)
        created = now or datetime.now().astimezone()
        return Submission(
            self.form.id,
            self.form.version,
            self._language,
            created,
            self._key,
            data,
            paper_summary(self.form, a, self._language, created),
            self.form.counter_copy is not None,
            tuple(
                {"path": r.path, "fim": r.fim, "value": r.value}
                for r in export_rows(self.form, data)
            ),
        )
