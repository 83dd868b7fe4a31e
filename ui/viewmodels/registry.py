"""Hands the QML engine the view-model instances of the current app context.

QML singletons are created by the engine on first use; ``create(engine)`` on each class
asks here for the instance that the context built, so Python and QML share one object.
"""

from __future__ import annotations

from typing import Any

_current: dict[str, Any] = {}


def install(models: dict[str, Any]) -> None:
    _current.clear()
    _current.update(models)


def instance(name: str) -> Any:
    try:
        return _current[name]
    except KeyError:
        raise RuntimeError(f"view-model {name} requested before an app context") from None
