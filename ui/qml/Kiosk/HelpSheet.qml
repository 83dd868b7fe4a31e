import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// The help sheet: choose what help is needed, then follow the call until staff answer.
Popup {
    id: sheet
    objectName: "helpSheet"

    modal: true
    focus: false
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin
    x: 0
    width: parent ? parent.width : 0
    y: parent ? parent.height - height : 0
    height: Math.min(parent ? parent.height * (Session.lowered ? 1 - Session.loweredFraction : 1) : 0,
                     body.implicitHeight + 2 * Theme.margin)

    Overlay.modal: Rectangle { color: Theme.scrim }

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        id: body
        spacing: Theme.spacing
        LayoutMirroring.enabled: Session.rtl
        LayoutMirroring.childrenInherit: true

        Heading {
            objectName: "helpTitle"
            Layout.fillWidth: true
            text: Help.state === "idle" ? qsTr("What do you need help with?")
                  : Help.state === "acknowledged" ? qsTr("Help is on the way")
                  : qsTr("Help has been requested")
        }

        // Choosing a category.
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 16
            visible: Help.state === "idle"
            KioskButton {
                objectName: "helpForm"
                Layout.fillWidth: true
                kind: "secondary"
                text: qsTr("Help with a form")
                onClicked: Help.request("form")
            }
            KioskButton {
                objectName: "helpTechnical"
                Layout.fillWidth: true
                kind: "secondary"
                text: qsTr("Technical problem")
                onClicked: Help.request("technical")
            }
            KioskButton {
                objectName: "helpOther"
                Layout.fillWidth: true
                kind: "secondary"
                text: qsTr("Something else")
                onClicked: Help.request("other")
            }
        }

        // Following the call.
        BodyText {
            objectName: "helpStatus"
            Layout.fillWidth: true
            visible: Help.state !== "idle"
            font.bold: Help.state === "acknowledged"
            // The counter label and the name come from staff: shown as plain text.
            text: Help.state !== "acknowledged" ? qsTr("Staff have been informed. Please stay at the terminal.")
                  : Help.reply === "counter" ? qsTr("Please go to counter %1.").arg(Help.counter)
                  : Help.responder !== "" ? qsTr("%1 is coming to you.").arg(Help.responder)
                  : qsTr("Someone is coming to you.")
        }
        BodyText {
            objectName: "helpWaited"
            Layout.fillWidth: true
            visible: Help.state === "requested"
            // Time waited so far, never a promise of how long help will take.
            text: Help.elapsedSeconds < 60
                  ? qsTr("You have been waiting for %n seconds.", "", Help.elapsedSeconds)
                  : qsTr("You have been waiting for %n minutes.", "", Math.floor(Help.elapsedSeconds / 60))
        }
        BodyText {
            objectName: "helpEscalated"
            Layout.fillWidth: true
            visible: Help.state === "requested" && Help.level > 0
            font.bold: true
            text: qsTr("More staff have been informed.")
        }
        Rectangle {
            objectName: "helpSimulated"
            Layout.fillWidth: true
            visible: Help.simulated && Help.state !== "idle"
            implicitHeight: simulatedText.implicitHeight + 32
            radius: Theme.radius / 2
            color: Theme.surface
            border.color: Theme.warning
            border.width: 3
            BodyText {
                id: simulatedText
                anchors.fill: parent
                anchors.margins: 16
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                text: qsTr("Demo mode: this answer is simulated. No member of staff was notified.")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "helpCancel"
                visible: Help.state !== "idle"
                Layout.fillWidth: true
                kind: "secondary"
                text: qsTr("Cancel the request")
                onClicked: Help.cancel()
            }
            KioskButton {
                objectName: "helpClose"
                Layout.fillWidth: true
                text: qsTr("Close")
                onClicked: sheet.close()
            }
        }
    }
}
