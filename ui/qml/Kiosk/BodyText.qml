import QtQuick
import Kiosk

Text {
    id: label
    textFormat: Text.PlainText
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: fitWords ? fittedPixelSize : pixelSize
    wrapMode: Text.WordWrap  // never inside a word (issue 22.20)
    horizontalAlignment: Text.AlignLeft
    lineHeight: 1.15
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    // Its size; in a column too narrow for a long word (issue 22.20) set fitWords and the
    // text is drawn smaller until its widest word fits, never below 60 %: a word is never
    // cut or broken inside. Soft hyphens (U+00AD) in a word let it break there instead.
    property int pixelSize: Theme.fontBody
    property bool fitWords: false
    readonly property int fittedPixelSize: {
        if (!fitWords || width <= 0)
            return pixelSize
        let widest = 0
        for (const word of text.split(/\s+/))
            for (const part of word.split("\u00ad"))
                widest = Math.max(widest, wordMetrics.advanceWidth(part))
        return widest > width ? Math.max(Math.floor(pixelSize * width / widest),
                                         Math.round(pixelSize * 0.6))
                              : pixelSize
    }
    FontMetrics {
        id: wordMetrics
        font.family: Theme.fontFamily
        font.bold: label.font.bold
        font.pixelSize: label.pixelSize
    }
}
