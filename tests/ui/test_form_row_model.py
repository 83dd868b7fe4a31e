"""The form page's row model changes in place: what a Repeater would show after each
update equals the new rows, and rows that stay keep their delegates (issue 19)."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from ui.viewmodels.form_row_model import ROW_ROLE, FormRowModel, first_screen, row_lines


def text(path: str, value: str = "", error: str = "") -> dict[str, Any]:
    return {"kind": "text", "path": path, "value": value, "error": error}


def signature(path: str) -> dict[str, Any]:
    return {"kind": "signature", "path": path}


class Mirror:
    """What a view built from the model's signals shows: one entry per delegate, each the
    rows it was created for or given by ``dataChanged``, and how many were created."""

    def __init__(self, model: FormRowModel) -> None:
        self.model = model
        self.shown: list[dict[str, Any]] = []
        self.ids: list[int] = []
        self.created = 0
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(self._removed)
        model.dataChanged.connect(self._changed)

    def _row(self, i: int) -> dict[str, Any]:
        return self.model.data(self.model.index(i, 0), ROW_ROLE)  # type: ignore[no-any-return]

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for i in range(first, last + 1):
            self.created += 1
            self.shown.insert(i, self._row(i))
            self.ids.insert(i, self.created)

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        del self.shown[first : last + 1]
        del self.ids[first : last + 1]

    def _changed(self, top: QPersistentModelIndex, bottom: QModelIndex, _roles: list[int]) -> None:
        for i in range(top.row(), bottom.row() + 1):
            self.shown[i] = self._row(i)


def test_updates_show_the_new_rows_and_create_only_what_is_new(qapp):
    model = FormRowModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    view = Mirror(model)
    page1 = [text("surname"), text("given_names"), text("street")]
    assert model.update(page1)
    assert view.shown == page1 and view.created == 3
    assert not model.update([dict(r) for r in page1])  # equal rows: nothing to do
    # An error on one question: only its delegate gets new data.
    page1_error = [text("surname"), text("given_names", error="Bitte ausfüllen"), page1[2]]
    kept = list(view.ids)
    model.update(page1_error)
    assert view.shown == page1_error and view.ids == kept and view.created == 3
    # The next page of text questions takes the same delegates.
    page2 = [text("phone"), text("email")]
    model.update(page2)
    assert view.shown == page2 and view.ids == kept[:2] and view.created == 3
    # A question appears in the middle (a condition): one delegate more.
    page2_more = [text("phone"), {"kind": "yesno", "path": "consent"}, text("email")]
    model.update(page2_more)
    assert view.shown == page2_more and view.created == 4
    assert view.ids[0] == kept[0] and view.ids[2] == kept[1]
    # and goes away again: the others stay.
    model.update(page2)
    assert view.shown == page2 and view.ids == kept[:2]
    del tester


def test_a_signature_is_not_given_to_another_question(qapp):
    """A drawn signature lives in its delegate: another question's signature gets a new one."""
    model = FormRowModel()
    view = Mirror(model)
    model.update([signature("sign_a")])
    first = view.ids[0]
    model.update([signature("sign_b")])
    assert view.shown == [signature("sign_b")] and view.ids[0] != first


def test_random_pages_always_end_as_the_new_rows(qapp):
    """Whatever the pages (kinds, conditions, persons added and removed), the view shows
    exactly the new rows, in order, and the model agrees with Qt's model rules."""
    rnd = random.Random(19)
    kinds = ["text", "date", "choice", "yesno", "heading", "signature", "info"]
    model = FormRowModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    view = Mirror(model)
    for _ in range(300):
        rows = [
            {"kind": rnd.choice(kinds), "path": f"q{rnd.randrange(8)}", "value": rnd.randrange(3)}
            for _ in range(rnd.randrange(9))
        ]
        model.update(rows)
        assert view.shown == rows
        assert model.rows() == rows and model.count == len(rows)
    del tester


def choice(path: str, options: int) -> dict[str, Any]:
    return {
        "kind": "choice",
        "path": path,
        "options": [{"code": str(i), "label": str(i)} for i in range(options)],
    }


def test_the_first_screen_is_the_rows_that_begin_on_it():
    # A question with five answers is about five answer rows high, a typed one under
    # two: the rows begin at about 0, 5.0, 6.5 and 7.9 answer rows.
    rows = [choice("relation", 5), text("surname"), text("given_names"), choice("sex", 4)]
    assert first_screen(rows, 0) == 0
    assert first_screen(rows, 1) == 1  # the first row begins on any screen
    assert first_screen(rows, 4.9) == 1
    assert first_screen(rows, 6) == 2
    assert first_screen(rows, 7) == 3
    assert first_screen(rows, 1000) == 4


def test_long_lists_count_as_their_search_and_frequent_answers():
    long_list = {**choice("birth_country", 197), "frequent": ["000", "163", "166"]}
    assert row_lines(long_list) < row_lines(choice("short", 10))
    assert row_lines(long_list) > row_lines(choice("short", 3))


def test_eager_rows_are_known_before_the_new_rows_arrive(qapp):
    """The page's delegates read ``eagerRows`` as they are created (FormView.qml): it has
    its new value before the first row of a new page is inserted or changed."""
    model = FormRowModel()
    model.screenLines = 6.0
    seen: list[int] = []
    model.rowsInserted.connect(lambda *_: seen.append(model.eagerRows))
    model.dataChanged.connect(lambda *_: seen.append(model.eagerRows))
    model.update([text("a"), text("b")])
    assert seen == [2]
    model.update([choice("relation", 5), text("surname"), text("given_names"), text("c")])
    assert seen[1:] and set(seen[1:]) == {2}  # relation, then surname begins within 6
    assert model.eagerRows == 2


def test_a_taller_screen_builds_more_rows_at_once(qapp):
    model = FormRowModel()
    model.update([text(f"f{i}") for i in range(20)])
    model.screenLines = 4.0
    few = model.eagerRows
    model.screenLines = 12.0
    assert 0 < few < model.eagerRows < 20
