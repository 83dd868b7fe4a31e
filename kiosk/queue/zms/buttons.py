"""The kiosk's ZMS button list and concern mapping, checked as current ZMS checks them.

ZMS's ticket printer accepts only ``s<scope>`` (a scope), ``r<request>`` (a service,
written ``r<scope>-<request>`` by older set-ups) and ``l[<url>|<label>]`` (a link), at most
six of them (``Ticketprinter::getValidButtonWithType``). A cluster entry ``c<id>`` is
answered with HTTP 500 ``TicketprinterUnvalidButton`` and more than six with
``TooManyButtons``, so both are refused here, when the config is loaded, with one line
that says what to write instead. Nothing here imports the config (config.py calls in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_BUTTONS = 6  # ZMS refuses longer button lists (TooManyButtons)
_SCOPE = re.compile(r"s(\d{1,11})")
_REQUEST = re.compile(r"r(?:(\d{1,11})-)?(\d{1,11})")
_LINK = re.compile(r"l\[(https?://[^|\]\s]{1,400})\|([^\]]{1,80})\]")
_TARGET = re.compile(r"(\d{1,11})(?:-(\d{1,11}))?")


class ButtonListError(ValueError):
    """One line naming the offending entry and what to write instead."""


@dataclass(frozen=True)
class Entry:
    """One entry of a button list."""

    kind: str  # scope, request, link
    scope_id: str = ""  # scope and request entries (request: when written r<scope>-<id>)
    request_id: str = ""
    url: str = ""
    label: str = ""


@dataclass(frozen=True)
class Target:
    """Where a concern's numbers are drawn: a scope and optionally a ZMS service id."""

    scope_id: str
    request_id: str | None = None


def split_entries(buttonlist: str) -> list[str]:
    """The entries of a list; commas inside a link's brackets do not split."""
    entries, depth, current = [], 0, ""
    for ch in buttonlist:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            entries.append(current.strip())
            current = ""
        else:
            current += ch
    entries.append(current.strip())
    return [e for e in entries if e]


def parse_buttonlist(buttonlist: str) -> list[Entry]:
    """The entries of ``zms.buttonlist``; ButtonListError for anything ZMS refuses."""
    entries = split_entries(buttonlist)
    if not entries:
        raise ButtonListError("the button list is empty")
    if len(entries) > MAX_BUTTONS:
        raise ButtonListError(
            f"{len(entries)} entries, ZMS allows at most {MAX_BUTTONS} (it answers TooManyButtons)"
        )
    parsed: list[Entry] = []
    for raw in entries:
        if found := _SCOPE.fullmatch(raw):
            parsed.append(Entry("scope", str(int(found.group(1)))))
        elif found := _REQUEST.fullmatch(raw):
            scope = str(int(found.group(1))) if found.group(1) else ""
            parsed.append(Entry("request", scope, str(int(found.group(2)))))
        elif found := _LINK.fullmatch(raw):
            parsed.append(Entry("link", url=found.group(1), label=found.group(2).strip()))
        elif raw.startswith("c"):
            raise ButtonListError(
                f"{raw!r}: current ZMS refuses cluster buttons (TicketprinterUnvalidButton); "
                "list the cluster's scopes as s<scope id> instead"
            )
        else:
            raise ButtonListError(
                f"{raw!r} is not a button; use s<scope id>, r<service id> or l[https://...|Label]"
            )
    return parsed


def listed_scopes(buttonlist: str) -> list[str]:
    """The scopes a (valid) button list names, in order, without repeats."""
    seen: list[str] = []
    for entry in parse_buttonlist(buttonlist):
        if entry.scope_id and entry.scope_id not in seen:
            seen.append(entry.scope_id)
    return seen


def parse_targets(concerns: dict[str, str]) -> dict[str, Target]:
    """``zms.concerns`` values "141" or "141-120335"; ButtonListError names a bad one."""
    targets: dict[str, Target] = {}
    for concern_id, value in concerns.items():
        found = _TARGET.fullmatch(value.strip())
        if not found:
            raise ButtonListError(
                f"zms.concerns.{concern_id}: {value!r} is not a scope id like '141' "
                "or scope-service like '141-120335'"
            )
        targets[concern_id] = Target(
            str(int(found.group(1))), str(int(found.group(2))) if found.group(2) else None
        )
    return targets


def default_buttonlist(targets: dict[str, Target]) -> str:
    """One scope button per mapped scope ("s141,s142"), when zms.buttonlist is empty."""
    scopes = sorted({t.scope_id for t in targets.values()}, key=int)
    if not scopes:
        raise ButtonListError("no concern is mapped to a ZMS scope (zms.concerns)")
    if len(scopes) > MAX_BUTTONS:
        raise ButtonListError(
            f"{len(scopes)} scopes mapped, ZMS allows {MAX_BUTTONS} buttons; set zms.buttonlist"
        )
    return ",".join(f"s{sid}" for sid in scopes)


def check(buttonlist: str, concerns: dict[str, str]) -> None:
    """What config.py runs on load: ``zms.buttonlist`` and ``zms.concerns`` as ZMS will
    accept them; ButtonListError (one line, naming the key) otherwise."""
    targets = parse_targets(concerns)
    if buttonlist.strip():
        try:
            parse_buttonlist(buttonlist)
        except ButtonListError as err:
            raise ButtonListError(f"zms.buttonlist: {err}") from None
    elif targets:
        try:
            default_buttonlist(targets)
        except ButtonListError as err:
            raise ButtonListError(f"zms.concerns: {err}") from None
