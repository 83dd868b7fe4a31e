"""The kiosk's blocking steps, each queued on the worker thread that owns its resource.

View-models never touch a file, a socket or a device: they get one of these services
(through a Protocol of their own) and receive every result as ``done(result, error)`` on
the GUI thread. Which thread owns what:

* ``backend`` worker: the queue backend (its SQLite file or HTTP session);
* ``render`` worker: PDF rendering (CPU), and relaying the printer thread's futures;
* the :class:`PrinterWorker` thread: the printer device;
* ``outbox`` worker: the durable outbox (form submissions, emergency numbers);
* ``card`` worker: the ID card reader (PC/SC may block);
* ``local`` worker: the kiosk's own small files (maintenance PIN state, out-of-service
  flag, form definitions).

Heavy modules (reportlab, the form engine, the outbox, the card stack) load inside the
methods that need them, on first use, to keep them out of the start-up.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING, Any

from devices.printing.base import PrinterStatus
from devices.printing.worker import PrinterWorker
from kiosk.catalogue import Catalogue
from kiosk.config import Config
from kiosk.idcard import card_reader_from, watch_cards
from kiosk.ops.maintenance import OutOfService, PinGate, ServiceSwitch, with_switch
from kiosk.printing.papers import form_papers
from kiosk.privacy.notice import facts_from
from kiosk.queue import open_backend
from kiosk.queue.base import BookingRef, QueueBackend, Ticket
from kiosk.queue.emergency import report_emergency_numbers
from kiosk.queue.snapshot import Snapshot, snapshot
from ui.audio import health as audio_health
from ui.worker import Done, Worker

if TYPE_CHECKING:  # loaded on first use, not at start-up
    from devices.idcard.document import DocumentReader
    from kiosk.forms import FormSession
    from kiosk.forms.views import ReviewSection, Submission
    from kiosk.outbox.store import Outbox, OutboxWorker
    from kiosk.outbox.submissions import SubmissionStore

log = logging.getLogger(__name__)

Row = dict[str, str]


class OutboxService:
    """The durable outbox, opened on first use on whichever worker asks first, and its
    delivery thread (HTTP to the town's endpoint, or the local submission store)."""

    def __init__(self, config: Config, worker: Worker) -> None:
        self.config = config
        self.worker = worker
        self._lock = threading.Lock()
        self._outbox: Outbox | None = None
        self._delivery: OutboxWorker | None = None
        self.submissions: SubmissionStore | None = None  # the embedded form store, if used

    def get(self) -> Outbox:
        """Call on a worker thread: it may create the database file."""
        from kiosk.outbox.delivery import delivery_from
        from kiosk.outbox.store import OutboxWorker, open_outbox
        from kiosk.outbox.submissions import LocalDelivery, open_submissions

        with self._lock:
            if self._outbox is None:
                self._outbox = open_outbox(self.config)
                local = None if self.config.outbox.url else open_submissions(self.config)
                self.submissions = local
                deliver = LocalDelivery(local) if local else delivery_from(self.config)
                self._delivery = OutboxWorker(self._outbox, deliver)
                self._delivery.start()
            return self._outbox

    def put(self, key: str, payload: dict[str, Any], kind: str, done: Done) -> None:
        """Durably stored (on the outbox worker) before ``done`` runs."""
        self.worker.submit(lambda: self.get().put(kind, payload, key), done)

    def close(self) -> None:
        self.worker.shutdown()
        if self._delivery is not None:
            self._delivery.stop(5.0)
        if self._outbox is not None:
            self._outbox.close()


class Printing:
    """Render on the render thread, print on the printer's own thread."""

    def __init__(self, render_worker: Worker, printer_worker: PrinterWorker) -> None:
        self.render_worker = render_worker
        self.printer_worker = printer_worker

    def print_pdf(self, render: Callable[[], bytes], name: str, done: Done) -> None:
        def rendered(pdf: bytes | None, error: BaseException | None) -> None:
            if pdf is None:
                done(None, error)
                return
            self.render_worker.relay(self.printer_worker.submit(pdf, name), done)

        self.render_worker.submit(render, rendered)

    def poll(self, done: Callable[[PrinterStatus | None, BaseException | None], None]) -> None:
        """A fresh status from the device."""
        self.render_worker.relay(self.printer_worker.poll_now(), done)


class QueueService:
    """The queue backend: opened, used and closed only on the backend worker."""

    def __init__(
        self,
        config: Config,
        catalogue: Catalogue,
        worker: Worker,
        outbox: OutboxService,
        switch: ServiceSwitch,
    ) -> None:
        self.config = config
        self.worker = worker
        self._groups = [g.id for g in catalogue.groups]
        self._outbox = outbox
        self._switch = switch
        # Opened on the backend thread: it may create the database file.
        opening = worker.submit(lambda: open_backend(config, catalogue))
        assert opening is not None  # a new worker is open
        self._backend: Future[QueueBackend] = opening

    def backend(self) -> QueueBackend:
        """Only call on the backend thread (after the open queued before any call)."""
        return self._backend.result()

    def draw(self, concern_id: str, group_id: str, request_id: str, done: Done) -> None:
        self.worker.submit(
            lambda: self.backend().draw_number(concern_id, group_id, request_id), done
        )

    def check_in(self, ref: BookingRef, request_id: str, done: Done) -> None:
        self.worker.submit(lambda: self.backend().check_in(ref, request_id), done)

    def look_up(self, ref: BookingRef, done: Done) -> None:
        self.worker.submit(lambda: self.backend().find_appointment(ref), done)

    def fetch_status(self, done: Callable[[Snapshot | None, BaseException | None], None]) -> None:
        """The backend's status with the staff switch applied; on the way, emergency
        numbers issued offline are queued for reporting."""

        def fetch() -> Snapshot:
            backend = self.backend()
            snap = snapshot(backend, self._groups)
            try:
                report_emergency_numbers(backend, self._outbox.get(), self.config.kiosk.id)
            except Exception as err:  # reporting must never break the status refresh
                log.error("emergency numbers not queued", extra={"fields": {"error": str(err)}})
            return with_switch(snap, self._switch.get())

        self.worker.submit(fetch, done)

    def seed_demo(self) -> None:
        """Demo appointments in the embedded backend (on the backend thread)."""
        from kiosk.ops.demo import seed_appointments
        from kiosk.queue.embedded import EmbeddedBackend

        backend = self.backend()
        if isinstance(backend, EmbeddedBackend):
            seed_appointments(backend)

    def close(self) -> None:
        def close_backend() -> None:
            if self._backend.done() and self._backend.exception() is None:
                self._backend.result().close()

        self.worker.submit(close_backend)
        self.worker.shutdown()


class TicketService:
    """The blocking steps of the ticket flow (ui.viewmodels.ticketing.TicketOps)."""

    def __init__(self, queue: QueueService, printing: Printing, location: str) -> None:
        self._queue = queue
        self._printing = printing
        self._location = location

    def printer_ready(self, done: Done) -> None:
        """A fresh status from the device, right before a number is drawn."""

        def checked(status: PrinterStatus | None, error: BaseException | None) -> None:
            if status is None:
                done(None, error)
            else:
                done((status.can_print, status.summary), None)

        self._printing.poll(checked)

    def draw(self, concern_id: str, group_id: str, request_id: str, done: Done) -> None:
        self._queue.draw(concern_id, group_id, request_id, done)

    def check_in(self, ref: BookingRef, request_id: str, done: Done) -> None:
        self._queue.check_in(ref, request_id, done)

    def print_ticket(
        self,
        ticket: Ticket,
        concern_name: str,
        language: str,
        submission_reference: str,
        done: Done,
    ) -> None:
        location = self._location

        def render() -> bytes:
            # reportlab loads with the first ticket, on the render thread (an import reads files)
            from kiosk.printing.documents import render_ticket

            return render_ticket(
                ticket,
                concern_name=concern_name,
                location=location,
                language=language,
                submission_reference=submission_reference,
            )

        self._printing.print_pdf(render, f"ticket-{ticket.number}", done)

    def qr_code(self, payload: str, done: Done) -> None:
        """The QR code for the screen, drawn on the render thread."""

        def make() -> str:
            from ui.viewmodels.ticketing import qr_data_uri  # qrcode loads here, not at start

            return qr_data_uri(payload)

        self._printing.render_worker.submit(make, done)


class CardService:
    """The ID document reader, created on the card worker at first use."""

    def __init__(self, config: Config, worker: Worker) -> None:
        self.config = config
        self.worker = worker
        self._reader: DocumentReader | None = None
        self._stop_watching: Callable[[], None] | None = None

    @property
    def reader(self) -> DocumentReader | None:
        """On the card worker (its crypto stack loads on first use)."""
        if self._reader is None:
            self._reader = card_reader_from(self.config)
        return self._reader

    def present(self, done: Done) -> None:
        def present() -> bool:
            reader = self.reader
            if reader is None:
                from devices.idcard import NoReader

                raise NoReader("no card reader configured or available")
            return bool(reader.card_present())

        self.worker.submit(present, done)

    def read(self, can: str | None, mrz: str | None, done: Done) -> None:
        def read() -> object:
            reader = self.reader
            if reader is None:
                from devices.idcard import NoReader

                raise NoReader("no card reader configured or available")
            return reader.read(can=can, mrz_key=mrz)

        self.worker.submit(read, done)

    def state(self) -> str:
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

    def watch(self, on_change: Callable[[str], None]) -> None:
        """Card and reader changes as they happen (:func:`kiosk.idcard.watch_cards`),
        started on the card worker; ``on_change`` is called from a background thread."""

        def start() -> None:
            if self._stop_watching is None:
                self._stop_watching = watch_cards(self.config, self.reader, on_change)

        self.worker.submit(start, lambda _result, _error: None)

    def close(self) -> None:
        """Stop the presence watcher (it holds a PC/SC context and a thread)."""
        stop, self._stop_watching = self._stop_watching, None
        if stop is not None:
            stop()

    def poll_state(self, done: Callable[[str | None, BaseException | None], None]) -> None:
        self.worker.submit(self.state, done)

    def test(self, done: Done) -> None:
        """Maintenance: is a card on the reader, and can it be identified? Nothing is read
        from the chip (no CAN), so no personal data is touched."""

        def check() -> str:
            reader = self.reader
            if reader is None:
                return "kein Kartenleser eingerichtet"
            if not reader.card_present():
                return f"Leser bereit ({self.state()}), keine Karte aufgelegt"
            return "Karte erkannt"

        self.worker.submit(check, done)


class MaintenanceService:
    """The maintenance screen's steps (ui.viewmodels.maintenance.MaintenanceOps): the PIN
    check (scrypt) and the out-of-service flag on the local worker, the only writer of
    their files; the status rows from the printer, backend and card threads."""

    def __init__(
        self,
        config: Config,
        worker: Worker,
        gate: PinGate,
        switch: ServiceSwitch,
        queue: QueueService,
        printing: Printing,
        cards: CardService,
    ) -> None:
        self.config = config
        self.worker = worker
        self._gate = gate
        self._switch = switch
        self._queue = queue
        self._printing = printing
        self._cards = cards

    @property
    def pin_configured(self) -> bool:
        return self._gate.configured

    def locked_for(self, done: Done) -> None:
        """Seconds until another PIN try is allowed."""
        self.worker.submit(self._gate.locked_for, done)

    def unlock(self, pin: str, done: Done) -> None:
        """Result: (opened, seconds locked)."""
        self.worker.submit(lambda: (self._gate.attempt(pin), self._gate.locked_for()), done)

    def out_of_service(self, done: Done) -> None:
        """Result: the flag (OutOfService) or None."""
        self.worker.submit(self._switch.get, done)

    def switch(self, preset: str | None, by: str, done: Done) -> None:
        """Out of service with ``preset``, or back in service with None."""

        def apply() -> OutOfService | None:
            if preset is None:
                self._switch.clear()
                return None
            return self._switch.set(preset, by=by)

        self.worker.submit(apply, done)

    def print_test(self, done: Done) -> None:
        config = self.config

        def render() -> bytes:
            from kiosk.cli.printer import test_ticket  # loaded on the render thread

            return test_ticket(config)

        self._printing.print_pdf(render, "test-ticket", done)

    def card_test(self, done: Done) -> None:
        self._cards.test(done)

    def status(self, done: Done) -> None:
        """Rows for the maintenance screen: printer, backend, switch, help, card reader."""
        rows: list[Row] = []

        def printer_row(status: PrinterStatus | None, error: BaseException | None) -> None:
            if status is None:
                rows.append({"name": "Drucker", "state": "fail", "detail": str(error)})
            else:
                state = "ok" if status.can_print else "fail"
                rows.append({"name": "Drucker", "state": state, "detail": status.summary})
            self._queue.worker.submit(backend_rows, done)

        def backend_rows() -> list[Row]:
            health = self._queue.backend().health()
            rows.append(
                {
                    "name": "Terminsystem",
                    "state": "ok" if health.ok else "fail",
                    "detail": f"{self.config.backend.kind}: {health.detail}",
                }
            )
            flag = self._switch.get()
            rows.append(
                {
                    "name": "Betrieb",
                    "state": "fail" if flag else "ok",
                    "detail": f"außer Betrieb ({flag.message})" if flag else "in Betrieb",
                }
            )
            rows.append({"name": "Hilferuf", "state": "ok", "detail": self.config.help.kind})
            state = self._cards.state()
            rows.append(
                {
                    "name": "Kartenleser",
                    "state": "ok" if state == "present" else "fail",
                    "detail": f"{self.config.cardreader.kind}: {state}",
                }
            )
            sound, detail = audio_health()  # what the audio thread found (ui/audio.py)
            rows.append({"name": "Ton/Vorlesen", "state": sound, "detail": detail})
            return rows

        self._printing.poll(printer_row)


class FormService:
    """The form flow's steps (ui.viewmodels.forms.FormOps): the definition is loaded on
    the local worker, submissions go to the outbox, receipts to the printer."""

    def __init__(
        self,
        config: Config,
        worker: Worker,
        outbox: OutboxService,
        printing: Printing,
    ) -> None:
        self.config = config
        self.worker = worker
        self._outbox = outbox
        self._printing = printing

    def load(self, form_id: str, language: str, done: Done) -> None:
        """Result: a new FormSession (YAML and schema read and checked off the GUI thread)."""

        def load() -> FormSession:
            from kiosk.forms import FormSession, load_form
            from kiosk.forms.settings import FormSettings

            settings = FormSettings.from_config(self.config.forms)  # Land, fees
            return FormSession(load_form(form_id, settings=settings), language)

        self.worker.submit(load, done)

    def store(self, key: str, payload: dict[str, Any], kind: str, done: Done) -> None:
        self._outbox.put(key, payload, kind, done)

    def now(self) -> datetime:
        """The time in the configured zone: the receipt's clock is the ticket's."""
        return datetime.now(self.config.tz)

    def print_receipt(
        self,
        submission: Submission,
        reference: str,
        title: str,
        review: list[ReviewSection],
        done: Done,
    ) -> None:
        """The receipt, the whole form if configured, and the paper signed at the counter if
        the form has one (:func:`kiosk.printing.papers.form_papers`), one after the other."""
        rows = [(row.label, row.value) for section in review for row in section.rows]
        papers = form_papers(
            submission,
            reference=reference,
            title=title,
            location=self.config.kiosk.location,
            full=rows if self.config.forms.print_full_form or not reference else [],
            notice=facts_from(self.config),
        )

        def print_next(result: object, error: BaseException | None) -> None:
            if error is not None or not papers:
                done(result, error)
            else:
                name, render = papers.pop(0)
                self._printing.print_pdf(render, name, print_next)

        print_next(None, None)
