"""Typing into a form field: the focused field, the text being typed (held here, not in
the engine, so a keystroke does not rebuild the page) and the on-screen keyboard's key
set for it: letters in the citizen's language, digits, date, phone, e-mail, and for
register fields the Latin layouts in which a name is typed as it stands in the passport.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kiosk.i18n import locale_of
from kiosk.resources import KEYBOARDS_DIR

LATIN_LAYOUTS = ("de", "tr", "pl")  # keyboards in Latin letters, German first
KEY_SETS = {  # a field's input kind -> its key set; any other kind types letters
    "digits": "digits",
    "time": "digits",
    "date": "date",
    "phone": "phone",
    "email": "email",
}
MAX_TEXT = 500  # characters in one field; the keyboard stops there
# A long list's search field (ChoicePicker.qml) types under "<field path>#search": the text
# filters the list in the view and is never an answer.
SEARCH = "#search"


def is_search(path: str) -> bool:
    return path.endswith(SEARCH)


def load_layouts(folder: Path = KEYBOARDS_DIR) -> dict[str, Any]:
    """Every layout in assets/keyboards, by file name (de, en, digits, ...)."""
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
    }


class FieldTyping:
    """The focused field ("" for none), its text and input kind, and which letter layout
    "switch layout" has reached."""

    def __init__(self, layouts: dict[str, Any]) -> None:
        self._layouts = layouts
        self.path = ""
        self.text = ""
        self.input_kind = "text"
        self.layout_index = 0

    def focus(self, path: str, input_kind: str, text: str) -> None:
        self.path, self.input_kind, self.text = path, input_kind or "text", text

    def key(self, char: str) -> bool:
        """Type one character; False when nothing is focused or the field is full."""
        if not self.path or len(self.text) >= MAX_TEXT:
            return False
        self.text += char
        return True

    def backspace(self) -> bool:
        if not self.path:
            return False
        self.text = self.text[:-1]
        return True

    def clear(self) -> bool:
        """Everything typed gone; False when nothing is focused."""
        if not self.path:
            return False
        self.text = ""
        return True

    @property
    def mode(self) -> str:
        """letters, digits, date, phone or email; "" with no field focused."""
        return KEY_SETS.get(self.input_kind, "letters") if self.path else ""

    @property
    def latin(self) -> bool:
        """A register field: the keyboard says to type as in the passport."""
        return bool(self.path) and self.input_kind == "latin"

    def rows(self, language: str) -> list[list[str]]:
        mode = self.mode
        if mode not in ("", "letters") and mode in self._layouts:
            rows: list[list[str]] = self._layouts[mode]["rows"]
            return rows
        return self.letters(language)["rows"]  # type: ignore[no-any-return]

    def letters(self, language: str) -> dict[str, Any]:
        names = self._letter_layouts(language)
        return self._layouts[names[self.layout_index % len(names)]]  # type: ignore[no-any-return]

    def _letter_layouts(self, language: str) -> list[str]:
        lang = locale_of(language)
        own = lang if lang in self._layouts else "en"
        if self.input_kind == "latin":
            # Register fields: typed as in the passport, in Latin letters whatever the
            # language of the screen; the citizen's own Latin layout first (tr, pl).
            latin = [k for k in LATIN_LAYOUTS if k in self._layouts]
            return sorted(latin, key=lambda k: k != own)
        return [own] if own == "de" else [own, "de"]
