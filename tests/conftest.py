"""Suite-wide settings: Qt offscreen with the software renderer, before any Qt import."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

import sys
from pathlib import Path

# Test rigs (fake servers, daemons) live in tests/support and are imported as plain modules.
sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))

import logging

import pytest
from hypothesis import settings

# ``pytest --hypothesis-profile=deep`` fuzzes the parsers far longer than the suite's
# default 100 examples: run it after touching a parser (CI found a case the default missed).
settings.register_profile("deep", max_examples=3000, deadline=None)


@pytest.fixture(autouse=True)
def _root_logger_as_it_was():
    """Commands run in-process (``kiosk.cli.main.main``) call ``log.setup``, which points
    the root logger at the sys.stderr of that moment: pytest's capture, closed after the
    test. Put the root logger back, so a later test's log line is not a logging error."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(autouse=True)
def _umask_as_it_was():
    """``kiosk.cli.main.main`` sets the process umask to 077, as a kiosk should; run
    in-process by a test, it would make the files later rigs write for daemons that drop
    privileges (mosquitto, postgres) unreadable to them. Put it back after each test."""
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)
