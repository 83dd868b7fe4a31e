import QtQuick
import Kiosk

// One answer of a multiple choice: a square box with a tick when chosen (issue 22.10).
OptionBase {
    id: option
    Accessible.role: Accessible.CheckBox
    font.bold: checked
    indicator: Rectangle {
        x: option.markX
        y: (option.height - height) / 2
        width: option.markSize
        height: option.markSize
        radius: 6
        color: option.checked ? (option.enabled ? Theme.selectedMark : Theme.disabledText)
                              : Theme.enabledFill
        border.color: option.enabled ? (option.checked ? Theme.selectedMark : Theme.enabledBorder)
                                     : Theme.disabledBorder
        border.width: 3
        Text {
            objectName: "checkTick"
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: option.checked
            text: "✓"
            color: Theme.textOnPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(parent.height * 0.8)
            font.bold: true
        }
    }
}
