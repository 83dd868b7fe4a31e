pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Staff
import Staff.Models

// The staff console: open help calls (left, most urgent first) and the fleet (right).
ApplicationWindow {
    id: window
    objectName: "staffWindow"
    title: qsTr("Hilfe-Rufe – Bürgerbüro")
    color: StaffTheme.background
    font.family: StaffTheme.fontFamily

    header: Rectangle {
        implicitHeight: bar.implicitHeight + 2 * StaffTheme.margin
        color: StaffTheme.surface
        border.color: StaffTheme.border

        RowLayout {
            id: bar
            anchors { fill: parent; margins: StaffTheme.margin }
            spacing: StaffTheme.spacing

            Text {
                textFormat: Text.PlainText
                text: qsTr("Hilfe-Rufe")
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontTitle
                font.bold: true
                color: StaffTheme.text
            }
            Text {
                textFormat: Text.PlainText
                objectName: "linkState"
                text: StaffModel.connected ? qsTr("verbunden") : qsTr("keine Verbindung zum Server")
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontBody
                font.bold: !StaffModel.connected
                color: StaffModel.connected ? StaffTheme.online : StaffTheme.offline
            }
            Text {
                textFormat: Text.PlainText
                objectName: "notice"
                Layout.fillWidth: true
                text: StaffModel.notice
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontBody
                color: StaffTheme.offline
                elide: Text.ElideRight
            }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Ihr Name (optional):")
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontBody
                color: StaffTheme.mutedText
            }
            TextField {
                objectName: "staffName"
                implicitWidth: 180
                maximumLength: 40
                placeholderText: qsTr("z. B. Frau K.")
                font.pixelSize: StaffTheme.fontBody
                text: StaffModel.staffName
                onEditingFinished: StaffModel.staffName = text
                onTextEdited: StaffModel.staffName = text
            }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Ihr Schalter:")
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontBody
                color: StaffTheme.mutedText
            }
            TextField {
                objectName: "counter"
                implicitWidth: 90
                maximumLength: 8
                placeholderText: qsTr("z. B. 3")
                font.pixelSize: StaffTheme.fontBody
                color: StaffModel.counterValid || text === "" ? StaffTheme.text : StaffTheme.offline
                text: StaffModel.counter
                onEditingFinished: StaffModel.counter = text
                onTextEdited: StaffModel.counter = text
            }
        }
    }

    RowLayout {
        anchors { fill: parent; margins: StaffTheme.margin }
        spacing: StaffTheme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: StaffTheme.spacing

            Text {
                textFormat: Text.PlainText
                objectName: "callsTitle"
                text: qsTr("Offene Rufe: %1").arg(StaffModel.openCalls)
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontTitle
                font.bold: true
                color: StaffTheme.text
            }
            ListView {
                id: callList
                objectName: "callList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: StaffTheme.spacing
                model: StaffModel.calls
                delegate: CallCard {}

                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    visible: callList.count === 0
                    text: qsTr("Keine offenen Rufe")
                    font.family: StaffTheme.fontFamily
                    font.pixelSize: StaffTheme.fontTitle
                    color: StaffTheme.mutedText
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: StaffTheme.spacing

            Text {
                textFormat: Text.PlainText
                objectName: "fleetTitle"
                text: StaffModel.offlineKiosks > 0
                      ? qsTr("Terminals (%1 offline)").arg(StaffModel.offlineKiosks)
                      : qsTr("Terminals")
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontTitle
                font.bold: true
                color: StaffModel.offlineKiosks > 0 ? StaffTheme.offline : StaffTheme.text
            }
            ListView {
                objectName: "fleetList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: StaffModel.fleet
                delegate: FleetRow {}
            }
        }
    }
}
