"""The short privacy notice (DSGVO Art. 13) on the receipt and the form's review page,
made from the configuration, so no sentence can be false for this kiosk: sealed or not,
sent to the town's system or kept in the embedded store, for how many days, a copy of
the printouts or none. The full notice is at ``[privacy] notice_url`` (a QR code on
paper).

The sentences are in the printouts' translation context ("Ticket"); tests/kiosk/
test_i18n.py checks every language has them. Retention runs at start-up and hourly, so
"deleted after N days" holds to within the hour.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk import i18n
from kiosk.config import Config

__all__ = ["NOTICE_STRINGS", "NoticeFacts", "facts_from", "notice_lines"]

TICKET_CONTEXT = "Ticket"

N_CONTROLLER = "Responsible for your data: %1."
N_PURPOSE = "Your entries are used only to process this request."
N_SEALED = (
    "On this terminal they are stored encrypted for the office; "
    "the terminal itself cannot read them."
)
N_UNSEALED = "On this terminal they are stored unencrypted."
N_SENT = "They are deleted here as soon as the office's system has received them."
# Numerus messages: "%n days" in the plural form each language needs (kiosk.i18n).
N_REFUSED = "If that system refuses them, they stay here for staff and are deleted after %n days."
N_KEPT = "They are kept on this terminal for the office and deleted after %n days."
N_SITE = "They are kept in the office's database for processing."
N_PRINTED = "Copies of the printouts are stored on the terminal and deleted after %n days."
N_PRINTED_NOW = "Copies of the printouts are stored on the terminal and deleted within an hour."
N_RIGHTS = (
    "You have the right to access, correct and delete your data, to restrict its "
    "processing, and to complain to a data protection authority."
)
N_MORE = "Full privacy notice:"
NOTICE_STRINGS = (
    N_CONTROLLER,
    N_PURPOSE,
    N_SEALED,
    N_UNSEALED,
    N_SENT,
    N_REFUSED,
    N_KEPT,
    N_SITE,
    N_PRINTED,
    N_PRINTED_NOW,
    N_RIGHTS,
    N_MORE,
)

Destination = Literal["receiver", "embedded", "site"]


@dataclass(frozen=True)
class NoticeFacts:
    """What the notice may say, taken from the configuration."""

    controller: str
    notice_url: str
    sealed: bool
    destination: Destination
    submissions_days: int
    rejected_days: int
    printed_days: int | None  # None: the printer keeps no copy (not the folder printer)


def facts_from(cfg: Config) -> NoticeFacts:
    p = cfg.privacy
    destination: Destination = (
        "receiver" if cfg.outbox.url else "site" if cfg.site_database else "embedded"
    )
    return NoticeFacts(
        controller=p.controller.strip(),
        notice_url=p.notice_url.strip(),
        sealed=bool(p.public_key),
        destination=destination,
        submissions_days=p.submissions_days,
        rejected_days=p.rejected_days,
        printed_days=p.printed_days if cfg.printer.kind == "folder" else None,
    )


def notice_lines(facts: NoticeFacts, language: str) -> list[str]:
    """The notice's sentences in ``language`` (the URL itself is the caller's: a QR code
    on paper, plain text on screen, after the last sentence)."""
    cat = i18n.catalogue(language)

    def t(source: str) -> str:
        return cat.translate(TICKET_CONTEXT, source)

    def days(source: str, n: int) -> str:  # "1 day", "2 days", "5 дней", "يومين"
        return cat.translate(TICKET_CONTEXT, source, n)

    lines = []
    if facts.controller:
        lines.append(t(N_CONTROLLER).replace("%1", facts.controller))
    lines.append(t(N_PURPOSE))
    lines.append(t(N_SEALED) if facts.sealed else t(N_UNSEALED))
    if facts.destination == "receiver":
        lines.append(t(N_SENT))
        n = facts.rejected_days
        lines.append(days(N_REFUSED, n))
    elif facts.destination == "embedded":
        n = facts.submissions_days
        lines.append(days(N_KEPT, n))
    else:
        lines.append(t(N_SITE))
    if facts.printed_days == 0:
        lines.append(t(N_PRINTED_NOW))
    elif facts.printed_days is not None:
        n = facts.printed_days
        lines.append(days(N_PRINTED, n))
    lines.append(t(N_RIGHTS))
    if facts.notice_url:
        lines.append(t(N_MORE))
    return lines
