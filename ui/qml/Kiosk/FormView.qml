pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// The form wizard: one page at a time with progress, Back and Next; the review with
// "change" per section; then sending, the reference and the receipt.
Item {
    id: view
    objectName: "formView"
    signal helpRequested()
    signal settingsRequested()

    readonly property bool editing: Forms.state === "editing" || Forms.state === "submitting"

    // The field being typed into scrolls into the part of the page the keyboard leaves
    // free, in both orientations and at every text size (issue 22.1).
    function revealFocus() {
        if (Forms.focusPath === "")
            return
        // A long list's search (ChoicePicker.qml) types under "<path>#search": its field's
        // top (question and search box) stays in view, the results below it.
        const searching = Forms.focusPath.endsWith("#search")
        const path = searching ? Forms.focusPath.slice(0, -"#search".length) : Forms.focusPath
        for (let i = 0; i < pageRows.count; ++i) {
            const item = (pageRows.itemAt(i) as Loader)?.item as FormField
            if (!item || item.row.path !== path)
                continue
            const top = item.mapToItem(flick.contentItem, 0, 0).y
            if (searching) {
                flick.contentY = Math.max(0, Math.min(top - Theme.spacing,
                                                      Math.max(0, flick.contentHeight - flick.height)))
                return
            }
            const bottom = top + item.height
            const room = flick.height
            let y = flick.contentY
            if (top < y)
                y = top - Theme.spacing
            if (bottom > y + room)  // the input box is at the bottom: it wins if both won't fit
                y = bottom - room + Theme.spacing
            flick.contentY = Math.max(0, Math.min(y, Math.max(0, flick.contentHeight - room)))
            return
        }
    }
    Connections {
        target: Forms
        function onChanged() { Qt.callLater(view.revealFocus) }
    }

    // The page's problems after "Next" (issue 22.12): listed at the top, each a link to
    // its question; every message names its field (kiosk/forms, messages.yaml).
    readonly property var problems: editing && !Forms.onReview ? Forms.problems : []
    // After "Next" found problems: the summary (at the top of the page) comes into view.
    function showProblems() {
        if (problems.length > 0 && Forms.focusPath === "")
            flick.contentY = 0
    }
    // A link of the summary: to the question, with the keyboard open for a typed answer,
    // and the keys' focus ring on its input box or first option, so that a keys-only
    // user continues there (ui/viewmodels/focus.py).
    function goToQuestion(row: var) {
        const typed = row.kind === "text" || row.kind === "number" || row.kind === "date"
        if (typed)
            Forms.focus(row.path, row.input)  // revealFocus scrolls it above the keyboard
        // (Forms.focus rebuilt the rows: look the question up only now.)
        for (let i = 0; i < pageRows.count; ++i) {
            const item = (pageRows.itemAt(i) as Loader)?.item as FormField
            if (!item || item.row.path !== row.path || !item.answerable)
                continue
            if (!typed) {
                const top = item.mapToItem(flick.contentItem, 0, 0).y
                flick.contentY = Math.max(0, Math.min(top - Theme.spacing,
                                                      flick.contentHeight - flick.height))
            }
            Focus.moveInto(item)
            return
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            onHelpRequested: view.helpRequested()
            onSettingsRequested: view.settingsRequested()
        }

        // Title and progress.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 8
            spacing: 8
            // Typing in landscape: the keyboard takes the lower half, the page the rest;
            // the title steps aside so the field being typed into stays in view (22.1).
            visible: view.editing && !(Forms.focusPath !== "" && view.width > view.height)
            BodyText {
                Layout.fillWidth: true
                color: Theme.mutedText
                text: Forms.title
            }
            Heading {
                objectName: "formPageTitle"
                Layout.fillWidth: true
                text: Forms.onReview ? qsTr("Please check your details") : Forms.pageTitle
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                // Themed, and filled from where reading starts (the right in Arabic), so
                // it reads forwards in high contrast and right to left too (issue 22.11).
                ProgressBar {
                    id: progress
                    objectName: "formProgressBar"
                    Layout.fillWidth: true
                    from: 0
                    to: Math.max(1, Forms.steps)
                    value: Forms.step
                    Accessible.name: progressText.text
                    background: Rectangle {
                        implicitHeight: 20
                        radius: height / 2
                        color: Theme.enabledFill
                        border.color: Theme.enabledBorder
                        border.width: Theme.enabledBorderWidth
                    }
                    contentItem: Item {
                        implicitHeight: 20
                        Rectangle {
                            objectName: "formProgressFill"
                            width: Math.max(height, progress.position * parent.width)
                            height: parent.height
                            x: progress.mirrored ? parent.width - width : 0
                            radius: height / 2
                            color: Theme.selectedMark
                        }
                    }
                }
                BodyText {
                    id: progressText
                    objectName: "formProgress"
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Step %1 of %2").arg(Forms.step).arg(Forms.steps)
                }
            }
        }

        Flickable {
            id: flick
            objectName: "formFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // While typing, room below the last field so that it can scroll up too.
            contentHeight: content.implicitHeight + 2 * Theme.margin
                           + (Forms.focusPath !== "" ? height : 0)
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 16 }
            onHeightChanged: Qt.callLater(view.revealFocus)
            // How many answer rows the visible part holds, and one more: the rows built
            // at once.
            Binding {
                target: Forms.rowModel
                property: "screenLines"
                value: flick.height / (Theme.touchTarget + 12) + 1
            }

            ColumnLayout {
                id: content
                x: Theme.margin
                y: Theme.spacing
                width: flick.width - 2 * Theme.margin
                spacing: Theme.spacing

                KioskButton {
                    objectName: "formFromIdCard"
                    Layout.fillWidth: true
                    visible: view.editing && Forms.canPrefill && IdCard.available
                    kind: "secondary"
                    text: qsTr("Fill in from my ID card or passport")
                    subtitle: qsTr("Faster and without typing errors")
                    onClicked: IdCard.start()
                }

                // Required is the rule: explained once, at the start of the form.
                BodyText {
                    objectName: "formOptionalNote"
                    // A fixed width, so the layout knows its wrapped height from the start.
                    Layout.preferredWidth: content.width
                    visible: view.editing && !Forms.onReview && Forms.step === 1
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Questions marked “(optional)” can be left empty. All other questions need an answer.")
                }

                // What "Next" found, with a link to each question.
                Rectangle {
                    id: errorSummary
                    objectName: "errorSummary"
                    Layout.fillWidth: true
                    visible: view.problems.length > 0
                    implicitHeight: summaryBody.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius / 2
                    color: Theme.errorFill
                    border.color: Theme.errorBorder
                    border.width: Theme.errorBorderWidth
                    ColumnLayout {
                        id: summaryBody
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 8
                        Heading {
                            objectName: "errorSummaryTitle"
                            Layout.fillWidth: true
                            font.pixelSize: Math.round(Theme.fontTitle * 0.7)
                            text: qsTr("Problems on this page: %1").arg(view.problems.length)
                        }
                        BodyText {
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontSmall
                            text: qsTr("Tap an entry to go to the question.")
                        }
                        Repeater {
                            model: view.problems
                            delegate: AbstractButton {
                                id: problemLink
                                required property var modelData
                                required property int index
                                objectName: "problem_" + modelData.path
                                Layout.fillWidth: true
                                implicitHeight: Math.max(Theme.minTouchTarget, linkText.implicitHeight + 16)
                                Accessible.role: Accessible.Link
                                // Whose answer it is, where there are several persons
                                // (form_rows.py: "Person 2: Geben Sie die Vornamen ein.").
                                Accessible.name: modelData.problem || modelData.error
                                onClicked: view.goToQuestion(modelData)
                                contentItem: Text {
                                    id: linkText
                                    textFormat: Text.PlainText
                                    // The arrow points along the reading direction.
                                    text: (problemLink.mirrored ? "← " : "→ ")
                                          + (problemLink.modelData.problem || problemLink.modelData.error)
                                    color: Theme.errorText
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    font.underline: true
                                    wrapMode: Text.WordWrap
                                    verticalAlignment: Text.AlignVCenter
                                }
                                background: Rectangle {
                                    color: problemLink.down ? Theme.pressedFill : Theme.none
                                    radius: Theme.radius / 2
                                }
                            }
                        }
                    }
                }

                // A page of questions. The model changes in place (form_row_model.py): a
                // question that stays keeps its delegate, and on the next page each
                // delegate shows the question at its place. The rows of the first screen
                // are built at once, those below it over the next frames, before a
                // finger can scroll to them (issue 19).
                Repeater {
                    id: pageRows
                    model: Forms.rowModel
                    delegate: Loader {
                        id: rowSlot
                        objectName: "formRow"
                        required property var row
                        required property int index
                        visible: view.editing && !Forms.onReview
                        Layout.fillWidth: true
                        Layout.leftMargin: (row.depth || 0) * 24
                        asynchronous: index >= Forms.rowModel.eagerRows
                        sourceComponent: FormField { row: rowSlot.row }
                    }
                }

                // The review.
                Repeater {
                    model: view.editing && Forms.onReview ? Forms.review : []
                    delegate: Rectangle {
                        id: section
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: sectionBody.implicitHeight + 2 * Theme.spacing
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: Theme.borderWidth
                        ColumnLayout {
                            id: sectionBody
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            spacing: 8
                            RowLayout {
                                Layout.fillWidth: true
                                BodyText { Layout.fillWidth: true; font.bold: true; text: section.modelData.title }
                                KioskButton {
                                    objectName: "change_" + section.modelData.page
                                    kind: "secondary"
                                    text: qsTr("Change")
                                    // What was entered: never read with the screen, only
                                    // on the keys' hint key in audio mode (focus.py).
                                    readonly property string enteredText: section.modelData.rows.map(r => r.label + ": " + r.value).join(". ")
                                    onClicked: Forms.change(section.modelData.page)
                                }
                            }
                            Repeater {
                                model: section.modelData.rows
                                delegate: ColumnLayout {
                                    id: reviewRow
                                    required property var modelData
                                    Layout.fillWidth: true
                                    spacing: 0
                                    BodyText { Layout.fillWidth: true; color: Theme.mutedText; font.pixelSize: Theme.fontSmall; text: reviewRow.modelData.label }
                                    BodyText { Layout.fillWidth: true; text: reviewRow.modelData.value; Accessible.name: "" }
                                }
                            }
                        }
                    }
                }

                // What happens to the data (Art. 13), from the configuration.
                BodyText {
                    objectName: "formPrivacyNotice"
                    Layout.fillWidth: true
                    visible: view.editing && Forms.onReview
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    text: Forms.privacyNotice
                }

                // Sent.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: Forms.state === "done" || Forms.state === "failed"
                    spacing: Theme.spacing
                    Heading {
                        objectName: "formDoneTitle"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: Forms.state === "done" ? qsTr("Your form has been sent")
                                                     : qsTr("Your form could not be saved")
                    }
                    BodyText {
                        objectName: "formFailReason"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        visible: Forms.state === "failed"
                        text: Forms.failure === "full" ? qsTr("The terminal's storage is full, so your form has not been sent.")
                                                       : qsTr("The terminal could not store your form, so it has not been sent.")
                    }
                    BodyText {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        visible: Forms.state === "done"
                        text: qsTr("Your reference for the counter:")
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "formReference"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        visible: Forms.state === "done"
                        text: Forms.reference
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Math.round(72 * Theme.fontScale)
                        font.bold: true
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 30
                        LayoutMirroring.enabled: false
                    }
                    BodyText {
                        objectName: "formReceiptStatus"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: Forms.state === "failed"
                              ? (Forms.paperState === "printing" ? qsTr("The filled form is being printed …")
                                 : Forms.paperState === "printed" ? qsTr("Please take the filled form from the printer to the counter.")
                                 : Forms.paperState === "failed" ? qsTr("The filled form could not be printed either. Please ask at the counter.")
                                 : qsTr("Your entries are still here. The terminal keeps trying to save them."))
                              : Forms.printState === "printed" ? qsTr("Please take your receipt from the printer below.")
                              : Forms.printState === "failed" ? qsTr("The receipt could not be printed. Please note your reference.")
                              : qsTr("Your receipt is being printed …")
                    }
                    KioskButton {
                        objectName: "formRetry"
                        Layout.fillWidth: true
                        visible: Forms.state === "failed"
                        text: qsTr("Try again")
                        onClicked: Forms.retry()
                    }
                    KioskButton {
                        objectName: "formPrintPaper"
                        Layout.fillWidth: true
                        visible: Forms.state === "failed"
                        enabled: Forms.paperState !== "printing"
                        text: qsTr("Print the filled form for the counter")
                        onClicked: Forms.printPaper()
                    }
                    BodyText {
                        objectName: "formNextStep"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        visible: Forms.state === "done"
                        font.bold: true
                        text: qsTr("Next step: take a waiting number. At the counter, your form is ready for the clerk.")
                    }
                    KioskButton {
                        objectName: "formTakeNumber"
                        Layout.fillWidth: true
                        visible: Forms.state === "done" || Forms.state === "failed"
                        text: Forms.state === "failed" ? qsTr("Take a waiting number anyway")
                                                       : qsTr("Take a waiting number for this concern")
                        onClicked: Forms.takeNumber()
                    }
                    KioskButton {
                        objectName: "formFinish"
                        // The number is the default next step; ending is the quieter choice.
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Math.min(implicitWidth + 80, content.width)
                        kind: "secondary"
                        text: Forms.state === "done" ? qsTr("Finish without a waiting number") : qsTr("Done")
                        onClicked: Session.finish()
                    }
                }
            }
        }

        // Back / Next (or Send on the review).
        StepBar {
            visible: view.editing && Forms.focusPath === ""
            KioskButton {
                objectName: "formBack"
                Layout.fillWidth: true
                kind: "secondary"
                text: qsTr("Back")  // on the first page: back to "form or number"
                onClicked: Forms.back()
            }
            KioskButton {
                objectName: Forms.onReview ? "formSubmit" : "formNext"
                Layout.fillWidth: true
                enabled: Forms.state === "editing"
                text: Forms.onReview ? qsTr("Send") : qsTr("Next")
                onClicked: {
                    if (Forms.onReview) {
                        Forms.submit()
                    } else {
                        Forms.next()
                        Qt.callLater(view.showProblems)
                    }
                }
            }
        }

        OnScreenKeyboard {
            Layout.fillWidth: true
            visible: view.editing && Forms.focusPath !== ""
        }
    }

    // A scan during the form asks first (issue 22.4).
    ScanLeaveDialog {}
}
