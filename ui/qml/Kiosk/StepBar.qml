import QtQuick
import QtQuick.Layouts
import Kiosk

// The bar below a screen's scrolling part that holds its next step (a form's Back and
// Next, a keypad's Continue): never scrolled away, at every text size and screen shape.
RowLayout {
    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    Layout.topMargin: 12
    Layout.bottomMargin: 12
    spacing: Theme.spacing
}
