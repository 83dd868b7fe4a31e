import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Models

// What RadioOption, CheckOption and SwitchOption share: the whole row is the touch target
// (at least Theme.touchTarget high), the label wraps at word boundaries, the look follows
// the Theme's states, and read-aloud and the keys get the role and the checked state.
// The state comes from the model (`checked`); a tap only reports `clicked`. A subclass
// sets `indicator` (the dot, box or switch) and places it at markX.
AbstractButton {
    id: option

    // `checked` is AbstractButton's own, bound to the model; checkable stays false so a tap
    // never changes it behind the model's back.
    property bool invalid: false  // the question has an error: the border says so too
    property string description: ""  // the question it answers, for read-aloud and keys
    property int markSize: Math.round(44 * Math.min(Theme.fontScale, 1.25))

    readonly property real markX: mirrored ? width - rightPadding - markSize : leftPadding
    readonly property string look: !enabled ? "disabled" : down ? "pressed"
                                 : checked ? "selected" : invalid ? "error" : "enabled"

    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget, label.implicitWidth + markSize + 3 * 20)
    topPadding: 16
    bottomPadding: 16
    leftPadding: 20
    rightPadding: 20
    focusPolicy: Qt.NoFocus
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    Accessible.name: text
    Accessible.description: description
    Accessible.checkable: true
    Accessible.checked: checked
    Connections {
        target: option
        function onPressed() { Speech.touched(option.Accessible.name) }
        function onClicked() { Speech.cue("tap") }
    }

    background: ControlFrame {
        look: option.look
        radius: Theme.radius / 2
    }

    contentItem: Item {
        implicitHeight: label.implicitHeight
        Text {
            id: label
            objectName: "optionText"
            textFormat: Text.PlainText
            anchors.left: parent.left
            anchors.leftMargin: option.markSize + 20
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            text: option.text
            color: Theme.stateText(option.look)
            font: option.font
            wrapMode: Text.WordWrap  // never inside a word (issue 22.20)
            horizontalAlignment: Text.AlignLeft
        }
    }
}
