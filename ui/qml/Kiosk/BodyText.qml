import QtQuick
import Kiosk

Text {
    textFormat: Text.PlainText
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    wrapMode: Text.WordWrap  // never inside a word (issue 22.20)
    horizontalAlignment: Text.AlignLeft
    lineHeight: 1.15
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
