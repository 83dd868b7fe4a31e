"""Bad configs found by trying inputs as an admin would: each is one line naming the key
(or the file), exit status 2, no traceback and no hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rigs import require

from kiosk import config
from kiosk.config import Config, ConfigError, load, parse
from kiosk.files import FileProblem, read_regular_file

KIOSK = Path(sys.executable).with_name("kiosk")


def kiosk(tmp_path: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    env["XDG_STATE_HOME"] = str(tmp_path / "xdg")
    return subprocess.run(
        [str(KIOSK), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def one_line_exit_2(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kiosk: config error: "), lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    return lines[0]


def config_error(fn: Callable[..., object], *args: object) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        fn(*args)
    return info.value


def write(tmp_path: Path, body: str, name: str = "kiosk.toml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def with_state(tmp_path: Path, extra: str = "", state: str | None = None) -> Path:
    state = str(tmp_path / "state") if state is None else state
    return write(tmp_path, f'[kiosk]\nstate_dir = "{state}"\n{extra}')


# --- the config file itself ---------------------------------------------------------------


def test_dev_zero_as_config_is_refused_without_reading_it(tmp_path):
    line = one_line_exit_2(kiosk(tmp_path, "config", "check", "--config", "/dev/zero"))
    assert "/dev/zero" in line and "not a regular file" in line


def test_a_fifo_as_config_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "kiosk.toml"
    os.mkfifo(fifo)
    line = one_line_exit_2(kiosk(tmp_path, "config", "check", "--config", str(fifo), timeout=20))
    assert "not a regular file" in line


def test_a_huge_config_file_is_refused(tmp_path):
    path = tmp_path / "kiosk.toml"
    with open(path, "wb") as f:
        f.truncate(config.MAX_CONFIG_BYTES + 1)  # sparse: costs no disk
    assert "too large" in str(config_error(load, path))


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"\xef\xbb\xbf" + f'[kiosk]\nstate_dir = "{tmp_path}"\n'.encode())
    assert load(path).state_dir == tmp_path
    result = kiosk(tmp_path, "config", "check", "--config", str(path))
    assert result.returncode == 0, result.stderr
    assert parse('\ufeff[kiosk]\nid = "k-2"\n').kiosk.id == "k-2"


def test_unreadable_file_is_one_line(tmp_path, monkeypatch):
    path = write(tmp_path, "")

    def denied(*_args: object, **_kw: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("kiosk.files.os.open", denied)  # root reads anything: pretend
    with pytest.raises(FileProblem, match="permission denied"):
        read_regular_file(path, 100)
    msg = str(config_error(load, path))
    assert msg == f"{path}: cannot read: permission denied"


# --- kiosk.catalogue --------------------------------------------------------------------------


def test_catalogue_pointing_at_a_folder(tmp_path):
    (tmp_path / "cat").mkdir()
    cfg = with_state(tmp_path, f'catalogue = "{tmp_path / "cat"}"\n')
    for command in (("config", "check"), ("run", "--exit-after-first-frame")):
        line = one_line_exit_2(kiosk(tmp_path, *command, "--config", str(cfg)))
        assert "kiosk.catalogue" in line and "folder" in line


def test_catalogue_pointing_at_a_device_or_missing_file(tmp_path):
    cfg = with_state(tmp_path, 'catalogue = "/dev/zero"\n')
    assert "kiosk.catalogue: /dev/zero" in str(config_error(load, cfg))
    cfg = with_state(tmp_path, f'catalogue = "{tmp_path / "none.toml"}"\n')
    assert "kiosk.catalogue" in str(config_error(load, cfg))


def test_unreadable_catalogue_names_the_key(tmp_path, monkeypatch):
    cat = write(tmp_path, "", "cat.toml")
    cfg = with_state(tmp_path, f'catalogue = "{cat}"\n')
    real_open = os.open

    def deny_catalogue(path: object, *args: object, **kw: object) -> int:
        if str(path) == str(cat):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr("kiosk.files.os.open", deny_catalogue)
    msg = str(config_error(load, cfg))
    assert "kiosk.catalogue" in msg and "permission denied" in msg


# --- kiosk.state_dir --------------------------------------------------------------------------

STATE_COMMANDS = [
    ("config", "check"),
    ("stats", "export"),
    ("submissions", "export", "--out", "exported"),
    ("appointments", "list"),
]


@pytest.mark.parametrize("command", STATE_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_state_dir_is_a_file(tmp_path, command):
    (tmp_path / "afile").write_text("x")
    cfg = with_state(tmp_path, state=str(tmp_path / "afile"))
    line = one_line_exit_2(kiosk(tmp_path, *command, "--config", str(cfg)))
    assert "kiosk.state_dir" in line and "not a folder" in line


@pytest.mark.parametrize("command", STATE_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_state_dir_cannot_be_created(tmp_path, command):
    (tmp_path / "afile").write_text("x")
    cfg = with_state(tmp_path, state=str(tmp_path / "afile" / "state"))
    line = one_line_exit_2(kiosk(tmp_path, *command, "--config", str(cfg)))
    assert "kiosk.state_dir: cannot create" in line


@pytest.mark.parametrize("state", ["", "   ", "relative/state"])
def test_state_dir_empty_or_relative(tmp_path, state):
    cfg = with_state(tmp_path, state=state)
    line = one_line_exit_2(kiosk(tmp_path, "stats", "export", "--config", str(cfg)))
    assert "kiosk.state_dir" in line


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write in: a read-only mount for root (who ignores modes)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    require("read-only mount", None if mounted.returncode == 0 else mounted.stderr.strip())
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.parametrize("command", STATE_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_state_dir_read_only(tmp_path, read_only_dir, command):
    for state in (read_only_dir, read_only_dir / "state"):
        cfg = with_state(tmp_path, state=str(state))
        line = one_line_exit_2(kiosk(tmp_path, *command, "--config", str(cfg)))
        assert "kiosk.state_dir" in line
        assert "writable" in line or "Read-only" in line


def test_a_good_state_dir_is_made_private_by_the_first_command(tmp_path):
    cfg = with_state(tmp_path, state=str(tmp_path / "new" / "state"))
    result = kiosk(tmp_path, "stats", "export", "--config", str(cfg))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new" / "state").stat().st_mode & 0o777 == 0o700


# --- embedded.groups ------------------------------------------------------------------------


@pytest.mark.parametrize("group", ["a", "Z"])
def test_a_group_not_in_the_catalogue_names_the_key(tmp_path, group):
    cfg = with_state(tmp_path, f"[embedded.groups.{group}]\ncounters = 2\n")
    line = one_line_exit_2(kiosk(tmp_path, "config", "check", "--config", str(cfg)))
    assert f"embedded.groups.{group}: no such group" in line and "A, B, C" in line


def test_groups_of_the_catalogue_are_accepted(tmp_path):
    cfg = with_state(tmp_path, "[embedded.groups.A]\ncounters = 2\n")
    assert load(cfg).embedded.groups["A"].counters == 2


# --- free text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('[kiosk]\nlocation = "Rathaus\\u0000Foyer"\n', "kiosk.location"),
        ('[kiosk]\nlocation = "Rathaus\\tFoyer"\n', "kiosk.location"),
        ('[help]\nlocation_label = "Foyer\\u001b[2J"\n', "help.location_label"),
        ('[zms]\nkiosk_name = "a\\u2028b"\n', "zms.kiosk_name"),
        ('[zms]\nconcerns = {"pass\\u0000" = "s1"}\n', 'zms.concerns."pass\\u0000"'),
    ],
)
def test_control_characters_in_strings_name_the_key(body, key):
    msg = str(config_error(parse, body, "k.toml"))
    assert msg.startswith(f"k.toml: {key}: control character"), msg
    assert "\n" not in msg and "\x00" not in msg


def test_megabyte_strings_are_refused_with_their_length(tmp_path):
    msg = str(config_error(parse, f'[kiosk]\nlocation = "{"x" * 1_000_001}"\n'))
    assert "kiosk.location: too long (1000001 characters" in msg and len(msg) < 200
    path = write(tmp_path, f'[kiosk]\nlocation = "{"x" * 1_000_001}"\n')
    line = one_line_exit_2(kiosk(tmp_path, "config", "check", "--config", str(path)))
    assert "too large" in line  # the whole file is over the limit before any key is read


def test_long_but_sane_text_and_unicode_are_fine():
    cfg = parse('[kiosk]\nlocation = "Bürgerbüro Mitte · مكتب المواطنين · ' + "x" * 500 + '"\n')
    assert cfg.kiosk.location.startswith("Bürgerbüro")


# --- property: whatever the bytes, a Config or one line of ConfigError ---------------------

GOOD_HEAD = b'[kiosk]\nid = "k-1"\n'


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    head=st.sampled_from([b"", b"\xef\xbb\xbf", GOOD_HEAD, b"\xef\xbb\xbf" + GOOD_HEAD]),
    body=st.binary(max_size=400),
)
def test_random_bytes_give_a_config_or_one_line_config_error(tmp_path_factory, head, body):
    path = tmp_path_factory.mktemp("cfg") / "kiosk.toml"
    path.write_bytes(head + body)
    try:
        cfg = load(path)
    except ConfigError as err:
        msg = str(err)
        assert msg.startswith(f"{path}: ") and "\n" not in msg and "\r" not in msg, msg
    else:
        assert isinstance(cfg, Config)


@settings(max_examples=200, deadline=None)
@given(
    key=st.sampled_from(["location", "id", "catalogue", "state_dir", "default_language"]),
    value=st.text(max_size=60),
)
def test_random_strings_in_kiosk_keys_give_a_config_or_one_line_error(key, value):
    text = f"[kiosk]\n{key} = {json.dumps(value)}\n"  # JSON strings are TOML basic strings
    try:
        parse(text, "k.toml")
    except ConfigError as err:
        assert "\n" not in str(err) and "\x00" not in str(err)
