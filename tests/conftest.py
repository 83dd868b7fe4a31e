"""Suite-wide settings: Qt offscreen with the software renderer, before any Qt import."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

import sys
from pathlib import Path

# Test rigs (fake servers, daemons) live in tests/support and are imported as plain modules.
sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))
