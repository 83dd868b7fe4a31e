"""The demo window on an ordinary desktop: the kiosk's portrait (or landscape) screen,
scaled down to fit the screen it opens on, and resizable. The kiosk itself runs
fullscreen and never uses this."""

from __future__ import annotations

MARGIN = 0.92  # of the available height/width: room for the desktop's title bar and panel


def fit(width: int, height: int, available_w: int, available_h: int) -> tuple[int, int]:
    """The largest size of the same shape as ``width`` x ``height`` that fits into the
    available area (with a margin); the configured size when it fits already."""
    if width <= 0 or height <= 0 or available_w <= 0 or available_h <= 0:
        return width, height
    room_w, room_h = available_w * MARGIN, available_h * MARGIN
    scale = min(1.0, room_w / width, room_h / height)
    return max(1, round(width * scale)), max(1, round(height * scale))
