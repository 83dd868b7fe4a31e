"""kiosk doctor's "audio/speech" check: a real sound server found, none found, and the
speech engine with its voices."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pulse_rig import null_sink_server
from rigs import require

from kiosk.ops.audio_check import sound_server, speech_engine

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def test_a_running_pulseaudio_server_is_found(tmp_path):
    with null_sink_server(tmp_path) as server:
        assert sound_server({"PULSE_SERVER": server}).ok
        runtime = tmp_path / "rt"
        (runtime / "pulse").mkdir(parents=True)
        (runtime / "pulse" / "native").symlink_to(server.removeprefix("unix:"))
        assert sound_server({"XDG_RUNTIME_DIR": str(runtime)}).ok


def test_no_sound_server_is_named_with_a_fix(tmp_path):
    found = sound_server({"XDG_RUNTIME_DIR": str(tmp_path)})
    assert not found.ok
    assert str(tmp_path / "pulse" / "native") in found.detail
    assert "sound server" in found.fix
    assert not sound_server({}).ok
    gone = sound_server({"PULSE_SERVER": f"unix:{tmp_path}/gone"})
    assert not gone.ok and "no socket" in gone.detail


def test_speech_engine_settings():
    assert speech_engine("none", ["de"]).ok
    mock = speech_engine("mock", ["de"])
    assert not mock.ok and "speechd" in mock.fix


def test_speechd_without_the_programs_names_them(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing to be found
    found = speech_engine("speechd", ["de"])
    assert not found.ok
    assert "speech-dispatcher" in found.detail and "espeak-ng" in found.detail
    assert "apt-get install" in found.fix


def test_espeak_voices_are_checked_per_language(monkeypatch, tmp_path):
    espeak = shutil.which("espeak-ng")
    require("espeak-ng", None if espeak else "espeak-ng not installed")
    # Only the voice lookup is under test: pretend the daemon and library are there.
    monkeypatch.setattr("kiosk.ops.audio_check.shutil.which", lambda name: espeak)
    monkeypatch.setattr("ctypes.util.find_library", lambda name: "libspeechd.so.2")
    assert speech_engine("speechd", ["de", "ls", "ar", "uk"]).ok
    missing = speech_engine("speechd", ["de", "xx-none"])
    assert not missing.ok and "xx-none" in missing.detail


def test_doctor_reports_audio_as_a_warning_not_a_failure(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_STATE_HOME=str(tmp_path / "xdg"),
        XDG_RUNTIME_DIR=str(tmp_path),
        PULSE_SERVER="",
    )
    result = subprocess.run(
        [KIOSK, "doctor", "--demo", "--json"], capture_output=True, text=True, env=env, timeout=60
    )
    checks = {c["name"]: c for c in json.loads(result.stdout)}
    audio = checks["audio/speech"]
    assert audio["status"] == "warn"
    assert "no sound server" in audio["detail"]
    assert audio["fix"]
