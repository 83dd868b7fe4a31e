"""The floor for the start-up figures: a bare Qt Quick window with the welcome screen's
content, started the way the kiosk starts (same Python, same platform plugin, same fonts).

``make bench`` runs it interleaved with ``kiosk run --exit-after-first-frame`` and reports
the kiosk's figures as ratios to it, because absolute times differ between machines.
Prints ``first_frame_ms=<ms since process start>`` at the first frame and exits.
"""

from __future__ import annotations

import os
import sys

# What the welcome screen shows: a top bar, a title, the location, eight language
# buttons in their own scripts, and a help button. No Python view-models, no services.
QML = """
import QtQuick
import QtQuick.Layouts

Window {
    width: 1080; height: 1920; visible: true; color: "#f4f1ea"
    ColumnLayout {
        anchors.fill: parent
        spacing: 24
        Rectangle {
            Layout.fillWidth: true; Layout.preferredHeight: 120; color: "#00457d"
            Text { anchors.centerIn: parent; text: "Bürgerbüro"; color: "white";
                   font.pixelSize: 40; textFormat: Text.PlainText }
        }
        Text { Layout.fillWidth: true; horizontalAlignment: Text.AlignHCenter;
               text: "Willkommen im Bürgerbüro"; font.pixelSize: 72; font.bold: true;
               wrapMode: Text.WordWrap; textFormat: Text.PlainText }
        Text { Layout.fillWidth: true; horizontalAlignment: Text.AlignHCenter;
               text: "Rathaus Musterstadt, Erdgeschoss"; font.pixelSize: 36;
               textFormat: Text.PlainText }
        Repeater {
            model: ["Deutsch", "Leichte Sprache", "English", "Türkçe", "Українська",
                    "Русский", "Polski", "العربية"]
            delegate: Rectangle {
                required property string modelData
                Layout.fillWidth: true; Layout.leftMargin: 48; Layout.rightMargin: 48
                Layout.preferredHeight: 120; radius: 16; color: "#ffffff"
                border.color: "#00457d"; border.width: 3
                Text { anchors.centerIn: parent; text: parent.modelData;
                       font.pixelSize: 44; textFormat: Text.PlainText }
            }
        }
        Item { Layout.fillHeight: true }
        Rectangle {
            Layout.fillWidth: true; Layout.preferredHeight: 140; color: "#ffd200"
            Text { anchors.centerIn: parent; text: "Hilfe / Help"; font.pixelSize: 44;
                   textFormat: Text.PlainText }
        }
    }
}
"""


def process_age_ms() -> float:
    """Milliseconds since this process started, measured as the kiosk measures it."""
    with open("/proc/self/stat", "rb") as f:
        start_ticks = int(f.read().rsplit(b")", 1)[1].split()[19])
    with open("/proc/uptime", "rb") as f:
        uptime = float(f.read().split()[0])
    return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    app = QGuiApplication(sys.argv)
    engine = QQmlApplicationEngine()
    engine.loadData(QML.encode())
    if not engine.rootObjects():
        print("bare window did not load", file=sys.stderr)
        return 1
    window = engine.rootObjects()[0]
    done = []

    def first_frame() -> None:
        if done:
            return
        done.append(True)
        print(f"first_frame_ms={process_age_ms():.0f}", flush=True)
        QTimer.singleShot(0, app.quit)

    window.frameSwapped.connect(first_frame)  # type: ignore[attr-defined]
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
