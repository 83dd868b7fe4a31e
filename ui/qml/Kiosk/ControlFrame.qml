pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk

// The background of a control in one of the Theme's states (Theme.stateNames). Disabled
// draws a dashed border and no fill, so it never looks like an input field or like an
// active button (issue 22.11).
Item {
    id: frame
    property string look: "enabled"
    property color fill: Theme.stateFill(look)
    property color borderColor: Theme.stateBorder(look)
    property int borderWidth: Theme.stateBorderWidth(look)
    property real radius: Theme.radius
    readonly property bool dashed: look === "disabled"

    Rectangle {
        anchors.fill: parent
        radius: frame.radius
        color: frame.fill
        border.color: frame.borderColor
        border.width: frame.dashed ? 0 : frame.borderWidth
    }
    // Only a disabled control has the dashed border: a Shape is costly to create, and
    // every button and answer row has a frame (a form page has dozens; issue 19).
    Loader {
        anchors.fill: parent
        active: frame.dashed
        sourceComponent: Shape {
            ShapePath {
                strokeColor: frame.borderColor
                strokeWidth: frame.borderWidth
                strokeStyle: ShapePath.DashLine
                dashPattern: [4, 3]
                fillColor: Theme.none
                PathRectangle {
                    x: frame.borderWidth / 2
                    y: frame.borderWidth / 2
                    width: frame.width - frame.borderWidth
                    height: frame.height - frame.borderWidth
                    radius: frame.radius
                }
            }
        }
    }
}
