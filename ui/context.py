"""Wires the core, the devices and the view-models of one running kiosk.

Everything that blocks lives behind a :class:`~ui.worker.Worker`: the queue backend on
one thread (it owns the SQLite connection), the printer on another (it owns the device).
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlEngine

from devices.printing.base import Printer, PrinterState, PrinterStatus
from devices.printing.worker import PrinterWorker
from kiosk import catalogue as catalogue_mod
from kiosk.config import Config
from kiosk.help import open_help_channel
from kiosk.help.channel import HelpChannel, StatusReporter
from kiosk.i18n import LANGUAGES
from kiosk.idcard import card_reader_from
from kiosk.ops.maintenance import SWITCH_REASON, PinGate, ServiceSwitch
from kiosk.ops.stats import Stats, StatsError
from kiosk.queue import open_backend
from kiosk.queue.base import (
    BookingRef,
    QueueBackend,
    ServiceState,
    ServiceStatus,
    Ticket,
)
from kiosk.queue.snapshot import Snapshot, snapshot
from kiosk.session import CitizenSession, IdlePolicy
from ui.audio import Audio
from ui.translator import CatalogueTranslator
from ui.viewmodels import registry
from ui.viewmodels.checkin import Checkin
from ui.viewmodels.forms import FormOps, Forms
from ui.viewmodels.help import Help
from ui.viewmodels.idcard import CardOps, IdCard
from ui.viewmodels.maintenance import Maintenance
from ui.viewmodels.navigator import Navigator
from ui.viewmodels.services import Services
from ui.viewmodels.session import Session
from ui.viewmodels.speech import Speech
from ui.viewmodels.ticketing import Done, Ticketing
from ui.worker import Worker

log = logging.getLogger(__name__)


class _TicketOps:
    """The blocking steps of the ticket flow, each queued on its worker."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    def printer_ready(self, done: Done) -> None:
        """A fresh status from the device, right before a number is drawn."""

        def checked(status: PrinterStatus | None, error: BaseException | None) -> None:
            if status is None:
                done(None, error)
            else:
                done((status.can_print, status.summary), None)

        self._ctx.render_worker.relay(self._ctx.printer_worker.poll_now(), checked)

    def draw(self, concern_id: str, group_id: str, request_id: str, done: Done) -> None:
        self._ctx.backend_worker.submit(
            lambda: self._ctx.backend().draw_number(concern_id, group_id, request_id), done
        )

    def check_in(self, ref: BookingRef, request_id: str, done: Done) -> None:
        self._ctx.backend_worker.submit(lambda: self._ctx.backend().check_in(ref, request_id), done)

    def print_ticket(
        self,
        ticket: Ticket,
        concern_name: str,
        language: str,
        submission_reference: str,
        done: Done,
    ) -> None:
        from kiosk.printing.documents import render_ticket  # reportlab: loaded on the first ticket

        location = self._ctx.config.kiosk.location
        self._ctx.print_pdf(
            lambda: render_ticket(
                ticket,
                concern_name=concern_name,
                location=location,
                language=language,
                submission_reference=submission_reference,
            ),
            f"ticket-{ticket.number}",
            done,
        )


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
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.catalogue = catalogue_mod.load(config.catalogue_path, config.kiosk.languages)
        self.engine: QQmlEngine | None = None
        self._translator: CatalogueTranslator | None = None

        self.backend_worker = Worker("backend", self)
        self.stats_worker = Worker("stats", self)
        self.outbox_worker = Worker("outbox", self)
        self._outbox: Any = None  # kiosk.outbox.store.Outbox, opened on first use
        self._outbox_worker: Any = None
        self._outbox_lock = threading.Lock()
        self.stats = Stats(config.state_dir / "stats.db", config.tz)
        # Rendering (CPU) on its own thread; the device belongs to the PrinterWorker.
        self.render_worker = Worker("render", self)
        # Opened on the backend thread: it may create the database file.
        opening = self.backend_worker.submit(lambda: open_backend(config, self.catalogue))
        assert opening is not None  # a new worker is open
        self._backend: Future[QueueBackend] = opening
        if printer is None:
            from kiosk.printing import printer_from

            printer = printer_from(config)
        self.printer = printer
        self.printer_status = PrinterStatus(PrinterState.UNKNOWN, "not checked yet")
        self._status_relay.connect(self._on_printer_status)
        self.printer_worker = PrinterWorker(
            self.printer, config.printer.status_poll_s, on_status=self._printer_status_changed
        ).start()
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
            self._fetch_status,
            refresh_ms=int(config.backend.sync_interval_s * 1000),
            parent=self,
        )
        self.ticketing = Ticketing(
            _TicketOps(self),
            self.catalogue,
            self.session,
            self.services,
            self.navigator,
            parent=self,
        )
        self.help = Help(self.help_channel, self.session, self.navigator, parent=self)
        self.audio = Audio(config.accessibility.speech_engine, self)
        self.speech = Speech(self.audio, self.session, parent=self)
        self.ticketing.printed.connect(lambda _ref: self.speech.cue("done"))
        self.forms = Forms(
            FormOps(self._store_submission, self._print_receipt),
            self.catalogue,
            self.session,
            self.navigator,
            lambda concern, ref: self.ticketing.draw(concern, ref),
            parent=self,
        )
        self._card_reader: Any = None  # opened on the card worker at first use
        self.card_worker = Worker("card", self)
        ops = (
            CardOps(self._card_present, self._read_card)
            if config.cardreader.kind != "none"
            else None
        )
        self.idcard = IdCard(
            ops, self.citizen, self.session, self.forms, self.navigator, parent=self
        )
        self.checkin = Checkin(
            self._look_up,
            self.catalogue,
            self.session,
            self.navigator,
            self.ticketing,
            config.checkin.early_minutes,
            config.checkin.late_minutes,
            needs_letters=config.backend.kind == "zms",
            clock=lambda: datetime.now(config.tz),
            parent=self,
        )
        self.session.ended.connect(lambda: self.navigator.go("welcome"))
        self._wire_statistics()
        self.service_switch = ServiceSwitch(config.state_dir / "out_of_service.json")
        m = config.maintenance
        self.maintenance = Maintenance(
            PinGate(m.pin_hash, config.state_dir / "maintenance.json", m.max_failures, m.lockout_s),
            self.service_switch,
            self.navigator,
            self._maintenance_status,
            self._print_test,
            self._read_test_card,
            self.services.refresh,
            m.allow_exit,
            parent=self,
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
                "IdCard": self.idcard,
            }
        )
        self.apply_language(config.kiosk.default_language)
        if config.outbox.url:  # start delivering what earlier runs left queued
            self.backend_worker.submit(self.outbox)
        if config.demo and config.backend.kind == "embedded":
            self.backend_worker.submit(self._seed_demo)
        self.services.refresh()
        self._start_status_reports()
        self._service_relay.connect(self._on_service_command)
        set_handler = getattr(self.help_channel, "set_service_handler", None)
        if set_handler is not None:
            set_handler(lambda action, message: self._service_relay.emit(action, message))

    @Slot(str, str)
    def _on_service_command(self, action: str, message: str) -> None:
        """Staff put this kiosk out of service (or back) from the console or the CLI."""

        def apply() -> None:
            if action == "out_of_service":
                self.service_switch.set(message, by="remote")
            else:
                self.service_switch.clear()

        self.backend_worker.submit(apply, lambda _r, _e: self.services.refresh())

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
            self.card_worker.submit(
                self.card_reader_state,
                lambda state, error: reporter.publish_status(
                    {"card_reader": state if state else "unknown"}
                ),
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

    def card_reader_state(self) -> str:
        """present / absent / error, for staff: on the card worker (PC/SC may block)."""
        kind = self.config.cardreader.kind
        if kind == "none":
            return "absent"
        if kind == "simulated":
            return "present"
        try:
            from devices.idcard.reader import list_readers

            names = list_readers()
        except Exception:  # pcscd down or pyscard missing: no reader for the citizen
            return "error"
        wanted = self.config.cardreader.reader
        return "present" if any(wanted in n for n in names) else "absent"

    def record(self, event: str, **fields: object) -> None:
        """A usage statistic, written on its own worker; a refused value is a bug, logged."""

        def write() -> None:
            try:
                self.stats.record(event, **fields)
            except (StatsError, sqlite3.Error) as err:
                log.warning("statistic not recorded", extra={"fields": {"error": str(err)}})

        self.stats_worker.submit(write)

    def _wire_statistics(self) -> None:
        s = self.session
        s.activeChanged.connect(lambda: self.record("session_start") if s.active else None)
        s.ended.connect(
            lambda: self.record(
                "session_end", reason=s.last_end[0], seconds=round(s.last_end[1], 1)
            )
        )
        self.ticketing.issued.connect(
            lambda kind, group: self.record("ticket", kind=kind, group=group)
        )
        self.ticketing.drawRequested.connect(
            lambda concern: self.record("concern", concern=concern)
        )
        self.checkin.lookedUp.connect(lambda result: self.record("checkin", result=result))
        self.help.requested.connect(lambda category: self.record("help_request", category=category))
        self.help.acknowledgedAfter.connect(lambda sec: self.record("help_ack", seconds=sec))
        f = self.forms
        f.started.connect(lambda form: self.record("form_start", form=form))
        f.stepShown.connect(lambda form, step: self.record("form_step", form=form, step=step))
        f.completed.connect(lambda form: self.record("form_done", form=form))
        f.abandoned.connect(lambda form, step: self.record("form_abandon", form=form, step=step))

    def _seed_demo(self) -> None:
        from kiosk.ops.demo import seed_appointments
        from kiosk.queue.embedded import EmbeddedBackend

        backend = self.backend()
        if isinstance(backend, EmbeddedBackend):
            seed_appointments(backend)

    def backend(self) -> QueueBackend:
        """Only call on the backend thread (after the open queued before any call)."""
        return self._backend.result()

    def _look_up(self, ref: BookingRef, done: Callable[[Any, BaseException | None], None]) -> None:
        self.backend_worker.submit(lambda: self.backend().find_appointment(ref), done)

    def _fetch_status(self, done: Callable[[Any, BaseException | None], None]) -> None:
        groups = [g.id for g in self.catalogue.groups]

        def fetch() -> Snapshot:
            backend = self.backend()
            snap = snapshot(backend, groups)
            self._report_emergency_numbers(backend)
            flag = self.service_switch.get()
            if flag is None:
                return snap
            # Staff put the kiosk out of service: that wins over what the backend says.
            return dataclasses.replace(
                snap,
                status=ServiceStatus(
                    ServiceState.OUT_OF_SERVICE, reason=f"{SWITCH_REASON}{flag.message}"
                ),
            )

        self.backend_worker.submit(fetch, done)

    @property
    def card_reader(self) -> Any:
        """The ID document reader, created on first use (its crypto stack loads then)."""
        if self._card_reader is None:
            self._card_reader = card_reader_from(self.config)
        return self._card_reader

    def _card_present(self, done: Callable[[Any, BaseException | None], None]) -> None:
        def present() -> bool:
            reader = self.card_reader
            if reader is None:
                from devices.idcard import NoReader

                raise NoReader("no card reader configured or available")
            return bool(reader.card_present())

        self.card_worker.submit(present, done)

    def _read_card(
        self, can: str | None, mrz: str | None, done: Callable[[Any, BaseException | None], None]
    ) -> None:
        self.card_worker.submit(lambda: self.card_reader.read(can=can, mrz_key=mrz), done)

    def _store_submission(
        self,
        key: str,
        payload: dict[str, Any],
        kind: str,
        done: Callable[[Any, BaseException | None], None],
    ) -> None:
        """Durably into the outbox (off the GUI thread) before the screen says "done"."""
        self.outbox_worker.submit(lambda: self.outbox().put(kind, payload, key), done)

    def _print_receipt(
        self,
        submission: Any,
        reference: str,
        title: str,
        done: Callable[[Any, BaseException | None], None],
    ) -> None:
        from kiosk.printing.documents import render_receipt

        lines = [(line.label, line.value) for line in submission.paper_summary]
        full = (
            [
                (row.label, row.value)
                for section in self.forms.review_of(submission)
                for row in section.rows
            ]
            if self.config.forms.print_full_form
            else []
        )

        def receipt(rows: list[tuple[str, str]]) -> bytes:
            return render_receipt(
                reference=reference,
                title=title,
                lines=rows,
                issued_at=submission.created,
                language=submission.language,
                location=self.config.kiosk.location,
            )

        def then_full(result: object, error: BaseException | None) -> None:
            if error is not None or not full:
                done(result, error)
            else:  # configured: the whole filled form on paper too
                self.print_pdf(lambda: receipt(full), f"form-{reference}", done)

        self.print_pdf(lambda: receipt(lines), f"receipt-{reference}", then_full)

    def _report_emergency_numbers(self, backend: QueueBackend) -> None:
        """Numbers issued offline from the local range go to the outbox, to be reported;
        runs on the backend thread."""
        pending = getattr(backend, "pending_emergency_tickets", None)
        if pending is None:
            return
        try:
            tickets = pending()
            for t in tickets:
                self.outbox().put(
                    "emergency_ticket",
                    {
                        "kiosk": self.config.kiosk.id,
                        "number": t.number,
                        "reference": t.reference,
                        "concern": t.concern_id,
                        "group": t.group_id,
                        "issued_at": t.issued_at.isoformat(),
                    },
                    idempotency_key=t.reference,
                )
            if tickets:
                mark = getattr(backend, "mark_emergency_reported")  # noqa: B009 (duck-typed)
                mark(t.reference for t in tickets)
                log.info(
                    "emergency numbers queued for reporting",
                    extra={"fields": {"count": len(tickets)}},
                )
        except Exception as err:  # reporting must never break the status refresh
            log.error("emergency numbers not queued", extra={"fields": {"error": str(err)}})

    def outbox(self) -> Any:
        """The durable outbox (kiosk.outbox.store.Outbox), opened on first use, on a worker
        thread; its modules load only then, which keeps them out of the start-up."""
        from kiosk.outbox.delivery import HttpDelivery
        from kiosk.outbox.store import OutboxWorker, open_outbox
        from kiosk.outbox.submissions import LocalDelivery, SubmissionStore, store_path

        with self._outbox_lock:
            if self._outbox is None:
                self._outbox = open_outbox(self.config)
                deliver = (
                    HttpDelivery(self.config.outbox.url)
                    if self.config.outbox.url
                    else LocalDelivery(SubmissionStore(store_path(self.config)))
                )
                self._outbox_worker = OutboxWorker(self._outbox, deliver)
                self._outbox_worker.start()
            return self._outbox

    def _maintenance_status(self, done: Callable[[Any, BaseException | None], None]) -> None:
        rows: list[dict[str, str]] = []

        def printer_row(status: PrinterStatus | None, error: BaseException | None) -> None:
            if status is None:
                rows.append({"name": "Drucker", "state": "fail", "detail": str(error)})
            else:
                rows.append(
                    {
                        "name": "Drucker",
                        "state": "ok" if status.can_print else "fail",
                        "detail": status.summary,
                    }
                )
            self.backend_worker.submit(backend_rows, done)

        def backend_rows() -> list[dict[str, str]]:
            health = self.backend().health()
            rows.append(
                {
                    "name": "Terminsystem",
                    "state": "ok" if health.ok else "fail",
                    "detail": f"{self.config.backend.kind}: {health.detail}",
                }
            )
            flag = self.service_switch.get()
            rows.append(
                {
                    "name": "Betrieb",
                    "state": "fail" if flag else "ok",
                    "detail": f"außer Betrieb ({flag.message})" if flag else "in Betrieb",
                }
            )
            rows.append({"name": "Hilferuf", "state": "ok", "detail": self.config.help.kind})
            state = self.card_reader_state()
            rows.append(
                {
                    "name": "Kartenleser",
                    "state": "ok" if state == "present" else "fail",
                    "detail": f"{self.config.cardreader.kind}: {state}",
                }
            )
            return rows

        self.render_worker.relay(self.printer_worker.poll_now(), printer_row)

    def _read_test_card(self, done: Callable[[Any, BaseException | None], None]) -> None:
        """Maintenance: is a card on the reader, and can it be identified? Nothing is read
        from the chip (no CAN), so no personal data is touched."""

        def check() -> str:
            reader = self.card_reader
            if reader is None:
                return "kein Kartenleser eingerichtet"
            if not reader.card_present():
                return f"Leser bereit ({self.card_reader_state()}), keine Karte aufgelegt"
            return "Karte erkannt"

        self.card_worker.submit(check, done)

    def _print_test(self, done: Callable[[Any, BaseException | None], None]) -> None:
        from kiosk.cli.printer import test_ticket

        self.print_pdf(lambda: test_ticket(self.config), "test-ticket", done)

    def print_pdf(
        self,
        render: Callable[[], bytes],
        name: str,
        done: Callable[[Any, BaseException | None], None],
    ) -> None:
        """Render on the render thread, print on the printer's own thread, report here."""

        def rendered(pdf: bytes | None, error: BaseException | None) -> None:
            if pdf is None:
                done(None, error)
                return
            self.render_worker.relay(self.printer_worker.submit(pdf, name), done)

        self.render_worker.submit(render, rendered)

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
        if self._translator is not None:
            app.removeTranslator(self._translator)
        self._translator = CatalogueTranslator(code)
        app.installTranslator(self._translator)
        if isinstance(app, QGuiApplication):
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if LANGUAGES[code].rtl
                else Qt.LayoutDirection.LeftToRight
            )
        if self.engine is not None:
            self.engine.retranslate()

    def shutdown(self) -> None:
        self.services.stop()
        self.session.stop()
        self.help_channel.close()
        self.audio.shutdown()
        self.render_worker.shutdown()
        self.printer_worker.stop(5.0)

        def close_backend() -> None:
            if self._backend.done() and self._backend.exception() is None:
                self._backend.result().close()

        self.backend_worker.submit(close_backend)
        self.backend_worker.shutdown()
        self.stats_worker.submit(self.stats.close)
        self.stats_worker.shutdown()
        self.outbox_worker.shutdown()
        self.card_worker.shutdown(wait=False)
        if self._outbox_worker is not None:
            self._outbox_worker.stop(5.0)
        if self._outbox is not None:
            self._outbox.close()
