pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// Our own keyboard: layouts are data (assets/keyboards), keys are plain items that never
// take focus, so it works under every platform plugin, Wayland kiosk compositors included.
Rectangle {
    id: keyboard
    objectName: "keyboard"

    property bool shifted: false
    readonly property bool letters: Forms.keyboardMode === "letters"

    color: Theme.secondary
    border.color: Theme.border
    border.width: Theme.borderWidth
    implicitHeight: rows.implicitHeight + 24
    // Key order is the layout's, in every language (Arabic keys included).
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    ColumnLayout {
        id: rows
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        // Register fields: as written in the passport, in Latin letters (issue 22.5).
        BodyText {
            objectName: "keyboardLatinHint"
            Layout.fillWidth: true
            visible: Forms.keyboardLatin
            horizontalAlignment: Session.rtl ? Text.AlignRight : Text.AlignLeft  // keys stay unmirrored
            font.pixelSize: Theme.fontSmall
            text: qsTr("Type as written in your passport or ID card, in Latin letters (A–Z, also Ä, Ö, Ü, ß).")
        }

        Repeater {
            model: Forms.keyboardRows
            delegate: RowLayout {
                id: keyRow
                required property var modelData
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: keyRow.modelData
                    delegate: KeyboardKey {
                        required property string modelData
                        label: keyboard.shifted ? modelData.toUpperCase() : modelData
                        keyName: modelData === " " ? "space" : modelData
                        onTapped: {
                            Forms.key(label)
                            keyboard.shifted = false
                        }
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            KeyboardKey {
                keyName: "shift"
                label: "⇧"
                visible: keyboard.letters
                color: keyboard.shifted ? Theme.primary : Theme.surface
                Accessible.name: qsTr("Capital letter")
                onTapped: keyboard.shifted = !keyboard.shifted
            }
            KeyboardKey {
                keyName: "layout"
                label: Forms.keyboardName
                visible: keyboard.letters
                Accessible.name: qsTr("Other keyboard")
                onTapped: Forms.switchLayout()
            }
            KeyboardKey {
                keyName: "space"
                label: "␣"
                units: 3
                visible: keyboard.letters
                Accessible.name: qsTr("Space")
                onTapped: Forms.key(" ")
            }
            KeyboardKey {
                keyName: "backspace"
                label: "⌫"
                units: 1.5
                Accessible.name: qsTr("Delete")
                onTapped: Forms.backspace()
            }
            KeyboardKey {
                keyName: "done"
                label: qsTr("Done")
                units: 2
                onTapped: Forms.unfocus()
            }
        }
    }
}
