import QtQuick
import Kiosk.Models

// Audio mode without seeing the screen: a finger held on a free part of the welcome
// screen (announced there and in the attract text) starts speech and the keys'
// introduction. Lies below the controls (z -1), so a tap on them is theirs.
MouseArea {
    objectName: "audioLongPress"
    z: -1
    pressAndHoldInterval: Focus.longPressMs
    Accessible.ignored: true
    onPressAndHold: Focus.startAudioMode()
}
