pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Models

// The kiosk window: one screen at a time (Navigator.screen), the help sheet and the idle
// warning above it. Arabic mirrors the whole layout.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    title: "Bürgerbüro"
    // In the demo's preview the bands around the scaled screen are dark.
    color: preview ? (Theme.highContrast ? Theme.surface : Theme.textOnSecondary) : Theme.background
    font.family: Theme.fontFamily

    // Read-aloud: the texts and controls of the screen, in reading order.
    function screenText(item: Item): string {
        let parts = []
        const visit = (it) => {
            if (!it || !it.visible)
                return
            const role = it.Accessible.role
            const name = it.Accessible.name
            if (name && (role === Accessible.Heading || role === Accessible.StaticText
                         || role === Accessible.Button)) {
                parts.push(name)
                if (role === Accessible.Button)
                    return  // its label is its name: do not read it twice
            }
            for (let i = 0; i < it.children.length; ++i)
                visit(it.children[i])
        }
        visit(item)
        return parts.join(". ")
    }
    function readScreen() {
        if (Speech.enabled && screen.item)
            Speech.screen(window.screenText(screen.item))
    }

    Connections {
        target: Speech
        function onReadRequested() { window.readScreen() }
    }

    // Set by the app in kiosk mode: the window cannot be closed from the keyboard.
    property bool lockedDown: false
    onClosing: (close) => { close.accepted = !window.lockedDown }

    // The demo on a desktop (ui/window_fit.py): the kiosk's screen is laid out at its own
    // size (layoutWidth x layoutHeight) and scaled down uniformly into the window,
    // letterboxed, so a portrait kiosk shows whole on a landscape monitor and touches hit
    // what they show. The kiosk itself leaves both at 0: laid out at the window's size.
    property int layoutWidth: 0
    property int layoutHeight: 0
    readonly property bool preview: layoutWidth > 0 && layoutHeight > 0
    readonly property real previewScale: preview ? Math.min(width / layoutWidth, height / layoutHeight) : 1
    Scale { id: previewScaling; xScale: window.previewScale; yScale: window.previewScale }
    Translate {
        id: previewShift
        x: window.preview ? (window.width - window.layoutWidth * window.previewScale) / 2 : 0
        y: window.preview ? (window.height - window.layoutHeight * window.previewScale) / 2 : 0
    }
    // The popups (help, settings, dialogs) and the focus ring live in the overlay: it
    // gets the same scaling, and the layout size, which Qt resets to the window's.
    function fitOverlay() {
        const overlay = root.Overlay.overlay
        if (!overlay || !window.preview)
            return
        overlay.transform = [previewScaling, previewShift]
        if (overlay.width !== window.layoutWidth)
            overlay.width = window.layoutWidth
        if (overlay.height !== window.layoutHeight)
            overlay.height = window.layoutHeight
    }
    onPreviewChanged: fitOverlay()
    Connections {
        target: window.preview ? root.Overlay.overlay : null
        function onWidthChanged() { window.fitOverlay() }
        function onHeightChanged() { window.fitOverlay() }
    }

    Item {
        id: root
        objectName: "root"
        width: window.preview ? window.layoutWidth : parent.width
        height: window.preview ? window.layoutHeight : parent.height
        transform: [previewScaling, previewShift]
        clip: window.preview
        LayoutMirroring.enabled: Session.rtl
        LayoutMirroring.childrenInherit: true

        Rectangle {
            anchors.fill: parent
            visible: window.preview
            color: Theme.background
        }

        // Lowered layout (EN 301 549, 8): the top band holds no control, only a calm note.
        Rectangle {
            id: reachBand
            objectName: "loweredBand"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: Session.lowered ? parent.height * Session.loweredFraction : 0
            visible: Session.lowered
            color: Theme.secondary
            BodyText {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textOnSecondary
                text: qsTr("All buttons are now within reach in the lower part of the screen.")
            }
        }

        // The screens. The three every citizen passes (welcome, concerns, ticket) and the
        // notice a failed draw leads to are created once and then only shown or hidden:
        // rebuilding a view on each change compiled and instantiated its QML on the GUI
        // thread, 50-250 ms of frozen screen per tap (issue 19). After the first frame
        // they are built in the background; the rarer screens are built when shown and
        // dropped when left. ``item`` is the screen on show (read-aloud, the keys' focus,
        // tests).
        Item {
            id: screen
            objectName: "screenLoader"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.top: reachBand.bottom

            readonly property var built: ({
                checkin: checkinScreen, concern_choice: concernChoice,
                idcard: idcardScreen, maintenance: maintenance
            })
            readonly property var notices: ["closed", "out_of_service", "exhausted"]
            // The kept notice's kind: the one on show, else the last one shown.
            property string noticeKind: "out_of_service"
            onShownChanged: if (notices.includes(shown)) noticeKind = shown
            readonly property string shown: Navigator.screen === "concerns"
                                            || Navigator.screen === "ticket"
                                            || Navigator.screen === "form"
                                            || notices.includes(Navigator.screen)
                                            || screen.built[Navigator.screen] !== undefined
                                            ? Navigator.screen : "welcome"
            readonly property Item item: shown === "welcome" ? welcomeSlot.item
                                         : shown === "concerns" ? concernsSlot.item
                                         : shown === "ticket" ? ticketSlot.item
                                         : shown === "form" ? formSlot.item
                                         : notices.includes(shown) ? noticeSlot.item
                                         : other.item
            // Set by the app after the first frame (KioskUi.warm_up): the kept screens are
            // then built in idle time; until then each is built on its first show.
            property bool warm: false
            onItemChanged: if (item) Qt.callLater(window.readScreen)

            Loader {
                id: welcomeSlot
                objectName: "screen_welcome"
                anchors.fill: parent
                readonly property bool current: screen.shown === "welcome"
                property bool built: false  // once built, kept
                visible: current
                active: current || screen.warm || built
                onLoaded: built = true
                asynchronous: !current
                sourceComponent: welcome
            }
            Loader {
                id: concernsSlot
                objectName: "screen_concerns"
                anchors.fill: parent
                readonly property bool current: screen.shown === "concerns"
                property bool built: false  // once built, kept
                visible: current
                active: current || screen.warm || built
                onLoaded: built = true
                asynchronous: !current
                sourceComponent: concerns
            }
            Loader {
                id: ticketSlot
                objectName: "screen_ticket"
                anchors.fill: parent
                readonly property bool current: screen.shown === "ticket"
                property bool built: false  // once built, kept
                visible: current
                active: current || screen.warm || built
                onLoaded: built = true
                asynchronous: !current
                sourceComponent: ticket
            }
            // Closed, out of service, numbers exhausted: kept too, because a draw that
            // fails (ZMS down, the day's numbers gone) switches to it at the citizen's tap,
            // and building it then held the GUI thread 15-18 ms (issue 19).
            Loader {
                id: noticeSlot
                objectName: "screen_notice"
                anchors.fill: parent
                readonly property bool current: screen.notices.includes(screen.shown)
                property bool built: false  // once built, kept
                visible: current
                active: current || screen.warm || built
                onLoaded: built = true
                asynchronous: !current
                sourceComponent: notice
            }
            // The form: built in the background while the citizen chooses between a form
            // and a waiting number (and kept while the form is open), so that "Fill in
            // the form" does not build it on the GUI thread (21-44 ms, issue 19); dropped
            // when the citizen leaves forms, so its texts are not re-translated at every
            // language change and it costs no memory on kiosks without forms.
            Loader {
                id: formSlot
                objectName: "screen_form"
                anchors.fill: parent
                readonly property bool current: screen.shown === "form"
                visible: current
                active: current || Navigator.screen === "concern_choice"
                         || Navigator.screen === "idcard"
                asynchronous: !current
                sourceComponent: formScreen
            }
            Loader {
                id: other
                objectName: "screen_other"
                anchors.fill: parent
                sourceComponent: screen.built[screen.shown] ?? null
            }
        }
    }

    Component { id: welcome; WelcomeView { onHelpRequested: helpSheet.open(); onSettingsRequested: settingsSheet.open() } }
    Component { id: concerns; ConcernView { onHelpRequested: helpSheet.open(); onSettingsRequested: settingsSheet.open() } }
    Component { id: concernChoice; ConcernChoiceView { onHelpRequested: helpSheet.open(); onSettingsRequested: settingsSheet.open() } }
    Component { id: idcardScreen; IdCardView { onHelpRequested: helpSheet.open(); onSettingsRequested: settingsSheet.open() } }
    Component { id: formScreen; FormView { onHelpRequested: helpSheet.open(); onSettingsRequested: settingsSheet.open() } }
    Component { id: checkinScreen; CheckinView { onHelpRequested: helpSheet.open(); onSettingsRequested: settingsSheet.open() } }
    Component { id: ticket; TicketView { onHelpRequested: helpSheet.open(); onSettingsRequested: settingsSheet.open() } }
    Component {
        id: notice
        NoticeView {
            kind: screen.noticeKind
            onHelpRequested: helpSheet.open()
            onSettingsRequested: settingsSheet.open()
        }
    }

    Component { id: maintenance; MaintenanceView { } }

    // Keys alone (ui/viewmodels/focus.py): the introduction panel and the focus ring.
    AudioGuide {
        id: audioGuide
        parent: root
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }
    FocusRing { parent: Overlay.overlay }
    Component.onCompleted: Focus.attach(window, audioGuide)

    // Set by the app before loading (tests, tour, benchmark): the popups are built with
    // the window. The kiosk itself builds them after its first frame (LazyPopup).
    property bool eager: false
    LazyPopup {
        id: helpSheet
        objectName: "helpSheetSlot"
        warm: screen.warm
        eager: window.eager
        sourceComponent: Component { HelpSheet { parent: root } }
    }
    LazyPopup {
        id: settingsSheet
        objectName: "settingsSheetSlot"
        warm: screen.warm
        eager: window.eager
        sourceComponent: Component { SettingsSheet { parent: root } }
    }
    LazyPopup {
        objectName: "pinDialogSlot"
        warm: screen.warm
        eager: window.eager
        wanted: Maintenance.pinOpen
        sourceComponent: Component { PinDialog { parent: root } }
    }
    LazyPopup {
        objectName: "idleDialogSlot"
        warm: screen.warm
        eager: window.eager
        wanted: Session.warning
        sourceComponent: Component { IdleDialog { parent: root } }
    }

    Connections {
        target: Session
        function onEnded() { helpSheet.close(); settingsSheet.close() }
    }
}
