import QtQuick
import Kiosk

// The expected wait in words, as the printed ticket says it: `kind`, `low` and `high` come
// from kiosk.queue.waiting.wait_phrase (one decision for screen and paper); the concern
// list and the ticket screen both show it through this one component.
BodyText {
    property string kind: "unknown"  // "short", "about", "up_to", "range" or "unknown"
    property int low: -1
    property int high: -1

    text: kind === "short" ? qsTr("Expected wait: a minute or less")
          : kind === "about" ? qsTr("Expected wait: about %n minutes", "", high)
          : kind === "up_to" ? qsTr("Expected wait: up to %n minutes", "", high)
          : kind === "range" ? qsTr("Expected wait: %1–%n minutes", "", high).arg(low)
          : qsTr("Expected wait: unknown")
}
