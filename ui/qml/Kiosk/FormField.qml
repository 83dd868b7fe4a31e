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
    // A question the citizen answers (not a heading, note, person or "add" row).
    readonly property bool answerable: ["text", "number", "date", "choice", "multichoice",
                                        "yesno", "signature"].indexOf(kind) >= 0
    // More answers than fit on a screen: searched, not listed (ChoicePicker.qml).
    readonly property bool longList: (kind === "choice" || kind === "multichoice")
                                     && (row.options || []).length > 16
    spacing: 8

    BodyText {
        objectName: "label_" + field.row.path
        Layout.fillWidth: true
        // A person's (or home's) row says its name beside its Remove button (groupItem).
        visible: field.kind !== "info" && field.kind !== "add" && field.kind !== "item"
        font.bold: true
        font.pixelSize: field.kind === "heading" ? Theme.fontTitle * 0.7 : Theme.fontBody
        // Required is the rule, so only the exception is marked (explained once, FormView).
        text: field.row.label + (field.answerable && !field.row.required ? " " + qsTr("(optional)") : "")
    }
    BodyText {
        Layout.fillWidth: true
        visible: (field.row.help || "") !== ""
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        text: field.row.help || ""
    }

    // Only the controls of this row's kind are created: the input box before the ID
    // document note, the answers after it. (Every row used to carry every kind's
    // controls, hidden: about 90 items a question, created on each page; issue 19.)
    Loader {
        id: input
        Layout.fillWidth: true
        visible: sourceComponent !== null
        sourceComponent: field.kind === "text" || field.kind === "number" ? textBox
                         : field.kind === "date" ? dateBox : null
    }
    BodyText {
        Layout.fillWidth: true
        visible: field.row.prefilled === true
        color: Theme.success
        font.pixelSize: Theme.fontSmall
        text: qsTr("Taken from your ID document. Please check it.")
    }

    Loader {
        id: answers
        Layout.fillWidth: true
        visible: sourceComponent !== null
        sourceComponent: field.longList ? picker
                         : field.kind === "choice" || field.kind === "multichoice" ? choiceList
                         : field.kind === "yesno" ? yesNo
                         : field.kind === "info" ? infoBox
                         : field.kind === "signature" ? signature
                         : field.kind === "item" ? groupItem
                         : field.kind === "add" ? addItem
                         : null
    }

    BodyText {
        objectName: "error_" + field.row.path
        Layout.fillWidth: true
        visible: (field.row.error || "") !== ""
        color: Theme.errorText
        font.bold: true
        text: "⚠ " + (field.row.error || "")
    }
    BodyText {
        Layout.fillWidth: true
        visible: (field.row.warning || "") !== ""
        color: Theme.warning
        text: field.row.warning || ""
    }

    // Text, number: a display box; the on-screen keyboard types into it.
    Component {
        id: textBox
        Rectangle {
            objectName: "field_" + field.row.path
            implicitHeight: Math.max(Theme.touchTarget, valueText.implicitHeight + 24)
            radius: Theme.radius / 2
            // Typing into it is its "selected" state; an error shows until it is fixed.
            readonly property string look: field.row.error ? "error" : field.focused ? "selected" : "enabled"
            color: Theme.stateFill(look)
            border.color: Theme.stateBorder(look)
            border.width: Theme.stateBorderWidth(look)
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
    }
    // Dates: three boxes, day, month and year (in Arabic from the right), typed with the
    // digits keyboard with or without dots; kiosk/forms/dates.py reads both (issue 22.12).
    Component {
        id: dateBox
        ColumnLayout {
            spacing: 8
            RowLayout {
                id: dateRow
                objectName: "field_" + field.row.path
                Layout.fillWidth: true
                spacing: 12
                readonly property string typed: field.focused ? Forms.focusText : (field.row.value || "")
                readonly property bool separated: /[.\s\/-]/.test(typed.trim())
                readonly property var parts: {
                    const t = typed.trim()
                    if (/^\d{4}-\d{2}-\d{2}$/.test(t))
                        return [t.slice(8, 10), t.slice(5, 7), t.slice(0, 4)]
                    if (separated) {
                        const p = t.split(/[.\s\/-]+/)
                        return [p[0] || "", p[1] || "", p.slice(2).join("")]
                    }
                    return [t.slice(0, 2), t.slice(2, 4), t.slice(4)]
                }
                // The box being typed into: after two digits (or a dot) the next one.
                readonly property int current: separated ? Math.min(2, typed.trim().split(/[.\s\/-]+/).length - 1)
                                                         : typed.length < 2 ? 0 : typed.length < 4 ? 1 : 2
                readonly property string enteredText: typed
                Accessible.role: Accessible.EditableText
                Accessible.name: field.row.label  // the example below is read with the page
                Accessible.onPressAction: Forms.focus(field.row.path, field.row.input)
                TapHandler { onTapped: Forms.focus(field.row.path, field.row.input) }

                Repeater {
                    model: [qsTr("Day"), qsTr("Month"), qsTr("Year")]
                    delegate: ColumnLayout {
                        id: datePart
                        required property string modelData
                        required property int index
                        Layout.preferredWidth: Math.round((index === 2 ? 260 : 170) * Theme.fontScale)
                        spacing: 4
                        Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.touchTarget, partText.implicitHeight + 24)
                            radius: Theme.radius / 2
                            readonly property string look: field.row.error ? "error"
                                                           : field.focused && dateRow.current === datePart.index ? "selected"
                                                           : "enabled"
                            color: Theme.stateFill(look)
                            border.color: Theme.stateBorder(look)
                            border.width: Theme.stateBorderWidth(look)
                            Text {
                                id: partText
                                textFormat: Text.PlainText
                                anchors.centerIn: parent
                                text: dateRow.parts[datePart.index]
                                      + (field.focused && dateRow.current === datePart.index ? "|" : "")
                                color: Theme.enabledText
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                            }
                        }
                        BodyText {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                            text: datePart.modelData
                        }
                    }
                }
                Item { Layout.fillWidth: true }
            }
            BodyText {
                id: dateHint
                Layout.fillWidth: true
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                text: qsTr("For example: 27 03 1985")
            }
        }
    }
    // Choices: a radio row per answer (one), a check row per answer (several); long lists
    // (countries) get the searchable picker with the most frequent answers first.
    Component {
        id: choiceList
        Column {
            spacing: 12
            Repeater {
                model: field.kind === "choice" ? field.row.options : []
                delegate: RadioOption {
                    required property var modelData
                    objectName: "opt_" + field.row.path + "_" + modelData.code
                    width: parent ? parent.width : 0
                    text: modelData.label
                    description: field.row.label
                    checked: modelData.selected === true
                    invalid: (field.row.error || "") !== ""
                    onClicked: Forms.choose(field.row.path, modelData.code)
                }
            }
            Repeater {
                model: field.kind === "multichoice" ? field.row.options : []
                delegate: CheckOption {
                    required property var modelData
                    objectName: "opt_" + field.row.path + "_" + modelData.code
                    width: parent ? parent.width : 0
                    text: modelData.label
                    description: field.row.label
                    checked: modelData.selected === true
                    invalid: (field.row.error || "") !== ""
                    onClicked: Forms.toggle(field.row.path, modelData.code)
                }
            }
        }
    }
    Component {
        id: picker
        ChoicePicker {
            row: field.row
            multiple: field.kind === "multichoice"
        }
    }
    // Yes / no: two radio rows side by side.
    Component {
        id: yesNo
        RowLayout {
            spacing: 12
            RadioOption {
                objectName: "yes_" + field.row.path
                Layout.fillWidth: true
                text: qsTr("Yes")
                description: field.row.label
                checked: field.row.checked === true
                invalid: (field.row.error || "") !== ""
                onClicked: Forms.setYesNo(field.row.path, true)
            }
            RadioOption {
                objectName: "no_" + field.row.path
                Layout.fillWidth: true
                text: qsTr("No")
                description: field.row.label
                checked: field.row.unchecked === true
                invalid: (field.row.error || "") !== ""
                onClicked: Forms.setYesNo(field.row.path, false)
            }
        }
    }
    // Information text.
    Component {
        id: infoBox
        Rectangle {
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
    }
    // Signature: drawn with a finger, stored as SVG path data.
    Component {
        id: signature
        ColumnLayout {
            spacing: 8
            Rectangle {
                id: pad
                objectName: "signature_" + field.row.path
                Layout.fillWidth: true
                Layout.preferredHeight: 260
                radius: Theme.radius / 2
                color: Theme.paper
                border.color: field.row.error ? Theme.errorBorder : Theme.enabledBorder
                border.width: field.row.error ? Theme.errorBorderWidth : Theme.enabledBorderWidth
                property string pathData: ""
                Canvas {
                    id: canvas
                    anchors.fill: parent
                    onPaint: {
                        const ctx = getContext("2d")
                        ctx.reset()
                        ctx.strokeStyle = Theme.ink
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
                    color: Theme.paperHint
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            KioskButton {
                objectName: "signatureClear_" + field.row.path
                kind: "secondary"
                text: qsTr("Clear signature")
                onClicked: { pad.pathData = ""; canvas.requestPaint(); Forms.setSignature(field.row.path, "") }
            }
        }
    }
    // A person in a repeatable group, and "add another".
    Component {
        id: groupItem
        RowLayout {
            BodyText { Layout.fillWidth: true; font.bold: true; text: field.row.label }
            KioskButton {
                objectName: "remove_" + field.row.path + "_" + field.row.index
                visible: field.row.canRemove === true
                kind: "secondary"
                text: qsTr("Remove")
                onClicked: Forms.removeItem(field.row.path, field.row.index)
            }
        }
    }
    Component {
        id: addItem
        KioskButton {
            objectName: "add_" + field.row.path
            kind: "secondary"
            text: qsTr("Add another person")
            onClicked: Forms.addItem(field.row.path)
        }
    }
}
