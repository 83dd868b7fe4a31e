pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// The maintenance PIN, after the hidden gesture. Staff only, in German.
Popup {
    id: dialog
    objectName: "pinDialog"

    visible: Maintenance.pinOpen
    modal: true
    focus: false
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin
    width: parent ? Math.min(parent.width - 2 * Theme.margin, 700) : 0
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 2 : 0

    Overlay.modal: Rectangle { color: Theme.scrim }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth + 1
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Heading { Layout.fillWidth: true; text: "Wartung: PIN" }
        BodyText {
            objectName: "pinDots"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: 56
            text: "●".repeat(Maintenance.pinLength) + "○".repeat(Math.max(0, 6 - Maintenance.pinLength))
        }
        BodyText {
            objectName: "pinMessage"
            Layout.fillWidth: true
            visible: Maintenance.message !== ""
            color: Theme.danger
            text: Maintenance.message
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            rowSpacing: 12
            columnSpacing: 12
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                delegate: KioskButton {
                    required property string modelData
                    objectName: "pin_" + (modelData === "⌫" ? "back" : modelData)
                    Layout.fillWidth: true
                    kind: modelData === "OK" ? "primary" : "secondary"
                    text: modelData
                    onClicked: modelData === "⌫" ? Maintenance.pinBackspace()
                               : modelData === "OK" ? Maintenance.pinSubmit()
                               : Maintenance.pinKey(modelData)
                }
            }
        }
        KioskButton {
            objectName: "pinCancel"
            Layout.fillWidth: true
            kind: "secondary"
            text: "Abbrechen"
            onClicked: Maintenance.pinCancel()
        }
    }
}
