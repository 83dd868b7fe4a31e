import QtQuick
import QtQuick.Layouts
import Kiosk

// One key of the on-screen keyboard: a plain item, never focusable, so typing never moves
// the input focus away from the field being edited.
Rectangle {
    id: key
    property string label
    property string keyName: label
    property real units: 1
    signal tapped()

    Layout.fillWidth: true
    Layout.preferredWidth: units * 100
    Layout.preferredHeight: Theme.minTouchTarget + 8
    radius: 10
    color: area.pressed ? Theme.primaryPressed : Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    objectName: "key_" + keyName
    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.onPressAction: key.tapped()  // the keypad's select key (ui/viewmodels/focus.py)

    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        text: key.label
        color: area.pressed ? Theme.textOnPrimary : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(32 * Math.min(Theme.fontScale, 1.25))
        font.bold: true
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: key.tapped()
    }
}
