"""After a lost reply to a draw: did ZMS issue the number, and which one?

ZMS's draw is a GET that writes and has no idempotency key, so the kiosk noted the
scope's counters before sending (:class:`.journal.Pending`) and now compares them with
the scope of a fresh button list: exactly one number given since is this kiosk's; none
means nothing was drawn (yet); more cannot be told apart, and the citizen is sent to the
counter rather than given a number twice.
"""

from __future__ import annotations

import logging
from datetime import datetime

from kiosk.queue.base import UNKNOWN_WAIT, BackendUnavailable, Ticket
from kiosk.queue.zms.journal import Pending
from kiosk.queue.zms.model import Scope
from kiosk.queue.zms.queues import Queues

log = logging.getLogger(__name__)

# One number given since the counters were read is this kiosk's only if they were read
# right before the draw: from an older read (a draw trusts a button list up to 10 s
# old) it may be another kiosk's, drawn while this kiosk's request was lost on the way.
ATTRIBUTE_WITHIN_S = 2.0


def recent(pending: Pending) -> bool:
    """Were the counters read close enough before the draw to attribute one number?"""
    return (
        pending.counted_at is not None
        and pending.sent_at - pending.counted_at <= ATTRIBUTE_WITHIN_S
    )


def drawn_since(pending: Pending, scope: Scope | None) -> int | None:
    """Numbers the scope gave since the draw was sent; None when ZMS does not say."""
    if scope is None or pending.given_before is None or scope.given_count is None:
        return None
    return scope.given_count - pending.given_before


def counter_ticket(
    scope: Scope, queues: Queues, concern_id: str, group_id: str, now: datetime
) -> Ticket | None:
    """The ticket of the scope's last given number (when it is known to be this kiosk's)."""
    if scope.last_given is None:
        return None
    raw = str(scope.last_given)
    estimate = queues.for_number(scope, raw, None, now)
    ticket = Ticket(
        f"{scope.id}-{now:%Y%m%d}-{raw}", scope.shown_number(raw), concern_id, group_id, now,
        estimate.people_ahead if estimate else None,
        estimate.wait if estimate else UNKNOWN_WAIT, scope.ticket_texts,
    )  # fmt: skip
    log.warning(
        "lost draw recovered from the scope's counter",
        extra={"fields": {"scope": scope.id, "number": ticket.number}},
    )
    return ticket


def unanswered(cause: str) -> BackendUnavailable:
    return BackendUnavailable(
        f"no reply while drawing a number ({cause}) and ZMS cannot be asked what "
        "happened; please ask at the counter"
    )


def undecided(cause: str, drawn: int | None) -> BackendUnavailable:
    """Why the kiosk cannot give the citizen a number after a lost reply."""
    if drawn == 0:
        return BackendUnavailable(
            f"no reply while drawing a number ({cause}); ZMS has not issued it (yet), "
            "please try again in a moment"
        )
    if drawn is None:
        why = "ZMS does not report its counters"
    elif drawn == 1:
        why = "one number was drawn since the counters were read, maybe at another kiosk"
    else:
        why = f"{drawn} numbers were drawn meanwhile, so this kiosk's cannot be told apart"
    return BackendUnavailable(
        f"no reply while drawing a number ({cause}) and {why}; please ask at the counter"
    )
