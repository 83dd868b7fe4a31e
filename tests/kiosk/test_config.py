"""kiosk/config.py: defaults, the demo config, one-line errors naming the key, the CLI contract."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import tomllib
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import config
from kiosk.config import ASSETS, WEEKDAYS, Config, ConfigError, load, load_demo, parse

REPO = Path(__file__).resolve().parents[2]
KIOSK = Path(sys.executable).with_name("kiosk")  # the console script of this venv


# --- helpers ------------------------------------------------------------------------------


def assert_one_line(message: str) -> None:
    assert message.strip(), "empty error message"
    assert "\n" not in message and "\r" not in message, f"not one line: {message!r}"


def error_of(text: str, source: str = "kiosk.toml") -> str:
    """The ConfigError message for ``text``; fails if the text is accepted."""
    with pytest.raises(ConfigError) as info:
        parse(text, source)
    message = str(info.value)
    assert_one_line(message)
    assert message.startswith(f"{source}: "), message
    return message


def load_error(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load(path)
    message = str(info.value)
    assert_one_line(message)
    assert str(path) in message
    return message


# --- defaults and the demo ----------------------------------------------------------------


def test_empty_file_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("# nothing set\n", encoding="utf-8")
    cfg = load(path)
    assert cfg == dataclasses.replace(Config(), source=str(path))
    assert cfg.demo is False
    assert cfg.kiosk.languages == ["de", "ls", "en", "tr", "uk", "ru", "pl", "ar"]
    assert cfg.kiosk.default_language == "de"
    assert (cfg.session.idle_timeout_s, cfg.session.warning_s) == (60, 30)
    assert cfg.backend.kind == "embedded"
    assert cfg.embedded.timezone == "Europe/Berlin"
    assert cfg.embedded.opening_hours == {} and cfg.embedded.groups == {}


def test_default_derived_paths() -> None:
    cfg = Config()
    assert cfg.state_dir == Path("/var/lib/kiosk")
    assert cfg.database_path == Path("/var/lib/kiosk/kiosk.db")
    assert cfg.printer_folder == Path("/var/lib/kiosk/printed")
    assert cfg.catalogue_path == REPO / "assets" / "catalogue.toml"
    assert cfg.catalogue_path.is_file()
    assert str(cfg.tz) == "Europe/Berlin"


def test_derived_paths_follow_state_dir_and_explicit_overrides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    cfg = parse('[kiosk]\nstate_dir = "~/state"\n')
    assert cfg.state_dir == tmp_path / "state"
    assert cfg.database_path == tmp_path / "state" / "kiosk.db"
    assert cfg.printer_folder == tmp_path / "state" / "printed"

    cfg = parse(
        '[kiosk]\nstate_dir = "/srv/k"\ncatalogue = "~/cat.toml"\n'
        '[embedded]\ndatabase = "/data/queue.db"\n[printer]\nfolder = "~/out"\n'
    )
    assert cfg.state_dir == Path("/srv/k")
    assert cfg.database_path == Path("/data/queue.db")
    assert cfg.printer_folder == tmp_path / "out"
    assert cfg.catalogue_path == tmp_path / "cat.toml"


def test_demo_config_loads_with_its_state_dir(tmp_path: Path) -> None:
    cfg = load_demo(str(tmp_path))
    assert cfg.demo is True
    assert cfg.source == "<demo>"
    assert cfg.kiosk.id == "demo-kiosk"
    assert cfg.kiosk.languages == ["de", "ls", "en", "tr", "uk", "ru", "pl", "ar"]
    assert cfg.display.fullscreen is False
    assert set(cfg.embedded.opening_hours) == set(WEEKDAYS)
    assert set(cfg.embedded.groups) == {"A", "B", "C"}
    assert cfg.embedded.groups["A"].handling_minutes == 12.0
    assert isinstance(cfg.embedded.groups["A"].handling_minutes, float)
    assert cfg.printer.kind == "folder"
    assert cfg.help.kind == "simulated"
    # Derived paths: everything the demo writes lives under the given state dir.
    assert cfg.state_dir == tmp_path
    assert cfg.database_path == tmp_path / "kiosk.db"
    assert cfg.printer_folder == tmp_path / "printed"
    assert cfg.catalogue_path == ASSETS / "catalogue.toml"
    assert cfg.catalogue_path.is_file()
    assert not any(tmp_path.iterdir()), "loading the demo config must not write anything"


def test_demo_state_dir_defaults_to_xdg_state_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert load_demo().state_dir == tmp_path / "xdg" / "kiosk-demo"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    cfg = load_demo()
    assert cfg.state_dir == tmp_path / "home" / ".local" / "state" / "kiosk-demo"
    assert cfg.database_path == cfg.state_dir / "kiosk.db"


def test_demo_file_is_valid_on_its_own() -> None:
    """The shipped demo.toml passes the same checks as any site's file."""
    cfg = load(config.DEMO_CONFIG)
    assert cfg.demo is False and cfg.kiosk.id == "demo-kiosk"


# --- one-line errors naming the key --------------------------------------------------------


def test_unknown_key_with_did_you_mean_hint() -> None:
    msg = error_of("[session]\nidle_timout_s = 90\n")
    assert "session.idle_timout_s" in msg
    assert "unknown key" in msg
    assert "did you mean 'idle_timeout_s'" in msg


def test_unknown_section_with_hint_and_unknown_key_without() -> None:
    msg = error_of("[sesion]\nidle_timeout_s = 90\n")
    assert "sesion: unknown key" in msg and "did you mean 'session'" in msg
    msg = error_of("[display]\nbrightness = 3\n")
    assert "display.brightness: unknown key" in msg
    assert "did you mean" not in msg


def test_internal_fields_are_not_settable() -> None:
    assert "demo: unknown key" in error_of("demo = true\n")
    assert "source: unknown key" in error_of('source = "x"\n')


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        (
            '[session]\nidle_timeout_s = "60"\n',
            "session.idle_timeout_s",
            "expected an integer, got string '60'",
        ),
        (
            "[session]\nidle_timeout_s = true\n",
            "session.idle_timeout_s",
            "expected an integer, got boolean",
        ),
        (
            "[session]\nidle_timeout_s = 60.5\n",
            "session.idle_timeout_s",
            "expected an integer, got number",
        ),
        ("[kiosk]\nlanguages = 5\n", "kiosk.languages", "expected a list, got integer 5"),
        ('[kiosk]\nlanguages = "de"\n', "kiosk.languages", "expected a list"),
        ('[kiosk]\nlanguages = ["de", 5]\n', "kiosk.languages[1]", "expected a string"),
        ("[display]\nfullscreen = 1\n", "display.fullscreen", "expected true or false"),
        ("[help]\nsimulated_ack_s = true\n", "help.simulated_ack_s", "expected a number"),
        ("kiosk = 5\n", "kiosk", "expected a table, got integer 5"),
        ("[embedded.groups]\nA = 3\n", "embedded.groups.A", "expected a table"),
        (
            '[embedded.groups.A]\ncounters = "2"\n',
            "embedded.groups.A.counters",
            "expected an integer",
        ),
        (
            '[embedded.opening_hours]\nmon = "08:00-12:00"\n',
            "embedded.opening_hours.mon",
            "expected a list",
        ),
        ("[kiosk]\nlocation = 1979-05-27\n", "kiosk.location", "expected a string"),
    ],
)
def test_wrong_type(text: str, key: str, problem: str) -> None:
    msg = error_of(text)
    assert f"{key}: " in msg
    assert problem in msg


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ("[session]\nidle_timeout_s = 9\n", "session.idle_timeout_s", "below the minimum 10"),
        ("[session]\nidle_timeout_s = 3601\n", "session.idle_timeout_s", "above the maximum 3600"),
        ("[session]\nwarning_s = 19\n", "session.warning_s", "below the minimum 20"),
        ("[display]\nwidth = 100000\n", "display.width", "above the maximum 7680"),
        (
            "[embedded.groups.B]\ncounters = -1\n",
            "embedded.groups.B.counters",
            "below the minimum 0",
        ),
        (
            "[embedded.groups.B]\nhandling_minutes = 0.25\n",
            "embedded.groups.B.handling_minutes",
            "below the minimum 0.5",
        ),
        (
            "[embedded.groups.B]\nhandling_minutes = inf\n",
            "embedded.groups.B.handling_minutes",
            "above the maximum",
        ),
        ("[help]\nsimulated_ack_s = -0.5\n", "help.simulated_ack_s", "below the minimum 0"),
        (
            "[session]\nidle_timeout_s = 10\nwarning_s = 100\n",
            "session.warning_s",
            "shorter than ten idle timeouts",
        ),
    ],
)
def test_value_out_of_range(text: str, key: str, problem: str) -> None:
    msg = error_of(text)
    assert f"{key}: " in msg
    assert problem in msg


@pytest.mark.parametrize(
    "text",
    [
        "[embedded.groups.A]\nhandling_minutes = nan\n",
        "[help]\nsimulated_ack_s = nan\n",
        "[embedded.groups.A]\nhandling_minutes = -nan\n",
    ],
)
def test_nan_is_out_of_range(text: str) -> None:
    """TOML has ``nan``; it compares False with every bound, so a plain ``value < min``
    check lets it through (and the wait estimate then fails on math.floor(nan))."""
    key = "handling_minutes" if "handling" in text else "simulated_ack_s"
    assert f"{key}: nan" in error_of(text)


def test_range_bounds_are_inclusive() -> None:
    cfg = parse(
        "[session]\nidle_timeout_s = 10\nwarning_s = 20\n"
        "[help]\nsimulated_ack_s = 0\n[embedded.groups.A]\ncounters = 0\n"
        "handling_minutes = 480\n"
    )
    assert cfg.session.idle_timeout_s == 10 and cfg.session.warning_s == 20
    assert cfg.help.simulated_ack_s == 0.0
    assert cfg.embedded.groups["A"].counters == 0
    assert cfg.embedded.groups["A"].handling_minutes == 480.0


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ('[backend]\nkind = "remote"\n', "backend.kind", "'remote' is not one of 'embedded'"),
        ('[printer]\nkind = "lpr"\n', "printer.kind", "'lpr' is not one of 'folder', "),
        ('[logging]\nlevel = "INFO"\n', "logging.level", "'INFO' is not one of"),
        ('[help]\nkind = "pager"\n', "help.kind", "'pager' is not one of"),
        ('[kiosk]\nid = "kiosk 01"\n', "kiosk.id", "'kiosk 01' is not valid"),
        ('[kiosk]\nid = ""\n', "kiosk.id", "is not valid"),
    ],
)
def test_bad_choice(text: str, key: str, value: str) -> None:
    msg = error_of(text)
    assert f"{key}: " in msg
    assert value in msg


def test_bad_language_code() -> None:
    msg = error_of('[kiosk]\nlanguages = ["de", "fr"]\n')
    assert "kiosk.languages[1]: unknown language 'fr'" in msg
    assert "known: de, en, tr, uk, ar" in msg


def test_no_languages() -> None:
    assert "kiosk.languages: at least one language" in error_of("[kiosk]\nlanguages = []\n")


def test_default_language_not_in_languages() -> None:
    msg = error_of('[kiosk]\nlanguages = ["de", "en"]\ndefault_language = "tr"\n')
    assert "kiosk.default_language: 'tr' is not in kiosk.languages" in msg
    cfg = parse('[kiosk]\nlanguages = ["tr", "ar"]\ndefault_language = "ar"\n')
    assert cfg.kiosk.default_language == "ar"


@pytest.mark.parametrize("zone", ["Europe/Bonn", "", "Europe", "../../etc/passwd", "CET "])
def test_unknown_timezone(zone: str) -> None:
    msg = error_of(f'[embedded]\ntimezone = "{zone}"\n')
    assert f"embedded.timezone: unknown time zone {zone!r}" in msg


def test_known_timezone_is_accepted() -> None:
    assert str(parse('[embedded]\ntimezone = "Europe/Istanbul"\n').tz) == "Europe/Istanbul"


@pytest.mark.parametrize(
    "span",
    [
        "8-12",
        "12:00-08:00",
        "08:00-24:30",
        "08:00-08:00",
        "8:00-12:00",
        "08:00 - 12:00",
        "24:00-24:00",
        "08:60-12:00",
        "08:00-",
        "",
        "08:00-12:00,14:00-18:00",
    ],
)
def test_bad_opening_hours_span(span: str) -> None:
    msg = error_of(f'[embedded.opening_hours]\nmon = ["07:00-07:30", "{span}"]\n')
    assert "embedded.opening_hours.mon[1]: " in msg
    assert repr(span) in msg


@pytest.mark.parametrize("span", ["08:00-24:00", "00:00-24:00", "00:00-00:01", "23:59-24:00"])
def test_good_opening_hours_span(span: str) -> None:
    cfg = parse(f'[embedded.opening_hours]\nfri = ["{span}"]\n')
    assert cfg.embedded.opening_hours == {"fri": [span]}


def test_unknown_weekday() -> None:
    msg = error_of('[embedded.opening_hours]\nmonday = ["08:00-12:00"]\n')
    assert "embedded.opening_hours.monday: unknown day" in msg
    assert "mon, tue, wed, thu, fri, sat, sun" in msg


def test_only_the_first_problem_is_reported() -> None:
    msg = error_of('[session]\nidle_timeout_s = "x"\nwarning_s = "y"\n')
    assert "session.idle_timeout_s" in msg and "warning_s" not in msg


# --- file problems ---------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert "config file not found" in load_error(tmp_path / "nope.toml")


def test_invalid_toml(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[session\nidle_timeout_s = 60\n", encoding="utf-8")
    msg = load_error(path)
    assert "not valid TOML" in msg and "line 1" in msg


def test_duplicate_key_is_invalid_toml(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[session]\nwarning_s = 30\nwarning_s = 40\n", encoding="utf-8")
    assert "not valid TOML" in load_error(path)


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes('[kiosk]\nlocation = "Bürgerbüro"\n'.encode("latin-1"))
    assert "not UTF-8" in load_error(path)


def test_directory_instead_of_file(tmp_path: Path) -> None:
    assert "cannot read" in load_error(tmp_path)


def test_deeply_nested_toml_is_a_config_error() -> None:
    """tomllib (3.11) recurses per nesting level; a pathological file must still end in a
    ConfigError, not a RecursionError traceback."""
    msg = error_of("a = " + "[" * 5000 + "]" * 5000 + "\n")
    assert "not valid TOML" in msg


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[kiosk]\nid = "k\\n01"\n', "kiosk.id"),
        ('[kiosk]\nlanguages = ["de\\nen"]\n', "kiosk.languages[0]"),
        ('[logging]\nlevel = "info\\r\\nlevel=debug"\n', "logging.level"),
        ('[embedded]\ntimezone = "Europe/Berlin\\n"\n', "embedded.timezone"),
        ('[embedded.opening_hours]\nmon = ["08:00-\\n12:00"]\n', "embedded.opening_hours.mon[0]"),
        (
            '[backend]\nkind = "zms"\n[zms]\nbase_url = "https://zms.example.de"\n'
            'ca_bundle = "/nonexistent/ca\\n.pem"\n',
            "zms.ca_bundle",
        ),
    ],
)
def test_values_with_line_breaks_stay_on_one_line(text: str, key: str) -> None:
    """Values are quoted (repr) in messages, so the error is still one line."""
    assert f"{key}: " in error_of(text)


@pytest.mark.parametrize(
    "text",
    [
        '"lang\\nuages" = 1\n',
        '[embedded.opening_hours]\n"mon\\rday" = []\n',
        '[embedded.groups."A\\nB"]\ncounters = "x"\n',
    ],
)
def test_error_naming_a_key_with_a_line_break_is_one_line(text: str) -> None:
    error_of(text)


# --- property: nothing but ConfigError, always one line ------------------------------------

LANGS = ["de", "ls", "en", "tr", "uk", "ru", "pl", "ar"]
GOOD_SPANS = ["08:00-12:00", "13:30-18:00", "00:00-24:00", "07:15-07:16", "20:00-24:00"]
BAD_STRINGS = [
    "fr",
    "DE",
    "Mars/Olympus",
    "Europe",
    "8-12",
    "12:00-08:00",
    "08:00-24:30",
    "24:00-24:00",
    "monday",
    "remote",
    "kiosk 01",
    "",
    " ",
    "~/x",
    "nan",
]
SECTION_TYPES = {
    f.name: typing.get_type_hints(Config)[f.name]
    for f in dataclasses.fields(Config)
    if not f.metadata.get("internal")
}
KNOWN_NAMES = sorted(
    {
        *SECTION_TYPES,
        *(f.name for cls in SECTION_TYPES.values() for f in dataclasses.fields(cls)),
        *WEEKDAYS,
        "A",
        "B",
        "counters",
        "handling_minutes",
        "daily_contingent",
        "idle_timout_s",
        "demo",
        "source",
    }
)

keys = st.one_of(
    st.sampled_from(KNOWN_NAMES),
    st.text(max_size=10),
)
leaves = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(BAD_STRINGS + GOOD_SPANS + LANGS),
    st.dates(),
)
values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=8,
)
wild = st.one_of(values, st.sampled_from(BAD_STRINGS))


def mostly(
    good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any], one_in: int = 8
) -> st.SearchStrategy[Any]:
    """``bad`` about once in ``one_in`` draws, else ``good``."""
    return st.sampled_from(range(one_in)).flatmap(lambda i: bad if i == 0 else good)


def plausible(name: str, hint: Any, checks: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A value that usually passes the key's own checks, sometimes just misses them."""
    if name == "languages":
        return st.lists(mostly(st.sampled_from(LANGS), wild), min_size=1, max_size=5, unique_by=str)
    if name == "default_language":
        return st.sampled_from(LANGS)
    if name == "timezone":
        return st.sampled_from(["Europe/Berlin", "UTC", "Europe/Istanbul", "Mars/Base"])
    if name == "opening_hours":
        return st.dictionaries(
            mostly(st.sampled_from(WEEKDAYS), keys),
            st.lists(mostly(st.sampled_from(GOOD_SPANS), wild), max_size=3),
            max_size=4,
        )
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return table_for(hint)
    if typing.get_origin(hint) is dict:
        _, item = typing.get_args(hint)
        items = (
            table_for(item)
            if isinstance(item, type) and dataclasses.is_dataclass(item)
            else plausible("", item, {})
        )
        return st.dictionaries(mostly(st.sampled_from(["A", "B", "C"]), keys), items, max_size=3)
    if "choices" in checks:
        return st.sampled_from(checks["choices"])
    if "pattern" in checks:
        return st.sampled_from(["kiosk-01", "K.2_b", "x" * 64, "x" * 65])
    if hint is bool:
        return st.booleans()
    if hint in (int, float) and "min" in checks:
        lo, hi = checks["min"], checks["max"]
        ints = st.integers(int(lo) - 2, int(hi) + 2)
        return ints if hint is int else ints | st.floats(lo - 1, hi + 1)
    if hint is str:
        return st.text(max_size=12)
    return values


def table_for(cls: type[Any]) -> st.SearchStrategy[dict[str, Any]]:
    hints = typing.get_type_hints(cls)
    optional = {
        # About one wild value per file: most files reach the cross-key checks.
        f.name: mostly(plausible(f.name, hints[f.name], f.metadata.get("check", {})), wild, 40)
        for f in dataclasses.fields(cls)
        if not f.metadata.get("internal")
    }
    table = st.fixed_dictionaries({}, optional=optional)
    with_unknown = st.tuples(table, st.dictionaries(keys, values, min_size=1, max_size=1)).map(
        lambda pair: {**pair[0], **pair[1]}
    )
    return mostly(table, with_unknown, 20)


config_tables = mostly(table_for(Config), st.dictionaries(keys, values, max_size=5))


def toml_string(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
        )
    raise TypeError(type(value))


def toml_dump(table: dict[str, Any]) -> str:
    """A tiny TOML writer: every top-level key on its own line, inline tables below."""
    return "".join(f"{toml_string(k)} = {toml_value(v)}\n" for k, v in table.items())


def assert_parses_or_config_error(text: str) -> None:
    try:
        cfg = parse(text, "prop.toml")
    except ConfigError as err:
        assert_one_line(str(err))
        assert str(err).startswith("prop.toml: ")
    else:
        assert isinstance(cfg, Config)


@settings(max_examples=150, deadline=None)
@given(config_tables)
def test_arbitrary_tables_give_a_config_or_one_line_config_error(table: dict[str, Any]) -> None:
    text = toml_dump(table)
    assert repr(tomllib.loads(text)) == repr(table), "the test's TOML writer is wrong"
    assert_parses_or_config_error(text)


TOML_FRAGMENTS = [
    "[kiosk]",
    "[session]",
    "[display]",
    "[embedded]",
    "[embedded.opening_hours]",
    "[embedded.groups.A]",
    "[[group]]",
    "[printer]",
    "[help]",
    "[logging]",
    "[sesion]",
    "idle_timeout_s = 5",
    "idle_timeout_s = 600",
    "warning_s = 25",
    "warning_s = true",
    'languages = ["de", "en"]',
    'languages = ["xx"]',
    "languages = [",
    'default_language = "ar"',
    'timezone = "Europe/Berlin"',
    'timezone = "Nowhere/City"',
    'mon = ["08:00-12:00"]',
    'mon = ["12:00-08:00"]',
    'funday = ["08:00-12:00"]',
    "counters = 3",
    "handling_minutes = nan",
    "handling_minutes = 1e400",
    'kind = "folder"',
    'kind = "x"',
    "a.b.c = {x = [1, 2]}",
    'x = """',
    "= 1",
    '"key',
    "width = 0x10",
    "width = 1_080",
    "fullscreen = false",
    "groups = []",
    "opening_hours = {mon = 1}",
    "x = 1979-05-27T07:32:00",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOML_FRAGMENTS) | st.text(max_size=15), max_size=10))
def test_arbitrary_toml_ish_text_gives_a_config_or_one_line_config_error(
    lines: list[str],
) -> None:
    assert_parses_or_config_error("\n".join(lines))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_gives_a_config_or_one_line_config_error(text: str) -> None:
    assert_parses_or_config_error(text)


# --- the CLI: `kiosk config check` -----------------------------------------------------------


def run_kiosk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "xdg"))
    return subprocess.run(
        [str(KIOSK), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def assert_config_error_exit(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kiosk: config error: "), lines[0]
    for needle in needles:
        assert needle in lines[0]
    assert "OK" not in result.stdout and "<demo>" not in result.stdout + result.stderr
    return lines[0]


def test_cli_broken_config_is_one_line_naming_the_key_and_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[session]\nidle_timeout_s = "sixty"\n', encoding="utf-8")
    assert_config_error_exit(
        run_kiosk(tmp_path, "config", "check", "--config", str(broken)),
        str(broken),
        "session.idle_timeout_s",
        "expected an integer",
    )


def test_cli_unknown_key_names_it_with_hint(tmp_path: Path) -> None:
    broken = tmp_path / "typo.toml"
    broken.write_text("[session]\nidle_timout_s = 60\n", encoding="utf-8")
    assert_config_error_exit(
        run_kiosk(tmp_path, "config", "check", "--config", str(broken)),
        "session.idle_timout_s",
        "did you mean 'idle_timeout_s'",
    )


def test_cli_missing_config_file_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    assert_config_error_exit(
        run_kiosk(tmp_path, "config", "check", "--config", str(missing)), str(missing), "not found"
    )


def test_cli_invalid_toml_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[kiosk\n", encoding="utf-8")
    assert_config_error_exit(
        run_kiosk(tmp_path, "config", "check", "--config", str(broken)), "not valid TOML"
    )


@pytest.mark.skipif(Path("/etc/kiosk/kiosk.toml").exists(), reason="a site config is installed")
def test_cli_without_options_reads_etc_and_never_the_demo(tmp_path: Path) -> None:
    assert_config_error_exit(
        run_kiosk(tmp_path, "config", "check"), "/etc/kiosk/kiosk.toml", "not found"
    )


def test_cli_demo_is_ok(tmp_path: Path) -> None:
    result = run_kiosk(tmp_path, "config", "check", "--demo")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip().startswith("<demo>: OK (")
    assert "concerns in 3 groups" in result.stdout


def test_cli_valid_config_is_ok(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(
        f'[kiosk]\nstate_dir = "{tmp_path}"\nlanguages = ["de", "en"]\n', encoding="utf-8"
    )
    result = run_kiosk(tmp_path, "config", "check", "--config", str(good))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{good}: OK (")


def test_cli_broken_catalogue_is_a_config_error(tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.toml"
    catalogue.write_text('[[group]]\nid = "A"\nprefix = "A"\nname.de = "Pass"\n', encoding="utf-8")
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'[kiosk]\nlanguages = ["de"]\ncatalogue = "{catalogue}"\n', encoding="utf-8")
    assert_config_error_exit(
        run_kiosk(tmp_path, "config", "check", "--config", str(cfg)), str(catalogue), "no concerns"
    )
