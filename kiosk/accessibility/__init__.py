"""Non-visual operation (EN 301 549, 5.1 closed functionality): the keypad's keys as data
(:mod:`kiosk.accessibility.keypad`) and how screen texts are said aloud
(:mod:`kiosk.accessibility.spoken`). Qt-free; the window's side is ui/viewmodels/focus.py."""
