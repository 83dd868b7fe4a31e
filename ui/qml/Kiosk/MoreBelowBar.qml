import QtQuick
import QtQuick.Controls.Basic

// A scrolling screen's scroll bar, shown whenever there is more to scroll to and never
// otherwise (not even a flash as the screen opens): for those who do not know a screen
// can scroll (a large text size on a short screen).
ScrollBar {
    required property Flickable flickable
    width: 16
    policy: flickable.contentHeight > flickable.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
}
