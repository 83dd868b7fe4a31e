import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// A scan during a form: ask before leaving it, the form stays unless the citizen says so.
Popup {
    id: dialog
    objectName: "scanLeaveDialog"

    visible: Checkin.scanPending
    modal: true
    focus: false
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin
    width: parent ? Math.min(parent.width - 2 * Theme.margin, 1000) : 0
    x: parent ? (parent.width - width) / 2 : 0
    readonly property real top: parent && Session.lowered ? parent.height * Session.loweredFraction : 0
    y: parent ? top + (parent.height - top - height) / 2 : 0

    Overlay.modal: Rectangle { color: Theme.scrim }

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth + 1
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        LayoutMirroring.enabled: Session.rtl
        LayoutMirroring.childrenInherit: true

        Heading {
            objectName: "scanLeaveTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("You scanned an appointment code. Leave the form?")
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("If you leave, what you entered in the form is deleted.")
        }
        KioskButton {
            objectName: "scanStay"
            Layout.fillWidth: true
            text: qsTr("Stay in the form")
            onClicked: Checkin.stayInForm()
        }
        KioskButton {
            objectName: "scanLeave"
            Layout.fillWidth: true
            kind: "secondary"
            text: qsTr("Leave the form and check in")
            onClicked: Checkin.leaveFormForScan()
        }
    }
}
