"""Lint: no QML item in ui/ can render rich text unless someone reviewed why.

Qt's ``Text`` defaults to ``AutoText``: a string that looks like HTML is rendered as HTML,
so ``<font size=7>`` from a staff label grows on the citizen's screen and ``<img src=...>``
makes the kiosk fetch a URL. Every Text/Label/TextEdit/TextArea in the kiosk and the staff
console must therefore say ``textFormat`` itself, and anything but PlainText needs an
entry in REVIEWED with the reason. Controls whose default delegates render AutoText
(CheckBox, ToolTip, Dialog titles...) are refused unless reviewed, too.

The rendering side (markup from each outside source shown literally, no request made)
is tested in test_markup_injection.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"

TEXT_TYPES = ("Text", "Label", "TextEdit", "TextArea")
# Controls whose default contentItem (Basic/Fusion styles) is a Text with AutoText.
AUTOTEXT_CONTROLS = (
    "CheckBox",
    "RadioButton",
    "Switch",
    "CheckDelegate",
    "RadioDelegate",
    "SwitchDelegate",
    "ItemDelegate",
    "MenuItem",
    "TabButton",
    "ToolTip",
    "Dialog",
)
PLAIN = {"Text.PlainText", "TextEdit.PlainText"}
# (file relative to ui/, textFormat value or control name) -> why it is safe. Empty: every
# text on every screen is plain text.
REVIEWED: dict[tuple[str, str], str] = {}

_OPEN = re.compile(r"(?<![\w.])([A-Z]\w*)\s*\{")


def qml_files() -> list[Path]:
    return sorted(UI.rglob("*.qml"))


def _strip_comments(src: str) -> str:
    src = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), src, flags=re.S)
    return re.sub(r"//[^\n]*", lambda m: " " * len(m.group(0)), src)


def _own_level(body: str) -> str:
    """The text of a block without its nested blocks (so a child's property is not ours)."""
    out: list[str] = []
    depth = 0
    for ch in body:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _block_end(src: str, brace: int) -> int:
    depth = 0
    for i in range(brace, len(src)):
        if src[i] == "{":
            depth += 1
        elif src[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced braces")


def findings(path: Path) -> list[str]:
    """What in one QML file can render markup without a reviewed reason."""
    src = _strip_comments(path.read_text(encoding="utf-8"))
    rel = str(path.relative_to(UI))
    problems: list[str] = []
    for m in _OPEN.finditer(src):
        kind = m.group(1)
        line = src.count("\n", 0, m.start()) + 1
        brace = m.end() - 1
        own = _own_level(src[brace + 1 : _block_end(src, brace)])
        if kind in AUTOTEXT_CONTROLS and (rel, kind) not in REVIEWED:
            problems.append(f"{rel}:{line}: {kind} renders AutoText in its default delegate")
        if kind not in TEXT_TYPES:
            continue
        fmt = re.search(r"(?:^|[;\s])textFormat\s*:\s*([\w.]+)", own)
        if fmt is None:
            problems.append(f"{rel}:{line}: {kind} without an explicit textFormat")
        elif fmt.group(1) not in PLAIN and (rel, fmt.group(1)) not in REVIEWED:
            problems.append(f"{rel}:{line}: {kind} with textFormat {fmt.group(1)} (not reviewed)")
    # A component derived from Text may switch the format back on: any non-plain value
    # anywhere counts.
    for m in re.finditer(r"textFormat\s*:\s*([\w.]+)", src):
        if m.group(1) not in PLAIN and (rel, m.group(1)) not in REVIEWED:
            line = src.count("\n", 0, m.start()) + 1
            problems.append(f"{rel}:{line}: textFormat {m.group(1)} (not reviewed)")
    return sorted(set(problems))


def test_the_lint_covers_kiosk_and_staff_console():
    files = {str(p.relative_to(UI)) for p in qml_files()}
    assert "qml/Kiosk/BodyText.qml" in files and "staff/qml/Staff/CallCard.qml" in files


@pytest.mark.parametrize("path", qml_files(), ids=lambda p: str(p.relative_to(UI)))
def test_every_text_is_plain_or_reviewed(path: Path):
    assert findings(path) == []


def test_the_lint_catches_what_it_should(tmp_path: Path):
    """Each kind of slip is found: a bare Text, a rich format, a nested Label, a CheckBox;
    a format set on a child does not count for its parent."""
    sample = UI / "qml" / "_lint_sample.qml"
    sample.write_text(
        "import QtQuick\nItem {\n"
        "    Text { text: 'a' }\n"
        "    Text { textFormat: Text.StyledText; text: 'b' }\n"
        "    Rectangle { Label {\n text: 'c'\n Text { textFormat: Text.PlainText } } }\n"
        "    CheckBox { text: 'd' }\n"
        "    // Text { } in a comment is not an item\n"
        "    BodyText { textFormat: Text.RichText }\n"
        "    Text { textFormat: Text.PlainText; text: 'ok' }\n"
        "}\n",
        encoding="utf-8",
    )
    try:
        found = findings(sample)
    finally:
        sample.unlink()
    text = "\n".join(found)
    assert ":3: Text without an explicit textFormat" in text
    assert ":4: Text with textFormat Text.StyledText" in text
    assert ":5: Label without an explicit textFormat" in text
    assert ":8: CheckBox renders AutoText" in text
    assert ":10: textFormat Text.RichText" in text
    assert ":11:" not in text and ":9:" not in text
