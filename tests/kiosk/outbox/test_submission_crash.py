"""A submission survives kill -9 between "done" and delivery, and is delivered once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from kiosk.outbox.store import Outbox, OutboxWorker
from kiosk.outbox.submissions import LocalDelivery, SubmissionStore

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kiosk.forms import FormSession, load_form
    from kiosk.outbox.store import Outbox
    from kiosk.outbox.submissions import reference_for
    state = Path(sys.argv[1])
    form = FormSession(load_form("meldebescheinigung"), "de")
    for path, value in (("surname", "Mustermann"), ("given_names", "Erika"),
                        ("date_of_birth", "12.08.1964"), ("address.street", "Heidestr."),
                        ("address.house_number", "17"), ("address.postcode", "51147"),
                        ("address.city", "Köln"), ("kind", "einfach"), ("copies", "1"),
                        ("delivery", "abholen")):
        form.set(path, value)
    s = form.submission()
    ref = reference_for(s.form_id, s.idempotency_key)
    Outbox(state / "outbox.db").put("form", {**s.payload(), "reference": ref},
                                    s.idempotency_key)
    print("DONE", ref, flush=True)   # what the screen would now say
    time.sleep(60)                   # killed before any delivery happens
""")


def test_submission_survives_kill_9_and_is_delivered_once(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("DONE "), line
        reference = line.split()[1]
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()

    store = SubmissionStore(tmp_path / "submissions.db")
    for _ in range(2):  # two restarts, each draining what is due
        outbox = Outbox(tmp_path / "outbox.db")
        worker = OutboxWorker(outbox, LocalDelivery(store))
        worker.start()
        deadline = time.monotonic() + 10
        while outbox.pending_count() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert worker.stop(5)
        outbox.close()
    items = store.all()
    assert [i["reference"] for i in items] == [reference]
    assert items[0]["data"]["surname"] == "Mustermann"
