"""Sound cues and the chime reach a real sound server (a PulseAudio null sink, recorded
from its monitor with parecord), and the PCM they are made of is right."""

from __future__ import annotations

import array
import ast
import itertools
import math
import os
import shutil
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pulse_rig import null_sink_server
from rigs import require

from ui.tones import RATE, encode, resample, tone

PLAY = Path(__file__).resolve().parents[1] / "support" / "play_sounds.py"


def record_while(tmp_path: Path, what: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Run play_sounds.py ``what`` against a null sink and record the sink's output."""
    require("parecord", None if shutil.which("parecord") else "parecord not installed")
    recording = tmp_path / "out.wav"
    with null_sink_server(tmp_path) as server:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PULSE_SERVER=server,
            XDG_RUNTIME_DIR=str(tmp_path),
        )
        rec = subprocess.Popen(
            ["parecord", "-d", "kiosk_null.monitor", "--latency-msec=100", "--rate=16000",
             "--channels=1", "--format=s16le", "--file-format=wav", str(recording)],
            env=env,
        )  # fmt: skip
        try:
            time.sleep(0.5)
            played = subprocess.run(
                [sys.executable, str(PLAY), what],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            time.sleep(0.3)
        finally:
            rec.send_signal(signal.SIGINT)  # parecord writes out what it holds (TERM: not)
            rec.wait(5)
    assert played.returncode == 0, played.stderr[-2000:]
    return played, recording


def loudest(recording: Path, window_s: float = 0.1) -> tuple[float, float]:
    """(RMS, Hz from zero crossings) of the loudest window: the sound, not the silence."""
    with wave.open(str(recording)) as w:
        rate, frames = w.getframerate(), w.readframes(w.getnframes())
    samples = array.array("h", frames)
    n = int(rate * window_s)
    assert len(samples) > 10 * n, f"less than a second recorded: {recording}"
    best = max(range(0, len(samples) - n, n), key=lambda i: sum(s * s for s in samples[i : i + n]))
    part = samples[best : best + n]
    rms = math.sqrt(sum(s * s for s in part) / n)
    crossings = sum(1 for a, b in itertools.pairwise(part) if (a < 0) != (b < 0))
    return rms, crossings / 2 / window_s


def sounds_heard(recording: Path, window_s: float = 0.025) -> int:
    """How many separate sounds the recording holds (loud windows between quiet ones)."""
    with wave.open(str(recording)) as w:
        rate, frames = w.getframerate(), w.readframes(w.getnframes())
    samples = array.array("h", frames)
    n = int(rate * window_s)
    loud = [
        math.sqrt(sum(s * s for s in samples[i : i + n]) / n) > 1000
        for i in range(0, len(samples) - n, n)
    ]
    return sum(1 for a, b in itertools.pairwise([False, *loud]) if b and not a)


def test_the_kiosk_cues_are_heard(tmp_path):
    played, recording = record_while(tmp_path, "cues")
    assert "health=ok: sound: Null Output" in played.stdout, played.stdout + played.stderr
    assert "Socket notifiers" not in played.stderr, played.stderr[-2000:]
    rms, hz = loudest(recording)
    assert rms > 1000, f"the cue is silent in the recording: RMS {rms:.0f}"
    assert hz == pytest.approx(660, rel=0.05), "not the 'done' cue's 660 Hz"
    assert sounds_heard(recording) == 5, "each of the five cues is heard"


def test_the_staff_chime_is_heard(tmp_path):
    played, recording = record_while(tmp_path, "chime")
    assert "chime=True" in played.stdout, played.stdout + played.stderr
    rms, hz = loudest(recording, 0.05)
    assert rms > 1000, f"the chime is silent in the recording: RMS {rms:.0f}"
    assert min(abs(hz - 880), abs(hz - 1318.5)) < 70, f"not the chime's tones: {hz:.0f} Hz"
    assert sounds_heard(recording) == 4, "each of the four chimes is heard"


def test_nothing_plays_through_qsoundeffect():
    """Qt 6.11 frees a QSoundEffect's voices on the sound server's thread (ui/tones.py):
    a crash now and then, too rare for a test to catch each time it comes back."""
    ui_dir = Path(__file__).resolve().parents[2] / "ui"
    users = [
        str(p)
        for p in ui_dir.rglob("*.py")
        for node in ast.walk(ast.parse(p.read_text()))
        if isinstance(node, ast.alias) and node.name == "QSoundEffect"
    ]
    assert users == []


def test_a_tone_fades_in_and_out_and_keeps_its_length():
    samples = tone(880.0, 40)
    assert len(samples) == RATE * 40 // 1000
    assert abs(samples[0]) < 0.01 and abs(samples[-1]) < 0.01  # no click
    assert max(abs(s) for s in samples) == pytest.approx(0.4, abs=0.01)


samples_st = st.lists(st.floats(-2.0, 2.0, allow_nan=False), max_size=200)


@given(samples_st, st.sampled_from(["UInt8", "Int16", "Int32", "Float"]), st.integers(1, 6))
def test_encoding_gives_one_value_per_channel_and_clips(samples, fmt, channels):
    data = encode(samples, fmt, channels)
    code = {"UInt8": "B", "Int16": "h", "Int32": "i", "Float": "f"}[fmt]
    values = array.array(code, data)
    assert len(values) == len(samples) * channels
    full = {"UInt8": 127.5, "Int16": 32767, "Int32": 2147483647, "Float": 1.0}[fmt]
    zero = 127.5 if fmt == "UInt8" else 0.0
    for i, s in enumerate(samples):
        want = max(-1.0, min(1.0, s))
        for c in range(channels):  # every channel says the same
            assert (values[i * channels + c] - zero) / full == pytest.approx(want, abs=0.01)


def test_an_unknown_sample_format_is_refused():
    with pytest.raises(ValueError, match="not supported"):
        encode([0.0], "Int24", 1)


@given(samples_st, st.sampled_from([8000, 16000, 22050, 44100, 48000]))
def test_resampling_keeps_the_duration_and_the_range(samples, to_rate):
    out = resample(samples, RATE, to_rate)
    if not samples:
        assert out == []
        return
    assert abs(len(out) - len(samples) * to_rate / RATE) <= 1
    assert min(out) >= min(samples) - 1e-9 and max(out) <= max(samples) + 1e-9
