"""Keys alone, in one place: the keypad's keys move a visible, spoken focus through every
screen and activate what it is on (EN 301 549, 5.1 closed functionality, and 8).

Why one controller for the whole window instead of KeyNavigation in every view: the views
change often and are written for touch; the controller reads what Qt Quick already
publishes for accessibility (each control's role, name and state through QAccessible),
walks the items in reading order, and activates a control through its accessibility
"press" action, the same path a screen reader would use. A view needs nothing but
correct ``Accessible`` properties (tests/ui/test_keys_reach.py checks every screen).

Audio mode (the help/audio key, or a long press on the welcome screen) turns speech on
and plays an introduction to the keys; it ends with the session. What a citizen entered
is spoken only on request (the hint key) and only in audio mode, i.e. in headphones.
The phrases are in AudioGuide.qml (translated there like every other text).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QKeyEvent
from PySide6.QtQml import QmlElement, QmlSingleton
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.accessibility.keypad import KEY_NAMES, Keypad
from kiosk.accessibility.spoken import announcement
from ui import a11y_tree as tree
from ui.qt import Property
from ui.viewmodels import registry
from ui.viewmodels.session import Session
from ui.viewmodels.speech import Speech

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

# Where "back" goes, first match wins: leave the keyboard, close a sheet, then the
# screen's own way back. "Start over" (ends the session) is deliberately not here.
BACK_NAMES = (
    "key_done",
    "helpClose",
    "settingsClose",
    "idleContinue",
    "pinCancel",
    "checkinBack",
    "formBack",
    "idcardBackToForm",
    "noticeBack",
)
RATES = (-0.5, -0.25, 0.0, 0.25, 0.5, 0.75)  # QTextToSpeech rate steps
STEPS = {"next": +1, "previous": -1}  # in reading order
DIRECTIONS = {"down": (0, 1), "up": (0, -1), "right": (1, 0), "left": (-1, 0)}
KEYS: dict[Qt.Key, str] = {
    getattr(Qt.Key, f"Key_{name}"): name for name in KEY_NAMES if hasattr(Qt.Key, f"Key_{name}")
}


@QmlElement
@QmlSingleton
class Focus(QObject):
    changed = Signal()  # the ring moved, appeared or went away
    audioModeChanged = Signal()
    keyHandled = Signal(str)  # the action a key did (tests, bench)

    def __init__(
        self,
        speech: Speech,
        session: Session,
        keypad: Keypad,
        long_press_s: float,
        help_state: Callable[[], str] = lambda: "idle",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._speech = speech
        self._session = session
        self._keypad = keypad
        self._long_press_ms = int(long_press_s * 1000)
        self._help_state = help_state
        self._window: QQuickWindow | None = None
        self._layout: QQuickItem | None = None
        self._guide: QObject | None = None
        self._item: QQuickItem | None = None
        self._field = ""  # objectName of the field the keyboard types into (rows rebuild)
        self._scope_was: QQuickItem | None = None
        self._ring = QRectF()
        self._visible = False
        self._audio_mode = False
        self._last_help = "idle"
        self._page_turned = False
        self._group: QQuickItem | None = None  # parent of the last focused control
        session.ended.connect(self._session_ended)
        session.idleChanged.connect(self._idle_changed)

    @staticmethod
    def create(engine: object) -> Focus:
        return registry.instance("Focus")  # type: ignore[no-any-return]

    # -- for QML ------------------------------------------------------------------------
    @Property(bool, notify=changed)
    def ringVisible(self) -> bool:
        return self._visible and tree.alive(self._item)

    @Property(QRectF, notify=changed)
    def ring(self) -> QRectF:
        return self._ring

    @Property(bool, notify=audioModeChanged)
    def audioMode(self) -> bool:
        return self._audio_mode

    @Property(int, constant=True)
    def longPressMs(self) -> int:
        return self._long_press_ms

    @Property(str, constant=True)
    def keypadName(self) -> str:
        return self._keypad.name

    @Slot(QObject, QObject)
    def attach(self, window: QObject, guide: QObject) -> None:
        """Main.qml hands over its window and the phrase book once it is complete."""
        assert isinstance(window, QQuickWindow)
        self._window, self._guide = window, guide
        self._layout = window.findChild(QQuickItem, "root")  # the focus ring's coordinates
        # No sheet yet: the first key must not count as one closing (it dropped the focus).
        self._scope_was = self._scope()
        window.afterAnimating.connect(self._follow)

    @Slot()
    def startAudioMode(self) -> None:
        """Speech on and the introduction to the keys, followed by the screen."""
        if not self._audio_mode:
            self._audio_mode = True
            self.audioModeChanged.emit()
        self._session.activity()
        intro = self._phrase("intro")
        if self._session.readAloud:
            self._say(intro)
        else:
            self._speech.prefix_next_screen(intro)
            self._session.setReadAloud(True)  # reads the screen, after the introduction
        self._visible = True
        self._update_ring()

    # -- keys ---------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """A key press the barcode scanner's filter passed on (ui/scanner_filter.py): True
        if it is one of the keypad's. Printing keys (letters, digits) are the scanner's."""
        if self._window is None or (event.text() and event.text().isprintable()):
            return False
        name = KEYS.get(Qt.Key(event.key()))
        action = self._keypad.action(name) if name else None
        if action is None:
            return False
        self.perform(action)
        return True

    def perform(self, action: str) -> None:
        self._session.activity()  # a key is the citizen being there (ends an idle warning)
        if action in STEPS:
            self._step(STEPS[action])
        elif action in DIRECTIONS:
            self._spatial(*DIRECTIONS[action])
        else:
            getattr(self, f"_do_{action}")()
        self.keyHandled.emit(action)

    def _do_select(self) -> None:
        item = self._current()
        if item is None:
            self._step(+1)
            return
        iface = tree.iface(item)
        if iface is None:
            return
        role = iface.role()
        in_keyboard = self._in_keyboard(item)
        if role == tree.Role.EditableText:
            self._field = item.objectName()
        if in_keyboard and self._audio_mode:
            # The letter typed (or "Delete"): entered data, so only into the headphones.
            self._say(iface.text(QAccessible.Text.Name))
        name, was_checked = item.objectName(), iface.state().checked
        self._page_turned = False
        actions = iface.actionInterface()
        if actions is not None:
            actions.doAction(QAccessibleActionInterface.pressAction())
        QTimer.singleShot(0, lambda: self._after_select(role, name, bool(was_checked)))

    def _after_select(self, role: tree.Role, name: str, was_checked: bool) -> None:
        """Where the focus goes after a control did its work."""
        if self._page_turned:
            return  # a new form page is being read; the focus starts from its top
        if role == tree.Role.EditableText and self._keyboard_first() is not None:
            self._set(self._keyboard_first(), prefix=self._phrase("keyboardOpen"))
            return
        if name == "key_done" and self._find(self._scope(), self._field) is not None:
            self._set(self._find(self._scope(), self._field))
            return
        if self._check_scope():
            return  # a sheet opened or closed: it was read
        current = self._current()
        if current is None and name:
            # The control was rebuilt (a form's rows after a choice): stay on it and say
            # its new state ("ausgewählt").
            again = self._find(self._scope(), name)
            if again is not None:
                self._set(again)
        elif current is not None and not self._in_keyboard(current):
            state = tree.iface(current)
            if state is not None and bool(state.state().checked) != was_checked:
                self._set(current)

    def _do_back(self) -> None:
        scope = self._scope()
        for name in BACK_NAMES:
            target = self._find(scope, name)
            if target is not None:
                self._item = target
                self._do_select()
                return
        self._say(self._phrase("noBack"))

    def _do_help(self) -> None:
        self.startAudioMode()

    def _do_audio(self) -> None:
        if not self._audio_mode or not self._session.readAloud:
            self.startAudioMode()
            return
        self._say(self._phrase("audioOff"))
        self._audio_mode = False
        self.audioModeChanged.emit()
        self._session.setReadAloud(False)

    def _do_hint(self) -> None:
        item = self._current()
        if item is None:
            self._say(self._phrase("hintNoFocus"))
            return
        iface = tree.iface(item)
        described = iface.text(QAccessible.Text.Description) if iface is not None else ""
        # A field, or the review's "Change": what was entered, on request, in headphones.
        if item.property("enteredText") is not None:
            entered = str(item.property("enteredText") or "")
            if not self._audio_mode:
                self._say(self._phrase("hintPrivate"))
            elif entered:
                if iface is not None and iface.role() == tree.Role.EditableText:
                    # The word, then sign by sign: a typo hides in a word read whole.
                    entered = f"{entered}, {' '.join(entered)}"
                self._say(self._phrase("hintEntered").replace("%1", entered))
            else:
                self._say(self._phrase("hintEmpty"))
            return
        self._say(described or self._phrase("hintButton"))

    def _do_repeat(self) -> None:
        self._speech.repeat()

    def _do_volume_up(self) -> None:
        self._session.setVolume(self._session.volume + 0.1)
        self._say(self._phrase("louder"))

    def _do_volume_down(self) -> None:
        self._session.setVolume(self._session.volume - 0.1)
        self._say(self._phrase("quieter"))

    def _do_speed_up(self) -> None:
        self._speech.set_rate(min(RATES[-1], self._speech.rate + 0.25))
        self._say(self._phrase("faster"))

    def _do_speed_down(self) -> None:
        self._speech.set_rate(max(RATES[0], self._speech.rate - 0.25))
        self._say(self._phrase("slower"))

    # -- moving -------------------------------------------------------------------------
    def _step(self, delta: int) -> None:
        items = self._focusables()
        if not items:
            self._say(self._phrase("nothingHere"))
            return
        current = self._current()
        if current in items:
            index = (items.index(current) + delta) % len(items)
        else:
            index = 0 if delta > 0 else len(items) - 1
        self._set(items[index])

    def _spatial(self, dx: int, dy: int) -> None:
        """The nearest control in that direction (a grid, a row of buttons); in a plain
        list, the next or previous one."""
        items = self._focusables()
        current = self._current()
        if current not in items:
            self._step(+1 if dx + dy > 0 else -1)
            return
        target = tree.nearest(items, current, dx, dy)
        if target is None:
            self._step(+1 if dx + dy > 0 else -1)
        else:
            self._set(target)

    def _set(self, item: QQuickItem | None, prefix: str = "", scroll: bool = True) -> None:
        if item is None:
            return
        self._item = item
        self._visible = True
        if scroll:
            tree.scroll_into_view(item)
        self._update_ring()
        text = self.describe(item)
        # Entering a group of options: first the question they answer.
        group = item.parentItem()
        a = tree.iface(item)
        question = a.text(QAccessible.Text.Description) if a is not None else ""
        if question and group is not self._group:
            text = f"{question}: {text}"
        self._group = group
        self._say(f"{prefix} {text}".strip())

    def describe(self, item: QQuickItem) -> str:
        """Role, label, state, position: "Schaltfläche, Pass und Ausweis, 2 von 10"."""
        iface = tree.iface(item)
        if iface is None:
            return ""
        label = iface.text(QAccessible.Text.Name)
        if self._in_keyboard(item):
            return label  # a key: just its letter, quickly
        role = iface.role()
        states: list[str] = []
        state = iface.state()
        if state.checkable:
            states.append(self._phrase("checked" if state.checked else "unchecked"))
        if role == tree.Role.EditableText:
            filled = bool(item.property("enteredText"))
            states.append(self._phrase("filled" if filled else "empty"))
        siblings = [i for i in self._focusables() if i.parentItem() is item.parentItem()]
        position = ""
        if len(siblings) > 1 and item in siblings:
            position = (
                self._phrase("position")
                .replace("%1", str(siblings.index(item) + 1))
                .replace("%2", str(len(siblings)))
            )
        return announcement(
            self._phrase(tree.INTERACTIVE.get(role, "roleButton")), label, states, position
        )

    # -- what is on screen --------------------------------------------------------------
    def _scope(self) -> QQuickItem | None:
        return tree.scope(self._window)

    def _focusables(self, scope: QQuickItem | None = None) -> list[QQuickItem]:
        tree.finish_building(self._window)
        return tree.focusables(scope or self._scope())

    def _find(self, scope: QQuickItem | None, name: str) -> QQuickItem | None:
        return next((i for i in self._focusables(scope) if i.objectName() == name), None)

    def _current(self) -> QQuickItem | None:
        item = self._item
        if not tree.alive(item) or item not in self._focusables():
            self._item = None
            return None
        return item

    @staticmethod
    def _in_keyboard(item: QQuickItem) -> bool:
        return tree.within(item, "keyboard")

    def _keyboard_first(self) -> QQuickItem | None:
        return next((i for i in self._focusables() if self._in_keyboard(i)), None)

    def _check_scope(self) -> bool:
        """A sheet or dialog opened or closed: read it; True if so."""
        scope = self._scope()
        if scope is self._scope_was:
            return False
        self._scope_was = scope
        self._item = None
        if scope is not None and scope.inherits("QQuickPopupItem"):
            self._say(tree.screen_text(scope))
        return True

    @Slot()
    def _follow(self) -> None:
        """Every frame while the ring shows: it follows its control (scrolling, layout)."""
        if self._visible:
            self._update_ring()

    def _update_ring(self) -> None:
        item = self._item
        rect = QRectF()
        if item is not None and tree.alive(item):
            # In the layout's coordinates: the ring is drawn in the overlay, which the
            # demo's preview scales like the screen (Main.qml); the same as the scene's
            # on the kiosk itself.
            if self._layout is not None:
                rect = item.mapRectToItem(self._layout, item.boundingRect())
            else:
                rect = item.mapRectToScene(item.boundingRect())
        if rect != self._ring:
            self._ring = rect
            self.changed.emit()

    # -- speech -------------------------------------------------------------------------
    def _phrase(self, name: str) -> str:
        value = self._guide.property(name) if self._guide is not None else None
        return str(value or "")

    def _say(self, text: str) -> None:
        self._speech.say(text)

    @Slot()
    def _idle_changed(self) -> None:
        if self._session.warning and self._session.readAloud:
            QTimer.singleShot(0, self._check_scope)  # the dialog is shown by then
        elif not self._session.warning:
            QTimer.singleShot(0, self._check_scope)

    def focus_on(self, object_name: str) -> bool:
        """Put the focus on a control by name (the tour's focus-ring picture)."""
        item = self._find(self._scope(), object_name)
        self._set(item)
        return item is not None

    @Slot(QObject, result=bool)
    def moveInto(self, container: QObject | None) -> bool:
        """The keys go on at ``container``'s first control (an error summary's link: its
        question's input box or first option; FormView.qml scrolls). Without keys in use
        nothing is said or drawn, the next key starts there. False: no control in it."""
        if not isinstance(container, QQuickItem):
            return False
        target = next(iter(tree.focusables(container)), None)
        if target is None:
            return False
        a = tree.iface(target)
        if a is not None and a.role() == tree.Role.EditableText:
            self._field = target.objectName()  # "Done" on the keyboard comes back here
        if self._visible:
            self._set(target, scroll=False)
        else:
            self._item = target
        return True

    @Slot()
    def page_shown(self) -> None:
        """A form turned to another page within its screen: read the page, and the focus
        starts again from the top (a new screen is read by Main.qml instead)."""
        if self._current() is None:
            return
        self._item = None
        self._page_turned = True
        self._update_ring()
        self.read_screen_soon()

    def focused_item(self) -> QQuickItem | None:
        """The control the ring is on (None before the first key or after a new screen)."""
        return self._current()

    @Slot()
    def read_screen_soon(self) -> None:
        """Something new appeared on the screen by itself (the waiting number): read the
        screen again once it is drawn, if speech is on."""
        if self._session.readAloud and self._window is not None:
            QTimer.singleShot(0, self._read_screen)

    def _read_screen(self) -> None:
        loader = self._window.findChild(QQuickItem, "screenLoader") if self._window else None
        self._say(tree.screen_text(loader))

    @Slot()
    def help_changed(self) -> None:
        """The help call's state changed (requested, acknowledged): say the new status."""
        state = self._help_state()
        if state == self._last_help:
            return
        self._last_help = state
        if self._session.readAloud and state != "idle":
            QTimer.singleShot(0, lambda: self._say(tree.screen_text(self._scope())))

    @Slot()
    def clear(self) -> None:
        """No focus, no ring, audio mode off (the session ended)."""
        self._session_ended()

    @Slot()
    def _session_ended(self) -> None:
        self._item, self._field = None, ""
        self._visible = False
        self._last_help = "idle"
        if self._audio_mode:
            self._audio_mode = False
            self.audioModeChanged.emit()
        self._update_ring()
        self.changed.emit()
