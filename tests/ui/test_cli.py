"""The console script as an admin or a smoke test uses it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def env(tmp_path: Path) -> dict[str, str]:
    e = dict(
        os.environ,
        XDG_STATE_HOME=str(tmp_path / "xdg"),
        QT_QPA_PLATFORM="offscreen",
        QT_QUICK_BACKEND="software",
    )
    return e


def test_run_exits_after_the_first_frame(tmp_path):
    result = subprocess.run(
        [KIOSK, "run", "--demo", "--exit-after-first-frame"],
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first_frame_ms=")
    assert "Traceback" not in result.stderr


def test_run_with_a_broken_config_exits_2_with_one_line(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text("[session]\nidle_timeout_s = 'soon'\n")
    result = subprocess.run(
        [KIOSK, "run", "--config", str(cfg)],
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "session.idle_timeout_s" in lines[0]


def test_tour_writes_every_screen(tmp_path):
    out = tmp_path / "tour"
    result = subprocess.run(
        [KIOSK, "tour", "--demo", "--out", str(out), "--langs", "de,ar", "--size", "1920x1080"],
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in out.glob("*.png"))
    # The same screens in each language (tests/ui/test_flows_tour.py checks that they
    # are every state), and nothing else written.
    by_lang = {
        lang: {f.removesuffix(f"-{lang}.png") for f in files if f.endswith(f"-{lang}.png")}
        for lang in ("de", "ar")
    }
    assert by_lang["de"] == by_lang["ar"] and len(files) == 2 * len(by_lang["de"])
    assert len(by_lang["de"]) >= 50
    assert "keys_focus-de.png" in files  # the focus ring of the keys
    assert "welcome-ar.png" in files and "ticket-de.png" in files
    with Image.open(out / "ticket-de.png") as img:
        assert img.size == (1920, 1080)
        assert len(img.convert("L").getcolors(maxcolors=1 << 16) or []) > 8  # not blank


def test_tour_rejects_a_language_not_offered(tmp_path):
    result = subprocess.run(
        [KIOSK, "tour", "--demo", "--out", str(tmp_path), "--langs", "xx"],
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2


def test_tour_at_large_text_in_high_contrast(tmp_path):
    out = tmp_path / "tour"
    result = subprocess.run(
        [
            KIOSK,
            "tour",
            "--demo",
            "--out",
            str(out),
            "--langs",
            "uk",
            "--text-scale",
            "1.5",
            "--high-contrast",
        ],
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (out / "welcome-uk-x1.5-hc.png").exists()
    with Image.open(out / "welcome-uk-x1.5-hc.png") as img:
        assert img.convert("L").getpixel((5, 300)) < 40  # the high-contrast background
