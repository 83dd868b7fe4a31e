"""The kiosk's blocking steps, each queued on the worker thread that owns its resource.

View-models never touch a file, a socket or a device: they get one of these services
(through a Protocol of their own) and receive every result as ``done(result, error)`` on
the GUI thread. Which thread owns what:

* ``backend`` worker: the queue backend (its SQLite file or HTTP session);
* ``render`` worker: PDF rendering (CPU), and relaying the printer thread's futures;
* the :class:`PrinterWorker` thread: the printer device;
* ``outbox`` worker: the durable outbox (form submissions, emergency numbers);
* ``card`` worker: the ID card reader (PC/SC may block);
* ``local`` worker: the kiosk's own small files (maintenance PIN state, out-of-service
  flag, form definitions).

Heavy modules (reportlab, the form engine, the outbox, the card stack) load inside the
methods that need them, on first use, to keep them out of the start-up.
"""

from __future__ import annotations

from ui.services.card import CardService
from ui.services.forms import FormService
from ui.services.maintenance import MaintenanceService
from ui.services.outbox import OutboxService
from ui.services.printing import Printing
from ui.services.queue import QueueService
from ui.services.tickets import TicketService

__all__ = [
    "CardService",
    "FormService",
    "MaintenanceService",
    "OutboxService",
    "Printing",
    "QueueService",
    "TicketService",
]
