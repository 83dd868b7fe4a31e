"""The concern screen from ZMS's own buttons (``zms.concern_screen = "buttons"``).

The names are ZMS's (button, scope); where the admin mapped a button to a catalogue
concern (``zms.concerns``), the kiosk uses that concern's id, so the screen shows its
translations and hints. A button no concern maps to is drawn as ``zms:<scope>`` or
``zms:<scope>-<service>``. Link buttons become QR codes with their URL. Cluster buttons
(older ZMS) cannot be drawn and are left out.
"""

from __future__ import annotations

import re

from kiosk.queue.base import Availability, ConcernTile
from kiosk.queue.zms.buttons import Target
from kiosk.queue.zms.model import Button
from kiosk.queue.zms.offer import Offer
from kiosk.queue.zms.site import Site

BUTTON_PREFIX = "zms:"
_BUTTON_ID = re.compile(r"zms:(\d{1,11})(?:-(\d{1,11}))?")


def button_id(scope_id: str, request_id: str | None) -> str:
    return f"{BUTTON_PREFIX}{scope_id}" + (f"-{request_id}" if request_id else "")


def button_target(concern_id: str, group_id: str) -> Target:
    """The draw target of an unmapped button id; the group is its scope."""
    found = _BUTTON_ID.fullmatch(concern_id)
    if not found or found.group(1) != group_id:
        raise ValueError(f"{concern_id!r} is not a ZMS button of scope {group_id!r}")
    return Target(found.group(1), found.group(2))


def _mapped(button: Button, targets: dict[str, Target]) -> str:
    """The catalogue concern the admin mapped to this button ("" when none or several)."""
    scope, request = button.scope_id, button.request_id
    exact = sorted(c for c, t in targets.items() if t.scope_id == scope and t.request_id == request)
    if len(exact) == 1:
        return exact[0]
    if button.kind == "scope":
        same_scope = sorted(c for c, t in targets.items() if t.scope_id == scope)
        return same_scope[0] if len(same_scope) == 1 else ""
    return ""


def of_site(site: Site, targets: dict[str, Target], offer: Offer) -> tuple[ConcernTile, ...]:
    tiles: list[ConcernTile] = []
    for b in site.printer.buttons:
        if b.kind == "link" and b.url:
            tiles.append(ConcernTile(f"link:{b.url}", b.name, "", "", "", True, "open", url=b.url))
            continue
        if b.kind not in ("scope", "request") or not b.scope_id:
            continue
        scope = site.scope(b.scope_id)
        state = offer.scope_state(site, b.scope_id)
        concern = _mapped(b, targets)
        tiles.append(
            ConcernTile(
                id=concern or button_id(b.scope_id, b.request_id),
                name=b.name or (scope.name if scope else b.scope_id),
                group_id=b.scope_id,
                group_name=(scope.contact_name or scope.name) if scope else b.name,
                prefix=scope.prefix if scope else "",
                available=state.availability is Availability.OPEN,
                reason=state.availability.value,
                reason_text=state.text,
            )
        )
    return tuple(tiles)
