import QtQuick
import QtQuick.Controls.Basic

// A popup (sheet or dialog) built after the first frame, in idle time, instead of with
// the window: the four of them were a third of the window's build and 8 MB before the
// first frame (issue 19). Wanted sooner, it is built at once. ``eager`` (tests, tour,
// benchmark) builds it with the window, as before.
Loader {
    id: slot
    property bool warm: false  // the app's first frame has been shown
    property bool wanted: false  // needed now: build synchronously if not built yet
    property bool eager: false
    // Each of these stays true once set, so a popup once built is kept.
    active: eager || warm || wanted
    asynchronous: !(eager || wanted)

    function open() {
        slot.wanted = true;  // completes a build in progress at once
        (slot.item as Popup).open()
    }
    function close() {
        if (slot.item)
            (slot.item as Popup).close()
    }
}
