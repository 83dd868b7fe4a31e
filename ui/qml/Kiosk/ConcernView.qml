pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// Choose a concern; a tap draws a waiting number for its group.
Item {
    id: view
    objectName: "concernView"
    signal helpRequested()
    signal settingsRequested()

    // Fewer, wider tiles at large text so long German words need not break.
    // By the room there is, so that the longest word of a tile fits whole (issue 22.20):
    // "(Bewohnerparkausweis)" after a name in another language needs about 520 px at
    // normal text. Two columns on a 1280-px monitor, one on a portrait screen.
    readonly property int columns: Math.max(1, Math.min(width > height ? 3 : 2,
                                                        Math.floor(width / (560 * Theme.fontScale))))

    // The view is kept alive between citizens (Main.qml). The repeaters count the groups
    // and concerns and read each one's data by index, so a new language or new waiting
    // times update the tiles in place instead of building them all again.
    readonly property var groupList: Services.groups
    readonly property var noGroup: ({ id: "", prefix: "", name: "", waitLow: -1, waitHigh: -1, waitKind: "unknown",
                                      concerns: [], links: [] })
    readonly property var noConcern: ({ id: "", name: "", hint: "", icon: "", hasForm: false,
                                        available: false, reason: "", reasonText: "" })
    // A new citizen starts at the top of the list.
    onVisibleChanged: if (visible) flick.contentY = 0

    // The list a page at a time, by the big buttons below it: no concern is hidden behind
    // a scroll only a thin bar hints at, also in the lowered layout (issue 22.13).
    // A page ends above a tile it would cut: the next page starts at that tile's top, so
    // every tile shows whole on some page.
    function page(direction: int) {
        const top = flick.contentY
        const last = Math.max(0, flick.contentHeight - flick.height)
        let target = top + direction * flick.height * 0.8
        const visit = (item) => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (/^(concern_|link_|appointmentButton)/.test(child.objectName)) {
                    const y = child.mapToItem(flick.contentItem, 0, 0).y
                    const snapped = y - 16
                    if (y < target && target < y + child.height
                        && (direction > 0 ? snapped > top : snapped < top)
                        && Math.abs(snapped - top) <= flick.height)
                        target = snapped
                } else {
                    visit(child)
                }
            }
        }
        visit(groups)
        flick.contentY = Math.max(0, Math.min(last, target))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            onHelpRequested: view.helpRequested()
            onSettingsRequested: view.settingsRequested()
        }

        Heading {
            objectName: "concernTitle"
            // Lowered in landscape the list needs the little room there is (issue 22.13).
            visible: !(Session.lowered && view.width > view.height)
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: Theme.spacing
            text: qsTr("What can we help you with?")
        }

        Flickable {
            id: flick
            objectName: "concernList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: groups.implicitHeight + Theme.margin
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: MoreBelowBar { flickable: flick }

            ColumnLayout {
                id: groups
                x: Theme.margin
                width: flick.width - 2 * Theme.margin
                spacing: Theme.spacing

                KioskButton {
                    objectName: "appointmentButton"
                    Layout.fillWidth: true
                    Layout.bottomMargin: 8
                    text: qsTr("I have an appointment")
                    subtitle: qsTr("Scan or type the code of your confirmation")
                    onClicked: Checkin.start()
                }

                Repeater {
                    model: view.groupList.length
                    delegate: ColumnLayout {
                        id: group
                        required property int index
                        readonly property var modelData: view.groupList[index] ?? view.noGroup
                        Layout.fillWidth: true
                        spacing: 16

                        RowLayout {
                            Layout.fillWidth: true
                            Layout.topMargin: 8
                            spacing: 16
                            visible: group.modelData.name !== ""  // the links of ZMS's buttons have none
                            Rectangle {
                                visible: group.modelData.prefix !== ""
                                Layout.preferredWidth: 64
                                Layout.preferredHeight: 64
                                radius: 32
                                color: Theme.primary
                                Text {
                                    textFormat: Text.PlainText
                                    anchors.centerIn: parent
                                    text: group.modelData.prefix
                                    color: Theme.textOnPrimary
                                    font.family: Theme.fontFamily
                                    font.pixelSize: 34
                                    font.bold: true
                                }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                BodyText {
                                    Layout.fillWidth: true
                                    text: group.modelData.name
                                    font.bold: true
                                    color: Theme.mutedText
                                }
                                WaitText {
                                    objectName: "groupWait_" + group.modelData.id
                                    Layout.fillWidth: true
                                    visible: group.modelData.waitKind !== "unknown"
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.mutedText
                                    kind: group.modelData.waitKind
                                    low: group.modelData.waitLow
                                    high: group.modelData.waitHigh
                                }
                            }
                        }

                        GridLayout {
                            Layout.fillWidth: true
                            columns: view.columns
                            rowSpacing: 16
                            columnSpacing: 16
                            uniformCellWidths: true

                            Repeater {
                                model: group.modelData.concerns.length
                                delegate: KioskButton {
                                    required property int index
                                    readonly property var modelData: group.modelData.concerns[index] ?? view.noConcern
                                    objectName: "concern_" + modelData.id
                                    Layout.fillWidth: true
                                    Layout.fillHeight: true
                                    Layout.minimumHeight: Theme.touchTarget * 1.6
                                    kind: "secondary"
                                    enabled: modelData.available && !Ticketing.busy
                                    text: modelData.name
                                    subtitle: modelData.available ? modelData.hint
                                              : modelData.reason === "closed" ? qsTr("Closed right now")
                                              : modelData.reason === "deactivated"
                                                // The office's own text is German (ZMS): shown in German only.
                                                ? (modelData.reasonText !== "" && Session.readsGerman
                                                   ? modelData.reasonText : qsTr("No numbers are issued here at the moment"))
                                              : modelData.reason === "misconfigured" ? qsTr("Not available at this terminal")
                                              : qsTr("No more numbers today")
                                    onClicked: modelData.hasForm ? Forms.offer(modelData.id)
                                                                 : Ticketing.draw(modelData.id)
                                }
                            }
                        }

                        // Link buttons of ZMS's ticket printer: a QR code and the address.
                        Repeater {
                            model: group.modelData.links.length
                            delegate: RowLayout {
                                id: link
                                required property int index
                                readonly property var modelData: group.modelData.links[index] ?? ({ url: "", qr: "", name: "" })
                                objectName: "link_" + modelData.url
                                Layout.fillWidth: true
                                spacing: 24
                                Image {
                                    Layout.preferredWidth: 200
                                    Layout.preferredHeight: 200
                                    source: link.modelData.qr
                                    fillMode: Image.PreserveAspectFit
                                    Accessible.role: Accessible.Graphic
                                    Accessible.name: qsTr("QR code: %1").arg(link.modelData.name)
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    BodyText {
                                        Layout.fillWidth: true
                                        font.bold: true
                                        text: link.modelData.name
                                    }
                                    BodyText {
                                        Layout.fillWidth: true
                                        font.pixelSize: Theme.fontSmall
                                        text: qsTr("Scan the code with your phone: %1").arg(link.modelData.url)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            objectName: "concernPaging"
            visible: flick.contentHeight > flick.height + 1
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: 8
            Layout.bottomMargin: 16
            spacing: Theme.spacing
            KioskButton {
                objectName: "concernsUp"
                kind: "secondary"
                Layout.fillWidth: true
                enabled: !flick.atYBeginning
                text: "▲ " + qsTr("Scroll up")
                Accessible.name: qsTr("Scroll up")
                onClicked: view.page(-1)
            }
            KioskButton {
                objectName: "concernsDown"
                kind: "secondary"
                Layout.fillWidth: true
                enabled: !flick.atYEnd
                text: "▼ " + qsTr("Scroll down")
                Accessible.name: qsTr("Scroll down")
                onClicked: view.page(1)
            }
        }
    }
}
