"""The scan detector: fast bursts ending in Enter are scans, typing stays typing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from devices.scanner import ScanDetector


def feed_all(det: ScanDetector, text: str, start: float, step: float, enter: bool = True):
    results = []
    t = start
    for ch in text:
        results.append(det.feed(ch, t))
        t += step
    if enter:
        results.append(det.feed("", t, enter=True))
    return results


def test_a_fast_burst_with_enter_is_a_scan():
    det = ScanDetector(max_interval_ms=35, min_length=6)
    results = feed_all(det, "TERMIN:12345674", 1000, 8)
    assert results[-1].text == "TERMIN:12345674"
    assert all(r.typed == "" for r in results)


def test_slow_typing_is_not_a_scan_and_is_not_lost():
    det = ScanDetector(max_interval_ms=35, min_length=6)
    results = feed_all(det, "12345674", 1000, 180)
    assert all(r.text is None for r in results)
    assert "".join(r.typed for r in results) == "12345674"


def test_a_short_burst_is_typing():
    det = ScanDetector(max_interval_ms=35, min_length=6)
    results = feed_all(det, "ab", 0, 5)
    assert results[-1].text is None and "".join(r.typed for r in results) == "ab"


def test_a_pause_inside_a_burst_breaks_it():
    det = ScanDetector(max_interval_ms=35, min_length=6)
    first = feed_all(det, "abc", 0, 5, enter=False)
    second = feed_all(det, "defghi", 500, 5)
    assert second[-1].text == "defghi"
    assert "".join(r.typed for r in first + second) == "abc"


def test_a_burst_without_enter_expires_back_to_typing():
    det = ScanDetector()
    feed_all(det, "abcdefgh", 0, 5, enter=False)
    assert det.expire(10) == ""
    assert det.expire(1000) == "abcdefgh"
    assert not det.pending()


@given(st.lists(st.tuples(st.text(max_size=2), st.floats(0, 500), st.booleans()), max_size=80))
def test_nothing_is_lost_or_invented(events):
    det = ScanDetector(max_interval_ms=35, min_length=6)
    t = 0.0
    out = []
    fed = []
    for text, gap, enter in events:
        t += gap
        r = det.feed("" if enter else text, t, enter=enter)
        if not enter:
            fed.append(text)
        out.append(r.typed + (r.text or ""))
    out.append(det.expire(t + 10_000))
    assert "".join(out) == "".join(fed)
