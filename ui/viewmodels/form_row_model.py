"""The rows of a form page as a list model that changes in place (issue 19).

A page handed to QML as a new list made its Repeater destroy and create every question
on each tap (a choice, a focused field, Next): 20-30 ms of frozen screen. This model
compares the new rows with the shown ones and tells QML only what differs: a changed
row updates its delegate's ``row``; a question that a condition shows or hides is the
only delegate created or removed; on the next page, the delegate at each place shows the
new question (FormField.qml loads the controls of its kind when the kind differs).

Only the rows of the first screen are created at once (``eagerRows``); the rows below it
are built over the next frames (FormView.qml): the Anmeldung's persons page has 22
questions and 74 answers, about 50 ms of object creation that a citizen cannot see
before scrolling.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtQml import QmlAnonymous

from ui.qt import Property

# Known to QML (and qmllint) as the type of Forms.rowModel, never created there.
QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt passes to rowCount and data

# A delegate that holds what the citizen did with it (a drawn signature, a search typed
# into a long list, ChoicePicker.qml) is only kept for the same question.
LONG_LIST = 16  # more answers than this: the searchable picker (FormField.qml)


def _stateful(row: dict[str, Any]) -> bool:
    kind = row.get("kind")
    long_list = kind in ("choice", "multichoice") and len(row.get("options", ())) > LONG_LIST
    return kind == "signature" or long_list


def reusable(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """The delegate showing ``old`` may show ``new`` by changing its data (FormField.qml
    then loads the controls of the new kind if it differs)."""
    if _stateful(old) or _stateful(new):
        return old.get("kind") == new.get("kind") and old.get("path") == new.get("path")
    return True


# Characters of small text on one line of a portrait screen: a help text's height.
_CHARS_PER_LINE = 100
_SMALL_LINE = 0.25  # one line of small text, in answer rows
_BOX = 0.9  # an input box, an answer, a button: one touch target


def row_lines(row: dict[str, Any]) -> float:
    """About how high ``row`` is drawn, in answer rows (one touch target and the gap
    below it), rather too low than too high: a row wrongly thought to be on the first
    screen only costs time, one wrongly thought below it appears a frame later (at a
    larger text size every row is taller, so the estimate stays low)."""
    kind = row.get("kind")

    def text_lines(text: str) -> float:
        return _SMALL_LINE * math.ceil(len(text) / _CHARS_PER_LINE) if text else 0.0

    lines = 0.2 + text_lines(row.get("help") or "")  # the gap to the next row
    if kind not in ("item", "add", "info"):
        lines += 0.33  # the question
    options = row.get("options") or ()
    if kind in ("choice", "multichoice"):
        shown = 1 + len(row.get("frequent") or ()) if len(options) > LONG_LIST else len(options)
        lines += _BOX * shown
    elif kind == "date":
        lines += 1.3  # three boxes, their names, an example
    elif kind == "signature":
        lines += 2.5
    elif kind == "info":
        lines += 0.3 + text_lines(row.get("text") or row.get("label") or "")
    elif kind == "item":
        lines += 0.3 + (_BOX if row.get("canRemove") else 0.0)
    elif kind in ("text", "number", "yesno", "add"):
        lines += _BOX
    if row.get("error"):
        lines += 0.3
    return lines


def first_screen(rows: list[dict[str, Any]], screen_lines: float) -> int:
    """How many rows from the top begin within ``screen_lines`` answer rows."""
    top = 0.0
    for i, row in enumerate(rows):
        if top >= screen_lines:
            return i
        top += row_lines(row)
    return len(rows)


@QmlAnonymous
class FormRowModel(QAbstractListModel):
    """A form page's rows (ui.viewmodels.form_rows), one ``row`` role per question."""

    countChanged = Signal()
    eagerRowsChanged = Signal()
    screenLinesChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._screen_lines = 12.0  # FormView sets it from its height
        self._eager = 0

    @Property(float, notify=screenLinesChanged)
    def screenLines(self) -> float:
        """How many answer rows the page's visible part holds (set by FormView.qml)."""
        return self._screen_lines

    @screenLines.setter  # type: ignore[no-redef]
    def screenLines(self, lines: float) -> None:
        if lines != self._screen_lines:
            self._screen_lines = lines
            self.screenLinesChanged.emit()
            self._set_eager(first_screen(self._rows, lines))

    @Property(int, notify=eagerRowsChanged)
    def eagerRows(self) -> int:
        """The rows of the first screen: their delegates are built at once, the rest
        over the next frames. Set before the rows change, so that new delegates see it."""
        return self._eager

    def _set_eager(self, count: int) -> None:
        if count != self._eager:
            self._eager = count
            self.eagerRowsChanged.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {ROW_ROLE: QByteArray(b"row")}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != ROW_ROLE or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    def rows(self) -> list[dict[str, Any]]:
        return self._rows

    def update(self, new: list[dict[str, Any]]) -> bool:
        """Show ``new``: unchanged rows keep their delegates untouched, changed ones get
        their new data, and only what no delegate can show is created. True if anything
        changed."""
        cur = self._rows
        if new == cur:
            return False
        self._set_eager(first_screen(new, self._screen_lines))
        before = len(cur)
        i = 0
        while i < len(new):
            if i == len(cur):  # the rest is new: one insertion, laid out once
                self.beginInsertRows(QModelIndex(), i, len(new) - 1)
                cur.extend(new[i:])
                self.endInsertRows()
                break
            if i < len(cur) and not self._same(cur, i, new, i):
                if self._same(cur, i + 1, new, i):  # a question went away (a condition)
                    self._remove(i)
                    continue
                if self._same(cur, i, new, i + 1):  # one appeared: cur[i] comes next
                    self._insert(i, new[i])
                    i += 1
                    continue
            if i < len(cur) and reusable(cur[i], new[i]):
                if cur[i] != new[i]:
                    cur[i] = new[i]
                    at = self.index(i, 0)
                    self.dataChanged.emit(at, at, [ROW_ROLE])
            else:
                if i < len(cur):
                    self._remove(i)
                self._insert(i, new[i])
            i += 1
        if len(cur) > len(new):
            self.beginRemoveRows(QModelIndex(), len(new), len(cur) - 1)
            del cur[len(new) :]
            self.endRemoveRows()
        if len(cur) != before:
            self.countChanged.emit()
        return True

    @staticmethod
    def _same(a: list[dict[str, Any]], i: int, b: list[dict[str, Any]], j: int) -> bool:
        """The same question (or heading, person, note) at a[i] and b[j]."""
        if i >= len(a) or j >= len(b):
            return False
        return all(a[i].get(k) == b[j].get(k) for k in ("kind", "path", "index"))

    def _remove(self, i: int) -> None:
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._rows[i]
        self.endRemoveRows()

    def _insert(self, i: int, row: dict[str, Any]) -> None:
        self.beginInsertRows(QModelIndex(), i, i)
        self._rows.insert(i, row)
        self.endInsertRows()
