import QtQuick
import QtQuick.Layouts
import Kiosk

// A keypad screen's words (title, instructions, a picture): the whole width in one
// column, or beside the keys in landscape with a fixed share of the row, so the keys'
// column does not follow the length of the words.
ColumnLayout {
    property bool beside: false
    property real rowWidth: 0  // the row it shares with the keys (the gap is taken off here)
    property real share: 0.45
    readonly property real besideWidth: Math.round((rowWidth - Theme.margin) * share)
    Layout.fillWidth: !beside
    Layout.preferredWidth: beside ? besideWidth : -1
    Layout.minimumWidth: beside ? besideWidth : 0
    Layout.maximumWidth: beside ? besideWidth : Number.POSITIVE_INFINITY
    Layout.alignment: Qt.AlignTop
    spacing: Theme.spacing
}
