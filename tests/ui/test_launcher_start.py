"""``kiosk run`` starts without the admin commands' modules (issue 19: a third of the
start-up went into building parsers it never uses); every other command still has them."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from ui import launcher
try:
    launcher.main([{args}])
except SystemExit:
    pass
heavy = ("kiosk.cli.appointments", "kiosk.cli.remote", "reportlab.pdfgen", "requests")
print(sorted(m for m in heavy if m in sys.modules))
"""


def loaded_after(args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return out.stdout.strip().splitlines()[-1]


def test_run_leaves_the_admin_commands_unloaded() -> None:
    assert loaded_after('"run", "--help"') == "[]"


def test_the_full_command_line_still_offers_every_command() -> None:
    loaded = loaded_after('"--help"')
    assert "kiosk.cli.appointments" in loaded and "kiosk.cli.remote" in loaded
    out = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--help"], capture_output=True, text=True, timeout=120
    ).stdout
    for command in ("run", "tour", "queue", "appointments", "doctor", "printer"):
        assert command in out
