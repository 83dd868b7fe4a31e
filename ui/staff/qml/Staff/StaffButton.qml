import QtQuick
import QtQuick.Controls.Basic
import Staff

// A desk button: mouse or touch, primary or secondary.
Button {
    id: control

    property string kind: "primary"  // primary | secondary

    readonly property color fill: kind === "secondary" ? StaffTheme.secondary : StaffTheme.primary
    readonly property color fillPressed: kind === "secondary" ? StaffTheme.secondaryPressed
                                                               : StaffTheme.primaryPressed
    readonly property color ink: kind === "secondary" ? StaffTheme.textOnSecondary
                                                       : StaffTheme.textOnPrimary

    implicitHeight: StaffTheme.buttonHeight
    implicitWidth: Math.max(120, label.implicitWidth + leftPadding + rightPadding)
    leftPadding: 16
    rightPadding: 16
    focusPolicy: Qt.TabFocus
    font.family: StaffTheme.fontFamily
    font.pixelSize: StaffTheme.fontBody
    font.bold: true

    background: Rectangle {
        radius: StaffTheme.radius
        color: !control.enabled ? StaffTheme.background
                                : control.down ? control.fillPressed : control.fill
        border.color: control.enabled ? control.fillPressed : StaffTheme.border
        border.width: control.kind === "secondary" || !control.enabled ? 1 : 0
    }

    contentItem: Text {
        id: label
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        color: control.enabled ? control.ink : StaffTheme.stale
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
