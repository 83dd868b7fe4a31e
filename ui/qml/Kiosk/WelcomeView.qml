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
    // A landscape screen shorter than 1080 px (a 5:4 monitor, 1280x1024): the room goes to
    // the languages and to the words for those who cannot see the screen.
    readonly property bool shortScreen: landscape && height < 1080
    // The lowered layout (wheelchair): only what is needed to start, all of it in the
    // reachable part below the band, nothing scrolled out of sight (issue 22.13).
    readonly property bool lowered: Session.lowered
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
    // out of the way of citizens' controls (the bar with Help is at the bottom); it does
    // nothing for a single tap.
    MouseArea {
        objectName: "maintenanceCorner"
        anchors.right: parent.right
        anchors.top: parent.top
        width: 140
        height: 140
        z: 1
        Accessible.ignored: true
        onClicked: Maintenance.cornerTap()
    }

    // Landscape: the height the attract panel may take, the screen above the bar less
    // all else in the column (whose heights follow the width only, not the panel's) and a
    // spacing to spare, so bigger pictures never push the languages or the words below
    // the bar. Not the column's own height: that grows with its content.
    readonly property real attractRoom: {
        let used = Theme.spacing + promptText.Layout.topMargin + audioText.Layout.topMargin
        for (const item of [titleText, placeText, degradedBox, promptText, languages, audioText]) {
            if (item.visible)
                used += item.implicitHeight
        }
        let shown = 1  // the panel; spacers count too: a spacing follows each but the last
        for (const child of content.children) {
            if (child.visible && child !== attract)
                shown++
        }
        // Words may reach down to the bar: no spacing after the last, no margin below.
        return height - bar.height - Theme.margin - used - (shown - 2) * content.spacing
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: bar.top
        spacing: 0

        ColumnLayout {
            id: content
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: view.shortScreen ? 12 : Theme.spacing

            Item {
                Layout.fillHeight: true
                Layout.maximumHeight: view.lowered ? 0 : view.landscape ? 20 : 120
            }

            Heading {
                id: titleText
                objectName: "welcomeTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                // Landscape has little height: one line in every language.
                font.pixelSize: view.lowered || view.landscape ? Theme.fontTitle
                                                               : Math.round(Theme.fontTitle * 1.3)
                visible: !(view.lowered && view.landscape)  // the languages need the room
                text: qsTr("Welcome to the Bürgerbüro")
            }
            BodyText {
                id: placeText
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                color: Theme.mutedText
                visible: !view.lowered
                text: Services.location
            }
            Rectangle {
                id: degradedBox
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
                id: attract
                // For passers-by: once a citizen chose the lowered layout or larger text,
                // the room goes to the controls.
                visible: !Session.lowered && Theme.fontScale <= 1 && !view.shortScreen
                Layout.fillWidth: true
                Layout.maximumWidth: 1400
                Layout.alignment: Qt.AlignHCenter
                pictureSize: view.landscape ? 150 : 170
                compact: view.landscape
                roomHeight: view.attractRoom
            }
            BodyText {
                id: promptText
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
                Layout.maximumWidth: view.lowered ? Number.POSITIVE_INFINITY : 1400
                Layout.alignment: Qt.AlignHCenter
                // Two rows fewer while the attract panel is shown, to make room for it, and
                // in the lowered layout, where all eight must fit below the band (issue
                // 22.13); three on a 1280-px monitor, where four cut the names (22.20).
                columns: view.landscape ? (view.width >= 1600 && (attract.visible || view.lowered) ? 4 : 3)
                                        : (attract.visible || view.lowered ? 2 : 1)
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                Repeater {
                    model: view.languageList.length
                    delegate: KioskButton {
                        required property int index
                        readonly property var modelData: view.languageList[index] ?? ({ code: "", name: "" })
                        objectName: "language_" + modelData.code
                        Layout.fillWidth: true
                        // A little taller than a touch target in portrait; landscape
                        // needs the height for the attract panel.
                        Layout.preferredHeight: Math.max(implicitHeight,
                                                         Theme.touchTarget
                                                         + (view.lowered || view.landscape ? 0 : 24))
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
                id: audioText
                objectName: "audioAnnouncement"
                visible: !view.lowered
                Layout.fillWidth: true
                Layout.topMargin: view.shortScreen ? 0 : Theme.spacing
                horizontalAlignment: Text.AlignHCenter
                color: Theme.mutedText
                // Whole seconds, rounded up (1.5 s configured: "2 seconds", which works),
                // with the language's plural form.
                text: qsTr("Cannot see the screen? Press the help key on the keypad, or hold a finger on a free part of the screen for %n seconds: the kiosk will speak to you. Headphones: use the socket on the keypad.", "", Math.ceil(Focus.longPressMs / 1000))
            }
            Item { Layout.fillHeight: true }
        }
    }

    // Display and sound and Help at the bottom, where a wheelchair user reaches them
    // (issue 22.13); the screen starts with the greeting.
    TopBar {
        id: bar
        objectName: "welcomeBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: implicitHeight
        showHome: false
        onHelpRequested: view.helpRequested()
        onSettingsRequested: view.settingsRequested()
    }
}
