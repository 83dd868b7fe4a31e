"""``kiosk doctor``'s "audio/speech" check, from outside the app (no Qt).

The kiosk itself keeps serving without sound (ui/audio.py logs it once), so a missing
sound server or speech engine is a warning, not a failure; but read-aloud is how blind
and low-literacy citizens use the kiosk, so the doctor names what is missing and how
to get it.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

# espeak-ng's voice for each kiosk language (Leichte Sprache is read in German).
ESPEAK_VOICES = {
    "de": "de",
    "ls": "de",
    "en": "en",
    "tr": "tr",
    "uk": "uk",
    "ru": "ru",
    "pl": "pl",
    "ar": "ar",
}


@dataclass(frozen=True)
class AudioFinding:
    ok: bool
    detail: str
    fix: str = ""


def sound_server(env: dict[str, str] | None = None) -> AudioFinding:
    """Qt Multimedia plays through PulseAudio's protocol (PulseAudio or pipewire-pulse):
    is a server socket there for this user?"""
    env = dict(os.environ) if env is None else env
    server = env.get("PULSE_SERVER", "")
    if server:
        path = server.removeprefix("unix:")
        if not server.startswith(("unix:", "/")) or Path(path).is_socket():
            return AudioFinding(True, f"sound server {server}")
        return AudioFinding(False, f"PULSE_SERVER={server}: no socket there", _SOUND_FIX)
    runtime = env.get("XDG_RUNTIME_DIR", "")
    sock = Path(runtime, "pulse", "native") if runtime else None
    if sock is not None and sock.is_socket():
        return AudioFinding(True, f"sound server {sock}")
    where = f"{sock}" if sock else "XDG_RUNTIME_DIR is not set"
    return AudioFinding(False, f"no sound server ({where})", _SOUND_FIX)


_SOUND_FIX = (
    "start a sound server for the kiosk's user (pipewire-pulse or pulseaudio; "
    "README, Running on a kiosk)"
)


def speech_engine(engine: str, languages: list[str]) -> AudioFinding:
    """speech-dispatcher with espeak-ng voices for every offered language."""
    if engine == "none":
        return AudioFinding(True, "read-aloud is off (accessibility.speech_engine = 'none')")
    if engine == "mock":
        return AudioFinding(
            False,
            "the mock speech engine speaks to nobody",
            "set accessibility.speech_engine = 'speechd'",
        )
    fix = "apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
    missing = [
        name
        for name, found in (
            ("speech-dispatcher", shutil.which("speech-dispatcher")),
            ("libspeechd", ctypes.util.find_library("speechd")),
            ("espeak-ng", shutil.which("espeak-ng")),
        )
        if not found
    ]
    if missing:
        return AudioFinding(False, "missing: " + ", ".join(missing), fix)
    no_voice = [code for code in languages if not _has_voice(ESPEAK_VOICES.get(code, code))]
    if no_voice:
        return AudioFinding(False, "no espeak-ng voice for: " + ", ".join(no_voice), fix)
    return AudioFinding(True, "speech-dispatcher with espeak-ng voices for every language")


def _has_voice(voice: str) -> bool:
    try:
        out = subprocess.run(
            ["espeak-ng", f"--voices={voice}"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return len(out.strip().splitlines()) > 1  # a header line, then one line per voice
