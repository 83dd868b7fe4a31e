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

    // Text on background pairs, for the contrast test: [foreground, background].
    readonly property var textPairs: [
        [text, background], [text, surface], [mutedText, surface], [mutedText, background],
        [textOnPrimary, primary], [textOnPrimary, primaryPressed], [textOnSecondary, secondary],
        [textOnSecondary, secondaryPressed], [textOnHelp, help], [warning, surface],
        [danger, surface], [success, surface], [disabled, surface], [primary, surface],
        [primary, background]
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
