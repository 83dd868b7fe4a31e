"""The ID document step: consent, CAN (ID card) or MRZ data (passport), reading with
progress, and clear recoveries. The read runs on the card worker; the result fills the
form in progress and is dropped with the session.

Nothing polls the reader: the reader's presence events (:func:`kiosk.idcard.watch_cards`,
``SCardGetStatusChange`` for PC/SC) start the read when the card is placed, switch to
"reader not available" when the reader or pcscd goes away and back when it returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.passport import ImpossibleDate, typed_birth, typed_expiry
from kiosk.session import CitizenSession
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.forms import Forms
from ui.viewmodels.navigator import Navigator
from ui.viewmodels.session import Session

if TYPE_CHECKING:  # the card stack (cryptography, ecdsa) loads on the first read
    from devices.idcard import Identity

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

Done = Callable[[Any, BaseException | None], None]
PASSPORT_STEPS = ("number", "birth", "expiry")


def prefill_values(identity: Identity) -> dict[str, Any]:
    """What the forms' prefill mapping reads: names as people write them, codes as the
    MRZ has them (the code lists carry those spellings as aliases)."""

    def name(text: str) -> str:
        return text.title() if text.isupper() else text

    return {
        "surname": name(identity.surname),
        "given_names": name(identity.given_names),
        "date_of_birth": identity.date_of_birth.isoformat(),
        "nationality": identity.nationality,
        "sex": identity.sex,
        "place_of_birth": identity.place_of_birth,
        "address": identity.address,
        "document_number": identity.document_number,
        "expiry": identity.expiry.isoformat(),
        "document_kind": "ID" if identity.document_kind.value == "id_card" else "P",
    }


Watch = Callable[[Callable[[str], None]], None]


class CardOps:
    """``present``: look once whether a card lies on the reader; ``read``: read it;
    ``watch``: report "card", "no_card", "reader", "no_reader" as they happen (from any
    thread), or None for a reader without events."""

    def __init__(
        self,
        present: Callable[[Done], None],
        read: Callable[[str | None, str | None, Done], None],
        watch: Watch | None = None,
    ) -> None:
        self.present = present
        self.read = read
        self.watch = watch


@QmlElement
@QmlSingleton
class IdCard(QObject):
    changed = Signal()
    presence = Signal(str)  # from the reader's watcher thread, queued to this thread

    def __init__(
        self,
        ops: CardOps | None,
        citizen: CitizenSession,
        session: Session,
        forms: Forms,
        navigator: Navigator,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._citizen = citizen
        self._forms = forms
        self._nav = navigator
        self._watching = False
        self._reader_gone = False  # the watcher said no reader is usable
        self.presence.connect(self._on_presence, Qt.ConnectionType.QueuedConnection)
        self._clear()
        session.ended.connect(self.reset)

    @staticmethod
    def create(engine: object) -> IdCard:
        return registry.instance("IdCard")  # type: ignore[no-any-return]

    def _clear(self) -> None:
        # consent | choose | can | passport | place | reading | done | wrong_can | removed
        # | unsupported | no_reader | unreadable | error
        self._state = "consent"
        self._kind = "id_card"
        self._entry = ""
        self._passport: dict[str, str] = {}
        self._step = 0
        self._retries = -1
        self._filled = 0
        self._defect = False
        self._message = ""

    # -- properties -------------------------------------------------------------------
    @Property(bool, notify=changed)
    def available(self) -> bool:
        return self._ops is not None

    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state

    @Property(str, notify=changed)
    def documentKind(self) -> str:
        return self._kind

    @Property(str, notify=changed)
    def entry(self) -> str:
        return self._entry

    @Property(str, notify=changed)
    def passportStep(self) -> str:
        return PASSPORT_STEPS[self._step]

    @Property(int, notify=changed)
    def retriesLeft(self) -> int:
        return self._retries

    @Property(int, notify=changed)
    def filled(self) -> int:
        return self._filled

    @Property(bool, notify=changed)
    def defect(self) -> bool:
        """The document's MRZ has an error of its own (a wrong composite check digit)."""
        return self._defect

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    def _set(self, state: str) -> None:
        self._state = state
        self.changed.emit()

    # -- the flow ---------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        self._clear()
        self.changed.emit()
        self._nav.go("idcard")

    @Slot()
    def consent(self) -> None:
        log.info("id document: consent given")
        self._set("choose")

    @Slot()
    def typeInstead(self) -> None:
        """Back to the form, to type the data."""
        self._clear()
        self.changed.emit()
        self._nav.go("form")

    @Slot(str)
    def choose(self, kind: str) -> None:
        self._kind = "passport" if kind == "passport" else "id_card"
        self._entry, self._passport, self._step = "", {}, 0
        self._set("passport" if self._kind == "passport" else "can")

    @Slot(str)
    def key(self, char: str) -> None:
        # CAN: 6 digits; passport number: up to 9 characters; dates: DDMMYYYY as printed.
        limit = 6 if self._state == "can" else 9 if self.passportStep == "number" else 8
        if len(self._entry) < limit and len(char) == 1:
            self._entry += char.upper()
            self._message = ""
            self.changed.emit()

    @Slot()
    def backspace(self) -> None:
        self._entry = self._entry[:-1]
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        if self._state == "can":
            if len(self._entry) != 6 or not self._entry.isdigit():
                return
            self._wait_for_card()
        elif self._state == "passport":
            step = self.passportStep
            try:  # dates are typed as citizens know them (DDMMYYYY), checked here
                if step == "birth":
                    typed_birth(self._entry)
                elif step == "expiry":
                    typed_expiry(self._entry)
            except ImpossibleDate:
                self._message = "date"
                self.changed.emit()
                return
            self._passport[step] = self._entry
            self._entry = ""
            if self._step < len(PASSPORT_STEPS) - 1:
                self._step += 1
                self.changed.emit()
                return
            from devices.idcard.mrz import MrzError, mrz_key

            try:
                mrz_key(*self._mrz_fields())
            except MrzError:
                self._message = "mrz"
                self._step = 0
                self._passport = {}
                self.changed.emit()
                return
            self._wait_for_card()

    def _mrz_fields(self) -> tuple[str, str, str]:
        """Number, birth and expiry as BAC's key needs them (dates YYMMDD)."""
        p = self._passport
        return p["number"], typed_birth(p["birth"]), typed_expiry(p["expiry"])

    def _wait_for_card(self) -> None:
        if self._ops is None:
            self._set("no_reader")
            return
        if not self._watching and self._ops.watch is not None:
            self._watching = True  # one watcher for the kiosk's lifetime
            self._ops.watch(self.presence.emit)
        if self._reader_gone:
            self._set("no_reader")
            return
        self._set("place")
        self._check_card()

    def _check_card(self) -> None:
        """Look once: the card may lie on the reader already (then no event comes)."""
        if self._ops is None or self._state != "place":
            return

        def checked(present: bool | None, error: BaseException | None) -> None:
            from devices.idcard import NoReader

            if self._state != "place":
                return
            if isinstance(error, NoReader):
                self._set("no_reader")
            elif present:
                self._read()

        self._ops.present(checked)

    @Slot(str)
    def _on_presence(self, what: str) -> None:
        """A reader event (on the GUI thread): start reading, or say the reader is gone /
        back. A card lifted during reading is reported by the read itself."""
        if what == "no_reader":
            self._reader_gone = True
            if self._state == "place":
                self._set("no_reader")
            return
        self._reader_gone = False
        if self._state == "no_reader" and self._kind_ready():
            self._set("place")  # the reader is back (e.g. pcscd restarted)
            self._check_card()
        elif what == "card" and self._state == "place":
            self._read()

    def _kind_ready(self) -> bool:
        """The citizen has entered what the read needs (we came from waiting for a card)."""
        if self._kind == "id_card":
            return len(self._entry) == 6
        return len(self._passport) == len(PASSPORT_STEPS)

    def _read(self) -> None:
        assert self._ops is not None
        self._set("reading")
        if self._kind == "id_card":
            can, key = self._entry, None
        else:
            from devices.idcard.mrz import mrz_key

            can, key = None, mrz_key(*self._mrz_fields())
        self._ops.read(can, key, self._read_done)

    def _read_done(self, identity: Identity | None, error: BaseException | None) -> None:
        from devices.idcard import (
            CardRemoved,
            IdCardError,
            NoReader,
            PasswordRequired,
            UnsupportedCard,
            WrongCan,
        )

        if self._state != "reading":
            return  # the session ended meanwhile: drop the result
        if identity is not None:
            self._citizen.identity = identity  # wiped with the session
            filled = self._forms.prefill(prefill_values(identity))
            self._filled = len(filled)
            self._defect = bool(identity.defects)
            log.info(
                "id document read",
                extra={
                    "fields": {
                        "filled": self._filled,
                        "expired": identity.expired,
                        "defects": ",".join(identity.defects),
                        "unread": ",".join(identity.unread),
                    }
                },
            )
            self._set("done")
            return
        if isinstance(error, WrongCan):
            self._retries = -1 if error.retries_left is None else error.retries_left
            self._entry = ""
            self._set("wrong_can")
        elif isinstance(error, CardRemoved):
            self._set("removed")
        elif isinstance(error, UnsupportedCard | PasswordRequired):
            self._set("unsupported")  # e.g. a BAC-only passport placed for an ID card
        elif isinstance(error, NoReader):
            self._set("no_reader")
        elif isinstance(error, IdCardError):
            # The chip stopped answering or answered nonsense: lift it and place it again.
            log.warning("id document read failed", extra={"fields": {"error": str(error)}})
            self._set("unreadable")
        else:
            log.error("id document read failed", exc_info=error)
            self._set("error")

    @Slot()
    def retry(self) -> None:
        """After a wrong CAN: type it again; after a removed card: put it back."""
        if self._state == "wrong_can":
            self._set("can" if self._kind == "id_card" else "passport")
        elif self._state in ("removed", "error", "unreadable"):
            self._wait_for_card()

    @Slot()
    def backToForm(self) -> None:
        self._nav.go("form")

    @Slot()
    def back(self) -> None:
        """One step back (issue 22.9): consent -> the form, choose -> consent, the first
        entry -> choose, a passport field -> the one before, waiting for the document or
        an error -> the last entry, to correct it. Nothing while the chip is read."""
        state = self._state
        if state == "reading":
            return
        if state in ("consent", "done"):
            self._nav.go("form")
        elif state == "choose":
            self._set("consent")
        elif state == "passport" and self._step > 0:
            self._step -= 1
            self._entry = self._passport.pop(PASSPORT_STEPS[self._step], "")
            self._set("passport")
        elif state in ("can", "passport"):
            self._entry, self._passport, self._step = "", {}, 0
            self._set("choose")
        elif self._kind == "passport":
            self._step = len(PASSPORT_STEPS) - 1
            self._entry = self._passport.pop(PASSPORT_STEPS[self._step], "")
            self._set("passport")
        else:
            self._set("can")

    @Slot()
    def reset(self) -> None:
        self._clear()
        self.changed.emit()
