import QtQuick
import QtQuick.Layouts
import Staff

// One kiosk in the fleet panel: online, paper, card reader, backend, open call.
Rectangle {
    id: row

    required property string key
    required property string location
    required property string kioskId
    required property bool online
    required property bool known
    required property string screenLabel
    required property string printer
    required property string printerLabel
    required property string readerLabel
    required property string backend
    required property string backendLabel
    required property bool hasCall

    readonly property bool printerTrouble: printer !== "" && printer !== "ready"
    readonly property bool backendTrouble: backend !== "" && backend !== "ok" && backend !== "closed"

    objectName: "kiosk_" + key
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitWidth: 420
    implicitHeight: column.implicitHeight + 2 * 10
    color: StaffTheme.surface
    border.color: StaffTheme.border
    border.width: 1
    radius: StaffTheme.radius

    ColumnLayout {
        id: column
        anchors { fill: parent; margins: 10 }
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Rectangle {
                objectName: "online_" + row.key
                implicitWidth: 14
                implicitHeight: 14
                radius: 7
                color: !row.known ? StaffTheme.stale : row.online ? StaffTheme.online : StaffTheme.offline
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.location
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontBody
                font.bold: true
                color: StaffTheme.text
                elide: Text.ElideRight
            }
            Text {
                textFormat: Text.PlainText
                visible: row.hasCall
                text: qsTr("Ruf offen")
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontSmall
                font.bold: true
                color: StaffTheme.urgent
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "details_" + row.key
            Layout.fillWidth: true
            text: !row.online ? qsTr("%1 · offline").arg(row.kioskId)
                  : [row.kioskId, row.screenLabel, row.printerLabel, row.readerLabel,
                     row.backendLabel].join(" · ")
            font.family: StaffTheme.fontFamily
            font.pixelSize: StaffTheme.fontSmall
            color: row.online && (row.printerTrouble || row.backendTrouble) ? StaffTheme.warning
                                                                             : StaffTheme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
