import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Models

// The one button of the kiosk: at least Theme.touchTarget high, text wraps, activates on
// release inside (a finger sliding off cancels), long presses still count as a tap.
Button {
    id: control

    property string kind: "primary"  // primary | secondary | help
    property string subtitle: ""

    readonly property color fill: kind === "help" ? Theme.help
                                 : kind === "secondary" ? Theme.secondary : Theme.primary
    readonly property color fillPressed: kind === "help" ? Theme.help
                                        : kind === "secondary" ? Theme.secondaryPressed
                                                               : Theme.primaryPressed
    readonly property color ink: kind === "help" ? Theme.textOnHelp
                                : kind === "secondary" ? Theme.textOnSecondary : Theme.textOnPrimary

    implicitHeight: Math.max(Theme.touchTarget, labels.implicitHeight + topPadding + bottomPadding)
    // Natural (unwrapped) label width: a Column's own implicitWidth would follow its width.
    implicitWidth: Math.max(Theme.touchTarget,
                            Math.max(mainLabel.implicitWidth, subLabel.implicitWidth)
                            + leftPadding + rightPadding)
    topPadding: 18
    bottomPadding: 18
    leftPadding: 24
    rightPadding: 24
    focusPolicy: Qt.NoFocus
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontButton
    font.bold: true
    Accessible.name: subtitle ? text + ". " + subtitle : text
    // Read-aloud says what a finger is on; a sound confirms the tap (both if turned on).
    // A Connections object, so the instances' own onClicked handlers stay untouched.
    Connections {
        target: control
        function onPressed() { Speech.touched(control.Accessible.name) }
        function onClicked() { Speech.cue("tap") }
    }

    // The Theme's states: the kind's fill when enabled, its pressed fill when down, and the
    // quiet disabled look (no fill, dashed border, muted text) when it cannot be used.
    readonly property string look: !enabled ? "disabled" : down ? "pressed" : "enabled"
    readonly property color labelColor: enabled ? ink : Theme.stateText("disabled")

    background: ControlFrame {
        look: control.look
        fill: control.look === "disabled" ? Theme.disabledFill
              : control.look === "pressed" ? control.fillPressed : control.fill
        borderColor: control.look === "disabled" ? Theme.disabledBorder
                     : Theme.highContrast ? control.ink : control.fillPressed
        borderWidth: control.look === "disabled" ? Theme.disabledBorderWidth
                     : Theme.highContrast ? 3 : (control.kind === "secondary" ? 2 : 0)
    }

    contentItem: Item {
        implicitWidth: labels.implicitWidth
        implicitHeight: labels.implicitHeight

        Column {
            id: labels
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            spacing: 6

            Text {
                id: mainLabel
                textFormat: Text.PlainText
                objectName: "buttonText"
                width: labels.width
                text: control.text
                color: control.labelColor
                font: control.font
                wrapMode: Text.WordWrap  // never inside a word (issue 22.20)
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                id: subLabel
                textFormat: Text.PlainText
                width: labels.width
                visible: control.subtitle !== ""
                text: control.subtitle
                color: control.labelColor
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap  // never inside a word (issue 22.20)
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
