"""What the kiosk offers per catalogue group and concern, from the ZMS set-up.

Each concern maps (``zms.concerns``) to a scope; the scope's button says whether it can
get numbers now (:func:`.status.scope_state`). A group is open when any of its concerns
is; the service is CLOSED when every served group is closed, OUT_OF_SERVICE when no
concern maps to a listed scope (misconfigured).
"""

from __future__ import annotations

import logging
from datetime import datetime

from kiosk.catalogue import Catalogue
from kiosk.queue.base import (
    Availability,
    BackendError,
    BackendRejected,
    ConcernReport,
    GroupState,
    Misconfigured,
    NumbersExhausted,
    ServiceClosed,
    ServiceState,
    ServiceStatus,
    TicketsDeactivated,
)
from kiosk.queue.zms import status as st
from kiosk.queue.zms.buttons import Target
from kiosk.queue.zms.queues import Queues
from kiosk.queue.zms.site import Site

log = logging.getLogger(__name__)


class Offer:
    def __init__(self, catalogue: Catalogue, targets: dict[str, Target]) -> None:
        self.catalogue = catalogue
        self.targets = targets

    def groups_without(self, usable: set[str]) -> frozenset[str]:
        """Catalogue groups none of whose concerns maps to a scope in ``usable``."""
        return frozenset(
            g.id
            for g in self.catalogue.groups
            if not any(
                (t := self.targets.get(c.id)) is not None and t.scope_id in usable
                for c in self.catalogue.concerns_of(g.id)
            )
        )

    def scope_state(self, site: Site, scope_id: str) -> GroupState:
        offered = site.offered()
        return st.scope_state(
            scope_id in offered,
            offered.get(scope_id, False),
            site.scope(scope_id),
            scope_id in site.exhausted,
        )

    def group_states(self, site: Site) -> dict[str, GroupState]:
        states: dict[str, GroupState] = {}
        for group in self.catalogue.groups:
            per_concern = []
            for c in self.catalogue.concerns_of(group.id):
                target = self.targets.get(c.id)
                if target is None:
                    per_concern.append(
                        GroupState(Availability.MISCONFIGURED, f"{c.id} is not in zms.concerns")
                    )
                else:
                    per_concern.append(self.scope_state(site, target.scope_id))
            states[group.id] = st.combined(per_concern)
        return states

    def online_status(self, site: Site) -> ServiceStatus:
        states = self.group_states(site)
        closed = {g for g, s in states.items() if s.availability is not Availability.OPEN}
        served = [s for s in states.values() if s.availability is not Availability.MISCONFIGURED]
        if served and all(s.availability is Availability.CLOSED for s in served):
            return ServiceStatus(ServiceState.CLOSED)
        if not served:
            return ServiceStatus(
                ServiceState.OUT_OF_SERVICE,
                reason="no concern maps to a scope on the ZMS button list (zms.concerns)",
            )
        return ServiceStatus(
            ServiceState.OPEN,
            exhausted_groups=frozenset(closed),
            groups={g: s for g, s in states.items() if g in closed},
        )

    def misconfigured(self, site: Site) -> list[str]:
        """What doctor and maintenance name: concerns the kiosk cannot serve by set-up."""
        offered = site.offered()
        problems = []
        for concern_id, target in sorted(self.targets.items()):
            if target.scope_id not in offered:
                problems.append(
                    f"concern {concern_id}: scope {target.scope_id} is not on the ZMS button list"
                )
        return problems

    def concern_state(
        self, site: Site | None, concern_id: str, status: ServiceStatus
    ) -> Availability:
        if status.state is ServiceState.CLOSED:
            return Availability.CLOSED
        target = self.targets.get(concern_id)
        if target is None:
            return Availability.MISCONFIGURED
        if status.state is ServiceState.OUT_OF_SERVICE or site is None:
            return Availability.MISCONFIGURED  # reachable: printer disabled or set-up refused
        return self.scope_state(site, target.scope_id).availability

    def scopes_of(self, group_id: str) -> list[str]:
        """The scopes behind a catalogue group; a scope id stands for itself."""
        ids = [
            self.targets[c.id].scope_id
            for c in self.catalogue.concerns_of(group_id)
            if c.id in self.targets
        ]
        if not ids and group_id in {t.scope_id for t in self.targets.values()}:
            ids = [group_id]
        return sorted(set(ids))

    def check_drawable(self, site: Site, target: Target, group_id: str) -> None:
        """What ZMS's draw does not check: enabled printer, a listed and enabled button."""
        if not site.enabled:
            raise BackendRejected(site.disabled_text())
        offered = site.offered()
        state = st.scope_state(
            target.scope_id in offered,
            offered.get(target.scope_id, False),
            site.scope(target.scope_id),
            target.scope_id in site.exhausted,
        )
        self.raise_for(state, target.scope_id, group_id)

    @staticmethod
    def raise_for(state: GroupState, scope_id: str, group_id: str) -> None:
        a = state.availability
        if a is Availability.MISCONFIGURED:
            raise Misconfigured(f"scope {scope_id}: {state.text}")
        if a is Availability.DEACTIVATED:
            raise TicketsDeactivated(group_id, state.text)
        if a is Availability.EXHAUSTED:
            raise NumbersExhausted(group_id)
        if a is Availability.CLOSED:
            raise ServiceClosed(None)

    def report(
        self, site: Site | None, status: ServiceStatus, queues: Queues, now: datetime
    ) -> list[ConcernReport]:
        """``kiosk queue status``: per catalogue concern its state, and for an open one
        the people ahead and the wait of the next number, as ZMS computes them."""
        rows = []
        for concern in self.catalogue.concerns:
            state = self.concern_state(site, concern.id, status)
            ahead, wait, source = None, None, ""
            target = self.targets.get(concern.id)
            if state is Availability.OPEN and site and target:
                try:
                    e = queues.next_number(site, target.scope_id, now)
                except BackendError as err:
                    log.info("queue of scope %s not readable: %s", target.scope_id, err)
                else:
                    ahead, source = e.people_ahead, e.source
                    if e.wait.known:
                        wait = (e.wait.low_min or 0, e.wait.high_min or 0)
            rows.append(
                ConcernReport(concern.id, concern.group_id, state.value, ahead, wait, source)
            )
        return rows
