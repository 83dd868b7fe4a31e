pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// "I have an appointment": scan the confirmation's QR code or type the booking code,
// see the appointment (time and concern only), check in.
Item {
    id: view
    objectName: "checkinView"
    signal helpRequested()
    signal settingsRequested()

    readonly property bool landscape: width > height
    readonly property bool entering: ["entry", "invalid", "not_found", "looking", "key_missing"].indexOf(Checkin.state) >= 0
    // What is wrong with the code typed: below the code (portrait), or in place of the
    // instructions beside the keys (landscape, where the keys need the right column's
    // height; the problems say what to do instead). A code that cannot be typed keeps
    // its long message below the code: the keys are of little use then.
    readonly property string problem: Checkin.state === "invalid" ? qsTr("This is not a valid booking code. Please check it.")
        : Checkin.state === "not_found" ? qsTr("We could not find an appointment with this code.")
        : Checkin.state === "looking" ? qsTr("Looking up your appointment …")
        : Checkin.state === "key_missing" ? qsTr("This booking code has a long key that cannot be typed. Please hold the QR code of your confirmation under the scanner, or ask at the information desk.")
        : ""
    component ProblemText: BodyText {
        Layout.fillWidth: true
        color: Theme.danger
        font.bold: true
        fitWords: true  // a narrow column (issue 22.20)
        text: view.problem
    }
    readonly property var keys: Checkin.needsLetters
        ? ["1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F", "-", "0", "⌫"]
        : ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "⌫"]

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

                // Entering the code in landscape: the words and the picture to the left,
                // the code and its keypad to the right, so a short screen shows every key
                // at every text size. Portrait and the other states: one column.
                GridLayout {
                    id: entryGrid
                    objectName: "checkinEntry"
                    readonly property bool twoColumns: view.landscape && view.entering
                    Layout.fillWidth: true
                    columns: twoColumns ? 2 : 1
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.spacing

                    WordsColumn {
                        beside: entryGrid.twoColumns
                        rowWidth: content.width

                        Heading {
                            objectName: "checkinTitle"
                            Layout.fillWidth: true
                            fitWords: entryGrid.twoColumns  // a narrow column (issue 22.20)
                            text: Checkin.state === "found" ? qsTr("Your appointment")
                                  : Checkin.state === "too_early" ? qsTr("You are early")
                                  : Checkin.state === "too_late" ? qsTr("Your appointment time has passed")
                                  : Checkin.state === "error" ? qsTr("Appointments cannot be checked right now")
                                  : Checkin.state === "other_day" ? qsTr("Your appointment is on another day")
                                  : Checkin.state === "called" ? qsTr("You have already been called")
                                  : Checkin.state === "finished" ? qsTr("This appointment is already finished")
                                  : Checkin.state === "missed" ? qsTr("Your number was called while you were away")
                                  : Checkin.state === "walk_in" ? qsTr("This is a waiting number, not an appointment")
                                  : Checkin.state === "cancelled" ? qsTr("This appointment was cancelled")
                                  : qsTr("Check in for your appointment")
                        }

                        // -- entering the code ---------------------------------------------
                        BodyText {
                            Layout.fillWidth: true
                            visible: view.entering && !beside.visible
                            fitWords: entryGrid.twoColumns
                            text: qsTr("Hold the QR code of your confirmation under the scanner, or type your booking code.")
                        }
                        ProblemText {
                            id: beside
                            objectName: "checkinMessageBeside"
                            visible: text !== "" && entryGrid.twoColumns && Checkin.state !== "key_missing"
                        }
                        Picture {
                            objectName: "checkinPicture"
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredWidth: Math.round(Layout.preferredHeight * 1.2)
                            // Shown until the citizen types (then the keypad and its button need
                            // the room), smaller with larger text.
                            visible: view.entering && Checkin.code === ""
                            Layout.preferredHeight: Math.round((view.landscape ? 300 : 360) / Theme.fontScale)
                            name: "scan-" + Hardware.scannerPosition
                            description: Hardware.scannerPosition === "right"
                                         ? qsTr("The scanner is to the right of the screen. Hold the code under its window.")
                                         : qsTr("The scanner is below the screen. Hold the code under its window.")
                        }
                    }
                    ColumnLayout {
                        visible: view.entering
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.spacing

                        Rectangle {
                            Layout.fillWidth: true
                            Layout.maximumWidth: 800
                            Layout.alignment: Qt.AlignHCenter
                            implicitHeight: Theme.touchTarget + 20
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Checkin.state === "invalid" || Checkin.state === "not_found"
                                          || Checkin.state === "key_missing" ? Theme.danger : Theme.border
                            border.width: 3
                            Text {
                                textFormat: Text.PlainText
                                objectName: "checkinCode"
                                anchors.centerIn: parent
                                // Drawn smaller rather than past the box (large text, narrow box).
                                width: parent.width - 2 * Theme.spacing
                                horizontalAlignment: Text.AlignHCenter
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: 24
                                text: Checkin.code === "" ? "_ _ _ _ _ _ _ _" : Checkin.code
                                color: Checkin.code === "" ? Theme.mutedText : Theme.text
                                font.family: "DejaVu Sans Mono"
                                font.pixelSize: Math.round(56 * Theme.fontScale)
                                font.bold: true
                                LayoutMirroring.enabled: false
                                Accessible.role: Accessible.StaticText
                                Accessible.name: qsTr("Booking code") + " " + Checkin.code
                            }
                        }
                        ProblemText {
                            objectName: "checkinMessage"
                            visible: text !== "" && !beside.visible
                            horizontalAlignment: Text.AlignHCenter
                        }
                        GridLayout {
                            objectName: "checkinPad"
                            Layout.alignment: Qt.AlignHCenter
                            // Landscape: two or three rows of six keys, so the short screen shows them all.
                            Layout.maximumWidth: 800
                            Layout.fillWidth: true
                            columns: view.landscape ? 6 : 3
                            rowSpacing: 12
                            columnSpacing: 12
                            LayoutMirroring.enabled: false  // a keypad keeps its order in every script

                            Repeater {
                                model: view.landscape ? view.keys.filter(k => k !== "") : view.keys
                                delegate: KioskButton {
                                    required property string modelData
                                    objectName: modelData === "⌫" ? "padBackspace" : "pad_" + modelData
                                    Layout.fillWidth: true
                                    Layout.preferredHeight: Theme.touchTarget + 8
                                    kind: "secondary"
                                    // The blank key keeps "0" in the middle column, as on a phone.
                                    opacity: modelData === "" ? 0 : 1
                                    enabled: modelData !== "" && Checkin.state !== "looking"
                                    Accessible.ignored: modelData === ""
                                    text: modelData
                                    Accessible.name: modelData === "⌫" ? qsTr("Delete") : modelData
                                    onClicked: modelData === "⌫" ? Checkin.backspace() : Checkin.key(modelData)
                                }
                            }
                        }
                    }
                }

                // -- the appointment -------------------------------------------------
                Rectangle {
                    Layout.fillWidth: true
                    visible: Checkin.state === "found" || Checkin.state === "too_early"
                             || Checkin.state === "too_late" || Checkin.state === "other_day"
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
                            objectName: "checkinTime"
                            Layout.fillWidth: true
                            font.bold: true
                            // Compared as dates: "today" only when it is today.
                            text: Checkin.day === "today" ? qsTr("Today at %1").arg(Checkin.time)
                                                          : qsTr("On %1 at %2").arg(Checkin.date).arg(Checkin.time)
                        }
                        BodyText {
                            objectName: "checkinConcern"
                            Layout.fillWidth: true
                            // ZMS's own name when it maps to no concern of ours: German, and said so.
                            text: Checkin.concernInGerman ? qsTr("%1 (in German)").arg(Checkin.concernName) : Checkin.concernName
                        }
                    }
                }
                BodyText {
                    objectName: "checkinAdvice"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: Checkin.state === "too_early" ? qsTr("Please come back at %1. You can check in from then on.").arg(Checkin.comeBackAt)
                          : Checkin.state === "too_late" ? qsTr("You can take a waiting number instead. We will serve you as soon as possible.")
                          : Checkin.state === "error" ? qsTr("You can take a waiting number instead, or ask at the information desk.")
                          : Checkin.state === "other_day" ? qsTr("Please come back on the day of your appointment.")
                          : Checkin.state === "called" ? qsTr("Please watch the display and go to the counter shown there.")
                          : Checkin.state === "finished" ? qsTr("If you need anything else, please take a waiting number or ask at the information desk.")
                          : Checkin.state === "missed" || Checkin.state === "cancelled" ? qsTr("Please ask at the information desk.")
                          : Checkin.state === "walk_in" ? qsTr("Your number is %1. Please watch the display.").arg(Checkin.number)
                          : ""
                }
                KioskButton {
                    objectName: "checkinConfirm"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(implicitWidth + 120, content.width)
                    visible: Checkin.state === "found"
                    text: qsTr("Check in now")
                    onClicked: Checkin.confirm()
                }
                KioskButton {
                    objectName: "checkinWalkIn"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(implicitWidth + 120, content.width)
                    visible: Checkin.state === "too_late" || Checkin.state === "error"
                    text: qsTr("Take a waiting number")
                    onClicked: Checkin.walkIn()
                }
                KioskButton {
                    objectName: "checkinBack"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(implicitWidth + 120, content.width)
                    visible: !view.entering
                    kind: "secondary"
                    text: qsTr("Back to the start")
                    onClicked: Session.finish()
                }
            }
        }
        // The next step, as the forms' Back/Next.
        StepBar {
            visible: view.entering
            Item { Layout.fillWidth: true }  // centred, as before in its column
            KioskButton {
                objectName: "checkinSubmit"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(implicitWidth + 120, view.width - 2 * Theme.margin)
                enabled: Checkin.code.length >= 6 && Checkin.state !== "looking"
                text: qsTr("Find my appointment")
                onClicked: Checkin.submit()
            }
            Item { Layout.fillWidth: true }
        }
    }
}
