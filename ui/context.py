"""Wires the core, the devices and the view-models of one running kiosk.

Wiring only: the rules live in kiosk/ (the staff switch's precedence, emergency numbers,
statistics), the blocking steps in :mod:`ui.services`, each queued on the worker thread
that owns its resource; the view-models get those services and results come back on the
GUI thread.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlEngine

from devices.printing.base import Printer, PrinterState, PrinterStatus
from devices.printing.worker import PrinterWorker
from kiosk import catalogue as catalogue_mod
from kiosk import i18n
from kiosk.accessibility import keypad
from kiosk.config import Config
from kiosk.help import open_help_channel
from kiosk.help.channel import HelpChannel, StatusReporter
from kiosk.i18n import LANGUAGES
from kiosk.ops.maintenance import PinGate, RemoteSwitch, ServiceSwitch
from kiosk.ops.stats import StatsError, open_stats
from kiosk.ops.usage import Fields, Usage, write
from kiosk.session import CitizenSession, IdlePolicy
from ui.audio import Audio
from ui.services import (
    CardService,
    FormService,
    MaintenanceService,
    OutboxService,
    Printing,
    QueueService,
    TicketService,
)
from ui.translator import use_language
from ui.viewmodels import registry
from ui.viewmodels.checkin import Checkin
from ui.viewmodels.focus import Focus
from ui.viewmodels.forms import Forms
from ui.viewmodels.hardware import Hardware
from ui.viewmodels.help import Help
from ui.viewmodels.idcard import CardOps, IdCard
from ui.viewmodels.maintenance import Maintenance
from ui.viewmodels.navigator import Navigator
from ui.viewmodels.services import Services
from ui.viewmodels.session import Session
from ui.viewmodels.speech import Speech
from ui.viewmodels.ticketing import Ticketing
from ui.worker import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from devices.idcard.document import DocumentReader
    from kiosk.outbox.store import Outbox

log = logging.getLogger(__name__)


class AppContext(QObject):
    printerStatusChanged = Signal(object)  # PrinterStatus, on the GUI thread
    _status_relay = Signal(object)
    _service_relay = Signal(str, str)  # remote out-of-service command, to the GUI thread

    def __init__(
        self,
        config: Config,
        *,
        printer: Printer | None = None,
        help_channel: HelpChannel | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``clock``: the site's time for judging a check-in (a test's fixed hour)."""
        super().__init__(parent)
        self.config = config
        self.catalogue = catalogue_mod.load(config.catalogue_path, config.kiosk.languages)
        self.engine: QQmlEngine | None = None

        self.backend_worker = Worker("backend", self)
        self.stats_worker = Worker("stats", self)
        self.outbox_worker = Worker("outbox", self)
        self.card_worker = Worker("card", self)
        self.local_worker = Worker("local", self)  # the kiosk's own small files
        self.render_worker = Worker("render", self)  # the device belongs to the PrinterWorker
        self.stats = open_stats(config)  # stats.db, or the site database (docs/site.md)
        self.service_switch = ServiceSwitch(config.service_switch_path)
        self.outboxes = OutboxService(config, self.outbox_worker)
        self.queue = QueueService(
            config, self.catalogue, self.backend_worker, self.outboxes, self.service_switch
        )
        if printer is None:
            from kiosk.printing import printer_from

            printer = printer_from(config)
        self.printer = printer
        self.printer_status = PrinterStatus(PrinterState.UNKNOWN, "not checked yet")
        self._status_relay.connect(self._on_printer_status)
        self.printer_worker = PrinterWorker(
            self.printer, config.printer.status_poll_s, on_status=self._printer_status_changed
        ).start()
        self.printing = Printing(self.render_worker, self.printer_worker)
        self.cards = CardService(config, self.card_worker)
        self.help_channel = help_channel or open_help_channel(config)

        self.citizen = CitizenSession(config.kiosk.default_language)
        self.navigator = Navigator(self)
        self.session = Session(
            self.citizen,
            IdlePolicy(config.session.idle_timeout_s, config.session.warning_s),
            config.kiosk.languages,
            self.apply_language,
            lowered_fraction=config.accessibility.lowered_fraction,
            parent=self,
        )
        self.services = Services(
            self.catalogue,
            self.session,
            config.kiosk.location,
            self.queue.fetch_status,
            refresh_ms=int(config.backend.sync_interval_s * 1000),
            parent=self,
        )
        self.ticketing = Ticketing(
            TicketService(self.queue, self.printing, config.kiosk.location),
            self.catalogue,
            self.session,
            self.services,
            self.navigator,
            parent=self,
            booking_url=config.zms.booking_url,
        )
        self.help = Help(self.help_channel, self.session, self.navigator, parent=self)
        self.audio = Audio(config.accessibility.speech_engine, self)
        self.speech = Speech(self.audio, self.session, parent=self)
        self.focus = Focus(
            self.speech,
            self.session,
            keypad.load(config.accessibility.keypad),
            config.accessibility.long_press_s,
            help_state=lambda: str(self.help.state),
            parent=self,
        )
        self.help.changed.connect(self.focus.help_changed)
        self.ticketing.issued.connect(lambda *_: self.focus.read_screen_soon())  # number shown
        self.ticketing.printed.connect(lambda _ref: self.speech.cue("done"))
        self.forms = Forms(
            FormService(config, self.local_worker, self.outboxes, self.printing),
            self.catalogue,
            self.session,
            self.navigator,
            lambda concern, ref: self.ticketing.draw(concern, ref),
            parent=self,
        )
        self.forms.stepShown.connect(lambda *_: self.focus.page_shown())
        ops = (
            CardOps(self.cards.present, self.cards.read, self.cards.watch)
            if config.cardreader.kind != "none"
            else None
        )
        self.idcard = IdCard(
            ops, self.citizen, self.session, self.forms, self.navigator, parent=self
        )
        self.checkin = Checkin(
            self.queue.look_up,
            self.catalogue,
            self.session,
            self.navigator,
            self.ticketing,
            config.checkin.early_minutes,
            config.checkin.late_minutes,
            needs_letters=config.backend.kind == "zms",
            clock=clock or (lambda: datetime.now(config.tz)),
            parent=self,
        )
        self.session.ended.connect(lambda: self.navigator.go("welcome"))
        self.usage = Usage(self.record)
        self._wire_statistics()
        m = config.maintenance
        self.maintenance_ops = MaintenanceService(
            config,
            self.local_worker,
            PinGate.from_config(m, config.state_dir / "maintenance.json", self._pin_lockout),
            self.service_switch,
            self.queue,
            self.printing,
            self.cards,
        )
        self.maintenance = Maintenance(
            self.maintenance_ops, self.navigator, self.services.refresh, m.allow_exit, parent=self
        )
        registry.install(
            {
                "Navigator": self.navigator,
                "Session": self.session,
                "Services": self.services,
                "Ticketing": self.ticketing,
                "Help": self.help,
                "Checkin": self.checkin,
                "Maintenance": self.maintenance,
                "Forms": self.forms,
                "Speech": self.speech,
                "Focus": self.focus,
                "IdCard": self.idcard,
                "Hardware": Hardware(config.hardware, parent=self),
            }
        )
        self.apply_language(config.kiosk.default_language)
        # Every offered language's translations parsed now, on a worker: a citizen's tap on
        # a language then finds them in memory instead of reading a .ts file.
        self.local_worker.submit(lambda: [i18n.catalogue(code) for code in config.kiosk.languages])
        if config.outbox.url:  # start delivering what earlier runs left queued
            self.outbox_worker.submit(self.outboxes.get)
        # [privacy] retention: now and hourly (the notice says "deleted after N days": to
        # within the hour), on the outbox worker (it opens the files).
        self._retention = QTimer(self)
        self._retention.setInterval(3600 * 1000)
        self._retention.timeout.connect(self.enforce_retention)
        self._retention.start()
        self.enforce_retention()
        if config.demo and config.backend.kind == "embedded":
            self.backend_worker.submit(self.queue.seed_demo)
        self.services.refresh()
        self._start_status_reports()
        self._service_relay.connect(self._on_service_command)
        if isinstance(self.help_channel, RemoteSwitch):
            self.help_channel.set_service_handler(self._service_relay.emit)

    @Slot(str, str)
    def _on_service_command(self, action: str, message: str) -> None:
        """Staff put this kiosk out of service (or back) from the console or the CLI."""
        preset = message if action == "out_of_service" else None

        def done(flag: object, error: BaseException | None) -> None:
            if error is not None:
                log.error("remote service command refused", extra={"fields": {"error": str(error)}})
            else:
                self.maintenance.service_switched(flag is not None)
            self.services.refresh()

        self.maintenance_ops.switch(preset, "remote", done)

    def _start_status_reports(self) -> None:
        """Tell the staff consoles' fleet panel how this kiosk is: screen, backend, printer
        (never anything about the citizen). Only channels that can report (MQTT) do."""
        if not isinstance(self.help_channel, StatusReporter):
            return
        reporter = self.help_channel

        def report() -> None:
            state = self.services.state
            backend = ("degraded" if self.services.degraded else "ok") if state == "open" else state
            reporter.publish_status({"screen": self.navigator.screen, "backend": backend})

        def report_printer(status: PrinterStatus) -> None:
            reporter.publish_status({"printer": status.state.value})

        def poll_reader() -> None:
            self.cards.poll_state(
                lambda state, _error: reporter.publish_status({"card_reader": state or "unknown"})
            )

        self.navigator.screenChanged.connect(report)
        self.services.statusChanged.connect(report)
        self.printerStatusChanged.connect(report_printer)
        report()
        report_printer(self.printer_worker.status)
        self._reader_poll = QTimer(self)
        self._reader_poll.setInterval(int(self.config.printer.status_poll_s * 1000))
        self._reader_poll.timeout.connect(poll_reader)
        self._reader_poll.start()
        poll_reader()

    def record(self, event: str, fields: Fields) -> None:
        """A usage statistic, written on its own worker; a refused value is a bug, logged."""

        def store() -> None:
            try:
                write(self.stats, event, fields)
            except (StatsError, sqlite3.Error) as err:
                log.warning("statistic not recorded", extra={"fields": {"error": str(err)}})

        self.stats_worker.submit(store)

    def _wire_statistics(self) -> None:
        s, u, f = self.session, self.usage, self.forms
        s.activeChanged.connect(lambda: u.session_start() if s.active else None)
        s.ended.connect(lambda: u.session_end(*s.last_end))
        self.ticketing.issued.connect(u.ticket)
        self.ticketing.drawRequested.connect(u.concern)
        self.checkin.lookedUp.connect(u.checkin)
        self.help.requested.connect(u.help_request)
        self.help.acknowledgedAfter.connect(u.help_ack)
        f.started.connect(u.form_start)
        f.stepShown.connect(u.form_step)
        f.completed.connect(u.form_done)
        f.abandoned.connect(u.form_abandon)

    @property
    def card_reader(self) -> DocumentReader | None:
        """The ID document reader (tests reach the simulated one through this)."""
        return self.cards.reader

    def outbox(self) -> Outbox:
        """The durable outbox; on a worker thread (it may create the file)."""
        return self.outboxes.get()

    def _printer_status_changed(self, status: PrinterStatus) -> None:
        """From the printer thread: hand over to the GUI thread."""
        self._status_relay.emit(status)

    @Slot(object)
    def _on_printer_status(self, status: PrinterStatus) -> None:
        previous, self.printer_status = self.printer_status, status
        if status.state is PrinterState.NEAR_END and previous.state is not PrinterState.NEAR_END:
            # Staff hear of it before citizens do: logged for journald, reported to consoles.
            log.warning("printer paper near end", extra={"fields": {"detail": status.detail}})
        elif not status.can_print and previous.can_print:
            log.error(
                "printer cannot print",
                extra={"fields": {"state": status.state.value, "detail": status.detail}},
            )
        self.printerStatusChanged.emit(status)

    def apply_language(self, code: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        use_language(app, code)  # one translator, swapped, never re-installed (deadlock)
        if isinstance(app, QGuiApplication):
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if LANGUAGES[code].rtl
                else Qt.LayoutDirection.LeftToRight
            )
        if self.engine is not None:
            self.engine.retranslate()

    def _pin_lockout(self, seconds: int) -> None:
        """Wrong maintenance PINs shut the gate: staff hear of it (any thread)."""
        log.warning("maintenance PIN locked", extra={"fields": {"locked_s": seconds}})
        if isinstance(self.help_channel, StatusReporter):
            self.help_channel.publish_status({"maintenance_pin_locked_s": seconds})

    def enforce_retention(self) -> None:
        """Delete personal data whose time is up (kiosk.privacy.job), off the GUI thread."""

        def run() -> None:
            from kiosk.privacy.job import enforce_retention

            enforce_retention(self.config, self.outboxes.get(), self.outboxes.submissions)

        self.outbox_worker.submit(run)

    def shutdown(self) -> None:
        """The window's end: every worker stops (queued jobs dropped, bounded waits) and
        each store is closed once, on the worker thread that owns it; the backend before
        the outbox, which the backend thread may open as well."""
        self.services.stop()
        self.session.stop()
        self.help_channel.close()
        self.audio.shutdown()
        self.render_worker.shutdown()
        self.printer_worker.stop(5.0)
        self.queue.close()
        self.local_worker.shutdown()
        self.stats_worker.shutdown(last=self.stats.close)
        self.outboxes.close()
        self.cards.close()
        self.card_worker.shutdown(wait=False)
