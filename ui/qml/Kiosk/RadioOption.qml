import QtQuick
import Kiosk

// One answer of a single choice: a round mark, filled when chosen (issue 22.10).
OptionBase {
    id: option
    Accessible.role: Accessible.RadioButton
    font.bold: checked
    indicator: Rectangle {
        x: option.markX
        y: (option.height - height) / 2
        width: option.markSize
        height: option.markSize
        radius: width / 2
        color: Theme.enabledFill
        border.color: option.enabled ? (option.checked ? Theme.selectedMark : Theme.enabledBorder)
                                     : Theme.disabledBorder
        border.width: option.checked ? 4 : 3
        Rectangle {
            objectName: "radioDot"
            anchors.centerIn: parent
            width: parent.width * 0.5
            height: width
            radius: width / 2
            visible: option.checked
            color: option.enabled ? Theme.selectedMark : Theme.disabledText
        }
    }
}
