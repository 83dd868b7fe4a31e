import QtQuick
import QtQuick.Layouts
import Staff
import Staff.Models

// One open help call: where, what, how long, who is on the way; acknowledge and resolve.
Rectangle {
    id: card

    required property string key
    required property string location
    required property string kioskId
    required property string categoryLabel
    required property string stepLabel
    required property string callState
    required property int level
    required property real requestedAt
    required property string staff
    required property string reply
    required property string counter
    required property bool stale

    readonly property int waited: Math.max(0, Math.floor(StaffModel.now - requestedAt))
    readonly property color accent: stale ? StaffTheme.stale
                                    : callState === "acknowledged" ? StaffTheme.onTheWay
                                    : level > 0 ? StaffTheme.urgent : StaffTheme.waiting

    function clock(seconds: int): string {
        const m = Math.floor(seconds / 60)
        const s = seconds % 60
        return m + ":" + (s < 10 ? "0" : "") + s
    }

    objectName: "call_" + key
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitWidth: 560
    implicitHeight: body.implicitHeight + 2 * StaffTheme.margin
    radius: StaffTheme.radius
    color: StaffTheme.surface
    border.color: accent
    border.width: level > 0 && callState === "requested" && !stale ? 3 : 1

    Rectangle {
        width: 8
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        radius: StaffTheme.radius
        color: card.accent
    }

    ColumnLayout {
        id: body
        anchors { fill: parent; margins: StaffTheme.margin; leftMargin: StaffTheme.margin + 8 }
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: StaffTheme.spacing
            Text {
                textFormat: Text.PlainText
                objectName: "location_" + card.key
                Layout.fillWidth: true
                text: card.location
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontTitle
                font.bold: true
                color: StaffTheme.text
                elide: Text.ElideRight
            }
            Text {
                textFormat: Text.PlainText
                objectName: "wait_" + card.key
                text: card.clock(card.waited)
                font.family: StaffTheme.fontFamily
                font.pixelSize: StaffTheme.fontBig
                font.bold: true
                color: card.accent
            }
        }

        Text {
            textFormat: Text.PlainText
            objectName: "what_" + card.key
            Layout.fillWidth: true
            text: qsTr("%1 · bei „%2“ · Terminal %3").arg(card.categoryLabel).arg(card.stepLabel)
                  .arg(card.kioskId)
            font.family: StaffTheme.fontFamily
            font.pixelSize: StaffTheme.fontBody
            color: StaffTheme.mutedText
            wrapMode: Text.Wrap
        }

        Text {
            textFormat: Text.PlainText
            objectName: "status_" + card.key
            Layout.fillWidth: true
            text: card.stale ? qsTr("Terminal offline – Ruf evtl. nicht mehr aktuell")
                  : card.callState === "acknowledged"
                    ? (card.reply === "counter" ? qsTr("Zum Schalter %1 geschickt").arg(card.counter)
                       : card.staff !== "" ? qsTr("Unterwegs: %1").arg(card.staff) : qsTr("Jemand ist unterwegs"))
                  : card.level > 0 ? qsTr("Eskaliert (Stufe %1) – niemand hat übernommen").arg(card.level)
                  : qsTr("Wartet auf Übernahme")
            font.family: StaffTheme.fontFamily
            font.pixelSize: StaffTheme.fontBody
            font.bold: true
            color: card.accent
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: StaffTheme.spacing
            StaffButton {
                objectName: "ack_" + card.key
                text: qsTr("Ich komme")
                visible: card.callState === "requested"
                enabled: StaffModel.connected
                onClicked: StaffModel.acknowledge(card.key)
            }
            StaffButton {
                objectName: "counter_" + card.key
                text: StaffModel.counterValid ? qsTr("Zu Schalter %1 bitten").arg(StaffModel.counter)
                                              : qsTr("Zum Schalter bitten")
                visible: card.callState === "requested"
                enabled: StaffModel.connected && StaffModel.counterValid
                onClicked: StaffModel.sendToCounter(card.key)
            }
            StaffButton {
                objectName: "resolve_" + card.key
                kind: card.callState === "requested" ? "secondary" : "primary"
                text: qsTr("Erledigt")
                enabled: StaffModel.connected
                onClicked: StaffModel.resolve(card.key)
            }
            Item { Layout.fillWidth: true }
            StaffButton {
                objectName: "cancel_" + card.key
                kind: "secondary"
                text: qsTr("Niemand da")
                enabled: StaffModel.connected
                onClicked: StaffModel.cancelCall(card.key)
            }
        }
    }
}
