import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// "Are you still there?": warns before the session ends and lets the citizen continue.
Popup {
    id: dialog
    objectName: "idleDialog"

    visible: Session.warning
    modal: true
    focus: false
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin
    width: parent ? Math.min(parent.width - 2 * Theme.margin, 1000) : 0
    x: parent ? (parent.width - width) / 2 : 0
    // In the lowered layout the dialog sits within reach, below the empty band.
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
            objectName: "idleTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Are you still there?")
        }
        BodyText {
            objectName: "idleCountdown"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("To protect your privacy, everything you entered will be deleted in %n seconds.", "", Session.secondsLeft)
        }
        KioskButton {
            objectName: "idleContinue"
            Layout.fillWidth: true
            text: qsTr("Yes, continue")
            onClicked: Session.extend()
        }
        KioskButton {
            objectName: "idleEnd"
            Layout.fillWidth: true
            kind: "secondary"
            text: qsTr("No, end now")
            onClicked: Session.finish()
        }
    }
}
