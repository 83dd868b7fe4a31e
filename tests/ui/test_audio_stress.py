"""200 sessions with sound cues and read-aloud on, started and torn down under CPU load:
no crash, with a real sound server (a PulseAudio null sink) and with none at all.

The stress runs in its own process (tests/support/audio_stress.py) so that a segfault
fails this test instead of ending pytest, and so that Qt Multimedia is first touched
there, under load, as on a kiosk that just started.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pulse_rig import null_sink_server

STRESS = Path(__file__).resolve().parents[1] / "support" / "audio_stress.py"
SESSIONS = 200
WINDOW_EVERY = 40  # every 40th session also opens and closes a whole kiosk window


@pytest.fixture
def cpu_load() -> Iterator[None]:
    """A busy process competing for the CPU (the suite's crash came under load)."""
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        hog.kill()
        hog.wait()


def stress(tmp_path: Path, pulse_server: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_QUICK_BACKEND="software",
        PULSE_SERVER=pulse_server,
        XDG_RUNTIME_DIR=str(tmp_path),  # no session's sound server or speech-dispatcher
        # Qt's warnings with the stack that printed them, for the failure message (in a
        # shell loop it also made QSoundEffect's old crash likelier: 10 runs of 60, not 1).
        QT_MESSAGE_PATTERN="%{message} || %{backtrace depth=30}",
    )
    return subprocess.run(
        [sys.executable, str(STRESS), str(tmp_path / "state"), str(SESSIONS), str(WINDOW_EVERY)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def spoken_and_health(result: subprocess.CompletedProcess[str]) -> tuple[int, str]:
    assert result.returncode == 0, f"exit {result.returncode}:\n{result.stderr[-3000:]}"
    # Qt's word for an object freed on the wrong thread: QSoundEffect's voices on the
    # sound server's thread (ui/tones.py), before the crash it led to.
    assert "from another thread" not in result.stderr, result.stderr[-3000:]
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    return int(lines["spoken"]), lines["health"]


@pytest.mark.parametrize("run", range(4))
def test_sessions_under_load_with_a_sound_server(tmp_path, cpu_load, run):
    """Four runs: QSoundEffect's crash (ui/tones.py) came in 1 to 10 runs of 60."""
    with null_sink_server(tmp_path) as server:
        result = stress(tmp_path, server)
    spoken, health = spoken_and_health(result)
    # Each plain session reads 2 texts; each window reads its screen and a test text.
    assert spoken >= 2 * SESSIONS - 2 * (SESSIONS // WINDOW_EVERY)
    assert health.startswith("ok:"), health
    assert "Null Output" in health or "kiosk_null" in health


def test_sessions_under_load_without_any_sound_server(tmp_path, cpu_load):
    result = stress(tmp_path, f"unix:{tmp_path}/no-such-server")
    spoken, health = spoken_and_health(result)
    assert spoken >= 2 * SESSIONS - 2 * (SESSIONS // WINDOW_EVERY)
    assert health.startswith("silent:") and "no audio output" in health, health
    # Told once for the whole run, not once per cue or per session.
    assert result.stderr.count("sound unavailable") == 1, result.stderr[-2000:]
