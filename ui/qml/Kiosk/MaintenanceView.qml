pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// Staff only, in German: device status, test print, out of service, restart, log tail.
Item {
    id: view
    objectName: "maintenanceView"

    Component.onCompleted: Maintenance.refresh()

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacing
            LayoutMirroring.enabled: false

            Heading { Layout.fillWidth: true; text: "Wartung" }
            BodyText {
                objectName: "maintenanceMessage"
                Layout.fillWidth: true
                visible: Maintenance.message !== ""
                font.bold: true
                text: Maintenance.message
            }

            Repeater {
                model: Maintenance.status
                delegate: RowLayout {
                    id: row
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 16
                    Rectangle {
                        Layout.preferredWidth: 24
                        Layout.preferredHeight: 24
                        radius: 12
                        color: row.modelData.state === "ok" ? Theme.success : Theme.danger
                    }
                    BodyText { Layout.preferredWidth: 280; font.bold: true; text: row.modelData.name }
                    BodyText { Layout.fillWidth: true; text: row.modelData.detail }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                rowSpacing: 16
                columnSpacing: 16
                KioskButton {
                    objectName: "maintenanceRefresh"
                    Layout.fillWidth: true
                    kind: "secondary"
                    text: "Status aktualisieren"
                    onClicked: Maintenance.refresh()
                }
                KioskButton {
                    objectName: "maintenancePrintTest"
                    Layout.fillWidth: true
                    kind: "secondary"
                    text: "Testticket drucken"
                    onClicked: Maintenance.printTest()
                }
                KioskButton {
                    objectName: "maintenanceReadCard"
                    Layout.fillWidth: true
                    kind: "secondary"
                    text: "Testkarte prüfen"
                    onClicked: Maintenance.readTestCard()
                }
                KioskButton {
                    objectName: "maintenanceOutOfService"
                    Layout.fillWidth: true
                    kind: "secondary"
                    visible: !Maintenance.outOfService
                    text: "Außer Betrieb: Wartung"
                    onClicked: Maintenance.setOutOfService("maintenance")
                }
                KioskButton {
                    objectName: "maintenanceFault"
                    Layout.fillWidth: true
                    kind: "secondary"
                    visible: !Maintenance.outOfService
                    text: "Außer Betrieb: Störung"
                    onClicked: Maintenance.setOutOfService("fault")
                }
                KioskButton {
                    objectName: "maintenanceInService"
                    Layout.fillWidth: true
                    visible: Maintenance.outOfService
                    text: "Wieder in Betrieb nehmen"
                    onClicked: Maintenance.clearOutOfService()
                }
                KioskButton {
                    objectName: "maintenanceRestart"
                    Layout.fillWidth: true
                    kind: "secondary"
                    text: "Neu starten (Konfiguration laden)"
                    onClicked: Maintenance.restart()
                }
                KioskButton {
                    objectName: "maintenanceExit"
                    Layout.fillWidth: true
                    kind: "secondary"
                    visible: Maintenance.allowExit
                    text: "Kiosk beenden"
                    onClicked: Maintenance.exitKiosk()
                }
                KioskButton {
                    objectName: "maintenanceLeave"
                    Layout.fillWidth: true
                    text: "Zurück zum Kiosk"
                    onClicked: Maintenance.leave()
                }
            }

            Heading { Layout.fillWidth: true; text: "Protokoll"; font.pixelSize: Theme.fontBody }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: logText.implicitHeight + 24
                color: Theme.surface
                border.color: Theme.border
                border.width: 1
                Text {
                    id: logText
                    textFormat: Text.PlainText
                    objectName: "maintenanceLog"
                    x: 12
                    y: 12
                    width: parent.width - 24
                    text: Maintenance.logTail
                    color: Theme.text
                    font.family: "DejaVu Sans Mono"
                    font.pixelSize: 16
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }
}
