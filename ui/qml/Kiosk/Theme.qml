pragma Singleton
import QtQuick
import Kiosk.Models

// Every colour, size and the font scale of the kiosk. High contrast and large text follow
// the session's choices at runtime; nothing else in the UI hard-codes a colour or size.
QtObject {
    readonly property bool highContrast: Session.highContrast
    readonly property real fontScale: Session.textScale

    // Colours. Text pairs meet WCAG 4.5:1 (normal) and 7:1 (high contrast); see
    // tests/ui/test_theme.py, which checks every pair listed in textPairs.
    readonly property color background: highContrast ? "#000000" : "#EEF2F6"
    readonly property color surface: highContrast ? "#000000" : "#FFFFFF"
    readonly property color text: highContrast ? "#FFFFFF" : "#14202B"
    readonly property color mutedText: highContrast ? "#FFFFFF" : "#3D4B59"
    readonly property color primary: highContrast ? "#FFFF00" : "#0B4F8A"
    readonly property color primaryPressed: highContrast ? "#C8C800" : "#083A66"
    readonly property color textOnPrimary: highContrast ? "#000000" : "#FFFFFF"
    readonly property color secondary: highContrast ? "#000000" : "#DCE6F0"
    readonly property color secondaryPressed: highContrast ? "#333333" : "#C2D3E4"
    readonly property color textOnSecondary: highContrast ? "#FFFFFF" : "#0B2A45"
    readonly property color border: highContrast ? "#FFFFFF" : "#B8C4D0"
    readonly property color help: highContrast ? "#00FFFF" : "#8A3B00"
    readonly property color textOnHelp: highContrast ? "#000000" : "#FFFFFF"
    readonly property color warning: highContrast ? "#FFFF00" : "#7A4D00"
    readonly property color danger: highContrast ? "#FF8080" : "#A4161A"
    readonly property color success: highContrast ? "#80FF80" : "#1B6E20"
    readonly property color disabled: highContrast ? "#BFBFBF" : "#5C6770"
    readonly property color scrim: "#B3000000"
    // The keys' focus ring (ui/viewmodels/focus.py): a thick outer ring with a thin ring of
    // the opposite brightness inside, so it stands out on light, dark and coloured controls.
    readonly property color focusRing: highContrast ? "#FF00FF" : "#D4006A"
    readonly property color focusRingInner: "#FFFFFF"
    readonly property int focusRingWidth: highContrast ? 8 : 6

    // One state vocabulary (issue 22.11): every control takes fill, text, border and border
    // width per state from here, in normal and high contrast (see stateFill() etc. below).
    // Selected is a tinted fill with a thick border and a filled mark, never the primary
    // button's look; disabled is quiet: no fill, a dashed low-contrast border and muted
    // text that still meets 4.5:1 (7:1 in high contrast). tests/ui/test_states.py checks it.
    readonly property color none: "transparent"
    readonly property color enabledFill: highContrast ? "#000000" : "#FFFFFF"
    readonly property color enabledText: text
    readonly property color enabledBorder: highContrast ? "#FFFFFF" : "#5C6770"
    readonly property int enabledBorderWidth: highContrast ? 3 : 2
    readonly property color pressedFill: highContrast ? "#333333" : "#DCE6F0"
    readonly property color pressedText: text
    readonly property color pressedBorder: primary
    readonly property int pressedBorderWidth: highContrast ? 4 : 3
    readonly property color selectedFill: highContrast ? "#000000" : "#E3EEF9"
    readonly property color selectedText: highContrast ? "#FFFF00" : "#0B2A45"
    readonly property color selectedBorder: primary
    readonly property int selectedBorderWidth: highContrast ? 6 : 4
    readonly property color selectedMark: primary  // the radio dot, the tick, the switch knob
    readonly property color disabledFill: none
    readonly property color disabledText: highContrast ? "#A6A6A6" : "#5C6770"
    readonly property color disabledBorder: highContrast ? "#A6A6A6" : "#8A96A3"
    readonly property int disabledBorderWidth: 2
    readonly property color errorFill: surface
    readonly property color errorText: danger
    readonly property color errorBorder: danger
    readonly property int errorBorderWidth: highContrast ? 6 : 4
    readonly property color focusBorder: focusRing
    readonly property int focusBorderWidth: focusRingWidth
    readonly property var stateNames: ["enabled", "pressed", "selected", "disabled", "error", "focus"]

    // A control's look in one call: state is one of stateNames ("focus" is drawn by the
    // keys' ring, FocusRing.qml; a control in focus keeps its own fill).
    function stateFill(state: string): color {
        return state === "pressed" ? pressedFill : state === "selected" ? selectedFill
             : state === "disabled" ? disabledFill : state === "error" ? errorFill : enabledFill
    }
    function stateText(state: string): color {
        return state === "pressed" ? pressedText : state === "selected" ? selectedText
             : state === "disabled" ? disabledText : state === "error" ? errorText : enabledText
    }
    function stateBorder(state: string): color {
        return state === "pressed" ? pressedBorder : state === "selected" ? selectedBorder
             : state === "disabled" ? disabledBorder : state === "error" ? errorBorder
             : state === "focus" ? focusBorder : enabledBorder
    }
    function stateBorderWidth(state: string): int {
        return state === "pressed" ? pressedBorderWidth : state === "selected" ? selectedBorderWidth
             : state === "disabled" ? disabledBorderWidth : state === "error" ? errorBorderWidth
             : state === "focus" ? focusBorderWidth : enabledBorderWidth
    }

    // Things drawn like paper and cards, the same in both modes: the signature pad (black
    // ink on white, as on the printed form) and the ID card picture with its CAN.
    readonly property color paper: "#FFFFFF"
    readonly property color ink: "#000000"
    readonly property color paperHint: "#3D4B59"
    readonly property color cardFace: "#E8EEF2"
    readonly property color cardLine: "#5C6770"
    readonly property color cardPrint: "#B8C4D0"
    readonly property color cardCanFill: "#FFF4C2"
    readonly property color cardCanBorder: "#A4161A"
    readonly property color cardCanText: "#14202B"

    // Text on background pairs, for the contrast test: [foreground, background].
    readonly property var textPairs: [
        [text, background], [text, surface], [mutedText, surface], [mutedText, background],
        [textOnPrimary, primary], [textOnPrimary, primaryPressed], [textOnSecondary, secondary],
        [textOnSecondary, secondaryPressed], [textOnHelp, help], [warning, surface],
        [danger, surface], [success, surface], [disabled, surface], [primary, surface],
        [primary, background], [enabledText, enabledFill], [pressedText, pressedFill],
        [selectedText, selectedFill], [disabledText, surface], [disabledText, background],
        [errorText, errorFill], [selectedText, surface], [paperHint, paper], [ink, paper],
        [cardCanText, cardCanFill]
    ]
    // Borders and marks against what surrounds them: 3:1 for parts of a control (WCAG 1.4.11).
    readonly property var componentPairs: [
        [enabledBorder, surface], [enabledBorder, background], [selectedBorder, selectedFill],
        [selectedMark, selectedFill], [selectedBorder, surface], [errorBorder, surface],
        [pressedBorder, pressedFill], [focusBorder, surface], [focusBorder, background],
        [primary, surface]
    ]

    // Sizes in px at 1080p; 80 px is about 9 mm on a 21.5" panel (EN 301 549, WCAG 2.5.8).
    readonly property int touchTarget: 96
    readonly property int minTouchTarget: 80
    readonly property int spacing: 24
    readonly property int margin: 40
    readonly property int radius: 18
    readonly property int borderWidth: highContrast ? 3 : 1

    readonly property int fontBody: Math.round(32 * fontScale)
    readonly property int fontSmall: Math.round(26 * fontScale)
    readonly property int fontButton: Math.round(34 * fontScale)
    readonly property int fontTitle: Math.round(52 * fontScale)
    readonly property int fontHuge: Math.round(200 * fontScale)
    readonly property string fontFamily: "DejaVu Sans"
}
