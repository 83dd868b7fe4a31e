pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// Filling in from an ID document: consent first, then the CAN (ID card) or the MRZ data
// (passport), the card on the reader, progress, and a clear way out at every step.
Item {
    id: view
    objectName: "idcardView"
    signal helpRequested()
    signal settingsRequested()

    readonly property string st: IdCard.state
    readonly property bool landscape: width > height
    readonly property bool typing: st === "can" || st === "passport"
    readonly property var keys: st === "passport" && IdCard.passportStep === "number"
        ? ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "A", "B", "C", "D", "E", "F", "G",
           "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X",
           "Y", "Z"]
        : view.landscape ? ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]  // two rows of five
        : ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", ""]  // as on a phone
    // The entry with its empty slots: 6 digits for the ID card's CAN, up to 9 characters
    // for a passport number, dates as day.month.year (converted to the MRZ's YYMMDD in
    // devices/idcard/mrz.py, issue 22.14).
    readonly property bool dateStep: st === "passport" && IdCard.passportStep !== "number"
    readonly property int slots: st === "can" ? 6 : dateStep ? 8 : 9
    readonly property int entryMin: st === "can" || dateStep ? slots : 6
    readonly property string entryShown: {
        const filled = (IdCard.entry + "_".repeat(slots)).slice(0, slots)
        if (dateStep)
            return filled.slice(0, 2) + "." + filled.slice(2, 4) + "." + filled.slice(4)
        return filled.split("").join(" ")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            onHelpRequested: view.helpRequested()
            onSettingsRequested: view.settingsRequested()
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
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

                // Typing in landscape: the words and the card sketch to the left, the entry
                // and its keypad to the right (the passport number's 36 keys below both), so
                // a short screen shows the keys at every text size. Otherwise one column.
                GridLayout {
                    id: typingGrid
                    readonly property bool twoColumns: view.landscape && view.typing
                    readonly property bool wideKeys: view.keys.length > 12
                    Layout.fillWidth: true
                    columns: twoColumns ? 2 : 1
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.spacing

                    WordsColumn {
                        beside: typingGrid.twoColumns
                        rowWidth: content.width
                        // The passport number's words beside its entry box, its keys below
                        // both: the words get more of the width, for fewer lines.
                        share: typingGrid.wideKeys ? 0.6 : 0.45

                        Heading {
                            objectName: "idcardTitle"
                            Layout.fillWidth: true
                            fitWords: typingGrid.twoColumns  // a narrow column (issue 22.20)
                            text: view.st === "consent" ? qsTr("Fill in from your ID document?")
                                  : view.st === "choose" ? qsTr("Which document do you have?")
                                  : view.st === "can" ? qsTr("Enter the six-digit access number")
                                  : view.st === "passport" ? (IdCard.passportStep === "number" ? qsTr("Passport number")
                                                              : IdCard.passportStep === "birth" ? qsTr("Date of birth")
                                                              : qsTr("Date of expiry"))
                                  : view.st === "place" ? qsTr("Place your document on the reader")
                                  : view.st === "reading" ? qsTr("Reading … please keep the document on the reader")
                                  : view.st === "done" ? qsTr("Your details have been filled in")
                                  : view.st === "wrong_can" ? qsTr("The number does not match this document")
                                  : view.st === "removed" ? qsTr("The document was removed too early")
                                  : view.st === "no_reader" ? qsTr("The card reader is not available")
                                  : view.st === "unreadable" ? qsTr("The chip of your document could not be read")
                                  : qsTr("This document cannot be read here")
                        }
                        BodyText {
                            objectName: "idcardText"
                            Layout.fillWidth: true
                            fitWords: typingGrid.twoColumns
                            text: view.st === "consent"
                                  ? qsTr("We read your name, date of birth, nationality and the document number and validity from the chip, and the address if your passport holds one. They are only used to fill in this form. Your photo is not stored. Everything is deleted when you finish.")
                                  : view.st === "can" ? qsTr("You find the access number on the front of your ID card, at the bottom right.")
                                  : view.st === "passport" ? (IdCard.passportStep === "number"
                                                              ? qsTr("Copy it from the photo page of your passport: up to 9 letters and digits, top right.")
                                                              : qsTr("Day, month and year, as on the photo page of your passport. Example: 27 03 1985"))
                                  : view.st === "place" ? (Hardware.readerPosition === "right" ? qsTr("Lay the document flat on the reader to the right of the screen.")
                                                                                               : qsTr("Lay the document flat on the reader below the screen."))
                                  : view.st === "done" ? (IdCard.defect ? qsTr("%n fields were filled in. Your document's machine-readable zone contains an error, so please check them carefully.", "", IdCard.filled)
                                                                        : qsTr("%n fields were filled in. Please check them.", "", IdCard.filled))
                                  : view.st === "wrong_can" ? (IdCard.retriesLeft >= 0 ? qsTr("Please check the number and try again. %n attempts left.", "", IdCard.retriesLeft)
                                                                                      : qsTr("Please check the number and try again."))
                                  : view.st === "removed" ? qsTr("Please put the document back on the reader and keep it there.")
                                  : view.st === "no_reader" ? qsTr("The reader below the screen is not working right now. Please type your details instead, or ask the staff for help.")
                                  : view.st === "unreadable" ? qsTr("Take the document off the reader, wait a moment and place it again. If it fails again, please type your details instead.")
                                  : view.st === "unsupported" || view.st === "error"
                                    ? qsTr("Please type your details instead.") : ""
                        }

                        // Where the reader is and how the document lies on it.
                        Picture {
                            objectName: "placePicture"
                            visible: view.st === "place" || view.st === "removed"
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredWidth: Math.round(Layout.preferredHeight * 1.2)
                            Layout.preferredHeight: view.height > view.width ? 320 : 200
                            name: "card-" + Hardware.readerPosition
                            description: Hardware.readerPosition === "right"
                                         ? qsTr("The card reader is to the right of the screen. Lay the document flat on it.")
                                         : qsTr("The card reader is below the screen. Lay the document flat on it.")
                        }

                        // Where the CAN is printed: a sketch of the card's front.
                        Rectangle {
                            objectName: "canPicture"
                            visible: view.st === "can"
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredWidth: 428
                            Layout.preferredHeight: 270
                            radius: 18
                            color: Theme.cardFace
                            border.color: Theme.cardLine
                            border.width: 2
                            LayoutMirroring.enabled: false
                            LayoutMirroring.childrenInherit: true
                            Rectangle { x: 24; y: 40; width: 110; height: 140; radius: 8; color: Theme.cardPrint }
                            Column {
                                x: 156; y: 44; spacing: 12
                                Repeater { model: 4; delegate: Rectangle { width: 220; height: 14; radius: 7; color: Theme.cardPrint } }
                            }
                            Rectangle {
                                x: parent.width - width - 20
                                y: parent.height - height - 20
                                width: 150
                                height: 54
                                radius: 8
                                color: Theme.cardCanFill
                                border.color: Theme.cardCanBorder
                                border.width: 4
                                Text { textFormat: Text.PlainText; anchors.centerIn: parent; text: "123456"; font.family: "DejaVu Sans Mono"; font.pixelSize: 30; font.bold: true; color: Theme.cardCanText }
                            }
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("The access number is printed at the bottom right of the front side.")
                        }
                    }

                    ColumnLayout {
                        id: entryColumn
                        Layout.fillWidth: true
                        // Centred as the picture above it: the column is only as wide as
                        // its widest part (the entry box, the keys), not the screen.
                        Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                        spacing: Theme.spacing

                        Rectangle {
                            visible: view.typing
                            Layout.fillWidth: true
                            Layout.maximumWidth: 800
                            Layout.alignment: Qt.AlignHCenter
                            implicitHeight: Theme.touchTarget + 20
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: IdCard.message !== "" ? Theme.danger : Theme.border
                            border.width: 3
                            Text {
                                textFormat: Text.PlainText
                                objectName: "idcardEntry"
                                anchors.centerIn: parent
                                // Drawn smaller rather than past the box (large text, narrow box).
                                width: parent.width - 2 * Theme.spacing
                                horizontalAlignment: Text.AlignHCenter
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: 24
                                text: view.entryShown
                                color: IdCard.entry === "" ? Theme.mutedText : Theme.text
                                font.family: "DejaVu Sans Mono"
                                font.pixelSize: Math.round(52 * Theme.fontScale)
                                font.bold: true
                                LayoutMirroring.enabled: false
                            }
                        }
                        BodyText {
                            Layout.fillWidth: true
                            objectName: "idcardMessage"
                            visible: IdCard.message === "mrz" || IdCard.message === "date"
                            color: Theme.errorText
                            text: IdCard.message === "date" ? qsTr("This date is not possible. Please check day, month and year.")
                                                            : qsTr("These details do not fit together. Please enter them again.")
                        }
                    }
                    // Below the entry box, or below both columns where its keys need the
                    // whole width (appended last either way: the order stays right).
                    GridLayout {
                        objectName: "idcardPad"
                        parent: typingGrid.twoColumns && typingGrid.wideKeys ? typingGrid : entryColumn
                        visible: view.typing
                        Layout.columnSpan: parent === typingGrid ? 2 : 1
                        Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                        Layout.fillWidth: true
                        // Letters and digits: six rows of six, or three of twelve in landscape
                        // (92 px wide on a 1280-px screen: about 27 mm on a 19-inch monitor);
                        // digits as on a phone, or two rows of five in landscape: the short
                        // screen keeps them in view.
                        readonly property bool dense: typingGrid.wideKeys && view.landscape
                        Layout.maximumWidth: typingGrid.wideKeys ? (view.landscape ? 1500 : 1000) : 800
                        columns: typingGrid.wideKeys ? (view.landscape ? 12 : 6) : view.landscape ? 5 : 3
                        rowSpacing: dense ? 8 : 12
                        columnSpacing: dense ? 8 : 12
                        LayoutMirroring.enabled: false
                        Repeater {
                            model: view.keys
                            delegate: KioskButton {
                                required property string modelData
                                objectName: "idpad_" + modelData
                                Layout.fillWidth: true
                                kind: "secondary"
                                opacity: modelData === "" ? 0 : 1
                                enabled: modelData !== ""
                                Accessible.ignored: modelData === ""
                                text: modelData
                                onClicked: IdCard.key(modelData)
                            }
                        }
                    }
                }

                BusyIndicator {
                    visible: view.st === "place" || view.st === "reading"
                    running: visible
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 140
                    Layout.preferredHeight: 140
                }

                KioskButton {
                    objectName: "idcardConsent"
                    visible: view.st === "consent"
                    Layout.fillWidth: true
                    text: qsTr("Yes, read my document")
                    onClicked: IdCard.consent()
                }
                KioskButton {
                    objectName: "idcardIdCard"
                    visible: view.st === "choose"
                    Layout.fillWidth: true
                    text: qsTr("German ID card")
                    onClicked: IdCard.choose("id_card")
                }
                KioskButton {
                    objectName: "idcardPassport"
                    visible: view.st === "choose"
                    Layout.fillWidth: true
                    text: qsTr("Passport")
                    onClicked: IdCard.choose("passport")
                }
                KioskButton {
                    objectName: "idcardRetry"
                    visible: view.st === "wrong_can" || view.st === "removed" || view.st === "error"
                             || view.st === "unreadable"
                    Layout.fillWidth: true
                    text: qsTr("Try again")
                    onClicked: IdCard.retry()
                }
                KioskButton {
                    objectName: "idcardBackToForm"
                    visible: view.st === "done"
                    Layout.fillWidth: true
                    text: qsTr("Check the form")
                    onClicked: IdCard.backToForm()
                }
                KioskButton {
                    objectName: "idcardTypeInstead"
                    visible: view.st !== "done"
                    Layout.fillWidth: true
                    kind: "secondary"
                    text: qsTr("No, I will type my details")
                    onClicked: IdCard.typeInstead()
                }
                KioskButton {
                    objectName: "idcardBack"
                    visible: view.st !== "done" && view.st !== "reading"
                    Layout.fillWidth: true
                    kind: "secondary"
                    text: qsTr("Back")
                    onClicked: IdCard.back()
                }
            }
        }
        // Delete and Continue, as the forms' Back/Next.
        StepBar {
            visible: view.typing
            KioskButton {
                objectName: "idcardBackspace"
                Layout.fillWidth: true
                kind: "secondary"
                text: "⌫"
                Accessible.name: qsTr("Delete")
                onClicked: IdCard.backspace()
            }
            KioskButton {
                objectName: "idcardSubmit"
                Layout.fillWidth: true
                enabled: IdCard.entry.length >= view.entryMin
                text: qsTr("Continue")
                onClicked: IdCard.submit()
            }
        }
    }

    // A scan during the form asks first (issue 22.4).
    ScanLeaveDialog {}
}
