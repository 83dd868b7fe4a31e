"""Where PySide6's type stubs fall short for mypy, a typed name for the same thing.

``Property``: the stubs type ``@Property(str, notify=...)`` as returning a ``Property``
object, so reading a view-model's property from Python (``session.language``) looks like a
``Property`` instead of a ``str`` to mypy, and a type name given as a string
(``"QVariantList"``) is refused. For the type checker, ``Property`` here is a descriptor
that returns what its getter returns; at run time it *is* PySide6's ``Property``. The
name stays ``Property`` because pyside6-metaobjectdump (ui/qmltypes.py, for qmllint)
recognises the decorator by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Generic, TypeVar, overload

    from PySide6.QtCore import Signal

    T = TypeVar("T")

    class _TypedProperty(Generic[T]):
        @overload
        def __get__(self, obj: None, owner: type | None = None) -> _TypedProperty[T]: ...

        @overload
        def __get__(self, obj: object, owner: type | None = None) -> T: ...

        def __get__(self, obj: object, owner: type | None = None) -> T | _TypedProperty[T]: ...

        def setter(self, fset: Callable[[Any, T], None], /) -> _TypedProperty[T]: ...

    def Property(
        type: type | str,
        /,
        *,
        notify: Signal | None = None,
        constant: bool = False,
        final: bool = False,
    ) -> Callable[[Callable[[Any], T]], _TypedProperty[T]]: ...

else:
    from PySide6.QtCore import Property

__all__ = ["Property"]
