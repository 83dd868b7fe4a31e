"""Field patterns: matched against the whole value, with Unicode classes Python lacks.

Definitions may use ``\\p{L}`` (letter), ``\\p{M}`` (mark), ``\\p{Nd}`` and the other
general categories, as XSD and FIM patterns do. Python's ``re`` rejects them, so they are
translated to explicit ranges of the Basic Multilingual Plane (every script the kiosk
offers lives there); the result works in ``re`` and in other JSON Schema validators.
Patterns always match the WHOLE value (``re.fullmatch``; ``^(?:...)$`` in the schema).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kiosk.forms.errors import Invalid

_CATEGORY = re.compile(r"L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfo]?")
_SURROGATES = range(0xD800, 0xE000)


def _escape(cp: int) -> str:
    return f"\\u{cp:04X}"


@cache
def category_ranges(category: str) -> str:
    """The code points of a general category (or its major class) as class ranges."""
    parts: list[str] = []
    start = -1
    for cp in range(0x10001):
        hit = (
            cp < 0x10000
            and cp not in _SURROGATES
            and unicodedata.category(chr(cp)).startswith(category)
        )
        if hit and start < 0:
            start = cp
        elif not hit and start >= 0:
            end = cp - 1
            parts.append(_escape(start) if start == end else f"{_escape(start)}-{_escape(end)}")
            start = -1
    return "".join(parts)


# \p{Latin}: the letters a German register takes, as written in a passport's Latin
# script (A-Z, German letters, letters with diacritics) and combining accents; not the
# whole Unicode Latin script (no IPA, no fullwidth forms).
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f"


def translate(pattern: str, where: str = "pattern") -> str:
    """Replace ``\\p{X}`` / ``\\P{X}`` by explicit ranges; everything else is kept."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt in "pP":
                m = re.match(r"\{([A-Za-z]+)\}", pattern[i + 2 :])
                latin = m is not None and m.group(1) == "Latin"
                if not m or not (latin or _CATEGORY.fullmatch(m.group(1))):
                    raise Invalid(
                        where,
                        f"not a valid pattern: unknown class at position {i}"
                        " (use e.g. \\p{L}, \\p{Lu}, \\p{M}, \\p{Nd}, \\p{Latin})",
                    )
                ranges = LATIN if latin else category_ranges(m.group(1))
                if nxt == "P" and in_class:
                    raise Invalid(
                        where,
                        "not a valid pattern: \\P{...} inside [...] is not supported; use [^...]",
                    )
                if in_class:
                    out.append(ranges)
                else:
                    out.append(f"[{'^' if nxt == 'P' else ''}{ranges}]")
                i += 2 + m.end()
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            i += 1
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):  # a leading ] is a literal
                out.append("\\]")
                i += 1
            continue
        if ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def compile_pattern(pattern: str, where: str = "pattern") -> re.Pattern[str]:
    translated = translate(pattern, where)
    try:
        return re.compile(translated)
    except re.error as err:
        raise Invalid(where, f"not a valid pattern: {err}") from None


def anchored(pattern: str) -> str:
    """A whole-value pattern for JSON Schema, whose ``pattern`` searches instead of
    matching. ``(?!\\n)``: in Python ``$`` also matches before a final newline."""
    return f"^(?:{pattern})$(?!\\n)"


def schema_pattern(compiled: re.Pattern[str]) -> str:
    return anchored(compiled.pattern)
