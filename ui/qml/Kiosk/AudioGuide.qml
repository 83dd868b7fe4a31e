import QtQuick
import Kiosk
import Kiosk.Models

// Audio mode's words: the phrase book ui/viewmodels/focus.py speaks from (translated here
// like every text), and a panel that shows the introduction while it is spoken, so
// nothing is said that is not on screen. It hides at the first key that moves on.
Rectangle {
    id: guide
    objectName: "audioGuide"

    property bool shown: false

    readonly property string intro: qsTr("Audio mode is on. Move from control to control with the arrow keys; each one is read to you. Press the select key in the middle to use it. The back key goes back or closes a window. The help key repeats this. The hint key tells you more, also what you entered. Other keys change the volume and the speed.")
    readonly property string roleButton: qsTr("Button")
    readonly property string roleCheckBox: qsTr("Check box")
    readonly property string roleRadioButton: qsTr("Option")
    readonly property string roleField: qsTr("Input field")
    readonly property string roleComboBox: qsTr("Selection list")
    readonly property string roleLink: qsTr("Link")
    readonly property string position: qsTr("%1 of %2")
    readonly property string checked: qsTr("selected")
    readonly property string unchecked: qsTr("not selected")
    readonly property string filled: qsTr("filled in")
    readonly property string empty: qsTr("empty")
    readonly property string keyboardOpen: qsTr("Keyboard. Move over the letters with the arrow keys, the select key types a letter. Done closes the keyboard.")
    readonly property string noBack: qsTr("There is no step back here. To end, choose Start over.")
    readonly property string audioOff: qsTr("Audio mode is off.")
    readonly property string hintNoFocus: qsTr("Nothing is chosen yet. Press an arrow key to go to the first control.")
    readonly property string hintPrivate: qsTr("What you entered is read aloud only in audio mode, with headphones.")
    readonly property string hintEntered: qsTr("You entered: %1")
    readonly property string hintEmpty: qsTr("Nothing entered yet. Press the select key to type.")
    readonly property string hintButton: qsTr("Press the select key to use this button.")
    readonly property string louder: qsTr("Louder")
    readonly property string quieter: qsTr("Quieter")
    readonly property string faster: qsTr("Faster")
    readonly property string slower: qsTr("Slower")
    readonly property string nothingHere: qsTr("There is nothing to choose here.")

    visible: shown && Focus.audioMode
    height: introText.implicitHeight + 2 * Theme.margin
    color: Theme.surface
    border.color: Theme.focusRing
    border.width: Theme.focusRingWidth
    z: 50000

    BodyText {
        id: introText
        objectName: "audioGuideText"
        anchors.fill: parent
        anchors.margins: Theme.margin
        text: guide.intro
    }

    Connections {
        target: Focus
        function onAudioModeChanged() { guide.shown = Focus.audioMode }
        function onKeyHandled(action: string) {
            if (action === "help")
                guide.shown = true
            else if (action !== "audio")
                guide.shown = false
        }
    }
}
