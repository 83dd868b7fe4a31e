import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// The waiting number, large, with people ahead, the expected wait and the print status.
// If printing failed the number stays valid: it is shown with a QR code to photograph.
Item {
    id: view
    objectName: "ticketView"
    signal helpRequested()
    signal settingsRequested()

    readonly property bool ready: Ticketing.state === "done"
    // Landscape has less height: a smaller number keeps the Done button on screen.
    readonly property real compact: height < width ? 0.6 : 1.0
    // Kept alive between citizens (Main.qml): each ticket starts at the top.
    onVisibleChanged: if (visible) flick.contentY = 0

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
            visible: !view.ready

            Item { Layout.fillHeight: true }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 160
                Layout.preferredHeight: 160
                running: !view.ready
            }
            BodyText {
                objectName: "ticketPreparing"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your waiting number is being prepared …")
            }
            Item { Layout.fillHeight: true }
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: view.ready
            contentHeight: content.implicitHeight + 2 * Theme.margin
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: MoreBelowBar { flickable: flick }

            ColumnLayout {
                id: content
                x: Theme.margin
                y: Theme.margin
                width: flick.width - 2 * Theme.margin
                spacing: Theme.spacing

                BodyText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Your waiting number")
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "ticketNumber"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: Ticketing.number
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(Theme.fontHuge * view.compact)
                    font.bold: true
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 60
                    // "A-042" is read left to right in every language.
                    LayoutMirroring.enabled: false
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Your waiting number") + " " + text
                }
                BodyText {
                    objectName: "ticketConcern"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.bold: true
                    text: Ticketing.concernName
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: facts.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth

                    ColumnLayout {
                        id: facts
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 12
                        BodyText {
                            objectName: "ticketAppointment"
                            Layout.fillWidth: true
                            visible: Ticketing.appointmentTime !== ""
                            font.bold: true
                            text: qsTr("Your appointment: today at %1").arg(Ticketing.appointmentTime)
                        }
                        BodyText {
                            objectName: "ticketPeopleAhead"
                            Layout.fillWidth: true
                            visible: Ticketing.appointmentTime === ""
                            text: Ticketing.peopleAhead < 0 ? qsTr("People ahead of you: unknown")
                                  : Ticketing.peopleAhead === 0 ? qsTr("You are next.")
                                  : qsTr("%n people are ahead of you.", "", Ticketing.peopleAhead)
                        }
                        WaitText {
                            objectName: "ticketWait"
                            Layout.fillWidth: true
                            kind: Ticketing.waitKind
                            low: Ticketing.waitLow
                            high: Ticketing.waitHigh
                        }
                    }
                }

                BodyText {
                    objectName: "ticketPrintStatus"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.bold: true
                    color: Ticketing.printState === "failed" ? Theme.danger
                           : Ticketing.printState === "printed" ? Theme.success : Theme.text
                    text: Ticketing.printState === "printing" ? qsTr("Your ticket is being printed …")
                          : Ticketing.printState === "printed"
                            ? (Hardware.printerPosition === "right" ? qsTr("Please take your ticket from the printer to the right of the screen.")
                                                                    : qsTr("Please take your ticket from the printer below."))
                          : Ticketing.printState === "failed" ? qsTr("Sorry, the ticket could not be printed. Your number is valid: please note it or take a photo of the code.")
                          : ""
                }
                Picture {
                    objectName: "ticketPicture"
                    visible: Ticketing.printState === "printing" || Ticketing.printState === "printed"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.round(Layout.preferredHeight * 1.2)
                    Layout.preferredHeight: Math.round(260 * view.compact)
                    name: "ticket-" + Hardware.printerPosition
                    description: Hardware.printerPosition === "right"
                                 ? qsTr("The ticket comes out of the printer slot to the right of the screen.")
                                 : qsTr("The ticket comes out of the printer slot below the screen.")
                }
                Image {
                    objectName: "ticketQr"
                    visible: Ticketing.printState === "failed"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 280 * view.compact
                    Layout.preferredHeight: 280 * view.compact
                    source: visible ? Ticketing.qrCode : ""
                    sourceSize: Qt.size(280, 280)
                    Accessible.ignored: true
                }
                BodyText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.mutedText
                    text: qsTr("Please watch the display in the waiting area. Your number will be called.")
                }
            }
        }
        // Below the ticket's details, never scrolled away (landscape, largest text).
        KioskButton {
            objectName: "ticketDone"
            visible: view.ready
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing / 2
            Layout.bottomMargin: Theme.margin / 2
            Layout.preferredWidth: Math.min(implicitWidth + 80, view.width - 2 * Theme.margin)
            text: qsTr("Done")
            onClicked: Session.finish()
        }
    }
}
