"""``kiosk tour``: every screen, in every language, rendered offscreen to PNG.

For docs, translation review and visual tests. It drives the real UI through its
view-models against a throw-away state folder (a fresh embedded queue, a simulated
printer), so the screenshots show what a citizen would see. Files are named
``<screen>-<language>.png``.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtQuick import QQuickWindow

from devices.printing import SimulatedPrinter
from devices.printing.base import PrinterState
from kiosk.config import Config
from kiosk.help.channel import HelpState, HelpUpdate
from kiosk.queue.base import (
    Appointment,
    Availability,
    BackendError,
    GroupState,
    ServiceState,
    ServiceStatus,
)
from ui import pictures
from ui.app import KioskUi
from ui.context import AppContext
from ui.finder import building, find

log = logging.getLogger(__name__)


def settle(ms: int = 60) -> None:
    """Let bindings, loaders and queued signals run."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def wait_for(condition: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if condition():
            return True
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return condition()


# The Anmeldung up to its persons page, for the searchable list's pictures.
PICKER_PATH: dict[str, object] = {
    "new_address": {
        "street": "Kaiserstraße",
        "house_number": "41",
        "postcode": "53113",
        "city": "Bonn",
    },
    "move_in_date": "today",
    "status": "haupt",
    "from_abroad": True,
    "previous_country": "161",
    "lived_in_germany_before": False,
    "owner_moves_in": True,
}
PICKER_FIELD = "persons[0].birth_country"
# Typed as a citizen of that language would (the picker also finds German names).
PICKER_SEARCH = {"ar": "تر", "uk": "ту", "ru": "ту"}


class Tour:
    def __init__(
        self,
        ui: KioskUi,
        printer: SimulatedPrinter,
        out: Path | None,
        text_scale: float = 1.0,
        high_contrast: bool = False,
        on_shot: Callable[[QQuickWindow, str, str], None] | None = None,
    ) -> None:
        self.ui = ui
        self.text_scale = text_scale
        self.high_contrast = high_contrast
        self.on_shot = on_shot
        # File names say screen and language, and the display choice when not the default.
        self.suffix = (f"-x{text_scale:g}" if text_scale != 1.0 else "") + (
            "-hc" if high_contrast else ""
        )
        self.ctx = ui.context
        self.printer = printer
        self.out = out
        self.files: list[Path] = []

    def shoot(self, screen: str, lang: str) -> None:
        # What QML builds in the background (a form page's lower rows) is in the picture.
        wait_for(lambda: not building(self.ui.engine), 5.0)
        settle()
        # Pictures are drawn on Qt's image thread: no screenshot without them.
        wait_for(lambda: not pictures.drawing(self.ui.window.contentItem()), 5.0)
        if self.on_shot is not None:
            self.on_shot(self.ui.window, screen, lang)
        if self.out is None:
            return
        image = self.ui.window.grabWindow()
        path = self.out / f"{screen}-{lang}{self.suffix}.png"
        if not image.save(str(path)):
            raise RuntimeError(f"could not write {path}")
        self.files.append(path)

    def popup(self, name: str, show: bool) -> None:
        item = find(self.ui.window, name)
        if item is None:
            raise RuntimeError(f"no item {name}")
        item.setProperty("visible", show)

    def language(self, lang: str) -> None:
        ctx = self.ctx
        ctx.session.end()
        ctx.services.set_status(ServiceStatus(ServiceState.OPEN))
        ctx.session.chooseLanguage(lang)
        ctx.session.setTextScale(self.text_scale)
        ctx.session.setHighContrast(self.high_contrast)

    def run_language(self, lang: str) -> None:
        ctx = self.ctx
        self.language(lang)
        ctx.navigator.go("welcome")
        self.shoot("welcome", lang)

        ctx.navigator.go("concerns")
        self.shoot("concerns", lang)
        # Keys alone: the focus ring on a concern (with --contrast, the high-contrast ring).
        settle()
        if not ctx.focus.focus_on("concern_reisepass"):
            raise RuntimeError("tour: no concern_reisepass to put the focus ring on")
        self.shoot("keys_focus", lang)
        ctx.focus.clear()

        now = datetime.now(ctx.config.tz)
        ctx.checkin.start()
        self.shoot("checkin", lang)
        for name, minutes in (
            ("checkin_found", 5),
            ("checkin_too_early", 120),
            ("checkin_too_late", -60),
        ):
            ctx.checkin.reset()
            ctx.checkin._state = "looking"
            ctx.checkin._found(
                Appointment(
                    "12345674",
                    now + timedelta(minutes=minutes),
                    ("Reisepass beantragen",),
                    "A",
                    concern_id="reisepass",
                ),
                None,
            )
            self.shoot(name, lang)
        # What the process itself says (ZMS): another day, already called; a long key.
        for name, minutes, status in (
            ("checkin_other_day", 24 * 60, "confirmed"),
            ("checkin_called", -5, "called"),
        ):
            ctx.checkin.reset()
            ctx.checkin._state = "looking"
            ctx.checkin._found(
                Appointment(
                    "100044",
                    now + timedelta(minutes=minutes),
                    ("Personalausweis beantragen",),
                    "141",
                    status=status,
                ),
                None,
            )
            self.shoot(name, lang)
        for name, status in (
            ("checkin_finished", "finished"),
            ("checkin_missed", "missed"),
            ("checkin_cancelled", "deleted"),
        ):
            ctx.checkin.reset()
            ctx.checkin._state = "looking"
            ctx.checkin._found(
                Appointment("100044", now, ("Personalausweis beantragen",), "141", status=status),
                None,
            )
            self.shoot(name, lang)
        ctx.checkin.reset()
        ctx.checkin._state = "looking"
        ctx.checkin._found(Appointment("100045", now, (), "141", number="A-17", walk_in=True), None)
        self.shoot("checkin_walk_in", lang)
        for state, code in (
            ("looking", "12345674"),
            ("invalid", "12345678"),
            ("not_found", "12345674"),
        ):
            ctx.checkin.reset()
            ctx.checkin._state, ctx.checkin._code = state, code
            ctx.checkin.changed.emit()
            self.shoot(f"checkin_{state}", lang)
        ctx.checkin.reset()
        ctx.checkin._state = "looking"  # the appointment system cannot be reached
        ctx.checkin._found(None, BackendError("tour: unreachable"))
        self.shoot("checkin_error", lang)
        ctx.checkin.reset()
        ctx.checkin._state = "key_missing"
        ctx.checkin._code = "100044-9F"
        ctx.checkin.changed.emit()
        self.shoot("checkin_key_missing", lang)
        ctx.checkin.reset()

        # A form: the choice, a page with the keyboard, inline errors, the review, done.
        ctx.navigator.go("concerns")
        ctx.forms.offer("meldebescheinigung")
        self.shoot("concern_choice", lang)
        ctx.forms.start("meldebescheinigung")
        wait_for(lambda: ctx.navigator.screen == "form")  # the form loads on a worker
        ctx.forms.focus("surname", "latin")  # a register field: the Latin keyboard
        for ch in "Muster":
            ctx.forms.key(ch)
        self.shoot("form_keyboard", lang)
        ctx.forms.unfocus()
        ctx.forms.focus("date_of_birth", "date")  # day and month typed, the year next
        for ch in "2703":
            ctx.forms.key(ch)
        self.shoot("form_date_typing", lang)
        ctx.forms.clearText()  # left empty: the errors below are the empty page's
        ctx.forms.unfocus()
        ctx.checkin._pending_scan = "TERMIN:12345674"  # a scan during the form asks first
        ctx.checkin.changed.emit()
        self.shoot("form_scan_leave", lang)
        ctx.checkin.stayInForm()
        ctx.idcard.start()
        self.shoot("idcard_consent", lang)
        ctx.idcard.consent()
        self.shoot("idcard_choose", lang)
        ctx.idcard.choose("passport")
        for ch in "C01X00T4":
            ctx.idcard.key(ch)
        self.shoot("idcard_passport_number", lang)
        ctx.idcard.key("7")
        ctx.idcard.submit()
        self.shoot("idcard_passport_birth", lang)
        ctx.idcard._set("place")
        self.shoot("idcard_place", lang)
        ctx.idcard._set("no_reader")
        self.shoot("idcard_no_reader", lang)
        ctx.idcard.typeInstead()
        ctx.idcard.start()
        ctx.idcard.consent()
        ctx.idcard.choose("id_card")
        for ch in "1234":
            ctx.idcard.key(ch)
        self.shoot("idcard_can", lang)
        ctx.idcard._retries = 2
        ctx.idcard._set("wrong_can")
        self.shoot("idcard_wrong_can", lang)
        ctx.idcard.typeInstead()
        ctx.forms.next()  # not complete: the messages show inline
        self.shoot("form_errors", lang)
        form = ctx.forms.session
        assert form is not None
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
        self.shoot("form_page2", lang)
        ctx.forms.next()
        self.shoot("form_review", lang)
        ctx.forms.submit()
        wait_for(lambda: ctx.forms.printState in ("printed", "failed"))
        self.shoot("form_done", lang)
        ctx.forms.submitting.state = "failed"  # the outbox refused it (disk full, database error)
        ctx.forms.changed.emit()
        self.shoot("form_failed", lang)
        self.language(lang)
        self.picker(lang)
        self.language(lang)

        self.printer.state = PrinterState.READY
        ctx.ticketing.prepare()
        ctx.ticketing.draw("anmeldung")
        if not wait_for(lambda: ctx.ticketing.printState in ("printed", "failed")):
            raise RuntimeError("the ticket was not printed in time")
        self.shoot("ticket", lang)

        self.printer.fail_next = True
        ctx.ticketing.prepare()
        ctx.ticketing.draw("reisepass")
        wait_for(lambda: ctx.ticketing.printState in ("printed", "failed"))
        self.shoot("ticket_print_failed", lang)

        self.language(lang)
        tomorrow = datetime.now(ctx.config.tz).replace(
            hour=8, minute=0, second=0, microsecond=0
        ) + timedelta(days=1)
        ctx.services.set_status(ServiceStatus(ServiceState.CLOSED, next_opening=tomorrow))
        ctx.navigator.go("closed")
        self.shoot("closed", lang)

        ctx.services.set_status(ServiceStatus(ServiceState.OUT_OF_SERVICE, reason="tour"))
        ctx.navigator.go("out_of_service")
        self.shoot("out_of_service", lang)

        ctx.services.set_status(ServiceStatus(ServiceState.OPEN, exhausted_groups=frozenset({"A"})))
        ctx.navigator.go("exhausted")
        self.shoot("exhausted", lang)
        ctx.navigator.go("concerns")
        self.shoot("concerns_exhausted_group", lang)
        # Each cause its own text (ZMS): closed, deactivated with the office's text,
        # not available at this terminal; used up with the online booking as a QR code.
        ctx.services.set_status(
            ServiceStatus(
                ServiceState.OPEN,
                exhausted_groups=frozenset({"A", "B", "C"}),
                groups={
                    "A": GroupState(Availability.CLOSED),
                    "B": GroupState(Availability.DEACTIVATED, "Heute nur mit Termin."),
                    "C": GroupState(Availability.MISCONFIGURED),
                },
            )
        )
        self.shoot("concerns_unavailable", lang)
        ctx.ticketing._problem = "deactivated"
        ctx.ticketing._problem_text = "Heute nur mit Termin. Bitte melden Sie sich am Empfang."
        ctx.ticketing.changed.emit()
        ctx.navigator.go("out_of_service")
        self.shoot("deactivated", lang)
        ctx.ticketing.reset()
        if not ctx.ticketing._booking_url:
            from ui.viewmodels.ticketing import qr_data_uri

            ctx.ticketing._booking_url = "https://service.example.de/termin"
            ctx.ticketing._booking_qr = qr_data_uri(ctx.ticketing._booking_url)
        ctx.ticketing.changed.emit()
        ctx.navigator.go("exhausted")
        self.shoot("exhausted_booking", lang)
        ctx.services.set_status(ServiceStatus(ServiceState.OPEN))

        ctx.navigator.go("concerns")
        self.popup("helpSheet", True)
        self.shoot("help", lang)
        ctx.help._apply(HelpUpdate(HelpState.REQUESTED, simulated=True))
        self.shoot("help_requested", lang)
        ctx.help._apply(HelpUpdate(HelpState.REQUESTED, simulated=True, level=1))
        self.shoot("help_escalated", lang)
        ctx.help._apply(HelpUpdate(HelpState.ACKNOWLEDGED, "Frau K.", simulated=True))
        self.shoot("help_acknowledged", lang)  # someone is coming to the terminal
        ack = HelpUpdate(HelpState.ACKNOWLEDGED, simulated=True, reply="counter", counter="3")
        ctx.help._apply(ack)
        self.shoot("help_counter", lang)  # please go to counter 3
        ctx.help._apply(HelpUpdate(HelpState.CANCELLED))
        self.popup("helpSheet", False)

        self.popup("settingsSheet", True)
        self.shoot("settings", lang)
        self.popup("settingsSheet", False)
        ctx.session.setLowered(True)
        ctx.navigator.go("welcome")
        self.shoot("lowered_welcome", lang)
        ctx.navigator.go("concerns")
        self.shoot("lowered_concerns", lang)
        ctx.session.setLowered(False)
        self.popup("pinDialog", True)
        self.shoot("maintenance_pin", lang)
        self.popup("pinDialog", False)

        # The idle warning: its own one-second timer would clear it before the grab.
        ctx.session._timer.stop()
        ctx.session._set_idle(True, 27)
        self.shoot("idle_warning", lang)
        ctx.session._set_idle(False, 0)
        ctx.session._timer.start()

    def picker(self, lang: str) -> None:
        """A long list (the Anmeldung's country of birth) searched: while typing, and with
        the keyboard closed and the search kept, its "Clear entry" beside it."""
        ctx = self.ctx
        ctx.forms.start("anmeldung")
        wait_for(lambda: ctx.navigator.screen == "form" and ctx.forms.session is not None)
        form = ctx.forms.session
        assert form is not None
        moved = datetime.now(ctx.config.tz).date().isoformat()
        for path, value in PICKER_PATH.items():
            form.set(path, moved if value == "today" else value)
        for _ in range(6):  # to the persons page (the pages before it are answered)
            if any(r["path"] == PICKER_FIELD for r in ctx.forms.rows):
                break
            ctx.forms.next()
        else:
            raise RuntimeError("tour: the Anmeldung's persons page was not reached")
        # The list is below the page's first screen: built after it, as a finger scrolls.
        wait_for(lambda: not building(self.ui.engine), 5.0)
        ctx.forms.focus(f"{PICKER_FIELD}#search", "text")
        for ch in PICKER_SEARCH.get(lang, "tür"):
            ctx.forms.key(ch)
        self.shoot("form_picker_search", lang)
        ctx.forms.unfocus()
        self.shoot("form_picker_results", lang)
        # Two persons, nothing answered: the summary says whose answer is missing.
        ctx.forms.addItem("persons")
        ctx.forms.next()
        flick = find(self.ui.window, "formFlick")
        if flick is not None:
            flick.setProperty("contentY", 0)  # the summary, as "Next" on the screen shows it
        self.shoot("form_errors_persons", lang)


def run(
    config: Config,
    out: str | Path | None,
    *,
    languages: list[str] | None = None,
    size: tuple[int, int] | None = None,
    text_scale: float = 1.0,
    high_contrast: bool = False,
    on_shot: Callable[[QQuickWindow, str, str], None] | None = None,
) -> int:
    """Render the tour into ``out`` (None: only call ``on_shot`` for each screen, for tests)."""
    out_dir = Path(out) if out is not None else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    langs = languages or list(config.kiosk.languages)
    unknown = [lang for lang in langs if lang not in config.kiosk.languages]
    if unknown:
        print(f"kiosk tour: language(s) not offered by this config: {', '.join(unknown)}")
        return 2
    with tempfile.TemporaryDirectory(prefix="kiosk-tour-") as state:
        cfg = dataclasses.replace(
            config,
            kiosk=dataclasses.replace(config.kiosk, state_dir=state),
            embedded=dataclasses.replace(config.embedded, database="", opening_hours={}),
            display=dataclasses.replace(config.display, fullscreen=False),
        )
        printer = SimulatedPrinter()
        ctx = AppContext(cfg, printer=printer)
        # The configured display size unless asked otherwise (never fitted to a desktop).
        ui = KioskUi(cfg, ctx, size=size or (cfg.display.width, cfg.display.height))
        ui.show(False)
        tour = Tour(ui, printer, out_dir, text_scale, high_contrast, on_shot)
        try:
            for lang in langs:
                tour.run_language(lang)
        finally:
            ui.close()
            settle(20)
            ctx.deleteLater()
    for path in tour.files:
        print(path)
    # A QML warning on any screen (a binding loop at one text size, say) is a defect the
    # pictures may not show: the tour fails, and test_layout with it at every size.
    for warning in ui.warnings:
        print(f"kiosk tour: QML warning: {warning}", file=sys.stderr)
    return 1 if ui.warnings else 0
