pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// Display and sound, one tap away on every screen: text size, high contrast, the lowered
// layout for wheelchair users, read-aloud with its volume, sound cues. All reset when the
// session ends.
Popup {
    id: sheet
    objectName: "settingsSheet"

    modal: true
    focus: false
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin
    x: 0
    width: parent ? parent.width : 0
    y: parent ? parent.height - height : 0
    height: Math.min(parent ? parent.height * (1 - Session.loweredFraction) : 0,
                     body.implicitHeight + 2 * Theme.margin)

    Overlay.modal: Rectangle { color: Theme.scrim }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.radius
    }

    contentItem: Flickable {
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: body
            width: parent.width
            spacing: 16
            LayoutMirroring.enabled: Session.rtl
            LayoutMirroring.childrenInherit: true

            Heading {
                Layout.fillWidth: true
                text: qsTr("Display and sound")
            }
            BodyText { Layout.fillWidth: true; font.bold: true; text: qsTr("Text size") }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Repeater {
                    model: [1.0, 1.25, 1.5]
                    delegate: KioskButton {
                        required property real modelData
                        required property int index
                        objectName: "textScale_" + index
                        Layout.fillWidth: true
                        kind: Session.textScale === modelData ? "primary" : "secondary"
                        text: ["A", "A+", "A++"][index]
                        Accessible.name: [qsTr("Normal text"), qsTr("Large text"), qsTr("Largest text")][index]
                        Accessible.checkable: true
                        Accessible.checked: Session.textScale === modelData
                        onClicked: Session.setTextScale(modelData)
                    }
                }
            }
            KioskButton {
                objectName: "contrastButton"
                Layout.fillWidth: true
                kind: Session.highContrast ? "primary" : "secondary"
                text: (Session.highContrast ? "☑ " : "☐ ") + qsTr("High contrast")
                Accessible.name: qsTr("High contrast")  // the state is said, not the box
                Accessible.checkable: true
                Accessible.checked: Session.highContrast
                onClicked: Session.setHighContrast(!Session.highContrast)
            }
            KioskButton {
                objectName: "loweredButton"
                Layout.fillWidth: true
                kind: Session.lowered ? "primary" : "secondary"
                text: (Session.lowered ? "☑ " : "☐ ") + qsTr("Everything within reach (wheelchair)")
                Accessible.name: qsTr("Everything within reach (wheelchair)")  // the state is said, not the box
                Accessible.checkable: true
                Accessible.checked: Session.lowered
                onClicked: Session.setLowered(!Session.lowered)
            }
            KioskButton {
                objectName: "readAloudButton"
                Layout.fillWidth: true
                kind: Session.readAloud ? "primary" : "secondary"
                text: (Session.readAloud ? "☑ " : "☐ ") + qsTr("Read the screen aloud")
                Accessible.name: qsTr("Read the screen aloud")  // the state is said, not the box
                Accessible.checkable: true
                Accessible.checked: Session.readAloud
                onClicked: Session.setReadAloud(!Session.readAloud)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                visible: Session.readAloud || Session.soundCues
                KioskButton {
                    objectName: "volumeDown"
                    kind: "secondary"
                    text: "−"
                    Accessible.name: qsTr("Quieter")
                    onClicked: Session.setVolume(Session.volume - 0.2)
                }
                BodyText {
                    objectName: "volumeText"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Volume: %1 %").arg(Math.round(Session.volume * 100))
                }
                KioskButton {
                    objectName: "volumeUp"
                    kind: "secondary"
                    text: "+"
                    Accessible.name: qsTr("Louder")
                    onClicked: Session.setVolume(Session.volume + 0.2)
                }
            }
            KioskButton {
                objectName: "soundButton"
                Layout.fillWidth: true
                kind: Session.soundCues ? "primary" : "secondary"
                text: (Session.soundCues ? "☑ " : "☐ ") + qsTr("Sounds when tapping")
                Accessible.name: qsTr("Sounds when tapping")  // the state is said, not the box
                Accessible.checkable: true
                Accessible.checked: Session.soundCues
                onClicked: Session.setSoundCues(!Session.soundCues)
            }
            KioskButton {
                objectName: "settingsClose"
                Layout.fillWidth: true
                text: qsTr("Close")
                onClicked: sheet.close()
            }
        }
    }
}
