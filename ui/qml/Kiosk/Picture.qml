import QtQuick
import Kiosk
import Kiosk.Models

// A picture of assets/pictures/ in the Theme's colours: ui/pictures.py swaps the file's
// colour roles for the ones named here, so high contrast redraws it in its own colours.
// Qt draws it off the GUI thread (a data: URL, ui/pictures.py). A picture shows where to act; it never replaces the
// words next to it, and `description` is what a screen reader says for it.
// An Item around the Image: a size that comes from the layout, never from the drawing, so
// the size asked of the provider cannot feed back into the layout.
Item {
    id: picture
    property string name  // a file of assets/pictures/ without .svg
    property string description
    // Only drawings with a reading direction (lines of writing, a speech bubble) flip in
    // right-to-left languages; devices, cards and where they sit stay as they are.
    property bool mirrorInRtl: false
    // Drawn (or nothing to draw): the tour waits for this before each screenshot.
    readonly property bool pictureReady: !drawable
                                         || (image.status !== Image.Loading && image.status !== Image.Null)
    // A hidden picture in a layout has no size: nothing to draw until it has one.
    readonly property bool drawable: name !== "" && width > 0 && height > 0
    readonly property alias mirrored: image.mirror

    readonly property string colours: [Theme.text, Theme.primary, Theme.surface, Theme.secondary,
                                       Theme.danger, Theme.border]
        .map(c => c.toString().substring(1)).join("/")

    Accessible.role: Accessible.Graphic
    Accessible.name: description
    Accessible.ignored: description === ""

    Image {
        id: image
        anchors.fill: parent
        source: picture.drawable ? Pictures.url(picture.name, picture.colours) : ""
        sourceSize: Qt.size(Math.round(picture.width), Math.round(picture.height))
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        mirror: picture.mirrorInRtl && Session.rtl
        Accessible.ignored: true
    }
}
