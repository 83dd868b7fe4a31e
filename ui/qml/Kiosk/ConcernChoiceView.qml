import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// A concern with a form: fill it in here (faster at the counter), or just take a number.
Item {
    id: view
    objectName: "concernChoiceView"
    signal helpRequested()
    signal settingsRequested()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            onHelpRequested: view.helpRequested()
            onSettingsRequested: view.settingsRequested()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing * 1.5

            Item { Layout.fillHeight: true; Layout.maximumHeight: 100 }
            Heading {
                objectName: "choiceTitle"
                Layout.fillWidth: true
                text: Forms.pendingConcernName
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("You can fill in the form here now. Your data then reaches the counter before you do, and your visit is shorter.")
            }
            KioskButton {
                objectName: "choiceForm"
                Layout.fillWidth: true
                text: qsTr("Fill in the form now")
                subtitle: qsTr("About 5 minutes. Your ID card can fill in your name.")
                onClicked: Forms.start(Forms.pendingConcern)
            }
            KioskButton {
                objectName: "choiceNumber"
                Layout.fillWidth: true
                kind: "secondary"
                enabled: !Ticketing.busy
                text: qsTr("Only take a waiting number")
                onClicked: Ticketing.draw(Forms.pendingConcern)
            }
            KioskButton {
                objectName: "choiceBack"
                Layout.fillWidth: true
                kind: "secondary"
                text: qsTr("Back")
                onClicked: Navigator.go("concerns")
            }
            Item { Layout.fillHeight: true }
        }
    }
}
