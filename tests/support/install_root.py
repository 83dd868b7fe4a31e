"""A clean Debian bookworm root for the installer test (tests/test_install_root.py).

The root is bootstrapped with debootstrap (variant minbase) from the Debian mirror apt
is configured with, and cached under build/test-install/base-<key>, keyed on what the
bootstrap is made of; under CI it is built fresh every time. Each run works on a copy,
with its own /proc, /sys and a small /dev (device nodes made here, never the host's
/dev bound in), all unmounted again; the copy is deleted only once nothing is mounted in
it. Downloaded .deb files are kept between local runs (hard links, no bind mount).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from install_wheel import build_wheel, copy_source, wheelhouse

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "build" / "test-install"
SUITE = "bookworm"
VARIANT = "minbase"
DEFAULT_MIRROR = "http://deb.debian.org/debian"
RIG_VERSION = "1"  # bump when the bootstrap below changes
# (name, major, minor) of the character devices programs in the root expect in /dev.
DEVICES = [
    ("null", 1, 3),
    ("zero", 1, 5),
    ("full", 1, 7),
    ("random", 1, 8),
    ("urandom", 1, 9),
    ("tty", 5, 0),
]


def missing() -> str | None:
    """Why the clean root cannot be built here, or None."""
    if os.geteuid() != 0:
        return "needs root (debootstrap, chroot, mount)"
    for tool in ("debootstrap", "chroot", "mount", "umount"):
        if shutil.which(tool) is None:
            return f"{tool} not installed (make system-test installs debootstrap)"
    return None


def mirror() -> str:
    """The Debian mirror apt uses on this machine (deb822 or one-line sources)."""
    sources = [Path("/etc/apt/sources.list"), *Path("/etc/apt/sources.list.d").glob("*")]
    for path in sources:
        with contextlib.suppress(OSError):
            text = path.read_text()
            for uri in re.findall(r"^URIs:\s*(\S+)", text, re.M) + re.findall(
                r"^deb\s+(?:\[[^]]*\]\s+)?(\S+)\s+" + SUITE + r"\s", text, re.M
            ):
                if "security" not in uri and "/debian" in uri:
                    return uri.rstrip("/")
    return DEFAULT_MIRROR


def _key(url: str) -> str:
    return hashlib.sha256(f"{RIG_VERSION} {SUITE} {VARIANT} {url}".encode()).hexdigest()[:12]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sweep() -> None:
    """Roots left by runs that were killed before their cleanup (their PID is gone)."""
    for left in [*WORK.glob("root-*"), *WORK.glob("base.partial-*"), *WORK.glob("base-fresh-*")]:
        pid = left.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            _stop_inside(left)
            _unmount(left)
            _remove(left)


def base_root(fresh: bool) -> Path:
    """The bootstrapped root: from the cache, or built now (always when ``fresh``).
    Paths carry the PID, so two runs at once (the suite and make bench) never meet."""
    url = mirror()
    base = WORK / (f"base-fresh-{os.getpid()}" if fresh else f"base-{_key(url)}")
    if base.exists() and not fresh:
        return base
    tmp = WORK / f"base.partial-{os.getpid()}"
    (WORK / "debs").mkdir(parents=True, exist_ok=True)
    options = (f"--variant={VARIANT}", f"--cache-dir={WORK / 'debs'}")
    boot = subprocess.run(
        ["debootstrap", *options, SUITE, str(tmp), url],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if boot.returncode != 0:
        raise RuntimeError(f"debootstrap {SUITE} from {url} failed: {boot.stderr[-1500:]}")
    (tmp / "etc/apt/sources.list").write_text(
        f"deb {url} {SUITE} main\ndeb {url} {SUITE}-updates main\n"
    )
    try:
        tmp.rename(base)
    except OSError:  # another run bootstrapped the same root meanwhile: use theirs
        _remove(tmp)
    return base


def mounts_under(path: Path) -> list[str]:
    """Mount points at or below ``path`` (from /proc/self/mountinfo)."""
    prefix = str(path.resolve())
    points = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        point = line.split()[4].replace("\\040", " ")
        if point == prefix or point.startswith(prefix + "/"):
            points.append(point)
    return points


def _remove(path: Path) -> None:
    """rm -rf, refused while anything is mounted inside (it would reach the host)."""
    if left := mounts_under(path):
        raise RuntimeError(f"not deleting {path}: still mounted: {left}")
    subprocess.run(["rm", "-rf", "--one-file-system", str(path)], check=True)


def _mount(root: Path) -> None:
    run = ["mount", "-t"]
    subprocess.run([*run, "proc", "proc", str(root / "proc")], check=True)
    subprocess.run([*run, "sysfs", "-o", "ro", "sysfs", str(root / "sys")], check=True)
    dev = root / "dev"
    subprocess.run([*run, "tmpfs", "-o", "mode=0755,size=64m", "tmpfs", str(dev)], check=True)
    for name, major, minor in DEVICES:
        os.mknod(dev / name, 0o666 | 0o020000, os.makedev(major, minor))
        os.chmod(dev / name, 0o666)
    (dev / "shm").mkdir(mode=0o1777)
    os.chmod(dev / "shm", 0o1777)
    subprocess.run([*run, "tmpfs", "-o", "mode=1777", "tmpfs", str(dev / "shm")], check=True)
    (dev / "pts").mkdir()
    subprocess.run(
        [*run, "devpts", "-o", "newinstance,ptmxmode=0666", "devpts", str(dev / "pts")],
        check=True,
    )
    os.symlink("pts/ptmx", dev / "ptmx")
    for link, fd in (("fd", ""), ("stdin", "/0"), ("stdout", "/1"), ("stderr", "/2")):
        os.symlink(f"/proc/self/fd{fd}", dev / link)


def _stop_inside(root: Path) -> None:
    """End the processes still running in the root (speech-dispatcher lingers after its
    last client), found by their root directory, by PID: never anything outside it."""
    target = str(root.resolve())
    for _ in range(50):
        inside = []
        for proc in Path("/proc").iterdir():
            with contextlib.suppress(OSError):
                if proc.name.isdigit() and os.readlink(proc / "root") == target:
                    inside.append(int(proc.name))
        if not inside:
            return
        for pid in inside:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM if _ < 30 else signal.SIGKILL)
        time.sleep(0.1)


def _unmount(root: Path) -> None:
    """Deepest first; a busy mount is detached lazily rather than left behind."""
    for point in sorted(mounts_under(root), key=len, reverse=True):
        if subprocess.run(["umount", point], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", point], check=True)


def _keep_debs(root: Path, back: bool) -> None:
    """Hard-link the .deb cache into the root (and new downloads back out)."""
    cache, inside = WORK / "debs", root / "var/cache/apt/archives"
    src, dst = (inside, cache) if back else (cache, inside)
    dst.mkdir(parents=True, exist_ok=True)
    for deb in src.glob("*.deb"):
        if not (dst / deb.name).exists():
            with contextlib.suppress(OSError):
                os.link(deb, dst / deb.name)


@contextlib.contextmanager
def clean_root(fresh: bool) -> Iterator[Path]:
    """A fresh copy of the bootstrapped root, mounted; unmounted and deleted afterwards."""
    WORK.mkdir(parents=True, exist_ok=True)
    _sweep()
    base = base_root(fresh)
    root = WORK / f"root-{os.getpid()}"
    subprocess.run(["cp", "-a", str(base), str(root)], check=True)
    shutil.copy("/etc/resolv.conf", root / "etc/resolv.conf")
    _keep_debs(root, back=False)
    try:
        _mount(root)
        yield root
    finally:
        _stop_inside(root)
        _unmount(root)
        _keep_debs(root, back=True)
        _remove(root)
        if fresh:
            _remove(base)  # CI: nothing bootstrapped survives the run


def chroot(root: Path, *cmd: str, user: str | None = None, **env: str) -> list[str]:
    """The command line that runs ``cmd`` inside ``root`` with a clean environment."""
    base = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "HOME": "/root"}
    as_user = []
    if user is not None:
        base["HOME"] = "/var/lib/kiosk-home"
        as_user = ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups"]
    pairs = [f"{k}={v}" for k, v in {**base, **env}.items()]
    return ["chroot", str(root), *as_user, "env", "-i", *pairs, *cmd]


# A virtual X screen for cage and its screenshot (xwd, netpbm); null sink and recording;
# pkill for stopping the kiosk with cage.
SESSION_TOOLS = ("xvfb", "x11-apps", "netpbm", "pulseaudio-utils", "procps")
HERE = Path(__file__).resolve().parent


@dataclass
class Outcome:
    """What a run left in ``out`` (logs, welcome.png, speech.wav, doctor.json ...)."""

    out: Path
    install: subprocess.CompletedProcess[str]
    install_s: float
    session: subprocess.CompletedProcess[str] | None = None
    first_frame_s: float | None = None  # cage started -> the kiosk logged its first frame

    @property
    def install_to_ready_s(self) -> float | None:
        """install.sh in the clean root, then start to the first frame (no bootstrap)."""
        if self.first_frame_s is None:
            return None
        return self.install_s + self.first_frame_s


def _run(cmd: list[str], log: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    log.write_text(result.stdout + result.stderr)
    return result


def install_and_start(fresh: bool, limit_s: float = 60) -> Outcome:
    """The installer in a clean root, then the release started there as user kiosk."""
    house = wheelhouse()
    out = WORK / f"run-{os.getpid()}"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    last = WORK / "last"  # -> the newest run's logs and pictures
    if last.is_symlink() or last.exists():
        last.unlink() if last.is_symlink() else shutil.rmtree(last)
    last.symlink_to(out.name)
    for old in sorted(WORK.glob("run-*"), key=lambda p: p.stat().st_mtime)[:-3]:
        shutil.rmtree(old, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp, clean_root(fresh) as root:
        wheel = build_wheel(Path(tmp), house)
        copy_source(root / "root/kiosk-src")
        subprocess.run(["cp", "-al", str(house), str(root / "root/wheelhouse")], check=True)
        shutil.copy(wheel, root / "root/wheelhouse")
        script = "/root/kiosk-src/assets/deploy/install.sh"
        wheel_in_root = f"/root/wheelhouse/{wheel.name}"
        install_cmd = chroot(
            root, "sh", script, "install", wheel_in_root, WHEELHOUSE="/root/wheelhouse"
        )
        started = time.monotonic()
        install = _run(
            install_cmd,
            out / "install.log",
            timeout=1800,
        )
        outcome = Outcome(out, install, time.monotonic() - started)
        if install.returncode != 0:
            return outcome
        # The unit with install.sh's drop-in, checked by the root's own systemd.
        _run(
            chroot(root, "systemd-analyze", "verify", "/etc/systemd/system/kiosk.service"),
            out / "verify.log",
            timeout=120,
        )
        _run(
            chroot(root, "systemd-analyze", "security", "--offline=yes", "kiosk.service"),
            out / "security.log",
            timeout=120,
        )
        tools = _run(
            chroot(
                root,
                *("apt-get", "install", "-y", "-q", "--no-install-recommends", *SESSION_TOOLS),
                DEBIAN_FRONTEND="noninteractive",
            ),
            out / "tools.log",
            timeout=900,
        )
        if tools.returncode != 0:
            raise RuntimeError(f"apt-get install {SESSION_TOOLS}: {tools.stderr[-500:]}")
        test = root / "opt/kiosk-test"
        test.mkdir()
        shutil.copy(HERE / "install_session.sh", test / "session.sh")
        shutil.copy(HERE / "install_speak.py", test / "speak.py")
        shutil.copy(HERE / "install_cue.py", test / "cue.py")
        prepare = "install -d -o kiosk -g kiosk -m 0700 /tmp/out /run/kiosk-test"
        subprocess.run(chroot(root, "sh", "-c", prepare), check=True)
        outcome.session = _run(
            chroot(
                root,
                "sh",
                "/opt/kiosk-test/session.sh",
                user="kiosk",
                OUT="/tmp/out",
                XDG_RUNTIME_DIR="/run/kiosk-test",
                LIMIT=str(int(limit_s)),
            ),
            out / "session.log",
            timeout=limit_s + 300,
        )
        # Idempotent for real: a second install next to the first, then a rollback.
        config = (root / "etc/kiosk/kiosk.toml").read_bytes()
        _run(install_cmd, out / "again.log", timeout=1800)
        releases = sorted(p.name for p in (root / "opt/kiosk/releases").iterdir())
        current = os.readlink(root / "opt/kiosk/current")
        _run(chroot(root, "sh", script, "rollback"), out / "rollback.log", timeout=120)
        after = os.readlink(root / "opt/kiosk/current")
        same_config = (root / "etc/kiosk/kiosk.toml").read_bytes() == config
        (out / "releases.json").write_text(
            json.dumps(
                {"releases": releases, "current": current, "after_rollback": after}
                | {"config_kept": same_config}
            )
        )
        for produced in (root / "tmp/out").iterdir():
            shutil.copy(produced, out / produced.name)
        dropins = root / "etc/systemd/system/kiosk.service.d"
        for dropin in dropins.glob("*.conf"):
            shutil.copy(dropin, out / f"dropin-{dropin.name}")
        times = out / "first_frame.times"
        if times.exists():
            start, end = (float(v) for v in times.read_text().split())
            outcome.first_frame_s = end - start
    timing = {"install_s": outcome.install_s, "first_frame_s": outcome.first_frame_s}
    (out / "timing.json").write_text(json.dumps(timing) + "\n")
    return outcome
