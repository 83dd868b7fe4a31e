"""The kiosk's settings: declared once here, loaded from one TOML file, validated on load.

Each section is a frozen dataclass; the field's type is the TOML type it accepts and its
``metadata`` says what else is checked. A broken file never falls back to defaults: the
first problem is reported as one line naming the key (:class:`ConfigError`), and the CLI
exits with status 2.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import os
import re
import tomllib
import types
import typing
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.files import FileProblem, read_regular_file
from kiosk.files import check_state_dir as check_state_dir_path
from kiosk.resources import ASSETS as ASSETS  # re-exported: tests and tools use config.ASSETS
from kiosk.resources import CATALOGUE, DEMO_CONFIG

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class ConfigError(Exception):
    """One line: where (file and key) and what is wrong."""


def _check(**checks: Any) -> dict[str, Any]:
    return {"check": checks}


@dataclass(frozen=True)
class KioskSection:
    """Who this terminal is and what it offers."""

    id: str = field(default="kiosk-01", metadata=_check(pattern=_ID))
    location: str = "Bürgerbüro"
    languages: list[str] = field(
        default_factory=lambda: ["de", "ls", "en", "tr", "uk", "ru", "pl", "ar"]
    )
    default_language: str = "de"
    catalogue: str = ""  # empty: the built-in assets/catalogue.toml
    state_dir: str = "/var/lib/kiosk"  # database, outbox, printed files


@dataclass(frozen=True)
class SessionSection:
    idle_timeout_s: int = field(default=60, metadata=_check(min=10, max=3600))
    warning_s: int = field(default=30, metadata=_check(min=20, max=600))


@dataclass(frozen=True)
class DisplaySection:
    fullscreen: bool = True
    width: int = field(default=1080, metadata=_check(min=480, max=7680))
    height: int = field(default=1920, metadata=_check(min=480, max=7680))
    show_cursor: bool = False


@dataclass(frozen=True)
class BackendSection:
    kind: str = field(default="embedded", metadata=_check(choices=("embedded", "zms")))
    sync_interval_s: float = field(default=15.0, metadata=_check(min=2, max=3600))


@dataclass(frozen=True)
class ZmsSection:
    """The ZMS (eAppointment) REST API of the town's central appointment system."""

    base_url: str = ""  # e.g. "https://zms.example.de/terminvereinbarung/api/2"
    organisation_id: int = field(default=0, metadata=_check(min=0, max=999_999_999))
    kiosk_name: str = ""  # registered as ticket printer name; empty: kiosk.id
    ticketprinter_hash: str = ""  # fixed hash; empty: obtained from ZMS at start
    buttonlist: str = ""  # e.g. "s141,s142": the scopes this kiosk offers
    concerns: dict[str, str] = field(default_factory=dict)  # concern id -> scope id
    authkey_file: str = ""  # file holding an X-Authkey the town granted; empty: anonymous
    booking_url: str = ""  # online booking, shown as a QR code when numbers run out
    concern_screen: str = field(
        default="catalogue", metadata=_check(choices=("catalogue", "buttons"))
    )  # buttons: the concern screen shows ZMS's buttons (names from ZMS)
    ca_bundle: str = ""  # PEM file of the CA to trust; empty: the system's CAs
    verify_tls: bool = True
    connect_timeout_s: float = field(default=3.0, metadata=_check(min=0.1, max=60))
    read_timeout_s: float = field(default=5.0, metadata=_check(min=0.1, max=120))
    retries: int = field(default=2, metadata=_check(min=0, max=10))  # idempotent calls only
    breaker_failures: int = field(default=3, metadata=_check(min=1, max=100))
    breaker_reset_s: float = field(default=30.0, metadata=_check(min=1, max=3600))


@dataclass(frozen=True)
class OfflineSection:
    """What the kiosk does when the central system cannot be reached."""

    emergency_numbers: bool = False  # issue numbers from a local range, reported later
    emergency_prefix: str = field(
        default="N",
        metadata=_check(pattern=re.compile(r"[A-Z]{1,2}"), hint="one or two capital letters"),
    )
    emergency_first: int = field(default=900, metadata=_check(min=1, max=999))
    emergency_last: int = field(default=999, metadata=_check(min=1, max=999))


@dataclass(frozen=True)
class CheckinSection:
    early_minutes: int = field(default=30, metadata=_check(min=0, max=1440))
    late_minutes: int = field(default=15, metadata=_check(min=0, max=1440))


@dataclass(frozen=True)
class ScannerSection:
    """A USB barcode scanner types like a keyboard: a fast burst ending in Enter."""

    max_key_interval_ms: int = field(default=35, metadata=_check(min=5, max=500))
    min_length: int = field(default=6, metadata=_check(min=1, max=200))


@dataclass(frozen=True)
class OutboxSection:
    url: str = ""  # where queued items are POSTed (JSON, Idempotency-Key); empty: kept
    ca_bundle: str = ""  # PEM file of the CA that signed the endpoint; empty: the system's
    retry_first_s: float = field(default=2.0, metadata=_check(min=0.05, max=3600))
    retry_max_s: float = field(default=300.0, metadata=_check(min=0.1, max=86400))


@dataclass(frozen=True)
class GroupPolicy:
    """Staffing of one concern group (A, B, ...) for the wait estimate and the contingent."""

    counters: int = field(default=1, metadata=_check(min=0, max=100))
    handling_minutes: float = field(default=10.0, metadata=_check(min=0.5, max=480))
    daily_contingent: int = field(default=200, metadata=_check(min=1, max=999))


@dataclass(frozen=True)
class EmbeddedSection:
    database: str = ""  # empty: <state_dir>/kiosk.db; "postgresql://...": the site database
    password_file: str = ""  # the site database's password (first line); docs/site.md
    timezone: str = "Europe/Berlin"
    opening_hours: dict[str, list[str]] = field(default_factory=dict)
    groups: dict[str, GroupPolicy] = field(default_factory=dict)


@dataclass(frozen=True)
class PrinterSection:
    kind: str = field(
        default="folder", metadata=_check(choices=("folder", "simulated", "escpos", "cups"))
    )
    folder: str = ""  # folder: empty = <state_dir>/printed
    uri: str = ""  # escpos: "tcp://host:9100" or "usb://VID:PID"
    cups_queue: str = ""  # cups: the queue name; the server from CUPS_SERVER / client.conf
    profile: str = "tm-t88"  # escpos: model profile (dpi, dot width, cut, presenter)
    timeout_s: float = field(default=5.0, metadata=_check(min=0.5, max=120))
    status_poll_s: float = field(default=10.0, metadata=_check(min=1, max=3600))


@dataclass(frozen=True)
class HelpSection:
    """How help calls reach staff: simulated (demo) or MQTT to the staff consoles."""

    kind: str = field(default="simulated", metadata=_check(choices=("simulated", "mqtt")))
    simulated_ack_s: float = field(default=4.0, metadata=_check(min=0, max=600))
    escalate_after_s: float = field(default=90.0, metadata=_check(min=5, max=3600))
    site: str = field(default="site", metadata=_check(pattern=_ID))  # topic level <site>
    location_label: str = ""  # shown to staff, e.g. "Foyer, Terminal 2"; empty: kiosk.location


@dataclass(frozen=True)
class MqttSection:
    """The Mosquitto broker shared with the staff consoles."""

    host: str = "127.0.0.1"
    port: int = field(default=1883, metadata=_check(min=1, max=65535))
    topic_prefix: str = field(default="buergerbuero", metadata=_check(pattern=_ID))
    username: str = ""  # empty: anonymous (only for a broker on localhost)
    password_file: str = ""  # a file holding the password (never the password itself)
    tls: bool = False
    ca_file: str = ""  # PEM of the broker's CA; empty: the system's CAs
    cert_file: str = ""  # client certificate instead of a password
    key_file: str = ""
    keepalive_s: int = field(default=30, metadata=_check(min=5, max=600))
    reconnect_max_s: float = field(default=30.0, metadata=_check(min=1, max=600))


@dataclass(frozen=True)
class CardReaderSection:
    """The contactless reader for ID cards and passports (PC/SC)."""

    kind: str = field(default="pcsc", metadata=_check(choices=("pcsc", "simulated", "none")))
    reader: str = ""  # part of the reader's name; empty: the first reader found
    timeout_s: float = field(default=5.0, metadata=_check(min=0.5, max=60))


@dataclass(frozen=True)
class AccessibilitySection:
    # Read-aloud through Qt's text-to-speech: "speechd" (speech-dispatcher with espeak-ng
    # voices), "mock" (tests: nothing is heard) or "none".
    speech_engine: str = field(
        default="speechd", metadata=_check(choices=("speechd", "mock", "none"))
    )
    lowered_fraction: float = field(default=0.35, metadata=_check(min=0.1, max=0.6))
    # Keys for non-visual operation: a built-in mapping of assets/keypads/ ("standard":
    # a USB keyboard; "navpad": an EZ-Access-style kiosk keypad) or a .json file's path.
    keypad: str = "standard"
    # Holding a finger this long on the welcome screen starts audio mode.
    long_press_s: float = field(default=2.0, metadata=_check(min=0.8, max=10))


# The Länder by their abbreviation ([forms] land).
_LANDS = "BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH"
LANDS: tuple[str, ...] = tuple(_LANDS.split())


@dataclass(frozen=True)
class FormsSection:
    # Also print everything the citizen entered (the receipt alone shows only what the
    # law allows on paper, e.g. for the Anmeldung names, dates, address and status).
    print_full_form: bool = False
    # The Land (BW, BY, BE, ...): code lists that differ by Land (the religious communities
    # of the register) offer that Land's entries; empty: all of them.
    land: str = field(
        default="",
        metadata=_check(choices=("", *LANDS)),
    )
    # Fees in EUR that forms show (fee id -> amount); the town sets its own.
    fees: dict[str, float] = field(
        default_factory=lambda: {"fuehrungszeugnis": 13.0, "fuehrungszeugnis_europaeisch": 17.0}
    )


@dataclass(frozen=True)
class MaintenanceSection:
    """The hidden maintenance screen (five taps in the welcome screen's corner + PIN)."""

    pin_hash: str = ""  # from `kiosk maintenance hash-pin`; empty: maintenance is closed
    max_failures: int = field(default=5, metadata=_check(min=1, max=20))
    lockout_s: float = field(default=300.0, metadata=_check(min=10, max=86400))
    allow_exit: bool = False  # may staff leave the kiosk application from there?


@dataclass(frozen=True)
class PrivacySection:
    """What is kept about citizens, sealed how, and for how long (DSGVO Art. 5, 13, 25)."""

    # The office's public key (PEM, from `kiosk keys generate` on the clerk side). Set:
    # submissions are sealed on the kiosk, which cannot read them back. Empty: unsealed.
    public_key: str = ""
    controller: str = ""  # the authority responsible, named in the privacy notice
    notice_url: str = ""  # https address of the full Art. 13 notice
    printed_days: int = field(default=1, metadata=_check(min=0, max=30))  # folder printer
    rejected_days: int = field(default=7, metadata=_check(min=1, max=90))  # refused items
    submissions_days: int = field(default=30, metadata=_check(min=1, max=365))  # embedded


@dataclass(frozen=True)
class LoggingSection:
    level: str = field(
        default="info", metadata=_check(choices=("debug", "info", "warning", "error"))
    )


@dataclass(frozen=True)
class Config:
    kiosk: KioskSection = field(default_factory=KioskSection)
    session: SessionSection = field(default_factory=SessionSection)
    display: DisplaySection = field(default_factory=DisplaySection)
    backend: BackendSection = field(default_factory=BackendSection)
    embedded: EmbeddedSection = field(default_factory=EmbeddedSection)
    zms: ZmsSection = field(default_factory=ZmsSection)
    offline: OfflineSection = field(default_factory=OfflineSection)
    checkin: CheckinSection = field(default_factory=CheckinSection)
    scanner: ScannerSection = field(default_factory=ScannerSection)
    outbox: OutboxSection = field(default_factory=OutboxSection)
    printer: PrinterSection = field(default_factory=PrinterSection)
    help: HelpSection = field(default_factory=HelpSection)
    mqtt: MqttSection = field(default_factory=MqttSection)
    cardreader: CardReaderSection = field(default_factory=CardReaderSection)
    accessibility: AccessibilitySection = field(default_factory=AccessibilitySection)
    forms: FormsSection = field(default_factory=FormsSection)
    maintenance: MaintenanceSection = field(default_factory=MaintenanceSection)
    logging: LoggingSection = field(default_factory=LoggingSection)
    privacy: PrivacySection = field(default_factory=PrivacySection)
    source: str = field(default="<defaults>", metadata={"internal": True})
    demo: bool = field(default=False, metadata={"internal": True})

    # Derived paths, so no caller joins them differently.
    @property
    def state_dir(self) -> Path:
        return Path(os.path.expanduser(self.kiosk.state_dir))

    @property
    def site_database(self) -> str:
        """The site's PostgreSQL URL, or "" when the stores are SQLite files here."""
        db = self.embedded.database
        return db if db.startswith(_SITE_SCHEMES) else ""

    @property
    def database_path(self) -> Path:
        db = self.embedded.database
        return Path(os.path.expanduser(db)) if db else self.state_dir / "kiosk.db"

    @property
    def printer_folder(self) -> Path:
        f = self.printer.folder
        return Path(os.path.expanduser(f)) if f else self.state_dir / "printed"

    @property
    def catalogue_path(self) -> Path:
        c = self.kiosk.catalogue
        return Path(os.path.expanduser(c)) if c else CATALOGUE

    @property
    def cache_dir(self) -> Path:
        """Configuration and catalogue from the central system, for offline starts."""
        return self.state_dir / "cache"

    @property
    def outbox_path(self) -> Path:
        return self.state_dir / "outbox.db"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.embedded.timezone)


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _key(key: str) -> str:
    """A key as TOML would write it: bare when plain, quoted (one line) otherwise."""
    return key if _PLAIN_KEY.fullmatch(key) else json.dumps(key)


def _type_name(tp: Any) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
    if tp in names:
        return names[tp]
    origin = typing.get_origin(tp)
    if origin is list:
        return "a list"
    if origin is dict or dataclasses.is_dataclass(tp):
        return "a table"
    return str(tp)


def _describe(value: Any) -> str:
    kinds = {
        str: "string",
        bool: "boolean",
        int: "integer",
        float: "number",
        list: "list",
        dict: "table",
    }
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{kinds.get(type(value), type(value).__name__)} {text}"


def _convert(value: Any, tp: Any, where: str) -> Any:
    """Check ``value`` against the annotated type ``tp``; return the typed value."""
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected a table, got {_describe(value)}")
        return _build(tp, value, where)
    origin = typing.get_origin(tp)
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list, got {_describe(value)}")
        return [_convert(v, item_tp, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        _, val_tp = typing.get_args(tp)
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected a table, got {_describe(value)}")
        for k in value:
            _check_text(k, f"{where}.{_key(k)}", MAX_KEY_CHARS)
        return {k: _convert(v, val_tp, f"{where}.{_key(k)}") for k, v in value.items()}
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, bool):
        raise ConfigError(f"{where}: expected an integer, got {_describe(value)}")
    if isinstance(tp, type) and not isinstance(value, tp):
        raise ConfigError(f"{where}: expected {_type_name(tp)}, got {_describe(value)}")
    if isinstance(value, str):
        _check_text(value, where, MAX_TEXT_CHARS)
    return value


# Every string in the config ends up on screen, in a log line, a path or a URL: none
# needs control characters or more than a few hundred characters.
MAX_TEXT_CHARS = 1000
MAX_KEY_CHARS = 100
MAX_CONFIG_BYTES = 1_000_000  # a real config is a few kB; /dev/zero is endless


def _check_text(value: str, where: str, limit: int) -> None:
    if len(value) > limit:
        raise ConfigError(f"{where}: too long ({len(value)} characters, at most {limit})")
    for i, ch in enumerate(value):
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            raise ConfigError(
                f"{where}: control character U+{ord(ch):04X} at position {i + 1} "
                "(line breaks, tabs and NUL are not allowed)"
            )


def _check_value(value: Any, checks: dict[str, Any], where: str) -> None:
    if "min" in checks and not value >= checks["min"]:  # not "<": NaN must fail too
        raise ConfigError(f"{where}: {value} is below the minimum {checks['min']}")
    if "max" in checks and value > checks["max"]:
        raise ConfigError(f"{where}: {value} is above the maximum {checks['max']}")
    if "choices" in checks and value not in checks["choices"]:
        choices = ", ".join(repr(c) for c in checks["choices"])
        raise ConfigError(f"{where}: {value!r} is not one of {choices}")
    if "pattern" in checks and not checks["pattern"].fullmatch(value):
        hint = checks.get("hint", "letters, digits, - _ .")
        raise ConfigError(f"{where}: {value!r} is not valid ({hint})")


def _build(cls: type[Any], table: dict[str, Any], where: str) -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        here = f"{where}.{_key(key)}" if where else _key(key)
        if key not in fields:
            close = difflib.get_close_matches(key, fields, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"{here}: unknown key{hint}")
        tp = hints[key]
        if isinstance(tp, types.UnionType):  # not used yet; keep the error honest
            raise ConfigError(f"{here}: unsupported type")
        typed = _convert(value, tp, here)
        _check_value(typed, fields[key].metadata.get("check", {}), here)
        kwargs[key] = typed
    return cls(**kwargs)


def _validate(cfg: Config) -> None:
    """Checks that span keys or need more than a type."""
    langs = cfg.kiosk.languages
    from kiosk.i18n import LANGUAGES  # local: i18n imports nothing from here

    for i, code in enumerate(langs):
        if code not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            raise ConfigError(f"kiosk.languages[{i}]: unknown language {code!r} (known: {known})")
    if not langs:
        raise ConfigError("kiosk.languages: at least one language is needed")
    if len(set(langs)) != len(langs):
        raise ConfigError("kiosk.languages: a language is listed twice")
    if cfg.kiosk.default_language not in langs:
        raise ConfigError(
            f"kiosk.default_language: {cfg.kiosk.default_language!r} is not in kiosk.languages"
        )
    try:
        ZoneInfo(cfg.embedded.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"embedded.timezone: unknown time zone {cfg.embedded.timezone!r}"
        ) from None
    for day, spans in cfg.embedded.opening_hours.items():
        if day not in WEEKDAYS:
            raise ConfigError(
                f"embedded.opening_hours.{_key(day)}: unknown day (use {', '.join(WEEKDAYS)})"
            )
        for i, span in enumerate(spans):
            m = _SPAN.fullmatch(span)
            end = (m.group(3) or m.group(5), m.group(4) or m.group(6)) if m else ("", "")
            if not m or (m.group(1), m.group(2)) >= end:
                raise ConfigError(
                    f"embedded.opening_hours.{day}[{i}]: {span!r} is not a time span like "
                    "'08:00-12:30'"
                )
    if not cfg.kiosk.state_dir.strip():
        raise ConfigError(
            "kiosk.state_dir: must not be empty (the folder for the queue, forms and printouts)"
        )
    if not cfg.state_dir.is_absolute():
        raise ConfigError(
            f"kiosk.state_dir: {cfg.kiosk.state_dir!r} is not an absolute path "
            "(like /var/lib/kiosk)"
        )
    if cfg.maintenance.pin_hash and not cfg.maintenance.pin_hash.startswith("scrypt$"):
        raise ConfigError("maintenance.pin_hash: not a hash from `kiosk maintenance hash-pin`")
    _check_site_database(cfg.embedded)
    if cfg.outbox.retry_first_s > cfg.outbox.retry_max_s:
        raise ConfigError("outbox.retry_first_s: must not be above outbox.retry_max_s")
    if cfg.outbox.url and not cfg.outbox.url.startswith(("https://", "http://")):
        raise ConfigError("outbox.url: an http(s) URL is needed")
    if cfg.outbox.ca_bundle and not Path(os.path.expanduser(cfg.outbox.ca_bundle)).is_file():
        raise ConfigError(f"outbox.ca_bundle: file not found: {cfg.outbox.ca_bundle!r}")
    if cfg.offline.emergency_first > cfg.offline.emergency_last:
        raise ConfigError("offline.emergency_first: must not be above offline.emergency_last")
    if cfg.backend.kind == "zms":
        if not cfg.zms.base_url.startswith(("https://", "http://")):
            raise ConfigError("zms.base_url: an http(s) URL is needed for backend.kind = 'zms'")
        if cfg.zms.ca_bundle and not Path(os.path.expanduser(cfg.zms.ca_bundle)).is_file():
            raise ConfigError(f"zms.ca_bundle: file not found: {cfg.zms.ca_bundle!r}")
        if cfg.zms.authkey_file and not Path(os.path.expanduser(cfg.zms.authkey_file)).is_file():
            raise ConfigError(f"zms.authkey_file: file not found: {cfg.zms.authkey_file!r}")
        if cfg.zms.booking_url and not cfg.zms.booking_url.startswith(("https://", "http://")):
            raise ConfigError("zms.booking_url: an http(s) URL is needed")
        from kiosk.queue.zms.buttons import ButtonListError, check  # local: no cycle

        try:
            check(cfg.zms.buttonlist, cfg.zms.concerns)
        except ButtonListError as err:
            raise ConfigError(str(err)) from None
    if cfg.printer.kind == "escpos" and not cfg.printer.uri.startswith(("tcp://", "usb://")):
        raise ConfigError(
            "printer.uri: 'tcp://HOST:PORT' or 'usb://VID:PID' is required for escpos"
        )
    if cfg.printer.kind == "cups" and not cfg.printer.cups_queue:
        raise ConfigError("printer.cups_queue: a queue name is required for cups")
    if cfg.privacy.public_key and not Path(os.path.expanduser(cfg.privacy.public_key)).is_file():
        raise ConfigError(f"privacy.public_key: file not found: {cfg.privacy.public_key!r}")
    if cfg.privacy.notice_url and not cfg.privacy.notice_url.startswith("https://"):
        raise ConfigError("privacy.notice_url: an https URL is needed")
    if cfg.session.warning_s >= cfg.session.idle_timeout_s * 10:
        raise ConfigError("session.warning_s: must be shorter than ten idle timeouts")


def parse(text: str, source: str = "<string>", *, demo: bool = False) -> Config:
    """Parse and validate TOML text. Raises ConfigError with ``source`` in the message."""
    text = text.removeprefix("\ufeff")  # a byte-order mark some Windows editors write
    try:
        table = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as err:  # deep nesting: not a crash
        raise ConfigError(f"{source}: not valid TOML: {err}") from None
    try:
        cfg: Config = _build(Config, table, "")
        cfg = dataclasses.replace(cfg, source=source, demo=demo)
        _validate(cfg)
    except ConfigError as err:
        raise ConfigError(f"{source}: {err}") from None
    return cfg


_SITE_SCHEMES = ("postgresql://", "postgres://")


def _check_site_database(e: EmbeddedSection) -> None:
    """A postgresql:// database: no password inside the URL (it would show up in
    process lists and logs), and a password_file that exists."""
    if not e.database.startswith(_SITE_SCHEMES):
        if e.password_file:
            raise ConfigError("embedded.password_file: only used with a postgresql:// database")
        return
    from urllib.parse import urlsplit  # local: rarely needed

    try:
        parts = urlsplit(e.database)
        has_password = parts.password is not None
    except ValueError as err:
        raise ConfigError(f"embedded.database: not a valid URL ({err})") from None
    if has_password or "password=" in parts.query:
        raise ConfigError(
            "embedded.database: put the password in embedded.password_file, not in the URL"
        )
    if e.password_file and not Path(os.path.expanduser(e.password_file)).is_file():
        raise ConfigError(f"embedded.password_file: file not found: {e.password_file!r}")


def load(path: str | os.PathLike[str]) -> Config:
    """Read, parse and validate a config file, and check the files it names."""
    p = Path(path)
    try:
        raw = read_regular_file(p, MAX_CONFIG_BYTES)
    except FileProblem as err:
        what = "config file not found" if str(err) == "not found" else str(err)
        raise ConfigError(f"{p}: {what}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: not UTF-8 text") from None
    cfg = parse(text, str(p))
    try:
        _check_files(cfg)
    except ConfigError as err:
        raise ConfigError(f"{p}: {err}") from None
    return cfg


def _check_files(cfg: Config) -> None:
    """What needs the file system: the catalogue file, and group settings against it."""
    if cfg.kiosk.catalogue:
        try:
            read_regular_file(cfg.catalogue_path, MAX_CONFIG_BYTES)
        except FileProblem as err:
            raise ConfigError(f"kiosk.catalogue: {cfg.catalogue_path}: {err}") from None
    from kiosk.accessibility import keypad  # local: reads assets/keypads

    try:
        keypad.load(cfg.accessibility.keypad)
    except keypad.KeypadError as err:
        raise ConfigError(f"accessibility.keypad: {err}") from None
    if cfg.embedded.groups:
        from kiosk import catalogue  # local: the catalogue module imports this one

        try:
            known = [g.id for g in catalogue.load(cfg.catalogue_path, cfg.kiosk.languages).groups]
        except ConfigError as err:
            raise ConfigError(f"kiosk.catalogue: {err}") from None
        for group in cfg.embedded.groups:
            if group not in known:
                raise ConfigError(
                    f"embedded.groups.{_key(group)}: no such group in the catalogue "
                    f"(its groups: {', '.join(known)})"
                )


def check_state_dir(cfg: Config, *, create: bool) -> None:
    """kiosk.state_dir must be (or become, with ``create``) a folder the kiosk can write:
    checked by the commands that use it, before anything is written."""
    try:
        check_state_dir_path(cfg.state_dir, create=create)
    except FileProblem as err:
        raise ConfigError(f"{cfg.source}: kiosk.state_dir: {err}") from None


def load_demo(state_dir: str | None = None) -> Config:
    """The built-in demo configuration; ``state_dir`` overrides where its data lives."""
    cfg = parse(DEMO_CONFIG.read_text(encoding="utf-8"), "<demo>", demo=True)
    if state_dir is None:
        base = os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
        state_dir = os.path.join(base, "kiosk-demo")
    return dataclasses.replace(cfg, kiosk=dataclasses.replace(cfg.kiosk, state_dir=state_dir))
