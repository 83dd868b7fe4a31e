pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Models

// A long list (countries, nationalities) as a search: the most frequent answers first
// (the code list's `frequent`, data not code), a search field typed with the on-screen
// keyboard that matches ignoring case and accents ("turk" finds "Türkei"), and the
// results as radio or check rows. The whole list only on request: 200 rows are heavy.
ColumnLayout {
    id: picker

    required property var row
    property bool multiple: false
    property bool active: true
    property bool showAll: false
    // What was typed: kept after the keyboard closes, so the results stay on screen.
    property string query: ""
    readonly property string searchPath: row.path + "#search"
    readonly property bool typing: Forms.focusPath === searchPath
    readonly property string needle: fold(typing ? Forms.focusText : query)
    readonly property int maxResults: 12
    readonly property var options: active ? (row.options || []) : []
    readonly property string typed: (typing ? Forms.focusText : query).toLocaleLowerCase().trim()
    readonly property var matches: needle === "" ? [] : search(needle, typed)
    readonly property var shown: needle !== "" ? matches.slice(0, maxResults)
                                 : showAll ? options : firstOptions()
    spacing: 12

    Connections {
        target: Forms
        enabled: picker.typing
        function onTyping() { picker.query = Forms.focusText }
    }

    // Lower case without accents: "Türkei", "TURKEI" and "turkei" are the same search.
    function fold(s: string): string {
        return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss")
                .toLocaleLowerCase().trim()
    }
    // Labels starting with the search first (as typed, accents too, before the rest:
    // "tür" shows Türkei before Turkmenistan), then labels with a word starting with it
    // (or the German name and document codes: "tur", "Türkei" find تركيا too), then any
    // label containing it.
    function search(q: string, typed: string): var {
        const exact = [], starts = [], words = [], inside = []
        for (const o of options) {
            const label = fold(o.label)
            const also = fold(o.also || "")
            if (label.startsWith(q))
                (o.label.toLocaleLowerCase().startsWith(typed) ? exact : starts).push(o)
            else if ((label + " " + also).split(/[\s\-(,]+/).some(w => w.startsWith(q))) words.push(o)
            else if (label.indexOf(q) >= 0) inside.push(o)
        }
        return exact.concat(starts, words, inside)
    }
    // Without a search: what is chosen, then the frequent answers in the list's order.
    function firstOptions(): var {
        const frequent = row.frequent || []
        const chosen = options.filter(o => o.selected === true)
        const rest = frequent.map(code => options.find(o => o.code === code))
                             .filter(o => o !== undefined && o.selected !== true)
        return chosen.concat(rest)
    }

    // Something typed to clear: while typing, the keyboard's text; after, the kept search.
    readonly property bool hasText: typing ? Forms.focusText !== "" : query !== ""
    // "Clear entry": the search starts again (the keyboard stays open while typing); the
    // keys' focus goes to the search field, as the button goes away.
    function clearSearch() {
        if (typing)
            Forms.clearText()
        query = ""
        Focus.moveInto(searchBox)
    }

    // The search field: looks and works like every input of the form; beside it, once
    // something is typed, the button that clears it (a finger's size, reachable by keys).
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        Rectangle {
            id: searchBox
            objectName: "search_" + picker.row.path
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, searchText.implicitHeight + 24)
            radius: Theme.radius / 2
            color: Theme.enabledFill
            border.color: picker.typing ? Theme.selectedBorder : Theme.enabledBorder
            border.width: picker.typing ? Theme.selectedBorderWidth : Theme.enabledBorderWidth
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search the list")
            Accessible.description: picker.row.label
            Accessible.onPressAction: Forms.focus(picker.searchPath, "text")
            readonly property string enteredText: picker.typing ? Forms.focusText : picker.query
            // The magnifier on its own, not in the wrapping text (a character outside
            // Unicode's first plane inside a sentence misleads the layout test's breaks).
            Text {
                id: searchIcon
                textFormat: Text.PlainText
                visible: !picker.typing && picker.query === ""
                anchors.left: parent.left
                anchors.leftMargin: 16
                anchors.verticalCenter: parent.verticalCenter
                text: "🔍"
                color: Theme.mutedText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                Accessible.ignored: true
            }
            Text {
                id: searchText
                textFormat: Text.PlainText
                anchors.left: searchIcon.visible ? searchIcon.right : parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: searchIcon.visible ? 12 : 16
                anchors.rightMargin: 16
                text: picker.typing ? Forms.focusText + "|"
                      : picker.query !== "" ? picker.query : qsTr("Search: type the first letters")
                color: picker.typing || picker.query !== "" ? Theme.enabledText : Theme.mutedText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            MouseArea {
                anchors.fill: parent
                onClicked: Forms.focus(picker.searchPath, "text")
            }
        }
        KioskButton {
            objectName: "pickerClear_" + picker.row.path
            Layout.alignment: Qt.AlignTop
            Layout.minimumWidth: Theme.touchTarget
            Layout.minimumHeight: Theme.touchTarget
            // Room for the search field first: the label wraps rather than squeeze it.
            Layout.maximumWidth: Math.max(Theme.touchTarget, Math.round(picker.width * 0.4))
            visible: picker.hasText
            kind: "secondary"
            text: qsTr("Clear entry")
            onClicked: picker.clearSearch()
        }
    }
    BodyText {
        objectName: "pickerCount_" + picker.row.path
        Layout.fillWidth: true
        visible: picker.needle !== ""
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        text: picker.matches.length === 0 ? qsTr("Nothing found. Please check the spelling.")
              : picker.matches.length > picker.maxResults
                ? qsTr("Found: %1. The first %2 are shown; type more letters.")
                      .arg(picker.matches.length).arg(picker.maxResults)
                : qsTr("Found: %1").arg(picker.matches.length)
    }
    BodyText {
        Layout.fillWidth: true
        visible: picker.needle === "" && !picker.showAll && (picker.row.frequent || []).length > 0
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        text: qsTr("Frequent answers:")
    }

    Repeater {
        model: picker.multiple ? [] : picker.shown
        delegate: RadioOption {
            required property var modelData
            objectName: "opt_" + picker.row.path + "_" + modelData.code
            Layout.fillWidth: true
            text: modelData.label
            description: picker.row.label
            checked: modelData.selected === true
            invalid: (picker.row.error || "") !== ""
            onClicked: Forms.choose(picker.row.path, modelData.code)
        }
    }
    Repeater {
        model: picker.multiple ? picker.shown : []
        delegate: CheckOption {
            required property var modelData
            objectName: "opt_" + picker.row.path + "_" + modelData.code
            Layout.fillWidth: true
            text: modelData.label
            description: picker.row.label
            checked: modelData.selected === true
            invalid: (picker.row.error || "") !== ""
            onClicked: Forms.toggle(picker.row.path, modelData.code)
        }
    }
    KioskButton {
        objectName: "pickerAll_" + picker.row.path
        Layout.fillWidth: true
        visible: picker.needle === ""
        kind: "secondary"
        text: picker.showAll ? qsTr("Show only the frequent answers")
                             : qsTr("Show the whole list (%1)").arg(picker.options.length)
        onClicked: picker.showAll = !picker.showAll
    }
}
