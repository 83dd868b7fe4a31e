"""A kiosk process for the outbox crash test: it puts items, delivers them, and is killed.

usage: outbox_child.py DB URL N [--pace-ms MS] [--read-timeout S] [--drain]

Opens the outbox, starts the worker delivering to URL, prints ``ready``, then puts
``item-0`` .. ``item-<N-1>`` in order and prints each key only after put() returned: a
printed key is one the UI would have confirmed. The keys are fixed, so a restarted child
puts them all again and the ones stored already are no-ops. ``--pace-ms`` sleeps after
each new item (a citizen's pace, and a wider window for the kill). Without ``--drain``
it goes on delivering until it is killed (at most 60 s); with ``--drain`` it waits until
nothing is pending, stops the worker, prints ``drained`` and exits 0 (1 on a timeout).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repo, for `kiosk`

from kiosk.outbox.delivery import HttpDelivery
from kiosk.outbox.store import Outbox, OutboxWorker


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("url")
    parser.add_argument("n", type=int)
    parser.add_argument("--pace-ms", type=float, default=0.0)
    parser.add_argument("--read-timeout", type=float, default=2.0)
    parser.add_argument("--drain", action="store_true")
    args = parser.parse_args()

    outbox = Outbox(args.db, retry_first_s=0.05, retry_max_s=0.5)
    worker = OutboxWorker(
        outbox, HttpDelivery(args.url, timeout=(1.0, args.read_timeout)), idle_poll_s=0.5
    )
    worker.start()
    print("ready", flush=True)
    for i in range(args.n):
        key = f"item-{i}"
        new = outbox.get(key) is None  # only to pace new items; put() is a no-op anyway
        outbox.put("arrival", {"seq": i, "name": f"Bürgerin {i}"}, idempotency_key=key)
        print(key, flush=True)
        if args.pace_ms and new:
            time.sleep(args.pace_ms / 1000)
    end = time.monotonic() + (30.0 if args.drain else 60.0)
    while time.monotonic() < end and not (args.drain and outbox.pending_count() == 0):
        time.sleep(0.02)
    if not args.drain:
        return 3  # nobody killed us: the test lost track of this process
    stopped = worker.stop(5.0)
    pending = outbox.pending_count()
    print("drained" if stopped and pending == 0 else f"not drained: {pending} pending", flush=True)
    return 0 if stopped and pending == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
