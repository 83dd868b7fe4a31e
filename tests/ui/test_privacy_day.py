"""A scripted day at the kiosk, then the clock moved past every retention period: none
of what the citizens entered or the chip gave is left anywhere on disk (state folder with
the databases' -wal/-shm files, the printed folder, the captured log, the temp folder),
and every file the kiosk made is 0600. The log names stored items (references, outbox
keys) only by pseudonyms that staff can resolve during the day and nobody can after.

The day: a form filled from the simulated ID card and by taps, delivered to the embedded
form store (sealed to the office's key), its receipts and the whole form printed by the
folder printer; then a second form refused by the town's receiver (fake_receiver, 422),
which parks it in the outbox. The app itself enforces retention at start-up: the last
step starts the kiosk with the clock moved on.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import stat
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import gui_guard  # tests/support, on the path as in conftest
import pypdfium2
import pytest

from kiosk.files import PRIVATE_UMASK
from kiosk.log import KeyValueFormatter
from kiosk.outbox.store import Outbox
from kiosk.outbox.submissions import SubmissionStore, store_path
from kiosk.privacy import pseudonyms, retention
from kiosk.privacy.sealing import generate_keypair
from kiosk.privacy.whois import whois
from tests.support.fake_receiver import FakeReceiver
from tests.ui.test_form_flow import type_into

FROM_CHIP = ("Mustermann", "Erika")  # the simulated ID card's specimen
TYPED = ("Zwetschgenallee", "Quakenbrueck", "Vogelsangzumbusch", "Ottiliane", "Rabenkamp")
VALUES = FROM_CHIP + TYPED


def found(folder: Path, values: tuple[str, ...]) -> dict[str, list[str]]:
    """Which values are in which files: raw bytes (databases, logs) and PDF text."""
    hits: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        text = ""
        if data.startswith(b"%PDF"):
            doc = pypdfium2.PdfDocument(data)
            text = "".join(page.get_textpage().get_text_range() for page in doc)
        for v in values:
            if v.encode() in data or v.encode("utf-16-le") in data or v in text:
                hits.setdefault(str(path.relative_to(folder)), []).append(v)
    return hits


def fill_meldebescheinigung(
    d, *, from_card: bool, notice: str, surname: str = "", given: str = ""
) -> None:
    d.tap("language_de")
    d.tap("concern_meldebescheinigung")
    d.tap("choiceForm")
    d.wait_until(lambda: d.screen() == "form")
    if from_card:
        d.tap("formFromIdCard")
        d.tap("idcardConsent")
        d.tap("idcardIdCard")
        for ch in "123456":
            d.tap(f"idpad_{ch}")
        d.tap("idcardSubmit")
        d.wait_until(lambda: d.ui.context.idcard.state == "done", timeout_s=15)
        d.tap("idcardBackToForm")
    else:
        type_into(d, "surname", surname)
        type_into(d, "given_names", given)
        type_into(d, "date_of_birth", "03.11.1971")
    type_into(d, "address.street", TYPED[0] if from_card else TYPED[4])
    type_into(d, "address.house_number", "17")
    type_into(d, "address.postcode", "49610")
    type_into(d, "address.city", TYPED[1])
    d.tap("formNext")
    d.tap("opt_kind_einfach")
    type_into(d, "copies", "1")
    d.tap("opt_delivery_abholen")
    d.tap("formNext")
    assert d.ui.context.forms.onReview
    shown = d.text("formPrivacyNotice")  # what this configuration does, before sending
    assert d.item("formPrivacyNotice").isVisible()
    assert "nur verschlüsselt für das Amt gespeichert" in shown and notice in shown, shown
    assert "Verantwortlich für Ihre Daten: Stadt Musterstadt." in shown
    assert "bleibt nichts zurück" not in shown
    d.tap("formSubmit")
    d.wait_until(lambda: d.ui.context.forms.state == "done")


def test_a_day_leaves_nothing_behind(make_ui, make_config, tmp_path, monkeypatch, caplog):
    old_umask = os.umask(PRIVATE_UMASK)  # as the kiosk's launcher sets it
    try:
        run_day(make_ui, make_config, tmp_path, monkeypatch, caplog)
    finally:
        os.umask(old_umask)


def run_day(make_ui, make_config, tmp_path, monkeypatch, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    (tmp_path / "logs").mkdir()
    handler = logging.FileHandler(tmp_path / "logs" / "kiosk.log")
    handler.setFormatter(KeyValueFormatter())
    handler.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    keys = tmp_path / "keys"
    keys.mkdir()
    private, public = generate_keypair()
    (keys / "office-public.pem").write_bytes(public)
    del private  # the clerk side's: never on the kiosk

    base = make_config()
    cfg = dataclasses.replace(
        base,
        privacy=dataclasses.replace(
            base.privacy,
            public_key=str(keys / "office-public.pem"),
            controller="Stadt Musterstadt",
            notice_url="https://musterstadt.example/datenschutz",
        ),
        forms=dataclasses.replace(base.forms, print_full_form=True),
    )
    state, printed = cfg.state_dir, cfg.printer_folder
    try:
        # Morning: the embedded form store, a form from the ID card.
        d = make_ui(cfg)
        fill_meldebescheinigung(d, from_card=True, notice="nach 30 Tagen gelöscht")
        d.wait_until(lambda: d.ui.context.forms.printState == "printed", timeout_s=20)
        d.wait_until(
            lambda: store_path(cfg).exists() and len(SubmissionStore(store_path(cfg)).all()) == 1
        )
        d.tap("homeButton")
        with gui_guard.startup():  # its delivery thread must not take the next form
            d.ui.close()  # (the fixture closes it again at the end: shutdown is idempotent)

        # Afternoon: the town's receiver refuses the next form for good.
        with FakeReceiver() as receiver:
            receiver.reject_kinds = {"form"}
            online = dataclasses.replace(
                cfg, outbox=dataclasses.replace(cfg.outbox, url=receiver.url)
            )
            d2 = make_ui(online)
            fill_meldebescheinigung(
                d2,
                notice="sobald das System des Amtes sie erhalten hat",
                from_card=False,
                surname=TYPED[2],
                given=TYPED[3],
            )
            d2.wait_until(lambda: d2.ui.context.forms.printState == "printed", timeout_s=20)
            receiver.wait_until(lambda r: r.requests >= 1)
            ob = Outbox(cfg.outbox_path)
            d2.wait_until(lambda: len(ob.rejected_items()) == 1)
            ob.close()

        # The references and keys that tie log lines to the day's stored items: the log
        # names them only by pseudonym, which staff can resolve while the data exists.
        links = linkable(cfg)
        assert len(links) >= 4, links  # a submission and a refused item: reference and key
        day_log = (tmp_path / "logs" / "kiosk.log").read_text()
        day_pseudonyms = set(PSEUDONYM.findall(day_log))
        assert [v for v in links if v in day_log] == []
        resolved = {v for p in day_pseudonyms for v in whois(cfg, p)}
        stored, refused = SubmissionStore(store_path(cfg)).all()[0], rejected_keys(cfg)[0]
        assert stored["reference"] in resolved  # "form submitted"
        assert refused in resolved  # "outbox: item rejected by the receiver"

        # What the day left: the printouts hold the values (the search can find them),
        # the databases and their logs do not (sealed before they were written).
        day = found(tmp_path, VALUES)
        assert any(p.startswith(printed.relative_to(tmp_path).as_posix()) for p in day), day
        assert [
            p
            for p in day
            if p.startswith(state.relative_to(tmp_path).as_posix() + "/")
            and not p.startswith(printed.relative_to(tmp_path).as_posix())
        ] == []
        private_files(state)

        # Past every retention period: the kiosk starts and enforces it.
        later = datetime.now(UTC) + timedelta(
            days=max(
                cfg.privacy.submissions_days, cfg.privacy.rejected_days, cfg.privacy.printed_days
            )
            + 1
        )

        class Moved(datetime):
            @classmethod
            def now(cls, tz=None):  # type: ignore[override]
                return later if tz is not None else later.replace(tzinfo=None)

        monkeypatch.setattr(retention, "datetime", Moved)
        monkeypatch.setattr(pseudonyms, "datetime", Moved)  # log lines of the later day
        d3 = make_ui(cfg)
        d3.wait_until(
            lambda: not any(printed.glob("*.pdf")) and not SubmissionStore(store_path(cfg)).all(),
            timeout_s=20,
        )
        d3.wait_until(lambda: not Outbox(cfg.outbox_path).rejected_items())
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()

    (tmp_path / "logs" / "caplog.txt").write_text(caplog.text)
    assert "rejected item deleted" in caplog.text  # the staff-visible line
    assert found(tmp_path, VALUES) == {}
    # No reference or key in any log; the day's pseudonyms resolve no more, not even
    # against the true values: their day key is destroyed.
    assert found(tmp_path, tuple(links)) == {}
    assert caplog.records and not [
        v for r in caplog.records for v in links if v in KeyValueFormatter().format(r)
    ]
    today = datetime.now(UTC).strftime("%Y%m%d")
    assert not list((state / "log-keys").glob(f"{today}-*.key"))
    assert [p for p in day_pseudonyms if whois(cfg, p, links)] == []
    private_files(state)


PSEUDONYM = re.compile(r"ps-\d{8}-[0-9a-f]{12}")


def rejected_keys(cfg) -> list[str]:
    ob = Outbox(cfg.outbox_path)
    try:
        return [item.key for item in ob.rejected_items()]
    finally:
        ob.close()


def linkable(cfg) -> list[str]:
    """Every reference and item key the day stored (form store and outbox)."""
    values = []
    for item in SubmissionStore(store_path(cfg)).all():
        values += [item["reference"], item["key"]]
    ob = Outbox(cfg.outbox_path)
    try:
        for item in ob.rejected_items():
            values += [item.key, item.payload["reference"]]
    finally:
        ob.close()
    return values


def private_files(folder: Path) -> None:
    loose = [
        (str(p), oct(stat.S_IMODE(p.stat().st_mode)))
        for p in folder.rglob("*")
        if p.is_file() and stat.S_IMODE(p.stat().st_mode) & 0o077
    ]
    assert loose == []


pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")
