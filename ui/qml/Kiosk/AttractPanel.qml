pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// The attract screen's offer, for people passing by and for those who do not read well:
// "Touch to start" and what the kiosk does, each as a picture with its words. A touch
// starts a session in the language shown, as the language buttons below do; a finger
// held here starts audio mode, as on any free part of the welcome screen.
Rectangle {
    id: panel
    objectName: "attractPanel"

    property int pictureSize: 150
    // Landscape has less height: the title beside the offers, each picture beside its
    // words, so the languages stay on screen.
    property bool compact: false
    // Landscape: the height the screen leaves for this panel (WelcomeView works it out).
    // A picture takes a third of its offer's width, the words beside it the rest (a
    // fixed share, so their height does not follow the picture's size); it is as tall as
    // the room, or the words where they are taller anyway, never below 64 px.
    property real roomHeight: 0
    readonly property real pictureShare: 0.34
    // From the panel's own width (the title's column and the spacings taken off), not
    // from the offers' grid, whose width follows what is inside it.
    readonly property real titleWidth: compact ? Math.round(column.width * 0.16) : column.width
    readonly property real offerWidth: (column.width - (compact ? titleWidth + column.columnSpacing : 0)
                                        - (offers.length - 1) * offerGrid.columnSpacing) / offers.length
    readonly property real wordsHeight: {
        let tallest = 0
        for (let i = 0; i < offerRepeater.count; i++) {
            const offer = offerRepeater.itemAt(i)
            for (const child of offer ? offer.children : []) {
                if (child.objectName === "attractWords")
                    tallest = Math.max(tallest, child.implicitHeight)
            }
        }
        return tallest
    }
    readonly property int shownPictureSize: !compact ? pictureSize
        : Math.max(64, Math.min(pictureSize, Math.floor(offerWidth * pictureShare),
                                Math.floor(Math.max(roomHeight - 2 * padding, wordsHeight))))

    readonly property var offers: [
        { picture: "offer-number", text: qsTr("Take a waiting number"), mirror: false },
        { picture: "offer-appointment", text: qsTr("Check in for an appointment"), mirror: false },
        { picture: "offer-form", text: qsTr("Fill in a form"), mirror: true },
        { picture: "offer-help", text: qsTr("Get help"), mirror: true }
    ]

    readonly property int padding: compact ? 8 : Theme.spacing

    implicitHeight: column.implicitHeight + 2 * padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    // Read as its title and each offer's picture; keys users start with a language button,
    // which does what a touch here does.

    MouseArea {
        objectName: "attractStart"
        anchors.fill: parent
        pressAndHoldInterval: Focus.longPressMs
        Accessible.ignored: true
        onPressAndHold: Focus.startAudioMode()
        onClicked: {
            Session.chooseLanguage(Session.language)
            Ticketing.prepare()
            Navigator.go(Services.entryScreen())
        }
    }

    GridLayout {
        id: column
        x: panel.padding
        y: panel.padding
        width: Math.max(0, panel.width - 2 * panel.padding)
        columns: panel.compact ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Heading {
            id: touch
            objectName: "attractTitle"
            Layout.fillWidth: !panel.compact
            Layout.preferredWidth: panel.compact ? panel.titleWidth : -1
            Layout.alignment: Qt.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
            pixelSize: panel.compact ? Theme.fontButton : Theme.fontTitle
            fitWords: true  // a narrow column (issue 22.20)
            color: Theme.primary
            text: qsTr("Touch to start")
        }
        GridLayout {
            id: offerGrid
            Layout.fillWidth: true
            columns: panel.offers.length
            columnSpacing: Theme.spacing / 2
            rowSpacing: Theme.spacing / 2

            Repeater {
                id: offerRepeater
                model: panel.offers
                // Picture above its words; in compact, beside them.
                delegate: GridLayout {
                    id: offer
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1  // equal columns, whatever the words' length
                    Layout.alignment: panel.compact ? Qt.AlignVCenter : Qt.AlignTop
                    columns: panel.compact ? 2 : 1
                    rowSpacing: 8
                    columnSpacing: 8
                    Picture {
                        objectName: "attract_" + offer.modelData.picture
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: panel.shownPictureSize
                        Layout.preferredHeight: panel.shownPictureSize
                        name: offer.modelData.picture
                        mirrorInRtl: offer.modelData.mirror
                        description: offer.modelData.text
                    }
                    BodyText {
                        objectName: "attractWords"
                        Layout.fillWidth: !panel.compact
                        Layout.preferredWidth: panel.compact
                            ? Math.floor(panel.offerWidth * (1 - panel.pictureShare)) - offer.columnSpacing
                            : -1
                        horizontalAlignment: panel.compact ? Text.AlignLeft : Text.AlignHCenter
                        font.bold: true
                        pixelSize: panel.compact ? Theme.fontSmall : Theme.fontBody
                        fitWords: true  // four narrow columns (issue 22.20)
                        text: offer.modelData.text
                        Accessible.ignored: true  // the picture's name says it
                    }
                }
            }
        }
    }
}
