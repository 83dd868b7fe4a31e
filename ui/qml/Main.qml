pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Models

// The kiosk window: one screen at a time (Navigator.screen), the help sheet and the idle
// warning above it. Arabic mirrors the whole layout.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    title: "Bürgerbüro"
    color: Theme.background
    font.family: Theme.fontFamily

    // Set by the app in kiosk mode: the window cannot be closed from the keyboard.
    property bool lockedDown: false
    onClosing: (close) => { close.accepted = !window.lockedDown }

    Item {
        id: root
        objectName: "root"
        anchors.fill: parent
        LayoutMirroring.enabled: Session.rtl
        LayoutMirroring.childrenInherit: true

        Loader {
            id: screen
            objectName: "screenLoader"
            anchors.fill: parent
            sourceComponent: {
                switch (Navigator.screen) {
                case "concerns": return concerns
                case "checkin": return checkinScreen
                case "concern_choice": return concernChoice
                case "form": return formScreen
                case "ticket": return ticket
                case "closed": return closed
                case "out_of_service": return outOfService
                case "exhausted": return exhausted
                case "maintenance": return maintenance
                default: return welcome
                }
            }
        }
    }

    Component { id: welcome; WelcomeView { onHelpRequested: helpSheet.open() } }
    Component { id: concerns; ConcernView { onHelpRequested: helpSheet.open() } }
    Component { id: concernChoice; ConcernChoiceView { onHelpRequested: helpSheet.open() } }
    Component { id: formScreen; FormView { onHelpRequested: helpSheet.open() } }
    Component { id: checkinScreen; CheckinView { onHelpRequested: helpSheet.open() } }
    Component { id: ticket; TicketView { onHelpRequested: helpSheet.open() } }
    Component { id: closed; NoticeView { kind: "closed"; onHelpRequested: helpSheet.open() } }
    Component { id: outOfService; NoticeView { kind: "out_of_service"; onHelpRequested: helpSheet.open() } }
    Component { id: exhausted; NoticeView { kind: "exhausted"; onHelpRequested: helpSheet.open() } }

    Component { id: maintenance; MaintenanceView { } }

    HelpSheet { id: helpSheet }
    PinDialog { id: pinDialog }
    IdleDialog { id: idleDialog }

    Connections {
        target: Session
        function onEnded() { helpSheet.close() }
    }
}
