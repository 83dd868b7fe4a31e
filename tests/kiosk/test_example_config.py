"""docs/kiosk.example.toml is valid and documents every key the config knows."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

from kiosk import config

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "kiosk.example.toml"


def keys(cls: type, prefix: str = "") -> set[str]:
    found = set()
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        tp = hints[f.name]
        if dataclasses.is_dataclass(tp):
            found |= keys(tp, f"{prefix}{f.name}.")
        else:
            found.add(f"{prefix}{f.name}")
    return found


def test_example_loads():
    cfg = config.load(EXAMPLE)
    assert cfg.embedded.groups["A"].counters == 2
    assert cfg.embedded.opening_hours["fri"] == ["07:30-12:00"]


def test_example_documents_every_key():
    text = EXAMPLE.read_text(encoding="utf-8")
    missing = [
        k
        for k in sorted(keys(config.Config))
        if f"\n{k.split('.')[-1]} = " not in text and f"[{k}" not in text
    ]
    assert missing == []
    for field in dataclasses.fields(config.GroupPolicy):
        assert f"\n{field.name} = " in text
