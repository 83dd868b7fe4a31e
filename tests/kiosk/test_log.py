"""kiosk/log.py: one ``key=value`` line per event; values cannot forge keys or lines."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.log import KeyValueFormatter, RingBuffer, setup

FORMATTER = KeyValueFormatter()


# --- helpers --------------------------------------------------------------------------------


def record(
    msg: str,
    *args: object,
    level: int = logging.INFO,
    name: str = "kiosk.ticket",
    fields: Any = None,
    exc_info: Any = None,
) -> logging.LogRecord:
    rec = logging.LogRecord(name, level, "x.py", 1, msg, args or None, exc_info)
    if fields is not None:
        rec.fields = fields
    return rec


def parse_line(line: str) -> list[tuple[str, str]]:
    """A strict reader of the format: ``key=value`` pairs separated by one space; a value
    is bare (no space, quote, equals sign or line break) or double-quoted with \\\\, \\" and
    \\n escapes. Anything else is an error, so a forged pair cannot go unnoticed."""
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(line):
        eq = line.index("=", i)
        key = line[i:eq]
        assert key and " " not in key and '"' not in key, (key, line)
        i = eq + 1
        if i < len(line) and line[i] == '"':
            out = []
            i += 1
            while line[i] != '"':
                if line[i] == "\\":
                    out.append({"\\": "\\", '"': '"', "n": "\n", "r": "\r"}[line[i + 1]])
                    i += 2
                else:
                    out.append(line[i])
                    i += 1
            value = "".join(out)
            i += 1
        else:
            end = line.find(" ", i)
            end = len(line) if end < 0 else end
            value = line[i:end]
            assert value and not any(c in value for c in '"=\n'), (value, line)
            i = end
        pairs.append((key, value))
        if i < len(line):
            assert line[i] == " " and line[i + 1 : i + 2] not in ("", " "), line
            i += 1
    return pairs


def assert_one_line(line: str) -> None:
    assert "\n" not in line and "\r" not in line, repr(line)


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


# --- format ---------------------------------------------------------------------------------


def test_line_with_level_logger_message_and_fields() -> None:
    line = FORMATTER.format(record("ticket issued", fields={"number": "A-001", "ahead": 3}))
    assert line == 'level=info logger=kiosk.ticket msg="ticket issued" number=A-001 ahead=3'


@pytest.mark.parametrize(
    ("level", "text"),
    [
        (logging.DEBUG, "debug"),
        (logging.WARNING, "warning"),
        (logging.ERROR, "error"),
        (logging.CRITICAL, "critical"),
    ],
)
def test_level_is_lower_case(level: int, text: str) -> None:
    line = FORMATTER.format(record("x", level=level))
    assert line.startswith(f"level={text} logger=kiosk.ticket ")


def test_message_arguments_are_filled_in() -> None:
    line = FORMATTER.format(record("issued %s after %d s", "A-002", 4))
    assert parse_line(line)[2] == ("msg", "issued A-002 after 4 s")


def test_bare_word_message_and_empty_values() -> None:
    line = FORMATTER.format(record("started", fields={"empty": "", "none": None}))
    assert parse_line(line) == [
        ("level", "info"),
        ("logger", "kiosk.ticket"),
        ("msg", "started"),
        ("empty", ""),
        ("none", "None"),
    ]


def test_fields_that_are_not_a_dict_are_ignored() -> None:
    line = FORMATTER.format(record("x", fields=["not", "a", "dict"]))
    assert line == "level=info logger=kiosk.ticket msg=x"


@pytest.mark.parametrize(
    "value",
    [
        "line one\nlevel=error logger=forged msg=owned",
        'A-001" level="error',
        "x level=error",
        "a=b",
        "ends with backslash \\",
        '\\" injected=1',
        "\\n is not a newline",
        '"',
        "\n",
    ],
)
def test_values_cannot_forge_keys_or_lines(value: str) -> None:
    line = FORMATTER.format(record(value, fields={"number": value}))
    assert_one_line(line)
    assert parse_line(line) == [
        ("level", "info"),
        ("logger", "kiosk.ticket"),
        ("msg", value),
        ("number", value),
    ]


def test_exception_traceback_stays_on_the_line() -> None:
    try:
        raise RuntimeError('printer "P1"\nis on fire')
    except RuntimeError:
        exc_info = sys.exc_info()
    line = FORMATTER.format(record("print failed", level=logging.ERROR, exc_info=exc_info))
    assert_one_line(line)
    pairs = dict(parse_line(line))
    assert list(pairs) == ["level", "logger", "msg", "exc"]
    assert pairs["exc"].startswith("Traceback (most recent call last):\n")
    assert pairs["exc"].endswith('RuntimeError: printer "P1"\nis on fire')


@pytest.mark.parametrize("value", ["x\rlevel=error msg=forged", "x\r\nlevel=error", "a\rb"])
def test_carriage_return_cannot_forge_a_line(value: str) -> None:
    assert_one_line(FORMATTER.format(record(value, fields={"number": value})))


texts = st.text(max_size=30)


@settings(max_examples=300, deadline=None)
@given(
    msg=texts,
    fields=st.dictionaries(
        st.from_regex(r"[a-z_]{1,10}", fullmatch=True).filter(
            lambda k: k not in ("level", "logger", "msg")
        ),
        texts | st.integers(),
        max_size=4,
    ),
)
def test_any_values_round_trip_on_one_line(msg: str, fields: dict[str, Any]) -> None:
    line = FORMATTER.format(record(msg, fields=fields))
    assert_one_line(line)
    assert parse_line(line) == [
        ("level", "info"),
        ("logger", "kiosk.ticket"),
        ("msg", msg),
        *((k, str(v)) for k, v in fields.items()),
    ]


# --- setup ----------------------------------------------------------------------------------


def test_setup_logs_one_line_per_event_to_stderr(
    capsys: pytest.CaptureFixture[str], restore_root_logger: None
) -> None:
    setup("warning")
    log = logging.getLogger("kiosk.test")
    log.info("not shown")
    log.warning("printer offline", extra={"fields": {"printer": "P1", "detail": "no paper\n"}})
    err = capsys.readouterr().err
    assert err == (
        'level=warning logger=kiosk.test msg="printer offline" printer=P1 detail="no paper\\n"\n'
    )


def test_setup_replaces_handlers(restore_root_logger: None) -> None:
    setup("debug")
    setup("info")
    root = logging.getLogger()
    # stderr for journald and the in-memory tail for the maintenance screen, once each
    assert len(root.handlers) == 2
    assert isinstance(root.handlers[0], logging.StreamHandler)
    assert isinstance(root.handlers[1], RingBuffer)
    assert all(isinstance(h.formatter, KeyValueFormatter) for h in root.handlers)
    assert root.level == logging.INFO
