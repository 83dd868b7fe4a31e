import QtQuick
import Kiosk

// An on/off setting (display and sound): a track with a knob that moves to the end of
// the reading direction and fills when on; the row turns "selected" too (issue 22.10).
OptionBase {
    id: option
    objectName: "switch"
    Accessible.role: Accessible.CheckBox
    markSize: Math.round(80 * Math.min(Theme.fontScale, 1.25))
    indicator: Rectangle {
        objectName: "switchTrack"
        x: option.markX
        y: (option.height - height) / 2
        width: option.markSize
        height: Math.round(option.markSize * 0.55)
        radius: height / 2
        color: option.checked && option.enabled ? Theme.selectedMark : Theme.enabledFill
        border.color: option.enabled ? (option.checked ? Theme.selectedMark : Theme.enabledBorder)
                                     : Theme.disabledBorder
        border.width: 3
        Rectangle {
            objectName: "switchKnob"
            width: parent.height - 12
            height: width
            radius: width / 2
            y: 6
            // On is at the end of the reading direction (the right, in Arabic the left).
            x: option.checked !== option.mirrored ? parent.width - width - 6 : 6
            color: option.checked ? Theme.textOnPrimary
                   : option.enabled ? Theme.enabledBorder : Theme.disabledBorder
        }
    }
}
