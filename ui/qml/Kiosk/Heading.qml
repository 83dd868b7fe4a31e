import QtQuick
import Kiosk

// A screen or section title: large, bold, wraps rather than clips.
Text {
    textFormat: Text.PlainText
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    font.bold: true
    wrapMode: Text.WordWrap  // never inside a word (issue 22.20)
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
