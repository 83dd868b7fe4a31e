"""Files the kiosk writes are private whatever the umask it was started with: a scripted
run under umask 022 (a shell's default) leaves only 0600 files and 0700 folders under
the state folder: queue, forms, outbox and statistics databases, printed tickets and
admin exports."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from kiosk.files import make_private_dir, write_private

KIOSK = str(Path(sys.executable).with_name("kiosk"))


VISIT = str(Path(__file__).resolve().parents[1] / "support" / "scripted_visit.py")


def run(tmp_path: Path, *args: str) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_QUICK_BACKEND="software",
        XDG_STATE_HOME=str(tmp_path / "xdg"),
    )
    command = [sys.executable, VISIT, *args[1:]] if args[0] == "visit" else [KIOSK, *args]
    result = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=lambda: os.umask(0o022),  # permissive, as from a login shell
    )
    assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])


def modes_under(root: Path) -> dict[str, str]:
    found = {}
    for path in [root, *root.rglob("*")]:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode):
            continue
        found[str(path.relative_to(root.parent.parent))] = oct(stat.S_IMODE(st.st_mode))
    return found


def test_a_scripted_run_under_umask_022_leaves_only_private_files(tmp_path):
    state = tmp_path / "xdg" / "kiosk-demo"  # where --demo keeps its data (tmp/xdg/...)
    exports = state / "exports"
    # `kiosk run` with a scripted citizen: a ticket and a form, both printed to the folder.
    run(tmp_path, "visit", "--demo")
    run(tmp_path, "printer", "test", "--demo")  # the folder printer writes a PDF
    run(tmp_path, "appointments", "seed", "--demo")
    run(tmp_path, "appointments", "qr", "--demo", "--out", str(exports / "qr"))
    run(tmp_path, "stats", "export", "--demo", "--out", str(exports / "stats.json"))
    run(tmp_path, "submissions", "export", "--demo", "--out", str(exports / "forms"))

    modes = modes_under(state)
    files = {p: m for p, m in modes.items() if not (tmp_path / p).is_dir()}
    folders = {p: m for p, m in modes.items() if (tmp_path / p).is_dir()}
    # What this run must have produced, so the check below is not about an empty tree.
    names = {Path(p).name for p in files}
    assert {"kiosk.db", "submissions.db", "stats.db", "stats.json"} <= names, sorted(names)
    assert any(p.endswith(".pdf") and "printed" in p for p in files), sorted(files)
    assert any(p.endswith(".pdf") and "/forms/" in p for p in files), sorted(files)
    assert any(p.endswith(".pdf") and "/qr/" in p for p in files), sorted(files)
    assert {p: m for p, m in files.items() if m != "0o600"} == {}
    assert {p: m for p, m in folders.items() if m != "0o700"} == {}


def test_writers_set_the_modes_themselves(tmp_path):
    """Exports and printouts do not rely on the umask alone (a library caller may not
    have set it): the helpers make 0600 files and 0700 folders under umask 0."""
    old = os.umask(0)
    try:
        folder = make_private_dir(tmp_path / "a" / "b")
        path = write_private(folder / "x.json", b"{}")
        path.chmod(0o644)
        write_private(path, b"{}")  # an existing file is tightened too
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    make_private_dir(shared)  # the admin's existing folder (think /tmp) keeps its mode
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
