"""A private PulseAudio server with one null sink (sound goes nowhere, but every client
call is real), on a socket in the test's folder; stopped by PID."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rigs import require


@contextmanager
def null_sink_server(folder: Path) -> Iterator[str]:
    """Yield the PULSE_SERVER value of a running server with the sink ``kiosk_null``."""
    exe = shutil.which("pulseaudio")
    require("pulseaudio", None if exe else "pulseaudio not installed (make system-test)")
    assert exe is not None
    run = folder / "pulse"
    run.mkdir(mode=0o700, exist_ok=True)
    sock = run / "native"
    env = dict(os.environ, HOME=str(run), XDG_RUNTIME_DIR=str(run))
    proc = subprocess.Popen(
        [
            exe,
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",  # no default.pa: only what is loaded here
            "--load=module-null-sink sink_name=kiosk_null",
            f"--load=module-native-protocol-unix socket={sock} auth-anonymous=1",
            "--log-target=stderr",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 15
        while not sock.exists():
            if proc.poll() is not None:
                require("pulseaudio", f"pulseaudio did not start: {proc.stderr.read()[-500:]}")  # type: ignore[union-attr]
            if time.monotonic() > deadline:
                require("pulseaudio", "pulseaudio did not open its socket in 15 s")
            time.sleep(0.05)
        yield f"unix:{sock}"
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
