"""Keypad mappings as data: the built-in ones load, bad files are refused naming the key,
and any JSON whatsoever gives a Keypad or a KeypadError, nothing else."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk import config
from kiosk.accessibility import keypad
from kiosk.accessibility.keypad import ACTIONS, KEY_NAMES, REQUIRED_ACTIONS, KeypadError


def test_builtin_keypads_load_and_can_do_everything_needed() -> None:
    assert {"standard", "navpad"} <= set(keypad.builtin_names())
    for name in keypad.builtin_names():
        pad = keypad.load(name)
        for action in (*REQUIRED_ACTIONS, "audio", "hint", "repeat", "volume_up", "speed_up"):
            assert pad.keys_for(action), f"{name}: no key for {action}"
    std = keypad.load("standard")
    # The standard keyboard: arrows, Enter, Escape, Tab, F1 help.
    assert std.action("Return") == "select"
    assert std.action("Escape") == "back"
    assert std.action("Tab") == "next"
    assert std.action("F1") == "help"
    assert std.action("Down") == "down"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "JSON object"),
        ({"name": "x", "keys": {"Up": "fly"}}, "keys.Up: 'fly' is not an action"),
        ({"name": "x", "keys": {"Key_Up": "next"}}, "keys.Key_Up: not a key name"),
        ({"name": "x", "keys": {"A": "next"}}, "letters and digits are the scanner's"),
        ({"name": "x", "keys": {"Up": "next"}}, "no key does 'previous'"),
        ({"name": "", "keys": {"Up": "next"}}, "name:"),
        ({"name": "x", "keys": {}}, "keys:"),
        ({"name": "x", "keys": {"Up": "next"}, "colour": 1}, "unknown entry 'colour'"),
    ],
)
def test_bad_mapping_names_the_key(data: object, message: str) -> None:
    with pytest.raises(KeypadError, match=r"pad\.json") as err:
        keypad.parse(data, "pad.json")
    assert message in str(err.value)


def test_config_refuses_an_unknown_keypad_naming_the_key(tmp_path: Path) -> None:
    state = tmp_path / "state"
    base = f'[kiosk]\nstate_dir = "{state}"\n'
    cfg_file = tmp_path / "kiosk.toml"
    cfg_file.write_text(base + '[accessibility]\nkeypad = "ezaccess"\n', encoding="utf-8")
    with pytest.raises(config.ConfigError, match=r"accessibility\.keypad: keypad 'ezaccess'"):
        config.load(cfg_file)
    own = tmp_path / "own.json"
    own.write_text('{"name": "ours", "keys": {"Up": "next", "Pause": "back"}}', encoding="utf-8")
    cfg_file.write_text(base + f'[accessibility]\nkeypad = "{own}"\n', encoding="utf-8")
    with pytest.raises(config.ConfigError, match=r"keys\.Pause: not a key name"):
        config.load(cfg_file)
    fifo = tmp_path / "pad.json"
    os.mkfifo(fifo)  # a FIFO must not hang the check
    cfg_file.write_text(base + f'[accessibility]\nkeypad = "{fifo}"\n', encoding="utf-8")
    with pytest.raises(config.ConfigError, match=r"accessibility\.keypad"):
        config.load(cfg_file)
    full = {k: "next" for k in ("Up", "Down")} | {
        "Left": "previous",
        "Return": "select",
        "Escape": "back",
        "F1": "help",
    }
    own.write_text(json.dumps({"name": "ours", "keys": full}), encoding="utf-8")
    cfg_file.write_text(base + f'[accessibility]\nkeypad = "{own}"\n', encoding="utf-8")
    assert keypad.load(config.load(cfg_file).accessibility.keypad).keys_for("next") == [
        "Down",
        "Up",
    ]


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@given(_json)
def test_any_json_gives_a_keypad_or_a_clear_error(data: object) -> None:
    try:
        keypad.loads(json.dumps(data), "fuzz.json")
    except KeypadError as err:
        assert str(err).startswith("fuzz.json: ")


@given(st.binary(max_size=200))
def test_any_bytes_give_a_keypad_or_a_clear_error(raw: bytes) -> None:
    try:
        keypad.loads(raw.decode("utf-8", "replace"), "fuzz.json")
    except KeypadError as err:
        assert str(err).startswith("fuzz.json: ")


@given(
    st.dictionaries(
        st.sampled_from(sorted(KEY_NAMES)), st.sampled_from(sorted(ACTIONS)), min_size=1
    )
)
def test_valid_mappings_round_trip(keys: dict[str, str]) -> None:
    data = {"name": "generated", "keys": keys}
    missing = [a for a in REQUIRED_ACTIONS if a not in keys.values()]
    if missing:
        with pytest.raises(KeypadError, match=f"no key does {missing[0]!r}"):
            keypad.loads(json.dumps(data))
        return
    pad = keypad.loads(json.dumps(data))
    assert dict(pad.keys) == keys
    for key, action in keys.items():
        assert key in pad.keys_for(action)
