"""``kiosk run`` with a scripted citizen instead of a finger: the real entry point (umask,
config, state folder check), the real app context and the configured folder printer;
only the event loop is replaced by a visit that draws a ticket and submits a form.

Usage: python scripted_visit.py --config PATH   (what `kiosk run` takes)
Exit 0 when the ticket and the form's receipt were printed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from kiosk.config import Config


def _wait(cond: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if cond():
            return True
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return cond()


def visit(
    config: Config,
    *,
    exit_after_first_frame: bool = False,
    prepared: object = None,
    start: object = None,
) -> int:
    from ui.app import KioskUi

    ui = KioskUi(config, size=(540, 960))
    ui.show(False)
    ctx = ui.context
    try:
        ctx.ticketing.prepare()
        ctx.ticketing.draw("anmeldung")
        if not _wait(lambda: ctx.ticketing.printState in ("printed", "failed")):
            print("ticket: not printed in time", file=sys.stderr)
            return 1
        ticket = ctx.ticketing.printState
        ctx.navigator.go("concerns")
        ctx.forms.start("meldebescheinigung")
        _wait(lambda: ctx.navigator.screen == "form" and ctx.forms.session is not None)
        form = ctx.forms.session
        assert form is not None, "the form did not open"
        for path, value in (
            ("surname", "Mustermann"),
            ("given_names", "Erika"),
            ("date_of_birth", "12.08.1964"),
            ("address.street", "Heidestraße"),
            ("address.house_number", "17"),
            ("address.postcode", "51147"),
            ("address.city", "Köln"),
            ("kind", "einfach"),
            ("copies", "1"),
            ("delivery", "abholen"),
        ):
            form.set(path, value)
        ctx.forms.next()
        ctx.forms.next()
        ctx.forms.submit()
        _wait(lambda: ctx.forms.printState in ("printed", "failed"))
        receipt = ctx.forms.printState
        _wait(lambda: False, 0.5)  # let the statistics and outbox workers write
        print(f"ticket={ticket} receipt={receipt}", flush=True)
        return 0 if (ticket, receipt) == ("printed", "printed") else 1
    finally:
        ui.close()


if __name__ == "__main__":
    from ui import app, launcher

    app.run = visit  # the launcher's `run` command calls app.run(cfg, ...)
    sys.exit(launcher.main(["run", *sys.argv[1:]]))
