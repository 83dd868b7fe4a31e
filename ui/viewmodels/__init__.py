"""Thin QObject view-models exposing the Qt-free core to QML (module ``Kiosk.Models``).

Each is a QML singleton whose instance belongs to the running :class:`ui.context.AppContext`;
QML reads properties and calls slots, never the core directly.
"""

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1
