pragma Singleton
import QtQuick

// Colours and sizes of the staff console: a desk screen read at arm's length, not a
// kiosk (no session, no large-text mode). Text pairs keep WCAG AA contrast.
QtObject {
    readonly property color background: "#EEF2F6"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#14202B"
    readonly property color mutedText: "#3D4B59"
    readonly property color border: "#B8C4D0"
    readonly property color primary: "#0B4F8A"
    readonly property color primaryPressed: "#083A66"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color secondary: "#DCE6F0"
    readonly property color secondaryPressed: "#C2D3E4"
    readonly property color textOnSecondary: "#0B2A45"
    readonly property color urgent: "#A4161A"      // escalated calls
    readonly property color textOnUrgent: "#FFFFFF"
    readonly property color waiting: "#8A3B00"     // requested, nobody on the way yet
    readonly property color onTheWay: "#1B6E20"    // acknowledged
    readonly property color stale: "#5C6770"       // the kiosk went offline
    readonly property color online: "#1B6E20"
    readonly property color offline: "#A4161A"
    readonly property color warning: "#7A4D00"

    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int buttonHeight: 44
    readonly property int fontTitle: 22
    readonly property int fontBody: 16
    readonly property int fontSmall: 13
    readonly property int fontBig: 28
    readonly property string fontFamily: "DejaVu Sans"
}
