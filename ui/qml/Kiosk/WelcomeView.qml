pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// The attract screen: greeting and language choice. The first touch starts a session.
Item {
    id: view
    objectName: "welcomeView"
    signal helpRequested()
    signal settingsRequested()

    readonly property bool landscape: width > height
    // Kept alive between citizens (Main.qml): the buttons are counted once and read their
    // language by index, so a language change updates them instead of building new ones.
    readonly property var languageList: Session.languages

    // Audio mode without seeing the screen: a finger held on any free part of this screen
    // (announced below and in the attract text) starts speech and the keys' introduction.
    MouseArea {
        objectName: "audioLongPress"
        anchors.fill: parent
        z: -1
        pressAndHoldInterval: Focus.longPressMs
        Accessible.ignored: true
        onPressAndHold: Focus.startAudioMode()
    }

    // Staff: five taps here within four seconds open the maintenance PIN. Invisible and
    // out of the way of citizens' controls; it does nothing for a single tap.
    MouseArea {
        objectName: "maintenanceCorner"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: 140
        height: 140
        z: 1
        Accessible.ignored: true
        onClicked: Maintenance.cornerTap()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            showHome: false
            onHelpRequested: view.helpRequested()
            onSettingsRequested: view.settingsRequested()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            Item { Layout.fillHeight: true; Layout.maximumHeight: view.landscape ? 20 : 120 }

            Heading {
                objectName: "welcomeTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Math.round(Theme.fontTitle * 1.3)
                text: qsTr("Welcome to the Bürgerbüro")
            }
            BodyText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                color: Theme.mutedText
                text: Services.location
            }
            Rectangle {
                objectName: "degradedNotice"
                Layout.fillWidth: true
                visible: Services.degraded
                implicitHeight: degradedText.implicitHeight + 32
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: Theme.warning
                border.width: 3
                BodyText {
                    id: degradedText
                    anchors.fill: parent
                    anchors.margins: 16
                    color: Theme.warning
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Some services are limited at the moment. Staff at the information desk will help you.")
                }
            }
            AttractPanel {
                // For passers-by: once a citizen chose the lowered layout or larger text,
                // the room goes to the controls.
                visible: !Session.lowered && Theme.fontScale <= 1
                Layout.fillWidth: true
                Layout.maximumWidth: 1400
                Layout.alignment: Qt.AlignHCenter
                pictureSize: view.landscape ? 64 : 170
                compact: view.landscape
            }
            BodyText {
                objectName: "welcomePrompt"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                horizontalAlignment: Text.AlignHCenter
                font.bold: true
                text: qsTr("Please choose your language")
            }

            GridLayout {
                id: languages
                objectName: "languageGrid"
                Layout.fillWidth: true
                Layout.maximumWidth: 1400
                Layout.alignment: Qt.AlignHCenter
                columns: view.landscape ? 4 : 2  // two rows fewer: room for the attract panel
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                Repeater {
                    model: view.languageList.length
                    delegate: KioskButton {
                        required property int index
                        readonly property var modelData: view.languageList[index] ?? ({ code: "", name: "" })
                        objectName: "language_" + modelData.code
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget + 24
                        kind: modelData.code === Session.language ? "primary" : "secondary"
                        text: modelData.name
                        onClicked: {
                            Session.chooseLanguage(modelData.code)
                            Ticketing.prepare()
                            Navigator.go(Services.entryScreen())
                        }
                    }
                }
            }
            BodyText {
                objectName: "audioAnnouncement"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                horizontalAlignment: Text.AlignHCenter
                color: Theme.mutedText
                text: qsTr("Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %1 seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.").arg(Math.round(Focus.longPressMs / 100) / 10)
            }
            Item { Layout.fillHeight: true }
        }
    }
}
