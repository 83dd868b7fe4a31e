"""Loading the settings: one TOML file read, converted to the dataclasses of
:mod:`kiosk.config.sections` and validated; the first problem is one line naming the key.
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
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.config.errors import MAX_CONFIG_BYTES, MAX_KEY_CHARS, MAX_TEXT_CHARS, ConfigError
from kiosk.config.sections import (
    _SPAN,
    SITE_SCHEMES,
    WEEKDAYS,
    Config,
    EmbeddedSection,
)
from kiosk.files import FileProblem, read_regular_file
from kiosk.files import check_state_dir as check_state_dir_path
from kiosk.resources import ASSETS as ASSETS  # re-exported: tests and tools use config.ASSETS
from kiosk.resources import DEMO_CONFIG

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
    if cfg.maintenance.daily_cap < cfg.maintenance.max_failures:
        raise ConfigError("maintenance.daily_cap: must not be below maintenance.max_failures")
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


def _check_site_database(e: EmbeddedSection) -> None:
    """A postgresql:// database: no password inside the URL (it would show up in
    process lists and logs), and a password_file that exists."""
    if not e.database.startswith(SITE_SCHEMES):
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
