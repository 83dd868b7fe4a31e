import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// On every screen: start over (when there is something to leave), text size, contrast,
// and help. Settings stay one tap away.
Rectangle {
    id: bar

    property bool showHome: true
    signal helpRequested()
    signal settingsRequested()

    // Grows with the text size: a wrapped "Start over" stays inside the bar (issue 22.13).
    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight) + 2 * 16
    // Help keeps its one word whole; Start over and Display and sound share the rest of
    // the row and wrap between their words when it is narrow.
    readonly property real shared: Math.max(Theme.touchTarget,
        (width - 2 * Theme.margin - 3 * row.spacing - help.implicitWidth) / (showHome ? 2 : 1))
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 16

        KioskButton {
            objectName: "homeButton"
            visible: bar.showHome
            kind: "secondary"
            text: qsTr("Start over")
            Layout.preferredWidth: Math.min(implicitWidth, bar.shared)
            onClicked: Session.finish()
        }
        Item { Layout.fillWidth: true }
        SettingsButton {
            objectName: "settingsButton"
            Layout.preferredWidth: Math.min(implicitWidth, bar.shared)
            onClicked: bar.settingsRequested()
        }
        KioskButton {
            id: help
            objectName: "helpButton"
            kind: "help"
            text: qsTr("Help")
            Layout.preferredWidth: Math.min(implicitWidth, bar.width * 0.4)
            onClicked: bar.helpRequested()
        }
    }
}
