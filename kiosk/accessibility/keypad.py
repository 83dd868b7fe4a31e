"""The keypad mapping: which physical key does what, as data in assets/keypads/*.json.

A blind citizen operates the kiosk with a small keypad (arrows, select, back, help,
volume; the "EZ Access" pattern) or a standard keyboard. Keypads are programmed
differently, so the mapping is a file an admin can copy and adjust, chosen by
``[accessibility] keypad`` (a built-in name or the path of a JSON file). A bad file is
refused with one line naming the key at fault, never half applied.

Key names are Qt's without the ``Key_`` prefix ("Up", "Return", "F1", "VolumeUp").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kiosk.files import FileProblem, read_regular_file
from kiosk.resources import KEYPADS_DIR

# What a key can do. Kept small: each is explained in the spoken introduction.
ACTIONS: dict[str, str] = {
    "next": "focus the next control",
    "previous": "focus the previous control",
    "up": "focus the control above (the previous one in a list)",
    "down": "focus the control below (the next one in a list)",
    "left": "focus the control to the left (the previous one in a row)",
    "right": "focus the control to the right (the next one in a row)",
    "select": "activate the focused control",
    "back": "close the open sheet or go back one step",
    "help": "start audio mode, or hear again how the keys work",
    "audio": "turn audio mode on or off",
    "hint": "hear a hint about the focused control (and what was entered, on request)",
    "repeat": "hear the last sentence again",
    "volume_up": "louder",
    "volume_down": "quieter",
    "speed_up": "speak faster",
    "speed_down": "speak slower",
}

_NAMED = (
    "Up Down Left Right Return Enter Escape Tab Backtab Backspace Delete Insert Home End "
    "PageUp PageDown VolumeUp VolumeDown VolumeMute MediaPlay MediaStop MediaNext "
    "MediaPrevious MediaTogglePlayPause Help Menu Select Back Forward Yes No Cancel"
)
# Every key name a mapping may use; each is Qt.Key.Key_<name> (checked by a UI test).
# Only keys that type no character: letters, digits and signs are the barcode scanner's
# (it types its codes as a keyboard), and Enter is the keypad's only between scans.
KEY_NAMES: frozenset[str] = frozenset(_NAMED.split() + [f"F{n}" for n in range(1, 36)])
MAX_FILE_BYTES = 64 * 1024
# Without these a citizen who cannot see the screen is stuck.
REQUIRED_ACTIONS = ("next", "previous", "select", "back", "help")


class KeypadError(ValueError):
    """One line: which file and which key is wrong, and why."""


@dataclass(frozen=True)
class Keypad:
    name: str  # shown to staff ("Standard keyboard")
    keys: MappingProxyType[str, str]  # key name -> action

    def action(self, key_name: str) -> str | None:
        return self.keys.get(key_name)

    def keys_for(self, action: str) -> list[str]:
        return sorted(k for k, a in self.keys.items() if a == action)


def builtin_names() -> list[str]:
    return sorted(p.stem for p in KEYPADS_DIR.glob("*.json"))


def parse(data: Any, source: str) -> Keypad:
    """A keypad from decoded JSON; :class:`KeypadError` names the first problem."""
    if not isinstance(data, dict):
        raise KeypadError(f"{source}: the file must hold a JSON object with 'name' and 'keys'")
    unknown = sorted(set(data) - {"name", "description", "keys"})
    if unknown:
        raise KeypadError(
            f"{source}: unknown entry {unknown[0]!r} (allowed: name, description, keys)"
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > 100:
        raise KeypadError(f"{source}: name: a text of 1 to 100 characters is needed")
    keys = data.get("keys")
    if not isinstance(keys, dict) or not keys:
        raise KeypadError(f"{source}: keys: an object mapping key names to actions is needed")
    for key, action in keys.items():
        if key not in KEY_NAMES:
            raise KeypadError(
                f"{source}: keys.{key}: not a key name this kiosk knows "
                "(Qt's names without 'Key_' of keys that type no character, e.g. Up, "
                "Return, Escape, F1, VolumeUp; letters and digits are the scanner's)"
            )
        if not isinstance(action, str) or action not in ACTIONS:
            raise KeypadError(
                f"{source}: keys.{key}: {action!r} is not an action (one of: {', '.join(ACTIONS)})"
            )
    for action in REQUIRED_ACTIONS:
        if action not in keys.values():
            raise KeypadError(f"{source}: keys: no key does {action!r} ({ACTIONS[action]})")
    return Keypad(name=name.strip(), keys=MappingProxyType(dict(keys)))


def loads(text: str, source: str = "<keypad>") -> Keypad:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        raise KeypadError(f"{source}: not valid JSON: {err}") from None
    return parse(data, source)


def load(choice: str) -> Keypad:
    """``choice`` is a built-in name ("standard", "navpad") or a JSON file's path."""
    if "/" not in choice and not choice.endswith(".json"):
        if choice not in builtin_names():
            raise KeypadError(
                f"keypad {choice!r}: no such built-in keypad (built in: "
                f"{', '.join(builtin_names())}; or give the path of a .json file)"
            )
        path = KEYPADS_DIR / f"{choice}.json"
    else:
        path = Path(choice).expanduser()
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)  # a FIFO or /dev/zero cannot hang us
    except FileProblem as err:
        raise KeypadError(f"{path}: {err}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KeypadError(f"{path}: not UTF-8 text") from None
    return loads(text, str(path))
