"""Outbox figures for ``make bench`` (measured, never asserted by the test suite)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
for _p in (str(_HERE), str(_HERE.parents[1])):  # fake_receiver, and the repo for `kiosk`
    if _p not in sys.path:
        sys.path.append(_p)

from fake_receiver import FakeReceiver  # noqa: E402

from kiosk.outbox.delivery import HttpDelivery  # noqa: E402
from kiosk.outbox.store import Outbox, OutboxWorker  # noqa: E402


def drain_rate(n: int = 1000, workdir: Path | None = None, timeout_s: float = 120.0) -> float:
    """Items per second the outbox delivers after an outage (``outbox_drain_per_s``).

    ``n`` items are put while the receiver is down; then the receiver comes back and the
    worker starts. Timed from then until nothing is pending, so it measures the drain
    itself (HTTP round trip, bookkeeping commit, connection reuse), not the retry
    backoff a real outage adds before the first new attempt. ``workdir`` puts the
    database on the disk to measure (default: the temp folder). Raises RuntimeError if
    the drain does not finish in ``timeout_s`` or the receiver stored anything twice.
    """
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        receiver = FakeReceiver().start()  # takes a free port ...
        receiver.stop()  # ... and is down while the items are queued
        outbox = Outbox(Path(tmp) / "outbox.db")
        for i in range(n):
            outbox.put(
                "arrival", {"seq": i, "ticket": f"A-{i % 1000:03d}"}, idempotency_key=f"bench-{i}"
            )
        receiver.start()
        delivery = HttpDelivery(receiver.url, timeout=(2.0, 5.0))
        worker = OutboxWorker(outbox, delivery, batch=100)
        try:
            start = time.perf_counter()
            worker.start()
            end = start + timeout_s
            while outbox.pending_count() and time.perf_counter() < end:
                time.sleep(0.002)
            elapsed = time.perf_counter() - start
            left = outbox.pending_count()
        finally:
            worker.stop(5.0)
            delivery.close()
            receiver.stop()
            outbox.close()
        if left:
            raise RuntimeError(f"outbox drain: {left} of {n} items left after {timeout_s:g} s")
        if len(receiver.stored) != n or receiver.duplicates():
            raise RuntimeError(
                f"outbox drain: receiver stored {len(receiver.stored)} of {n}"
                f" keys, {len(receiver.duplicates())} more than once"
            )
        return n / elapsed


if __name__ == "__main__":
    print(f"outbox_drain_per_s={drain_rate():.0f}")
