"""Checking in for an appointment: scan or type the code, see the appointment, check in.

Look-ups run on the backend worker. The time window (too early / too late) is applied
here, from config, whatever system holds the appointments.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import i18n
from kiosk.catalogue import Catalogue, Concern
from kiosk.queue import checkin
from kiosk.queue.base import Appointment, AppointmentNotFound, BackendError, BookingRef
from ui.dates import long_day
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.navigator import Navigator
from ui.viewmodels.session import Session
from ui.viewmodels.ticketing import Ticketing

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

Lookup = Callable[[BookingRef, Callable[[Any, BaseException | None], None]], None]
MAX_CODE = 20  # a process number and a short (4-character) key; long keys come by QR
# What the process status or day says instead of "check in now" (see checkin.Timing).
_BY_TIMING = {
    checkin.Timing.OTHER_DAY: "other_day",
    checkin.Timing.CALLED: "called",
    checkin.Timing.FINISHED: "finished",
    checkin.Timing.MISSED: "missed",
    checkin.Timing.WALK_IN: "walk_in",
    checkin.Timing.CANCELLED: "cancelled",
}


@QmlElement
@QmlSingleton
class Checkin(QObject):
    changed = Signal()
    lookedUp = Signal(str)  # the outcome (found, too_early, ...), for statistics

    def __init__(
        self,
        lookup: Lookup,
        catalogue: Catalogue,
        session: Session,
        navigator: Navigator,
        ticketing: Ticketing,
        early_minutes: int,
        late_minutes: int,
        needs_letters: bool,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._catalogue = catalogue
        self._session = session
        self._nav = navigator
        self._ticketing = ticketing
        self._early = early_minutes
        self._late = late_minutes
        self._needs_letters = needs_letters
        self._clock = clock
        self._clear()
        session.ended.connect(self.reset)
        session.languageChanged.connect(self.changed)

    @staticmethod
    def create(engine: object) -> Checkin:
        return registry.instance("Checkin")  # type: ignore[no-any-return]

    def _clear(self) -> None:
        # entry|looking|found|too_early|too_late|not_found|invalid|key_missing|error, and
        # other_day|called|finished|missed|walk_in|cancelled from the process itself
        self._state = "entry"
        self._code = ""
        self._ref: BookingRef | None = None
        self._appointment: Appointment | None = None
        self._come_back: datetime | None = None
        self._pending_scan = ""  # scanned during a form, waiting for "leave the form?"

    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state

    @Property(str, notify=changed)
    def code(self) -> str:
        return self._code

    @Property(bool, notify=changed)
    def needsLetters(self) -> bool:
        return self._needs_letters

    def _local(self, when: datetime) -> datetime:
        """``when`` in the kiosk's configured zone (the clock's), as on the ticket."""
        return when.astimezone(self._clock().tzinfo)

    @Property(str, notify=changed)
    def time(self) -> str:
        a = self._appointment
        return f"{self._local(a.starts_at):%H:%M}" if a else ""

    @Property(str, notify=changed)
    def comeBackAt(self) -> str:
        return f"{self._local(self._come_back):%H:%M}" if self._come_back else ""

    @Property(str, notify=changed)
    def day(self) -> str:
        """today | earlier | later: the appointment's date compared as a date, in the
        configured zone ("Today at ..." only when it is today)."""
        a = self._appointment
        if a is None:
            return ""
        when, today = self._local(a.starts_at).date(), self._clock().date()
        return "today" if when == today else "earlier" if when < today else "later"

    @Property(str, notify=changed)
    def date(self) -> str:
        """The appointment's day as the language writes it ("Tuesday, 8 December")."""
        a = self._appointment
        if a is None:
            return ""
        return long_day(
            self._local(a.starts_at).date(), self._session.language, self._clock().date()
        )

    @Property(str, notify=changed)
    def number(self) -> str:
        """The waiting number of a walk-in process looked up by its code."""
        return self._appointment.number if self._appointment else ""

    def _our_concern(self) -> Concern | None:
        """The catalogue concern of the appointment: the one the backend names, else the
        one whose German name is the central system's name for the service (ZMS names
        its services in German, as our catalogue does)."""
        a = self._appointment
        if a is None:
            return None
        by_id = [c for c in self._catalogue.concerns if a.concern_id and c.id == a.concern_id]
        if by_id:
            return by_id[0]
        names = {n.strip().casefold() for n in a.concern_names}
        by_name = [c for c in self._catalogue.concerns if c.name("de").casefold() in names]
        return by_name[0] if len(by_name) == 1 and len(names) == 1 else None

    @Property(str, notify=changed)
    def concernName(self) -> str:
        """Our catalogue's name for the booked concern, in the citizen's language; else
        the central system's own (German) name, which :attr:`concernInGerman` flags."""
        a = self._appointment
        if a is None:
            return ""
        ours = self._our_concern()
        if ours is not None:
            return ours.name(self._session.language)
        return ", ".join(a.concern_names)

    @Property(bool, notify=changed)
    def concernInGerman(self) -> bool:
        """The name shown is the central system's German one, in a language that is not
        German: the screen says so ("Meldebescheinigung (in German)")."""
        if self._appointment is None or i18n.locale_of(self._session.language) == "de":
            return False
        return self._our_concern() is None

    # -- entry ------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        self._clear()
        self.changed.emit()
        self._nav.go("checkin")

    @Slot(str)
    def key(self, char: str) -> None:
        if len(char) != 1:
            return
        if len(self._code) >= MAX_CODE:
            self._state = "key_missing"  # a key this long is scanned, not typed
            self.changed.emit()
            return
        self._code += char
        if self._state in ("invalid", "not_found", "key_missing"):
            self._state = "entry"
        self.changed.emit()

    @Slot()
    def backspace(self) -> None:
        self._code = self._code[:-1]
        if self._state in ("invalid", "not_found", "key_missing"):
            self._state = "entry"
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        self._look_up(self._code)

    def scanned(self, text: str) -> None:
        """A scanner burst on any screen: an appointment confirmation starts the check-in.
        During a form the citizen is asked first: leaving would lose what they typed."""
        if self._state in ("looking",) or self._ticketing.busy:
            return
        self._session.activity()
        if self._form_in_progress():
            self._pending_scan = text
            self.changed.emit()
            return
        self._check_in_scanned(text)

    def _form_in_progress(self) -> bool:
        if self._nav.screen not in ("form", "idcard"):
            return False
        try:
            forms = registry.instance("Forms")
        except RuntimeError:
            return False
        return str(forms.state) in ("editing", "submitting") and forms.session is not None

    def _check_in_scanned(self, text: str) -> None:
        self._clear()
        self._nav.go("checkin")
        self._look_up(text)

    @Property(bool, notify=changed)
    def scanPending(self) -> bool:
        """A code was scanned during a form: "Leave the form?" is asked."""
        return self._pending_scan != ""

    @Slot()
    def leaveFormForScan(self) -> None:
        text, self._pending_scan = self._pending_scan, ""
        if text:
            self._check_in_scanned(text)

    @Slot()
    def stayInForm(self) -> None:
        self._pending_scan = ""
        self.changed.emit()

    def _look_up(self, text: str) -> None:
        try:
            ref = checkin.parse(text, keyed=self._needs_letters)
        except checkin.CodeError as err:
            log.info("check-in code rejected", extra={"fields": {"reason": str(err)}})
            self._state = "key_missing" if isinstance(err, checkin.KeyMissing) else "invalid"
            self.changed.emit()
            return
        self._ref = ref
        self._state = "looking"
        self.changed.emit()
        self._lookup(ref, self._found)

    def _found(self, appointment: Appointment | None, error: BaseException | None) -> None:
        if self._state != "looking":
            return  # the session ended meanwhile
        if appointment is None:
            self._state = "not_found" if isinstance(error, AppointmentNotFound) else "error"
            if not isinstance(error, BackendError):
                log.error("appointment look-up failed", exc_info=error)
            else:
                log.info("appointment look-up failed", extra={"fields": {"error": str(error)}})
            self.changed.emit()
            self.lookedUp.emit(self._state)
            return
        self._appointment = appointment
        verdict = checkin.judge(appointment, self._clock(), self._early, self._late)
        if verdict.timing in _BY_TIMING:
            self._state = _BY_TIMING[verdict.timing]
        elif appointment.checked_in and self.day != "earlier":
            # Show it again: checking in twice gives the same number. Not an earlier
            # day's: yesterday's ticket is not printed again (too late: a new number).
            self._state = "found"
        elif verdict.timing is checkin.Timing.TOO_EARLY:
            self._state, self._come_back = "too_early", verdict.come_back_at
        elif verdict.timing is checkin.Timing.TOO_LATE:
            self._state = "too_late"
        else:
            self._state = "found"
        log.info("appointment found", extra={"fields": {"state": self._state}})
        self.changed.emit()
        self.lookedUp.emit(self._state)

    # -- after the look-up ------------------------------------------------------------
    @Slot()
    def confirm(self) -> None:
        if self._state == "found" and self._ref is not None and self._appointment is not None:
            self._ticketing.check_in(self._ref, self._appointment, self.concernName)

    @Slot()
    def walkIn(self) -> None:
        """Too late, or appointments cannot be checked: take a waiting number instead."""
        self._clear()
        self.changed.emit()
        self._ticketing.prepare()
        self._nav.go("concerns")

    @Slot()
    def reset(self) -> None:
        self._clear()
        self.changed.emit()
