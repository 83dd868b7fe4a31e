"""The ZMS (eAppointment) adapter: :class:`kiosk.queue.base.QueueBackend` over the ZMS REST API.

It behaves as ZMS's own ticket printer (zmsticketprinter) does against current ZMS:

* **Set-up** (:mod:`.site`): the organisation's shared hash, "enabled" as ZMS decides it
  (enabled, or the organisation does not require activation), and the buttons of
  ``POST /ticketprinter/``, each with its full scope (status, workstationCount): an
  anonymous ``GET /scope/{id}/`` is reduced and is not used.
* **Availability** (:mod:`.status`): a concern can get numbers when the button of its
  scope is enabled; otherwise closed, deactivated (with ZMS's text), exhausted, or
  misconfigured (not mapped, not on the button list, list refused by ZMS). ZMS's draw
  checks only the contingent, so the kiosk checks a fresh button before every draw.
* **Wait**: ZMS's own estimate from ``GET /scope/{id}/queue/`` (``waitingTimeEstimate``).
* **Errors** (:mod:`.client`): ZMS's exception names become states; a refusal caused by
  the kiosk's request is a configuration error, never "unreachable".

Drawing is not idempotent in ZMS (its ``requestId`` is a service id), so the kiosk keeps
a journal (:mod:`.journal`): the same request id gets the same ticket; before the write
the scope's counters are noted, and after a lost reply the button list is read again:

* exactly one number given since -> that number is this kiosk's (prefix + lastGivenNumber);
* none given -> nothing was drawn (yet); a retry draws again only after ``settle_s``;
* more than one -> cannot be told apart: the citizen is sent to the counter.

Offline the cached set-up is used (health "degraded"); with ``offline.emergency_numbers``
numbers come from a local range (:mod:`.emergency`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.catalogue import Catalogue
from kiosk.config import Config, ConfigError
from kiosk.http import HttpClient, OutcomeUnknown
from kiosk.privacy.pseudonyms import pseudonym
from kiosk.queue.base import (
    UNKNOWN_WAIT,
    Appointment,
    BackendError,
    BackendRejected,
    BackendUnavailable,
    BookingRef,
    ConcernReport,
    ConcernTile,
    Health,
    Misconfigured,
    QueueStatus,
    ServiceState,
    ServiceStatus,
    Ticket,
)
from kiosk.queue.zms import recovery, tiles
from kiosk.queue.zms import status as st
from kiosk.queue.zms.appointments import Appointments
from kiosk.queue.zms.buttons import ButtonListError, Target, parse_targets
from kiosk.queue.zms.client import ZmsCalls, make_http
from kiosk.queue.zms.emergency import EMERGENCY_PREFIX, UNREACHABLE, Emergency, is_emergency
from kiosk.queue.zms.journal import Journal, Pending
from kiosk.queue.zms.offer import Offer
from kiosk.queue.zms.queues import Queues
from kiosk.queue.zms.site import Site, SiteLoader

log = logging.getLogger(__name__)

CONFIG_TTL_S = 300.0  # how often "is this printer enabled?" is asked again
# A draw trusts a button list read at most this long ago (ZMS's own ticket printer trusts
# the page it showed, reloaded every few minutes); older, the draw reads it first.
DRAW_CHECK_MAX_AGE_S = 10.0
PREPARE_MIN_AGE_S = 2.0  # prepare_draw() leaves a younger button list alone
JOURNAL = "zms-journal.sqlite"
_PROCESS_ID = r"\d{1,12}"

__all__ = ["EMERGENCY_PREFIX", "ZmsBackend", "is_emergency", "parse_targets"]


class ZmsBackend:
    """:class:`kiosk.queue.base.QueueBackend` over ZMS. Nothing is contacted until the first
    call; calls are serialised by a lock (the UI calls from one worker thread anyway).

    ``status_ttl_s``: how long one refresh's button list and queue lists are reused, so
    a refresh of service state, health and every group costs one call plus one per
    listed scope (read side by side). ``draw_check_max_age_s``: how old a button list a
    draw may trust (:meth:`prepare_draw` reads it when a citizen starts choosing).
    ``settle_s``: how long after a lost draw a retry waits before drawing again (a
    request still in flight at the server must not make a second number).
    """

    def __init__(
        self,
        cfg: Config,
        catalogue: Catalogue,
        *,
        http: HttpClient | None = None,
        settle_s: float | None = None,
        config_ttl_s: float = CONFIG_TTL_S,
        status_ttl_s: float | None = None,
        draw_check_max_age_s: float | None = None,
    ) -> None:
        self.zms = cfg.zms
        self.offline = cfg.offline
        self.tz: ZoneInfo = cfg.tz
        self.kiosk_id = cfg.kiosk.id
        self.cache_dir = cfg.cache_dir
        self.catalogue = catalogue
        try:
            self.targets = parse_targets(cfg.zms.concerns)
        except ButtonListError as err:
            raise ConfigError(str(err)) from None
        self.http = http or make_http(cfg.zms, cfg.kiosk.id)
        self.calls = ZmsCalls(self.http)
        self.settle_s = settle_s if settle_s is not None else max(30.0, 3 * cfg.zms.read_timeout_s)
        self.status_ttl_s = (
            status_ttl_s if status_ttl_s is not None else cfg.backend.sync_interval_s / 2
        )
        self.draw_check_max_age_s = (
            DRAW_CHECK_MAX_AGE_S if draw_check_max_age_s is None else draw_check_max_age_s
        )
        self.loader = SiteLoader(
            cfg.zms, self.calls, self.targets, self.cache_dir, self.kiosk_id, config_ttl_s
        )
        self._journal = Journal(self.cache_dir / JOURNAL)
        self._emergency = Emergency(self.offline, self._journal, self.kiosk_id)
        self.offer = Offer(catalogue, self.targets)
        self.appointments = Appointments(
            self.http, self.calls, self.tz, self.targets, self._journal, lambda: self._site
        )
        self._site: Site | None = None
        self.queues = Queues(self.calls, self.status_ttl_s)
        self._lock = threading.RLock()
        self._read_pool: ThreadPoolExecutor | None = None
        self._was_open = False  # the last service state: a refresh reads queues ahead

    # -- QueueBackend ------------------------------------------------------------------

    def draw_number(
        self, concern_id: str, group_id: str, request_id: str, now: datetime | None = None
    ) -> Ticket:
        """A walk-in number from ZMS (or an emergency number offline); the same ticket
        again for a known ``request_id``. Raises NumbersExhausted, ServiceClosed,
        TicketsDeactivated, Misconfigured, BackendRejected, BackendUnavailable."""
        now = self._now(now)
        with self._lock:
            known = self._journal.ticket(request_id)
            if known is not None:
                return known
            target = self._target(concern_id, group_id)
            pending = self._journal.pending(request_id)
            if pending is not None:
                return self._recover(
                    pending, target, concern_id, group_id, now, "an earlier attempt got no reply",
                    allow_redraw=True,
                )  # fmt: skip
            return self._draw(target, concern_id, group_id, request_id, now)

    def queue_status(self, group_id: str, now: datetime | None = None) -> QueueStatus:
        """People waiting in the group's open scopes and the wait a new number would get,
        as ZMS computes it."""
        now = self._now(now)
        with self._lock:
            try:
                site = self._site_fresh(self.status_ttl_s)
            except BackendRejected:
                return QueueStatus(group_id, None, source="")
            if site.from_cache:
                if self.offline.emergency_numbers:
                    return QueueStatus(group_id, None, source="")
                raise BackendUnavailable(site.error)
            scope_ids = [s for s in self.offer.scopes_of(group_id) if s in site.offered()]
            if not scope_ids and group_id in site.offered():  # a button's scope (buttons mode)
                scope_ids = [group_id]
            if not scope_ids:
                return QueueStatus(group_id, None, source="")
            estimates = [self.queues.next_number(site, sid, now) for sid in scope_ids]
        source = st.SOURCE_ZMS if all(e.source == st.SOURCE_ZMS for e in estimates) else ""
        if not source and all(e.source for e in estimates):
            source = st.SOURCE_KIOSK
        return QueueStatus(
            group_id,
            sum(e.people_ahead for e in estimates),
            st.widest([e.wait for e in estimates]),
            source,
        )

    def service_status(self, now: datetime | None = None) -> ServiceStatus:
        """OPEN with why each unavailable group is so; CLOSED when every listed scope is
        closed; OUT_OF_SERVICE when disabled, misconfigured or unreachable (unless
        emergency numbers are configured)."""
        self._now(now)
        with self._lock:
            if self._was_open:  # the queue lists a refresh shows, read beside the buttons
                self.queues.read_ahead(self.loader.listed(), self._reader())
            status = self._service_status(now)
            self._was_open = status.state is ServiceState.OPEN
            return status

    def _service_status(self, now: datetime | None) -> ServiceStatus:
        try:
            site = self._site_fresh(self.status_ttl_s)
        except BackendRejected as err:
            return ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=str(err))
        except BackendUnavailable as err:
            return self._offline_status(now, str(err))
        if site.from_cache:
            return self._offline_status(now, site.error)
        if not site.enabled:
            return ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=site.disabled_text())
        return self.offer.online_status(site)

    def health(self) -> Health:
        """ok when ZMS answers and the kiosk may print; the cause and its fix otherwise.
        Re-registers when ZMS deleted the kiosk's hash (as drawing would)."""
        with self._lock:
            try:
                site = self._site_fresh(self.status_ttl_s)
            except Misconfigured as err:
                return Health(False, str(err), "correct zms.* in kiosk.toml (see docs/zms.md)")
            except BackendRejected as err:
                return Health(False, str(err), "see the ZMS error named above")
            except BackendUnavailable as err:
                return Health(False, str(err), "check the network and zms.base_url")
        if site.from_cache:
            return Health(
                False,
                f"degraded: {site.error}; using the configuration cached at {site.saved_at}",
                "check the network and zms.base_url",
            )
        if not site.enabled:
            return Health(False, site.disabled_text(), site.enable_fix())
        problems = self.offer.misconfigured(site)
        if problems:
            return Health(False, "; ".join(problems), "correct zms.concerns / zms.buttonlist")
        rate = self.calls.calls_per_minute()
        load = f"; {rate} calls in the last minute" if rate is not None else ""
        unmapped = [c.id for c in self.catalogue.concerns if c.id not in self.targets]
        shown = f"; not offered (not in zms.concerns): {', '.join(unmapped)}" if unmapped else ""
        return Health(True, f"ZMS at {self.http.settings.host} answers{load}{shown}")

    def find_appointment(self, ref: BookingRef, now: datetime | None = None) -> Appointment:
        """The appointment (or walk-in number) behind a booking code and its key."""
        self._now(now)
        with self._lock:
            process = self.appointments.process(ref)
            return self.appointments.appointment_of(process)

    def check_in(self, ref: BookingRef, request_id: str, now: datetime | None = None) -> Ticket:
        """ZMS has no arrival call: the appointment joins the queue by itself. Checking in
        looks it up and returns its number and the wait as a ticket (reference = process
        id); the same request id or appointment returns the ticket given before. A
        process that was called or finished, or an appointment of another day, gets no
        ticket (BackendRejected saying why)."""
        now = self._now(now)
        with self._lock:
            known = self._journal.ticket(request_id)
            if known is not None:
                return known
            process = self.appointments.process(ref)
            earlier = self.appointments.checked_in_ticket(process.id)
            if earlier is not None:
                self._remember(request_id, "checkin", earlier, process.id)
                return earlier
            appointment = self.appointments.appointment_of(process)
            from kiosk.queue import checkin  # the check-in policy lives there

            problem = checkin.refusal(appointment, now)
            if problem:
                # logged: the process number only as a pseudonym (kiosk.privacy.pseudonyms)
                raise BackendRejected(f"appointment {pseudonym(process.id)}: {problem}")
            scope = self.appointments.scope_of_process(process)
            estimate = self.queues.position(scope, process, now)
            ticket = Ticket(
                reference=process.id,
                number=self.appointments.process_number(process, scope),
                concern_id=appointment.concern_id,
                group_id=process.scope_id or "",
                issued_at=now,
                people_ahead=estimate.people_ahead if estimate else None,
                wait=estimate.wait if estimate else UNKNOWN_WAIT,
                office_texts=scope.ticket_texts if scope else (),
            )
            self._remember(request_id, "checkin", ticket, process.id)
            return ticket

    def prepare_draw(self) -> None:
        """A citizen is about to choose: read the button list now (unless it is fresh), so
        the draw needs one round trip. Errors are left to the draw to report."""
        with self._lock:
            try:
                self._site_fresh(PREPARE_MIN_AGE_S)
            except BackendError as err:
                log.debug("button list not read ahead of a draw: %s", err)

    def close(self) -> None:
        with self._lock:
            if self._read_pool is not None:
                self._read_pool.shutdown(wait=True)
                self._read_pool = None
            self.http.close()
            self._journal.close()

    def _reader(self) -> ThreadPoolExecutor:
        if self._read_pool is None:
            self._read_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="zms-read")
        return self._read_pool

    # -- for staff and the admin CLI ---------------------------------------------------

    def concern_report(self, now: datetime | None = None) -> list[ConcernReport]:
        """Per catalogue concern: state, people ahead, wait and where the wait comes from.
        Raises BackendUnavailable when ZMS cannot be reached (the states would be guesses
        from the cache); a set-up ZMS refuses makes every concern ``misconfigured``."""
        now = self._now(now)
        with self._lock:
            try:
                site: Site | None = self._site_fresh(self.status_ttl_s)
            except BackendRejected:
                site = None
            if site is not None and site.from_cache:
                raise BackendUnavailable(f"{UNREACHABLE}: {site.error}")
            status = self.service_status(now)
            return self.offer.report(site, status, self.queues, now)

    def concern_tiles(self) -> tuple[ConcernTile, ...]:
        """The concern screen built from ZMS's buttons (``zms.concern_screen =
        "buttons"``), from the set-up of the last refresh; () in catalogue mode."""
        with self._lock:
            site = self._site
            if self.zms.concern_screen != "buttons" or site is None or site.from_cache:
                return ()
            return tiles.of_site(site, self.targets, self.offer)

    def pending_emergency_tickets(self) -> list[Ticket]:
        """Emergency numbers issued offline and not yet reported (oldest first)."""
        with self._lock:
            return self._journal.unreported()

    def mark_emergency_reported(self, references: Iterable[str]) -> int:
        """Mark emergency tickets as reported to ZMS staff; returns how many changed."""
        with self._lock:
            return self._journal.mark_reported(references)

    # -- drawing -----------------------------------------------------------------------

    def _draw(
        self, target: Target, concern_id: str, group_id: str, request_id: str, now: datetime
    ) -> Ticket:
        # The queue before the draw (people ahead of the next number) is read in parallel:
        # one round trip per draw after prepare_draw(), two when the buttons are older.
        before = self._reader().submit(self.queues.queue, target.scope_id, 0.0)
        try:  # a recent button: never draw for a disabled one
            site = self._site_fresh(self.draw_check_max_age_s)
        except BackendRejected:
            raise
        except BackendUnavailable as err:
            return self._emergency.issue(
                self._site or self.loader.load_cache(), target, concern_id, group_id,
                request_id, now, str(err),
            )  # fmt: skip
        if site.from_cache:
            return self._emergency.issue(
                site, target, concern_id, group_id, request_id, now, site.error
            )
        scope = site.scope(target.scope_id)
        self.offer.check_drawable(site, target, group_id)
        counted_at = time.time() - (time.monotonic() - site.fetched_at)
        pending = self._journal.begin(request_id, target.scope_id, scope, counted_at)
        try:
            process = self.calls.waitingnumber(site.hash, target, group_id)
        except OutcomeUnknown as err:
            log.warning("reply lost while drawing a number: %s", err)
            return self._recover(
                pending, target, concern_id, group_id, now, str(err), allow_redraw=False
            )
        except BackendUnavailable as err:  # never sent: nothing was drawn
            self._journal.forget(request_id)
            return self._emergency.issue(
                site, target, concern_id, group_id, request_id, now, str(err)
            )
        except BackendError:
            self._journal.forget(request_id)
            self._site = replace(site, fetched_at=float("-inf"), checked_at=float("-inf"))
            raise
        estimate = self.queues.after_draw(before, scope, process, now)
        prefix = scope.prefix if scope else ""
        ticket = Ticket(
            process.id,
            process.shown_number(prefix),
            concern_id,
            group_id,
            now,
            estimate.people_ahead if estimate else None,
            estimate.wait if estimate else UNKNOWN_WAIT,
            scope.ticket_texts if scope else (),
        )
        self._remember(request_id, "zms", ticket, process.id)
        self._site = replace(site, fetched_at=float("-inf"))  # its counters changed
        return ticket

    def _remember(self, request_id: str, kind: str, ticket: Ticket, process_id: str = "") -> None:
        """Journal an issued ticket; a journal failure must not cost the citizen the
        number ZMS has already given (only the idempotency of this request is lost)."""
        try:
            self._journal.issued(request_id, kind, ticket, process_id)
        except BackendUnavailable as err:
            log.error("ticket %s issued but not journaled: %s", ticket.number, err)

    def _recover(
        self,
        pending: Pending,
        target: Target,
        concern_id: str,
        group_id: str,
        now: datetime,
        cause: str,
        *,
        allow_redraw: bool,
    ) -> Ticket:
        """Find out from the button list's scope whether a lost draw took effect."""
        try:
            self._site = self.loader.fetch(self._site)
            scope = self._site.scope(pending.scope_id)
        except BackendError:
            raise recovery.unanswered(cause) from None
        drawn = recovery.drawn_since(pending, scope)
        if drawn == 1 and scope is not None and recovery.recent(pending):
            ticket = recovery.counter_ticket(scope, self.queues, concern_id, group_id, now)
            if ticket is not None:
                self._remember(pending.request_id, "zms", ticket)
                return ticket
        if drawn == 0 and allow_redraw and time.time() - pending.sent_at >= self.settle_s:
            self._journal.forget(pending.request_id)
            return self._draw(target, concern_id, group_id, pending.request_id, now)
        raise recovery.undecided(cause, drawn)

    # -- status ------------------------------------------------------------------------

    def _offline_status(self, now: datetime | None, cause: str) -> ServiceStatus:
        site = self._site or self.loader.load_cache()
        if not self.offline.emergency_numbers or site is None:
            return ServiceStatus(ServiceState.OUT_OF_SERVICE, reason=f"{UNREACHABLE}: {cause}")
        if not site.enabled:
            return ServiceStatus(
                ServiceState.OUT_OF_SERVICE, reason=f"{site.disabled_text()} (last known state)"
            )
        left = self._emergency.left(self._now(now).date())
        usable = set(site.offered()) if left > 0 else set()
        return ServiceStatus(ServiceState.OPEN, exhausted_groups=self.offer.groups_without(usable))

    # -- configuration -----------------------------------------------------------------

    def _site_fresh(self, max_age: float) -> Site:
        """The ZMS set-up, fetched when older than ``max_age`` (or after a draw changed
        its counters); the cached one (marked ``from_cache``) when ZMS cannot be reached;
        BackendUnavailable without either."""
        site = self._site
        if site and not site.from_cache and time.monotonic() - site.fetched_at < max_age:
            return site
        try:
            site = self.loader.fetch(site)
        except BackendRejected:
            raise
        except BackendUnavailable as err:
            cached = self._site or self.loader.load_cache()
            if cached is None:
                raise
            self._site = replace(cached, from_cache=True, error=str(err))
            return self._site
        self._site = site
        self.loader.save(site)
        return site

    def _target(self, concern_id: str, group_id: str) -> Target:
        if concern_id.startswith(tiles.BUTTON_PREFIX):  # a ZMS button no concern maps to
            return tiles.button_target(concern_id, group_id)
        try:
            concern = self.catalogue.concern(concern_id)
        except KeyError:
            raise ValueError(f"concern {concern_id!r} is not in the catalogue") from None
        if concern.group_id != group_id:
            raise ValueError(f"concern {concern_id!r} does not belong to group {group_id!r}")
        target = self.targets.get(concern_id)
        if target is None:
            raise Misconfigured(
                f"concern {concern_id!r} is not offered here: no ZMS scope in zms.concerns"
            )
        return target

    def _now(self, now: datetime | None) -> datetime:
        if now is None:
            return datetime.now(self.tz)
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("the queue needs timezone-aware datetimes")
        return now.astimezone(self.tz)
