"""``kiosk appointments``: the embedded backend's appointments for admins and demos.

``qr --out DIR`` writes each of today's confirmations as a PDF with its QR code, so a
person can try the check-in with a phone picture or a USB scanner.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from datetime import datetime
from pathlib import Path

import qrcode
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from kiosk import catalogue as catalogue_mod
from kiosk.config import Config
from kiosk.files import PRIVATE_FILE, make_private_dir
from kiosk.ops import demo
from kiosk.queue import checkin, open_embedded
from kiosk.queue.base import Appointment, BackendError
from kiosk.queue.embedded import EmbeddedBackend


def _backend(cfg: Config) -> EmbeddedBackend:
    if cfg.backend.kind != "embedded":
        raise SystemExit("kiosk appointments: only the embedded backend keeps appointments here")
    return open_embedded(cfg, catalogue_mod.load(cfg.catalogue_path, cfg.kiosk.languages))


def _row(a: Appointment) -> dict[str, object]:
    return {
        "code": a.appointment_id,
        "time": f"{a.starts_at:%H:%M}",
        "concern": a.concern_id,
        "checked_in": a.checked_in,
        "number": a.number,
    }


def _list(args: argparse.Namespace, cfg: Config) -> int:
    rows = [_row(a) for a in _backend(cfg).appointments()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            state = f"checked in, {r['number']}" if r["checked_in"] else "booked"
            print(f"{r['time']}  {r['code']}  {r['concern']:<20}  {state}")
    return 0


def _book(args: argparse.Namespace, cfg: Config) -> int:
    backend = _backend(cfg)
    try:
        hour, minute = (int(v) for v in args.time.split(":"))
        start = datetime.now(cfg.tz).replace(hour=hour, minute=minute, second=0, microsecond=0)
        booked = backend.book(args.concern, start)
    except (ValueError, BackendError) as err:
        print(f"kiosk appointments: {err}", file=sys.stderr)
        return 1
    print(f"{booked.starts_at:%H:%M}  {booked.appointment_id}  {booked.concern_id}")
    return 0


def _seed(args: argparse.Namespace, cfg: Config) -> int:
    for a in demo.seed_appointments(_backend(cfg)):
        print(f"{a.starts_at:%H:%M}  {a.appointment_id}  {a.concern_id}")
    return 0


def write_confirmation(a: Appointment, path: Path) -> None:
    """An A6 confirmation like the one a citizen brings: time, concern, code, QR."""
    img = qrcode.make(checkin.qr_payload(a.appointment_id), box_size=8, border=2)
    buf = io.BytesIO()
    img.save(buf)
    buf.seek(0)
    pdf = canvas.Canvas(str(path), pagesize=A6)
    w, h = A6
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(10 * mm, h - 15 * mm, "Terminbestätigung (Demo)")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(10 * mm, h - 23 * mm, f"Heute, {a.starts_at:%d.%m.%Y %H:%M} Uhr")
    pdf.drawString(10 * mm, h - 30 * mm, ", ".join(a.concern_names))
    pdf.drawString(10 * mm, h - 37 * mm, f"Buchungscode: {a.appointment_id}")
    pdf.drawImage(ImageReader(buf), (w - 60 * mm) / 2, 12 * mm, 60 * mm, 60 * mm)
    pdf.save()


def _qr(args: argparse.Namespace, cfg: Config) -> int:
    out = make_private_dir(Path(args.out))
    for a in _backend(cfg).appointments():
        path = out / f"termin-{a.starts_at:%H%M}-{a.appointment_id}.pdf"
        write_confirmation(a, path)
        path.chmod(PRIVATE_FILE)  # a citizen's name and time: whatever the umask
        print(path)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("appointments", help="appointments of the embedded backend")
    cmds = cmd.add_subparsers(dest="appointments_command", required=True)
    p = cmds.add_parser("list", help="today's appointments")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)
    p = cmds.add_parser("book", help="book an appointment today")
    p.add_argument("concern", help="a concern id from the catalogue, e.g. anmeldung")
    p.add_argument("time", help="HH:MM")
    p.set_defaults(func=_book)
    p = cmds.add_parser("seed", help="book the demo appointments (on time, early, late)")
    p.set_defaults(func=_seed)
    p = cmds.add_parser("qr", help="write today's confirmations with QR codes as PDFs")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=_qr)
