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
                     body.implicitHeight + closeButton.implicitHeight + 16 + 2 * Theme.margin)

    Overlay.modal: Rectangle { color: Theme.scrim }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.radius
    }

    // The settings scroll when the screen is short (landscape, largest text); Close stays
    // below them, always in view.
    contentItem: ColumnLayout {
        spacing: 16
        Flickable {
            id: settingsFlick
            objectName: "settingsFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {
                active: settingsFlick.contentHeight > settingsFlick.height
            }

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
                    uniformCellSizes: true  // three equal choices, whatever the label's width
                    Repeater {
                        model: [1.0, 1.25, 1.5]
                        delegate: RadioOption {
                            required property real modelData
                            required property int index
                            objectName: "textScale_" + index
                            Layout.fillWidth: true
                            checked: Session.textScale === modelData
                            text: ["A", "A+", "A++"][index]
                            font.pixelSize: Math.round([32, 40, 48][index] * Theme.fontScale)
                            Accessible.name: [qsTr("Normal text"), qsTr("Large text"), qsTr("Largest text")][index]
                            onClicked: Session.setTextScale(modelData)
                        }
                    }
                }
                SwitchOption {
                    objectName: "contrastButton"
                    Layout.fillWidth: true
                    checked: Session.highContrast
                    text: qsTr("High contrast")
                    onClicked: Session.setHighContrast(!Session.highContrast)
                }
                SwitchOption {
                    objectName: "loweredButton"
                    Layout.fillWidth: true
                    checked: Session.lowered
                    text: qsTr("Everything within reach (wheelchair)")
                    onClicked: Session.setLowered(!Session.lowered)
                }
                SwitchOption {
                    objectName: "readAloudButton"
                    Layout.fillWidth: true
                    checked: Session.readAloud
                    text: qsTr("Read the screen aloud")
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
                SwitchOption {
                    objectName: "soundButton"
                    Layout.fillWidth: true
                    checked: Session.soundCues
                    text: qsTr("Sounds when tapping")
                    onClicked: Session.setSoundCues(!Session.soundCues)
                }
            }
        }
        KioskButton {
            id: closeButton
            objectName: "settingsClose"
            Layout.fillWidth: true
            LayoutMirroring.enabled: Session.rtl
            text: qsTr("Close")
            onClicked: sheet.close()
        }
    }
}
