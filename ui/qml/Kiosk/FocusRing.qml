import QtQuick
import Kiosk
import Kiosk.Models

// Where the keys' focus is (Focus.ring, in window coordinates): drawn above everything,
// popups included, and never taking a touch.
Item {
    id: ring
    objectName: "focusRing"
    visible: Focus.ringVisible
    x: Focus.ring.x - Theme.focusRingWidth - 2
    y: Focus.ring.y - Theme.focusRingWidth - 2
    width: Focus.ring.width + 2 * (Theme.focusRingWidth + 2)
    height: Focus.ring.height + 2 * (Theme.focusRingWidth + 2)
    z: 100000
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        color: "transparent"
        radius: Theme.radius + Theme.focusRingWidth
        border.color: Theme.focusRing
        border.width: Theme.focusRingWidth
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusRingWidth
        color: "transparent"
        radius: Theme.radius
        border.color: Theme.focusRingInner
        border.width: 2
    }
}
