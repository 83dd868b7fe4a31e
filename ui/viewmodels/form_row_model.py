"""The rows of a form page as a list model that changes in place (issue 19).

A page handed to QML as a new list made its Repeater destroy and create every question
on each tap (a choice, a focused field, Next): 20-30 ms of frozen screen. This model
compares the new rows with the shown ones and tells QML only what differs: a changed
row updates its delegate's ``row``; a question that a condition shows or hides is the
only delegate created or removed; on the next page, the delegate at each place shows the
new question (FormField.qml loads the controls of its kind when the kind differs).
"""

from __future__ import annotations

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

from ui.qt import Property

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


class FormRowModel(QAbstractListModel):
    """A form page's rows (ui.viewmodels.form_rows), one ``row`` role per question."""

    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

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
        before = len(cur)
        i = 0
        while i < len(new):
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
