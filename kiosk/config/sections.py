"""The kiosk's settings, declared once: one frozen dataclass per TOML section.

The field's type is the TOML type it accepts and its ``metadata`` says what else is
checked (:mod:`kiosk.config.loader` reads both).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.resources import CATALOGUE

SITE_SCHEMES = ("postgresql://", "postgres://")  # [embedded] database on a server
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
# A counter as the signs in the hall show it: "3", "12", "B4", "A 2" (no free text). The
# staff console sends it, the kiosk says "please go to counter 3" (kiosk.help.protocol).
COUNTER_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 .-]{0,6}[A-Za-z0-9])?")


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
class StaffSection:
    """The staff console's own settings (kiosk-staff reads them, a kiosk ignores them)."""

    # This workstation's counter: "Zu Schalter 3 bitten" works without typing it in.
    # Empty: typed in the console; kiosk-staff --counter overrides it.
    counter: str = field(
        default="",
        metadata=_check(
            pattern=re.compile(f"(?:{COUNTER_LABEL.pattern})?"),
            hint='a counter as the signs show it, e.g. "3" or "B12": up to 8 letters, '
            "digits, spaces, dots or hyphens",
        ),
    )


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


_WHERE = _check(choices=("below", "right"))


@dataclass(frozen=True)
class HardwareSection:
    """Where the devices sit, seen from the citizen: below the screen or right of it. The
    pictures and the words that show where to hold a code, lay a card or take the ticket
    follow this (the kiosk models differ)."""

    scanner_position: str = field(default="below", metadata=_WHERE)
    reader_position: str = field(default="below", metadata=_WHERE)
    printer_position: str = field(default="below", metadata=_WHERE)


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
    # Wrong PINs in one day after which the screen stays locked until midnight.
    daily_cap: int = field(default=25, metadata=_check(min=1, max=1000))
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
    staff: StaffSection = field(default_factory=StaffSection)
    cardreader: CardReaderSection = field(default_factory=CardReaderSection)
    hardware: HardwareSection = field(default_factory=HardwareSection)
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
        return db if db.startswith(SITE_SCHEMES) else ""

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
    def service_switch_path(self) -> Path:
        """Staff's "out of service" switch (kiosk.ops.maintenance.ServiceSwitch)."""
        return self.state_dir / "out_of_service.json"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.embedded.timezone)
