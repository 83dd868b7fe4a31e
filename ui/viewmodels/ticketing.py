"""Drawing a waiting number: check the printer, draw, show, print — never on the GUI thread.

The number is shown as soon as it is drawn; printing follows. A second tap while a draw
is under way is ignored, and each visit of the concern screen gets one request id, so the
backend returns the same ticket for a repeated request instead of drawing another.
"""

from __future__ import annotations

import base64
import io
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.catalogue import Catalogue
from kiosk.privacy.pseudonyms import pseudonym
from kiosk.queue.base import (
    UNKNOWN_WAIT,
    Appointment,
    BackendUnavailable,
    BookingRef,
    Misconfigured,
    NumbersExhausted,
    ServiceClosed,
    Ticket,
    TicketsDeactivated,
)
from kiosk.queue.waiting import WaitPhrase, wait_phrase
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.navigator import Navigator
from ui.viewmodels.services import Services
from ui.viewmodels.session import Session

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

Done = Callable[[Any, BaseException | None], None]


class TicketOps(Protocol):
    """The blocking operations, each run on its worker thread by the app context."""

    def printer_ready(self, done: Done) -> None: ...  # result: (bool, detail)

    def draw(self, concern_id: str, group_id: str, request_id: str, done: Done) -> None: ...

    def prepare_draw(self) -> None: ...  # a draw may follow: read ahead what it checks

    def check_in(self, ref: BookingRef, request_id: str, done: Done) -> None: ...

    def print_ticket(
        self,
        ticket: Ticket,
        concern_name: str,
        language: str,
        submission_reference: str,
        done: Done,
    ) -> None: ...

    def qr_code(self, payload: str, done: Done) -> None: ...  # result: qr_data_uri(payload)


def qr_data_uri(payload: str) -> str:
    """An SVG QR code for the screen, shown when the ticket could not be printed."""
    import qrcode
    import qrcode.image.svg

    img = qrcode.make(payload, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10)
    buf = io.BytesIO()
    img.save(buf)
    return "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


@QmlElement
@QmlSingleton
class Ticketing(QObject):
    changed = Signal()
    printed = Signal(str)  # reference; for tests and the benchmark
    issued = Signal(str, str)  # kind (walk_in | appointment), group: for statistics
    drawRequested = Signal(str)  # concern id chosen, for statistics

    def __init__(
        self,
        ops: TicketOps,
        catalogue: Catalogue,
        session: Session,
        services: Services,
        navigator: Navigator,
        parent: QObject | None = None,
        booking_url: str = "",
    ) -> None:
        super().__init__(parent)
        self._booking_url = booking_url  # shown as a QR code when numbers run out
        self._booking_qr = ""
        self._ops = ops
        self._catalogue = catalogue
        self._session = session
        self._services = services
        self._nav = navigator
        self._request_id = uuid.uuid4().hex
        self._clear()
        session.ended.connect(self.reset)

    @staticmethod
    def create(engine: object) -> Ticketing:
        return registry.instance("Ticketing")  # type: ignore[no-any-return]

    def _clear(self) -> None:
        self._state = "idle"  # idle | checking | drawing | done | failed
        self._print_state = "none"  # none | printing | printed | failed
        self._problem = ""  # printer | backend | exhausted | closed | deactivated
        self._problem_text = ""  # deactivated: the central system's text for citizens
        self._ticket: Ticket | None = None
        self._concern_id = ""
        self._concern_name = ""  # for appointments: as the check-in screen showed it
        self._appointment_time = ""
        self._submission_reference = ""
        self._started = 0.0
        self._qr = ""  # data URI of the reference's QR code, made only if printing fails

    # -- properties -------------------------------------------------------------------
    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state

    @Property(str, notify=changed)
    def printState(self) -> str:
        return self._print_state

    @Property(str, notify=changed)
    def problem(self) -> str:
        return self._problem

    @Property(str, notify=changed)
    def problemText(self) -> str:
        return self._problem_text

    @Property(str, notify=changed)
    def bookingUrl(self) -> str:
        return self._booking_url

    @Property(str, notify=changed)
    def bookingQr(self) -> str:
        """The online booking's QR code (made off the GUI thread on the first need)."""
        return self._booking_qr

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._state in ("checking", "drawing")

    @Property(str, notify=changed)
    def number(self) -> str:
        return self._ticket.number if self._ticket else ""

    @Property(str, notify=changed)
    def reference(self) -> str:
        return self._ticket.reference if self._ticket else ""

    @Property(str, notify=changed)
    def qrCode(self) -> str:
        """Made on a worker when the printout failed (qrcode loads and draws off the GUI)."""
        return self._qr if self._ticket else ""

    @Property(str, notify=changed)
    def appointmentTime(self) -> str:
        return self._appointment_time

    @Property(str, notify=changed)
    def concernName(self) -> str:
        if self._concern_name:
            return self._concern_name
        if not self._concern_id:
            return ""
        return self._catalogue.concern(self._concern_id).name(self._session.language)

    @Property(int, notify=changed)
    def peopleAhead(self) -> int:
        t = self._ticket
        return t.people_ahead if t and t.people_ahead is not None else -1

    def _wait(self) -> WaitPhrase:
        """The wait as the paper says it (kiosk.queue.waiting): one decision for both."""
        return wait_phrase(self._ticket.wait if self._ticket else UNKNOWN_WAIT)

    @Property(str, notify=changed)
    def waitKind(self) -> str:
        return self._wait().kind

    @Property(int, notify=changed)
    def waitLow(self) -> int:
        return self._wait().low

    @Property(int, notify=changed)
    def waitHigh(self) -> int:
        return self._wait().high

    @property
    def ticket(self) -> Ticket | None:
        return self._ticket

    # -- actions ----------------------------------------------------------------------
    @Slot()
    def prepare(self) -> None:
        """A fresh visit of the concern screen: a new request id for the next draw."""
        if not self.busy:
            self._request_id = uuid.uuid4().hex
            self._ops.prepare_draw()

    @Slot(str)
    def draw(self, concern_id: str, submission_reference: str = "") -> None:
        """A walk-in number for a concern (after a form: carrying its reference)."""
        if self.busy:
            return  # a double tap: the first tap's draw is under way
        tile = self._services.tile(concern_id)  # a ZMS button no catalogue concern maps to
        if tile is not None and concern_id.startswith("zms:"):
            group_id, fixed_name = tile.group_id, tile.name
        else:
            try:
                concern = self._catalogue.concern(concern_id)
            except KeyError:
                log.error("unknown concern", extra={"fields": {"concern": concern_id}})
                return
            group_id, fixed_name = concern.group_id, ""
        self._begin(concern_id if not fixed_name else "", fixed_name, "")
        self._submission_reference = submission_reference
        self.drawRequested.emit(concern_id)
        request_id = self._request_id
        self._run(
            lambda done: self._ops.draw(concern_id, group_id, request_id, done),
            lambda: fixed_name or self._catalogue.concern(concern_id).name(self._session.language),
        )

    def check_in(self, ref: BookingRef, appointment: Appointment, concern_name: str) -> None:
        """The number of an appointment, after the check-in screen showed it."""
        if self.busy:
            return
        self._begin(appointment.concern_id, concern_name, f"{appointment.starts_at:%H:%M}")
        request_id = self._request_id
        self._run(lambda done: self._ops.check_in(ref, request_id, done), lambda: concern_name)

    def _begin(self, concern_id: str, concern_name: str, appointment_time: str) -> None:
        self._clear()
        self._started = time.perf_counter()
        self._concern_id = concern_id
        self._concern_name = concern_name
        self._appointment_time = appointment_time
        self._state = "checking"
        self.changed.emit()
        self._nav.go("ticket")

    def _run(self, fetch: Callable[[Done], None], printed_name: Callable[[], str]) -> None:
        """Printer check -> fetch the ticket (draw or check in) -> show -> print."""

        def printer_checked(result: tuple[bool, str] | None, error: BaseException | None) -> None:
            if self._state != "checking":
                return  # the session ended meanwhile
            ok, detail = result if result else (False, str(error))
            if not ok:
                log.warning(
                    "printer not ready, no number drawn", extra={"fields": {"detail": detail}}
                )
                self._fail("printer")
                return
            self._state = "drawing"
            fetch(fetched)  # first: the screen's update must not delay the draw
            self.changed.emit()

        def fetched(ticket: Ticket | None, error: BaseException | None) -> None:
            if self._state != "drawing":
                return
            if ticket is None:
                self._draw_failed(error)
                return
            self._ticket = ticket
            self._state = "done"
            self._print_state = "printing"
            # the printout first: it renders on its worker while the screen shows the number
            self._ops.print_ticket(
                ticket, printed_name(), self._session.language, self._submission_reference, printed
            )
            self.changed.emit()
            self.issued.emit(
                "appointment" if self._appointment_time else "walk_in", ticket.group_id
            )
            log.info(
                "ticket issued",
                extra={
                    "fields": {
                        "number": self._logged_number(ticket),
                        "concern": ticket.concern_id,
                        "group": ticket.group_id,
                        "appointment": bool(self._appointment_time),
                    }
                },
            )

        def printed(_job: object, error: BaseException | None) -> None:
            if self._ticket is None:
                return
            ms = (time.perf_counter() - self._started) * 1000
            if error is None:
                self._print_state = "printed"
                log.info(
                    "ticket printed",
                    extra={
                        "fields": {"number": self._logged_number(self._ticket), "ms": f"{ms:.0f}"}
                    },
                )
            else:
                # The number stays valid: it is shown large with a QR code to photograph.
                self._print_state = "failed"
                log.error(
                    "ticket print failed; number shown on screen",
                    extra={
                        "fields": {"number": self._logged_number(self._ticket), "error": str(error)}
                    },
                )
                ref = self._ticket.reference
                self._ops.qr_code(ref, lambda uri, err: self._qr_made(ref, uri, err))
            self.changed.emit()
            self.printed.emit(self._ticket.reference)

        self._ops.printer_ready(printer_checked)

    def _logged_number(self, ticket: Ticket) -> str:
        """A walk-in number as called out; a check-in's only as a log pseudonym: ZMS gives
        the process number itself when it has no display number, and that is the booking."""
        return pseudonym(ticket.number) if self._appointment_time else ticket.number

    def _draw_failed(self, error: BaseException | None) -> None:
        if isinstance(error, NumbersExhausted):
            self._fail("exhausted")
            self._services.refresh()
            if self._booking_url and not self._booking_qr:
                self._ops.qr_code(self._booking_url, self._booking_qr_made)
        elif isinstance(error, TicketsDeactivated):
            self._problem_text = error.text
            self._fail("deactivated")
            self._services.refresh()
        elif isinstance(error, ServiceClosed):
            self._fail("closed")
            self._services.refresh()
        else:
            if isinstance(error, Misconfigured):
                log.error("kiosk set-up does not match the central system: %s", error)
            elif not isinstance(error, BackendUnavailable):
                log.error("unexpected error drawing a number", exc_info=error)
            else:
                log.error("ticket issuing unavailable", extra={"fields": {"error": str(error)}})
            self._fail("backend")
            self._services.refresh()

    def _booking_qr_made(self, uri: str | None, error: BaseException | None) -> None:
        if uri is None:
            log.error("booking QR code not made", extra={"fields": {"error": str(error)}})
            return
        self._booking_qr = uri
        self.changed.emit()

    def _qr_made(self, reference: str, uri: str | None, error: BaseException | None) -> None:
        if uri is None:
            log.error("QR code not made", extra={"fields": {"error": str(error)}})
            return
        if self._ticket is None or self._ticket.reference != reference:
            return  # another citizen's ticket by now
        self._qr = uri
        self.changed.emit()

    def _fail(self, problem: str) -> None:
        self._state = "failed"
        self._problem = problem
        self.changed.emit()
        screen = {"exhausted": "exhausted", "closed": "closed"}.get(problem, "out_of_service")
        self._nav.go(screen)

    @Slot()
    def reset(self) -> None:
        self._clear()
        self._request_id = uuid.uuid4().hex
        self.changed.emit()
