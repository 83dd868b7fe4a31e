import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// Closed, out of service, or numbers exhausted: what happened and what to do instead.
Item {
    id: view
    objectName: "noticeView_" + kind
    signal helpRequested()
    signal settingsRequested()

    property string kind: "closed"  // closed | out_of_service | exhausted

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

            Item { Layout.fillHeight: true; Layout.maximumHeight: 160 }

            Heading {
                objectName: "noticeTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: view.kind === "closed" ? qsTr("We are closed right now")
                      : view.kind === "exhausted" ? qsTr("All waiting numbers for today have been given out")
                      : qsTr("Waiting numbers cannot be issued at the moment")
            }
            BodyText {
                objectName: "noticeDetail"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: view.kind === "closed"
                      ? (Services.nextOpening !== "" ? qsTr("We open again: %1").arg(Services.nextOpening)
                                                     : qsTr("Please see the opening hours at the entrance."))
                      : view.kind === "exhausted"
                        ? qsTr("Please come back on another working day, or book an appointment online.")
                        : Services.notice === "maintenance"
                          ? qsTr("The terminal is being serviced. Please ask at the information desk.")
                        : Services.notice === "fault"
                          ? qsTr("The terminal has a technical fault. Please ask at the information desk.")
                        : Services.notice === "closed_today"
                          ? qsTr("The terminal is closed today. Please ask at the information desk.")
                        // The office's own text (ZMS) is German: in another language the
                        // translated sentence comes first and the note says what it is.
                        : Ticketing.problem === "deactivated"
                          ? (Ticketing.problemText === "" ? qsTr("No numbers are issued here at the moment. Please ask at the information desk.")
                             : Session.readsGerman ? Ticketing.problemText
                             : qsTr("No numbers are issued here at the moment. Please ask at the information desk.")
                               + "\n" + qsTr("The office's note, in German: %1").arg(Ticketing.problemText))
                        : Ticketing.problem === "printer"
                          ? qsTr("The ticket printer is not ready. Please ask at the information desk.")
                          : qsTr("Please ask at the information desk. We are sorry for the inconvenience.")
            }
            Image {
                objectName: "noticeBookingQr"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 260
                Layout.preferredHeight: 260
                visible: view.kind === "exhausted" && Ticketing.bookingQr !== ""
                source: visible ? Ticketing.bookingQr : ""
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code for booking an appointment online")
            }
            BodyText {
                objectName: "noticeBookingUrl"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                visible: view.kind === "exhausted" && Ticketing.bookingUrl !== ""
                text: qsTr("Scan the code with your phone to book an appointment: %1").arg(Ticketing.bookingUrl)
            }
            KioskButton {
                objectName: "noticeBack"
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacing
                Layout.preferredWidth: Math.min(implicitWidth + 80, view.width - 2 * Theme.margin)
                text: qsTr("Back to the start")
                onClicked: Session.finish()
            }
            Item { Layout.fillHeight: true }
        }
    }
}
