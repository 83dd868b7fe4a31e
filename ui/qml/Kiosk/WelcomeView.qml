pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
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
    // Landscape at a larger text size, or a short screen: less space between the parts,
    // so the languages and the words below them fit without scrolling.
    readonly property bool tight: shortScreen || landscape && Theme.fontScale > 1
    readonly property int edge: tight ? Theme.spacing : Theme.margin
    // A short screen at a larger text size: the address line gives way, and the words
    // for those who cannot see the screen take the small size.
    readonly property bool crowded: shortScreen && Theme.fontScale > 1
    // The lowered layout (wheelchair): only what is needed to start, all of it in the
    // reachable part below the band, nothing scrolled out of sight (issue 22.13).
    readonly property bool lowered: Session.lowered
    // Kept alive between citizens (Main.qml): the buttons are counted once and read their
    // language by index, so a language change updates them instead of building new ones.
    readonly property var languageList: Session.languages

    // A finger held on any free part of this screen starts audio mode: one area under the
    // whole screen (the bar's free parts), one under the scrolling column (a scrolling
    // Flickable keeps a press on its free parts from reaching items below it).
    AudioLongPress { anchors.fill: parent }

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
        return height - bar.height - view.edge - used - (shown - 2) * content.spacing
    }

    // The column scrolls only where it cannot fit (a notice of limited service at the
    // largest text on a short monitor): then a scroll bar shows there is more, and the
    // words for those who cannot see the screen are still reached.
    Flickable {
        id: scroller
        objectName: "welcomeScroll"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: bar.top
        contentHeight: content.height + 2 * view.edge
        interactive: contentHeight > height + 1
        clip: interactive
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: MoreBelowBar { flickable: scroller }

        AudioLongPress {
            width: scroller.width
            height: scroller.contentHeight
        }

        ColumnLayout {
            id: content
            x: Theme.margin
            y: view.edge
            width: scroller.width - 2 * Theme.margin
            // At least the screen's height, so the spacers share what is left over.
            height: Math.max(scroller.height - 2 * view.edge, implicitHeight)
            spacing: view.tight || Theme.fontScale > 1 ? 12 : Theme.spacing

            Item {
                Layout.fillHeight: true
                Layout.maximumHeight: view.lowered || view.tight ? 0 : view.landscape ? 20 : 120
            }

            Heading {
                id: titleText
                objectName: "welcomeTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                // Landscape has little height: one line in every language.
                // Portrait has room for a bigger greeting; in landscape it stays on one
                // line, at most the size of the titles at text size 1.25.
                readonly property int normalSize: Math.round(Theme.fontTitle / Theme.fontScale)
                font.pixelSize: view.lowered ? Theme.fontTitle
                              : view.shortScreen ? normalSize
                              : view.landscape ? Math.min(Theme.fontTitle, Math.round(normalSize * 1.25))
                              : Math.max(Theme.fontTitle, Math.round(normalSize * 1.3))
                visible: !(view.lowered && view.landscape)  // the languages need the room
                text: qsTr("Welcome to the Bürgerbüro")
            }
            BodyText {
                id: placeText
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                color: Theme.mutedText
                visible: !view.lowered && !view.crowded  // its lines go to the languages
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
                Layout.topMargin: view.tight ? 0 : Theme.spacing
                horizontalAlignment: Text.AlignHCenter
                font.bold: true
                text: qsTr("Please choose your language")
            }

            GridLayout {
                id: languages
                objectName: "languageGrid"
                Layout.fillWidth: true
                Layout.maximumWidth: view.lowered || Theme.fontScale > 1 ? Number.POSITIVE_INFINITY : 1400
                Layout.alignment: Qt.AlignHCenter
                // Few rows, so the panel, the lowered layout's band (issue 22.13) or a
                // larger text leave room for the words below; three on a 1280-px monitor,
                // where four cut the names (22.20).
                columns: view.landscape ? (view.width >= 1600 ? 4 : 3) : 2
                rowSpacing: view.tight ? 12 : Theme.spacing
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
                // A 5:4 monitor at a larger text size has no room for six lines of it
                // below the languages: the small size there, still as large as the body
                // text at size 1.0 (those it is for, who cannot see the screen, hear it).
                pixelSize: view.crowded ? Theme.fontSmall : Theme.fontBody
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
