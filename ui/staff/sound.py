"""The new-call chime: a tiny WAV written with the ``wave`` module, played through one
audio stream (ui/tones.py says why not QSoundEffect).

Sound is a courtesy, never a dependency: a console without an audio device, or without
libpulse (which PySide6's QtMultimedia needs), logs once and carries on silently; the
call list itself always shows new calls.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

from kiosk.resources import SOUNDS_DIR
from ui.tones import NoAudioOutput, TonePlayer  # Qt Multimedia only when one is made

log = logging.getLogger(__name__)

SOUND = SOUNDS_DIR / "new_call.wav"


def write_chime(path: Path, rate: int = 16000) -> Path:
    """Two soft rising tones, 0.3 s, 16-bit mono (about 10 kB)."""
    frames = bytearray()
    for freq, seconds in ((880.0, 0.12), (1318.5, 0.18)):
        n = int(rate * seconds)
        for i in range(n):
            envelope = min(1.0, i / (0.01 * rate), (n - i) / (0.04 * rate))
            sample = 0.45 * envelope * math.sin(2 * math.pi * freq * i / rate)
            frames += struct.pack("<h", int(sample * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


def read_wav(path: Path) -> tuple[list[float], int]:
    """A 16-bit WAV's first channel as samples in -1..1, and its rate."""
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: not 16-bit PCM")
        channels, rate = w.getnchannels(), w.getframerate()
        data = w.readframes(w.getnframes())
    values = struct.unpack(f"<{len(data) // 2}h", data)[::channels]
    return [v / 32768 for v in values], rate


class Chime:
    """Plays the chime if this machine can; :attr:`available` says whether it can."""

    def __init__(self, path: Path = SOUND, volume: float = 0.8) -> None:
        self._player: TonePlayer | None = None
        self._volume = volume
        try:
            if not path.exists():
                write_chime(path)
            samples, rate = read_wav(path)
            player = TonePlayer()
            player.add("chime", samples, rate)
            self._player = player
        except NoAudioOutput:
            log.info("no audio output: the new-call sound is off")
        except Exception as err:  # ImportError (no libpulse), OSError, a broken backend
            log.warning("new-call sound unavailable", extra={"fields": {"error": repr(err)}})

    @property
    def available(self) -> bool:
        return self._player is not None

    def play(self) -> None:
        if self._player is not None:
            self._player.play("chime", self._volume)
