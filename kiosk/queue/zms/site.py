"""The kiosk's ZMS set-up: its ticket printer, whether it may print, and the buttons.

Identity (``Helper/Ticketprinter.php`` in zmsticketprinter): ZMS gives every ticket
printer of an organisation the same hash (``<organisation id>abcdef...``) from
``GET /organisation/{id}/hash/``, ignores the name, and creates the printer *disabled*.
ZMS's own ticket printer counts a printer as enabled when it is enabled OR the
organisation's ``preferences.ticketPrinterActivation`` is off; so does the kiosk. The
hash is obtained once and cached; when ZMS no longer knows it, the kiosk registers again.

One refresh costs one ``POST /ticketprinter/`` (the buttons, each with its full scope);
``GET /ticketprinter/{hash}/`` (enabled?) and the organisation are asked at most every
``check_every_s``. The set-up is cached as JSON so the kiosk can run from it offline.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.config import ZmsSection
from kiosk.queue.base import BackendRejected, BackendUnavailable, Misconfigured
from kiosk.queue.zms.buttons import (
    ButtonListError,
    Target,
    default_buttonlist,
    listed_scopes,
)
from kiosk.queue.zms.client import EXHAUSTED, PRINTER_UNKNOWN, ZmsCalls, refusal
from kiosk.queue.zms.model import (
    Button,
    Scope,
    Ticketprinter,
    as_bool,
    error_name,
    parse_ticketprinter,
    path,
)

log = logging.getLogger(__name__)

SITE_CACHE = "zms-site.json"
HASH_CACHE = "zms-hash.json"
_HASH = re.compile(r"[A-Za-z0-9]{1,64}")
_ORG_OF_HASH = re.compile(r"(\d{1,9})[a-z]")


@dataclass(frozen=True)
class Site:
    """What the kiosk knows of its ZMS set-up; ``from_cache`` when ZMS is unreachable."""

    hash: str
    printer: Ticketprinter  # with the buttons
    enabled: bool  # as ZMS's ticket printer decides: enabled, or activation not required
    organisation: str
    raw: dict[str, Any]  # what the cache file keeps
    saved_at: str
    fetched_at: float = 0.0  # time.monotonic() of the button fetch
    checked_at: float = 0.0  # time.monotonic() of the enabled check
    from_cache: bool = False
    error: str = ""  # why the cache is in use
    exhausted: frozenset[str] = field(default_factory=frozenset)  # known from a refusal

    def offered(self) -> dict[str, bool]:
        return self.printer.offered_scopes()

    def scope(self, scope_id: str) -> Scope | None:
        return self.printer.scope(scope_id)

    def links(self) -> list[Button]:
        return [b for b in self.printer.buttons if b.kind == "link" and b.url]

    def disabled_text(self) -> str:
        return (
            f"ticket printer {self.printer.name or self.hash} is disabled in ZMS "
            f"(organisation {self.organisation or '?'} requires activation)"
        )

    def enable_fix(self) -> str:
        return (
            f"enable ticket printer {self.hash} in zmsadmin, organisation "
            f"{self.organisation or '?'} (or switch off its ticket printer activation)"
        )


class SiteLoader:
    """Fetches and caches the :class:`Site`; calls go through ``calls``."""

    def __init__(
        self,
        zms: ZmsSection,
        calls: ZmsCalls,
        targets: dict[str, Target],
        cache_dir: Path,
        kiosk_id: str,
        check_every_s: float,
    ) -> None:
        self.zms = zms
        self.calls = calls
        self.targets = targets
        self.cache_dir = cache_dir
        self.kiosk_id = kiosk_id
        self.check_every_s = check_every_s
        self._hash = ""

    # -- the button list ---------------------------------------------------------------

    def buttonlist(self) -> str:
        """``zms.buttonlist``, else one scope button per mapped scope ("s141,s142")."""
        try:
            return self.zms.buttonlist.strip() or default_buttonlist(self.targets)
        except ButtonListError as err:
            raise Misconfigured(str(err)) from None

    def listed(self) -> list[str]:
        try:
            return listed_scopes(self.buttonlist())
        except ButtonListError:
            return []

    # -- fetching ----------------------------------------------------------------------

    def fetch(self, previous: Site | None) -> Site:
        """A fresh button list; enablement from ``previous`` while it is recent."""
        if previous is None or previous.from_cache or self._stale(previous):
            hash_, printer_data = self._printer_entry()
            enabled, organisation = self._enabled(hash_, printer_data)
            checked_at = time.monotonic()
        else:
            hash_, printer_data = previous.hash, previous.raw["ticketprinter"]
            enabled, organisation = previous.enabled, previous.organisation
            checked_at = previous.checked_at
        buttons_data, exhausted = self._buttons(hash_)
        raw = {
            "ticketprinter": printer_data,
            "buttons": buttons_data,
            "enabled": enabled,
            "organisation": organisation,
            "exhausted": sorted(exhausted),
        }
        return self._site_from(hash_, raw, datetime.now(UTC).isoformat(), checked_at)

    def _stale(self, site: Site) -> bool:
        return time.monotonic() - site.checked_at >= self.check_every_s

    def _printer_entry(self) -> tuple[str, Any]:
        hash_ = self.kiosk_hash()
        label = "GET /ticketprinter/{hash}/"
        try:
            return hash_, self.calls.get(f"/ticketprinter/{hash_}/", label)
        except BackendRejected as err:
            if PRINTER_UNKNOWN not in str(err):
                raise
            if self.zms.ticketprinter_hash:
                raise Misconfigured(
                    f"ZMS does not know zms.ticketprinter_hash {hash_!r}; fix it or leave it "
                    "empty so that the kiosk registers itself"
                ) from None
        log.warning("ZMS no longer knows the kiosk's hash (deleted there?): registering again")
        hash_ = self._hash = self.register()
        return hash_, self.calls.get(f"/ticketprinter/{hash_}/", label)

    def _enabled(self, hash_: str, printer_data: Any) -> tuple[bool, str]:
        """(enabled as ZMS's ticket printer decides, organisation id)."""
        printer = parse_ticketprinter(printer_data)
        organisation = str(self.zms.organisation_id or "") or _organisation_of(hash_)
        if printer.enabled:
            return True, organisation
        if not organisation:
            return False, ""
        label = f"GET /organisation/{organisation}/"
        data = self.calls.get(f"/organisation/{organisation}/", label)
        activation = as_bool(path(data, "preferences", "ticketPrinterActivation"), default=True)
        return not activation, organisation

    def _buttons(self, hash_: str) -> tuple[Any, frozenset[str]]:
        """POST /ticketprinter/: reads the buttons, writes nothing, so it is retried like
        a GET. A one-scope list whose contingent is used up is refused with
        GivenNumberCountExceeded: that scope is then known to be exhausted."""
        buttonlist = self.buttonlist()
        label = "POST /ticketprinter/"
        reply = self.calls.http.call(
            "POST",
            "/ticketprinter/",
            idempotent=True,
            label=label,
            json_body={"hash": hash_, "buttonlist": buttonlist},
        )
        if not reply.ok and error_name(reply.body) == EXHAUSTED:
            scopes = frozenset(self.listed())
            stub = [
                {"type": "scope", "name": "", "enabled": False, "scope": {"id": sid}}
                for sid in scopes
            ]
            return {"hash": hash_, "buttonlist": buttonlist, "buttons": stub}, scopes
        if not reply.ok:
            raise refusal(reply, label)
        return self.calls.data(reply, label), frozenset()

    def _site_from(self, hash_: str, raw: dict[str, Any], saved_at: str, checked: float) -> Site:
        buttons = parse_ticketprinter(raw["buttons"]).buttons
        printer = replace(parse_ticketprinter(raw["ticketprinter"]), buttons=buttons)
        return Site(
            hash=hash_,
            printer=printer,
            enabled=bool(raw.get("enabled")),
            organisation=str(raw.get("organisation") or ""),
            raw=raw,
            saved_at=saved_at,
            fetched_at=time.monotonic(),
            checked_at=checked,
            exhausted=frozenset(str(s) for s in raw.get("exhausted") or ()),
        )

    # -- identity ----------------------------------------------------------------------

    def kiosk_hash(self) -> str:
        """``zms.ticketprinter_hash``, else the one obtained earlier (cached), else a new
        one from ZMS. The hash identifies, it does not authenticate."""
        if self.zms.ticketprinter_hash:
            return self.zms.ticketprinter_hash
        if not self._hash:
            self._hash = self._cached_hash() or self.register()
        return self._hash

    def register(self) -> str:
        org = self.zms.organisation_id
        if not org:
            raise Misconfigured(
                "zms.organisation_id or zms.ticketprinter_hash is needed to identify the kiosk"
            )
        label = f"GET /organisation/{org}/hash/"
        reply = self.calls.http.call(  # creates a printer row (disabled): never retried
            "GET",
            f"/organisation/{org}/hash/",
            idempotent=False,
            params={"name": self.zms.kiosk_name or self.kiosk_id},
            label=label,
        )
        hash_ = parse_ticketprinter(self.calls.data(reply, label)).hash
        self._write_json(
            HASH_CACHE, {"base_url": self.zms.base_url, "organisation": org, "hash": hash_}
        )
        log.info("kiosk registered with ZMS organisation %s as ticket printer %s", org, hash_)
        return hash_

    def _cached_hash(self) -> str:
        data = self._read_json(HASH_CACHE)
        hash_ = data.get("hash") if isinstance(data, dict) else None
        if (
            isinstance(hash_, str)
            and _HASH.fullmatch(hash_)
            and data.get("base_url") == self.zms.base_url
            and data.get("organisation") == self.zms.organisation_id
        ):
            return hash_
        return ""

    # -- cache files -------------------------------------------------------------------

    def save(self, site: Site) -> None:
        self._write_json(
            SITE_CACHE,
            {
                "format": 2,
                "base_url": self.zms.base_url,
                "buttonlist": self.buttonlist_or_empty(),
                "saved_at": site.saved_at,
                "hash": site.hash,
                **site.raw,
            },
        )

    def buttonlist_or_empty(self) -> str:
        try:
            return self.buttonlist()
        except BackendRejected:
            return ""

    def load_cache(self) -> Site | None:
        """The cached set-up, or None when absent, for another server or button list,
        or unreadable."""
        data = self._read_json(SITE_CACHE)
        if not isinstance(data, dict) or data.get("format") != 2:
            return None
        if data.get("base_url") != self.zms.base_url:
            return None
        if data.get("buttonlist") != self.buttonlist_or_empty():
            return None
        if self.zms.ticketprinter_hash and data.get("hash") != self.zms.ticketprinter_hash:
            return None
        try:
            site = self._site_from(str(data.get("hash")), data, str(data.get("saved_at")), 0.0)
        except (BackendUnavailable, BackendRejected, TypeError, ValueError, KeyError) as err:
            log.warning("ignoring the ZMS cache %s: %s", self.cache_dir / SITE_CACHE, err)
            return None
        return replace(site, from_cache=True, fetched_at=float("-inf"))

    def _read_json(self, name: str) -> Any:
        try:
            return json.loads((self.cache_dir / name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:
            log.warning("cannot read %s: %s", self.cache_dir / name, err)
            return None

    def _write_json(self, name: str, data: Any) -> None:
        """Atomically (write, then rename): a power cut leaves the old file or the new."""
        target = self.cache_dir / name
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, target)
        except OSError as err:
            log.warning("cannot write %s: %s", target, err)


def _organisation_of(hash_: str) -> str:
    """ZMS's hashes start with the organisation id (``71abcdef...``)."""
    found = _ORG_OF_HASH.match(hash_)
    return found.group(1) if found else ""
