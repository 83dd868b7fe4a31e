"""Short sounds (the kiosk's cues, the staff console's chime) through one audio stream.

Not QSoundEffect. In Qt 6.11 a QSoundEffect's finished voice can be freed on the sound
server's real-time thread, and with it a socket notifier that belongs to the thread that
played it: Qt warns "Socket notifiers cannot be enabled or disabled from another
thread", then the process crashes (heap corruption, a segfault) or that thread spins on
"Invalid socket" warnings. tests/support/audio_stress.py under load did so in 1 of 60
runs, and in 10 of 60 with Qt's stack printed for each warning, which named
~QSoundEffectVoice in QRtAudioEngine::audioCallback.

Here one QAudioSink is opened when the player is made and each sound is written into it
(push mode): nothing is made or freed per sound, and the stream is never stopped and
started again for a sound (a crash in Qt 6.11.1's PipeWire back-end was reported there,
pw_stream_disconnect on a stream already gone). Use a player from one thread only.
"""

from __future__ import annotations

import array
import math
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

RATE = 22050  # Hz: plenty for beeps; the sound server converts to the device's rate
_BUFFER_MS = 80  # the stream's buffer: a sound starts at most this late after another
_FEED_MS = 20  # a sound longer than the buffer is written in parts as it drains


def tone(freq: float, ms: int, volume: float = 0.4, rate: int = RATE) -> list[float]:
    """A sine tone with a short fade in and out (no click), as samples in -1..1."""
    n = int(rate * ms / 1000)
    fade = max(1, int(rate * 0.009))
    return [
        volume * min(1.0, i / fade, (n - i) / fade) * math.sin(2 * math.pi * freq * i / rate)
        for i in range(n)
    ]


def resample(samples: Sequence[float], rate: int, to_rate: int) -> list[float]:
    """Linear interpolation: good enough for beeps, when the device refuses our rate."""
    if rate == to_rate or not samples:
        return list(samples)
    n = max(1, round(len(samples) * to_rate / rate))
    last = len(samples) - 1
    out = []
    for i in range(n):
        x = min(i * rate / to_rate, last)
        j = int(x)
        k = min(j + 1, last)
        out.append(samples[j] + (samples[k] - samples[j]) * (x - j))
    return out


def encode(samples: Sequence[float], sample_format: str, channels: int) -> bytes:
    """Mono samples in -1..1 as interleaved PCM in the machine's byte order (Qt's).

    ``sample_format``: the name of a QAudioFormat.SampleFormat (UInt8, Int16, Int32,
    Float)."""
    clipped = [max(-1.0, min(1.0, s)) for s in samples]
    if sample_format == "UInt8":
        values: array.array[int] | array.array[float] = array.array(
            "B", (round(127.5 + 127.5 * s) for s in clipped)
        )
    elif sample_format == "Int16":
        values = array.array("h", (round(32767 * s) for s in clipped))
    elif sample_format == "Int32":
        values = array.array("i", (round(2147483647 * s) for s in clipped))
    elif sample_format == "Float":
        values = array.array("f", clipped)
    else:
        raise ValueError(f"sample format {sample_format} is not supported")
    if channels > 1:  # the same sound on every channel
        interleaved = array.array(values.typecode)
        for v in values:
            interleaved.extend([v] * channels)  # type: ignore[list-item]
        values = interleaved
    return values.tobytes()


class NoAudioOutput(RuntimeError):
    """The machine has no audio output device, or no sound server answers."""


class TonePlayer(QObject):
    """Named sounds played through one stream of the default audio output.

    Raises NoAudioOutput when there is no output, RuntimeError when it cannot be used; a new sound
    replaces what of the last one is not yet written."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            raise NoAudioOutput("no audio output device (or no sound server)")
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            fmt = device.preferredFormat()
        self._format = fmt
        self._format_name = fmt.sampleFormat().name
        encode([], self._format_name, 1)  # an unsupported format fails here, not later
        self.description = device.description()
        self._sink = QAudioSink(device, fmt, self)
        self._sink.setBufferSize(fmt.bytesForDuration(_BUFFER_MS * 1000))
        self._sounds: dict[str, bytes] = {}
        self._pending = b""
        self._feed = QTimer(self)
        self._feed.setInterval(_FEED_MS)
        self._feed.timeout.connect(self._write)
        # Opened now: the first stream of a process, opened at its first sound, took over
        # a second to play on PulseAudio; opened before, each sound starts within ~10 ms.
        self._out = self._sink.start()
        if self._out is None:
            raise RuntimeError(f"the audio output did not open: {self._sink.error().name}")

    def add(self, name: str, samples: Sequence[float], rate: int = RATE) -> None:
        """Keep ``samples`` (mono, -1..1, at ``rate``) ready to play as ``name``."""
        fmt = self._format
        pcm = resample(samples, rate, fmt.sampleRate())
        self._sounds[name] = encode(pcm, self._format_name, fmt.channelCount())

    def has(self, name: str) -> bool:
        return name in self._sounds

    def played_ms(self) -> int:
        """How much sound the output has played since it opened."""
        return int(self._sink.processedUSecs() // 1000)

    def play(self, name: str, volume: float = 1.0) -> None:
        """Start sound ``name`` (added before) at ``volume`` (0..1); never waits."""
        self._sink.setVolume(max(0.0, min(1.0, volume)))
        self._pending = self._sounds[name]
        self._write()

    def _write(self) -> None:
        if not self._pending:
            self._feed.stop()
            return
        frame = self._format.bytesPerFrame()
        room = self._sink.bytesFree()
        room -= room % frame
        if room > 0:
            written = self._out.write(self._pending[:room])
            if written > 0:
                self._pending = self._pending[written:]
        if self._pending:
            self._feed.start()
        else:
            self._feed.stop()
