import QtQuick
import Kiosk

// Display and sound (text size, contrast, the lowered layout, read-aloud): said in words,
// with the signs people know from other terminals. In the top bar of every screen and,
// where a wheelchair user reaches it, near the bottom of the welcome screen (issue 22.13).
KioskButton {
    kind: "secondary"
    text: qsTr("Display and sound")
    subtitle: "A+ ◐ 🔊"
    Accessible.name: text  // the signs are not read aloud
}
