"""Shared set-up of the ZMS adapter tests: a fake ZMS with two scopes and a factory of
backends pointing at it (fast timeouts, an injectable breaker clock)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import fake_zms
import pytest

from kiosk.catalogue import load
from kiosk.config import ASSETS, Config, parse
from kiosk.http import CircuitBreaker, HttpSettings
from kiosk.queue.zms.backend import ZmsBackend
from kiosk.queue.zms.client import ZmsHttp

BERLIN = ZoneInfo("Europe/Berlin")
CATALOGUE = load(ASSETS / "catalogue.toml", ["de"])
# Groups A and B are served by scopes 141 and 142; group C has no mapping.
CONCERNS = {"ausweis": "141", "reisepass": "141", "anmeldung": "142"}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def zms() -> Iterator[fake_zms.FakeZms]:
    server = fake_zms.FakeZms().start()
    server.add_scope(141, "Bürgeramt Mitte", prefix="A", processing_minutes=10, workstations=2)
    server.add_scope(142, "Bürgeramt Nord", processing_minutes=15, workstations=1)
    yield server
    server.stop()


def config(
    url: str,
    state: Path,
    *,
    emergency: bool = False,
    first: int = 900,
    last: int = 999,
    read: float = 0.3,
    retries: int = 0,
    ca: str = "",
    hash_: str = "",
    concerns: dict[str, str] | None = None,
) -> Config:
    table = "\n".join(f'{k} = "{v}"' for k, v in (concerns or CONCERNS).items())
    return parse(f"""
[kiosk]
id = "kiosk-07"
state_dir = "{state}"
[backend]
kind = "zms"
[zms]
base_url = "{url}"
organisation_id = {fake_zms.FakeZms.organisation_id}
ticketprinter_hash = "{hash_}"
ca_bundle = "{ca}"
connect_timeout_s = 0.5
read_timeout_s = {read}
retries = {retries}
breaker_failures = 3
[zms.concerns]
{table}
[offline]
emergency_numbers = {str(emergency).lower()}
emergency_first = {first}
emergency_last = {last}
""")


Factory = Callable[..., ZmsBackend]


@pytest.fixture
def make(zms: fake_zms.FakeZms, tmp_path: Path) -> Iterator[Factory]:
    made: list[ZmsBackend] = []

    def factory(
        *,
        clock: Clock | None = None,
        settle_s: float = 30.0,
        url: str = "",
        state: Path | None = None,
        status_ttl_s: float = 0.0,
        config_ttl_s: float = 300.0,
        draw_check_max_age_s: float = 0.0,  # strict here; the kiosk's default in its tests
        **kw: Any,
    ) -> ZmsBackend:
        cfg = config(url or zms.url, state or tmp_path / "state", **kw)
        settings_ = HttpSettings.from_zms(cfg.zms, cfg.kiosk.id)
        breaker = CircuitBreaker(3, 30, clock=clock or Clock(), system="ZMS")
        http = ZmsHttp(settings_, breaker=breaker, sleep=lambda _: None)
        backend = ZmsBackend(
            cfg,
            CATALOGUE,
            http=http,
            settle_s=settle_s,
            status_ttl_s=status_ttl_s,
            config_ttl_s=config_ttl_s,
            draw_check_max_age_s=draw_check_max_age_s,
        )
        made.append(backend)
        return backend

    yield factory
    for backend in made:
        backend.close()


def draw(backend: ZmsBackend, request_id: str, concern: str = "ausweis") -> str:
    group = CATALOGUE.concern(concern).group_id
    return backend.draw_number(concern, group, request_id).number
