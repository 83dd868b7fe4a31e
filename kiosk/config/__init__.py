"""The kiosk's settings: declared once (:mod:`.sections`), loaded from one TOML file and
validated on load (:mod:`.loader`).

Each section is a frozen dataclass; the field's type is the TOML type it accepts and its
``metadata`` says what else is checked. A broken file never falls back to defaults: the
first problem is reported as one line naming the key (:class:`ConfigError`), and the CLI
exits with status 2.
"""

from kiosk.config.errors import MAX_CONFIG_BYTES, ConfigError
from kiosk.config.loader import check_state_dir, load, load_demo, parse
from kiosk.config.sections import (
    LANDS,
    WEEKDAYS,
    AccessibilitySection,
    BackendSection,
    CardReaderSection,
    CheckinSection,
    Config,
    DisplaySection,
    EmbeddedSection,
    FormsSection,
    GroupPolicy,
    HardwareSection,
    HelpSection,
    KioskSection,
    LoggingSection,
    MaintenanceSection,
    MqttSection,
    OfflineSection,
    OutboxSection,
    PrinterSection,
    PrivacySection,
    ScannerSection,
    SessionSection,
    StaffSection,
    ZmsSection,
)
from kiosk.resources import ASSETS, CATALOGUE, DEMO_CONFIG

__all__ = [
    "ASSETS",
    "CATALOGUE",
    "DEMO_CONFIG",
    "LANDS",
    "MAX_CONFIG_BYTES",
    "WEEKDAYS",
    "AccessibilitySection",
    "BackendSection",
    "CardReaderSection",
    "CheckinSection",
    "Config",
    "ConfigError",
    "DisplaySection",
    "EmbeddedSection",
    "FormsSection",
    "GroupPolicy",
    "HardwareSection",
    "HelpSection",
    "KioskSection",
    "LoggingSection",
    "MaintenanceSection",
    "MqttSection",
    "OfflineSection",
    "OutboxSection",
    "PrinterSection",
    "PrivacySection",
    "ScannerSection",
    "SessionSection",
    "StaffSection",
    "ZmsSection",
    "check_state_dir",
    "load",
    "load_demo",
    "parse",
]
