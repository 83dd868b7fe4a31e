pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// One row of a form page: a question of any kind, a heading, a person of a group.
ColumnLayout {
    id: field
    required property var row

    readonly property string kind: row.kind
    readonly property bool focused: Forms.focusPath === row.path && row.path !== ""
    spacing: 8

    BodyText {
        objectName: "label_" + field.row.path
        Layout.fillWidth: true
        visible: field.kind !== "info" && field.kind !== "add"
        font.bold: true
        font.pixelSize: field.kind === "heading" ? Theme.fontTitle * 0.7 : Theme.fontBody
        text: field.row.label + (field.row.required ? " *" : "")
    }
    BodyText {
        Layout.fillWidth: true
        visible: (field.row.help || "") !== ""
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        text: field.row.help || ""
    }

    // Text, number, date: a display box; the on-screen keyboard types into it.
    Rectangle {
        objectName: "field_" + field.row.path
        Layout.fillWidth: true
        visible: field.kind === "text" || field.kind === "number" || field.kind === "date"
        implicitHeight: Math.max(Theme.touchTarget, valueText.implicitHeight + 24)
        radius: Theme.radius / 2
        color: Theme.surface
        border.color: field.row.error ? Theme.danger : field.focused ? Theme.primary : Theme.border
        border.width: field.focused || field.row.error ? 4 : 2
        Accessible.role: Accessible.EditableText
        Accessible.name: field.row.label
        Accessible.onPressAction: Forms.focus(field.row.path, field.row.input)
        // What was entered, for the keys' hint on request only (never in the accessible
        // name: a focus announcement must not read personal data aloud).
        readonly property string enteredText: field.focused ? Forms.focusText : (field.row.value || "")
        Text {
            id: valueText
            textFormat: Text.PlainText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: 16
            text: (field.focused ? Forms.focusText : field.row.value) + (field.focused ? "|" : "")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        MouseArea {
            anchors.fill: parent
            onClicked: Forms.focus(field.row.path, field.row.input)
        }
    }
    BodyText {
        Layout.fillWidth: true
        visible: field.row.prefilled === true
        color: Theme.success
        font.pixelSize: Theme.fontSmall
        text: qsTr("Taken from your ID document. Please check it.")
    }

    // Choices: one button per option; several may be chosen for a multichoice.
    Flow {
        Layout.fillWidth: true
        visible: field.kind === "choice" || field.kind === "multichoice"
        spacing: 12
        Repeater {
            model: field.kind === "choice" || field.kind === "multichoice" ? field.row.options : []
            delegate: KioskButton {
                required property var modelData
                objectName: "opt_" + field.row.path + "_" + modelData.code
                kind: modelData.selected ? "primary" : "secondary"
                text: (field.kind === "multichoice" ? (modelData.selected ? "☑ " : "☐ ") : "")
                      + modelData.label
                // For keys and speech: the option, its state, and the question it answers.
                Accessible.name: modelData.label
                Accessible.description: field.row.label
                Accessible.checkable: true
                Accessible.checked: modelData.selected === true
                width: Math.min(implicitWidth, field.width)
                onClicked: field.kind === "choice" ? Forms.choose(field.row.path, modelData.code)
                                                   : Forms.toggle(field.row.path, modelData.code)
            }
        }
    }

    // Yes / no.
    RowLayout {
        Layout.fillWidth: true
        visible: field.kind === "yesno"
        spacing: 12
        KioskButton {
            objectName: "yes_" + field.row.path
            Layout.fillWidth: true
            kind: field.row.checked ? "primary" : "secondary"
            text: qsTr("Yes")
            Accessible.description: field.row.label
            Accessible.checkable: true
            Accessible.checked: field.row.checked === true
            onClicked: Forms.setYesNo(field.row.path, true)
        }
        KioskButton {
            objectName: "no_" + field.row.path
            Layout.fillWidth: true
            kind: field.row.unchecked ? "primary" : "secondary"
            text: qsTr("No")
            Accessible.description: field.row.label
            Accessible.checkable: true
            Accessible.checked: field.row.unchecked === true
            onClicked: Forms.setYesNo(field.row.path, false)
        }
    }

    // Information text.
    Rectangle {
        Layout.fillWidth: true
        visible: field.kind === "info"
        implicitHeight: infoText.implicitHeight + 32
        radius: Theme.radius / 2
        color: Theme.surface
        border.color: field.row.style === "warning" ? Theme.warning : Theme.border
        border.width: 2
        BodyText {
            id: infoText
            anchors.fill: parent
            anchors.margins: 16
            color: field.row.style === "warning" ? Theme.warning : Theme.text
            text: field.row.text || field.row.label
        }
    }

    // Signature: drawn with a finger, stored as SVG path data.
    Rectangle {
        id: pad
        objectName: "signature_" + field.row.path
        Layout.fillWidth: true
        Layout.preferredHeight: 260
        visible: field.kind === "signature"
        radius: Theme.radius / 2
        color: "#FFFFFF"
        border.color: field.row.error ? Theme.danger : Theme.border
        border.width: 2
        property string pathData: ""
        Canvas {
            id: canvas
            anchors.fill: parent
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                ctx.strokeStyle = "#000000"
                ctx.lineWidth = 3
                const parts = pad.pathData.split(" ")
                ctx.beginPath()
                for (let i = 0; i + 2 < parts.length; i += 3) {
                    const x = Number(parts[i + 1]), y = Number(parts[i + 2])
                    if (parts[i] === "M") ctx.moveTo(x, y); else ctx.lineTo(x, y)
                }
                ctx.stroke()
            }
        }
        MouseArea {
            anchors.fill: parent
            onPressed: (mouse) => { pad.pathData += " M " + Math.round(mouse.x) + " " + Math.round(mouse.y); canvas.requestPaint() }
            onPositionChanged: (mouse) => { pad.pathData += " L " + Math.round(mouse.x) + " " + Math.round(mouse.y); canvas.requestPaint() }
            onReleased: Forms.setSignature(field.row.path, pad.pathData.trim())
        }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: pad.pathData === "" && !field.row.signed
            text: qsTr("Sign here with your finger")
            color: "#5C6770"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
    KioskButton {
        objectName: "signatureClear_" + field.row.path
        visible: field.kind === "signature"
        kind: "secondary"
        text: qsTr("Clear signature")
        onClicked: { pad.pathData = ""; canvas.requestPaint(); Forms.setSignature(field.row.path, "") }
    }

    // A person in a repeatable group, and "add another".
    RowLayout {
        Layout.fillWidth: true
        visible: field.kind === "item"
        BodyText { Layout.fillWidth: true; font.bold: true; text: field.row.label }
        KioskButton {
            objectName: "remove_" + field.row.path + "_" + field.row.index
            visible: field.row.canRemove === true
            kind: "secondary"
            text: qsTr("Remove")
            onClicked: Forms.removeItem(field.row.path, field.row.index)
        }
    }
    KioskButton {
        objectName: "add_" + field.row.path
        Layout.fillWidth: true
        visible: field.kind === "add"
        kind: "secondary"
        text: qsTr("Add another person")
        onClicked: Forms.addItem(field.row.path)
    }

    BodyText {
        objectName: "error_" + field.row.path
        Layout.fillWidth: true
        visible: (field.row.error || "") !== ""
        color: Theme.danger
        font.bold: true
        text: "⚠ " + (field.row.error || "")
    }
    BodyText {
        Layout.fillWidth: true
        visible: (field.row.warning || "") !== ""
        color: Theme.warning
        text: field.row.warning || ""
    }
}
