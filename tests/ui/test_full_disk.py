"""The kiosk on a full state folder: a 1 MB tmpfs, filled up while the kiosk runs.

Staff still get into maintenance with the right PIN (the count lives in memory), a form
that cannot be saved stays on the screen, says exactly that, can be printed as paper for
the counter (the printer is not the full disk), and is saved once space is back. Nothing
claims success that did not happen. Needs root for the mount; under CI=true a failed
mount is an error, elsewhere a skip.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest

from kiosk.outbox.submissions import SubmissionStore, store_path
from tests.ui.test_form_flow import type_into
from tests.ui.test_maintenance import enter, open_pin

SURNAME = "Fuellstandmelder"


@pytest.fixture
def tiny_state(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "state"
    mount.mkdir(mode=0o700)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        message = f"cannot mount a tmpfs (root needed): {done.stderr.strip()}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill_up(folder: Path) -> Path:
    """Write until the file system says no more."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as f:  # unbuffered: close() has nothing left
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError as err:
            assert err.errno == errno.ENOSPC
    return filler


def test_full_state_folder(make_ui, make_config, tiny_state, tmp_path):
    base = make_config()
    cfg = dataclasses.replace(
        base,
        kiosk=dataclasses.replace(base.kiosk, state_dir=str(tiny_state)),
        printer=dataclasses.replace(base.printer, folder=str(tmp_path / "printed")),
    )
    assert cfg.state_dir == tiny_state
    d = make_ui(cfg)
    d.pump(500)  # start-up writes (databases, retention) done before the disk fills
    filler = fill_up(tiny_state)

    # Staff: a wrong PIN is refused as wrong, the right one opens (nothing can be written).
    open_pin(d)
    enter(d, "999999")
    assert d.text("pinMessage") == "Falsche PIN"
    enter(d, "123456")
    assert d.screen() == "maintenance"
    d.tap("maintenanceLeave")

    # A citizen's form: not saved, said so, still there, printable for the counter.
    d.tap("language_de")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    type_into(d, "surname", SURNAME)
    type_into(d, "given_names", "Erika")
    type_into(d, "date_of_birth", "12.08.1964")
    type_into(d, "address.street", "Heidestrasse")
    type_into(d, "address.house_number", "17")
    type_into(d, "address.postcode", "51147")
    type_into(d, "address.city", "Koeln")
    d.tap("formNext")
    d.tap("opt_kind_einfach")
    type_into(d, "copies", "1")
    d.tap("opt_delivery_abholen")
    d.tap("formNext")
    d.tap("formSubmit")
    forms = d.ui.context.forms
    d.wait_until(lambda: forms.state == "failed")
    assert d.text("formDoneTitle") == "Ihr Formular konnte nicht gespeichert werden"
    assert "Speicher des Terminals ist voll" in d.text("formFailReason")
    assert "noch da" in d.text("formReceiptStatus")
    assert not d.item("formReference").isVisible()
    assert "verloren" not in d.text("formReceiptStatus")
    assert forms.session is not None and forms.session.get("surname") == SURNAME
    assert d.text("formTakeNumber") == "Trotzdem eine Wartenummer ziehen"

    d.tap("formPrintPaper")
    d.wait_until(lambda: forms.paperState == "printed")
    (paper,) = (tmp_path / "printed").glob("*unsent*.pdf")
    text = " ".join(pypdfium2.PdfDocument(str(paper))[0].get_textpage().get_text_range().split())
    assert "NICHT gesendet" in text and SURNAME in text and "Vorgangsnummer" not in text
    assert "ausgefüllte Formular aus dem Drucker" in d.text("formReceiptStatus")

    d.tap("formRetry")  # still full: still failed, nothing claimed
    d.pump(500)
    assert forms.state == "failed" and not d.item("formReference").isVisible()

    filler.unlink()  # space again: the same form (same key) is saved
    d.tap("formRetry")
    d.wait_until(lambda: forms.state == "done")
    assert d.text("formDoneTitle") == "Ihr Formular wurde gesendet"
    reference = d.text("formReference")
    d.wait_until(lambda: SubmissionStore(store_path(cfg)).find(reference) is not None)
