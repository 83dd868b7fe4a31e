import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Models

// The one button of the kiosk: at least Theme.touchTarget high, text wraps between words
// and shrinks rather than break a word, activates on release inside (a finger sliding off
// cancels), long presses still count as a tap.
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
    // Natural (unwrapped) label width at the full text size, measured apart from the
    // labels: their size follows the button's width (fitted below), which may follow this.
    implicitWidth: Math.max(Theme.touchTarget,
                            Math.max(mainNatural.advanceWidth,
                                     subtitle !== "" ? subNatural.advanceWidth : 0)
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

    // Labels never clip and never break inside a word (issue 22.20): when the widest word
    // is wider than the button's room (a German compound, the largest text size), the
    // label is drawn smaller until it fits, down to a readable floor of 80 % of the body
    // text size. Words break only at spaces, after a hyphen ("Warte-Nummer") and at soft
    // hyphens (U+00AD, drawn as "-"), so those parts are measured on their own.
    readonly property int labelFloor: Math.round(Theme.fontBody * 0.8)
    function fittedSize(label, pixelSize, metrics, room) {
        if (room <= 0 || label === "")
            return pixelSize
        let widest = 0
        for (const word of label.split(/\s+/)) {
            const parts = word.replace(/-/g, "-\u00ad").split("\u00ad")
            for (let i = 0; i < parts.length; i++) {
                const part = parts[i] + (i < parts.length - 1 && !parts[i].endsWith("-") ? "-" : "")
                widest = Math.max(widest, metrics.advanceWidth(part))
            }
        }
        if (widest <= room)
            return pixelSize
        return Math.max(Math.floor(pixelSize * room / widest), Math.min(pixelSize, labelFloor))
    }
    FontMetrics {
        id: mainMetrics
        font.family: control.font.family
        font.bold: control.font.bold
        font.pixelSize: control.font.pixelSize
    }
    FontMetrics {
        id: subMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    TextMetrics { id: mainNatural; font: control.font; text: control.text }
    TextMetrics {
        id: subNatural
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        text: control.subtitle
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
                font.family: control.font.family
                font.bold: control.font.bold
                font.pixelSize: control.fittedSize(control.text, control.font.pixelSize,
                                                   mainMetrics, labels.width)
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
                font.pixelSize: control.fittedSize(control.subtitle, Theme.fontSmall,
                                                   subMetrics, labels.width)
                wrapMode: Text.WordWrap  // never inside a word (issue 22.20)
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
