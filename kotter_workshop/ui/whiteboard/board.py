"""A panel on a slide: the palette row above the board, the board below.

Every button has a key (the tooltips say which), so the facilitator can
drive the board from the keyboard or a clicker and point with the mouse.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QKeyEvent, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QVBoxLayout, QWidget

from ...domain.model import Session
from ..document import Document
from ..flow_layout import FlowLayout
from ..i18n import RoomText
from ..keymap import PANEL_KEYS, SHARED_KEYS
from ..theme import Palette, Theme
from .controller import COLORS, PanelController
from .items import SWATCHES, default_colours, note_fill, swatch_name
from .scene import PanelScene
from .spotlight import EmptyHint, Spotlight
from .view import PanelView

# The keys a panel with the focus takes from the slides (Space, Ctrl++, Ctrl+-), by action.
CLAIMED = {
    QKeySequence(key)[0].toCombined(): name
    for name, keys in PANEL_KEYS.items()
    for key in keys
    if key in SHARED_KEYS
}
LOOSE = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def swatch_icon(color, size: int = 64, colours: Palette | None = None) -> QIcon:
    """The colour with its pattern, as on the notes' edge."""
    swatch = SWATCHES[color]
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(note_fill(colours or default_colours(), color)))
    painter = QPainter(pixmap)
    painter.fillRect(0, 0, size, size, QBrush(QColor(swatch.strong), swatch.pattern))
    painter.end()
    return QIcon(pixmap)


class Board(RoomText, QWidget):
    """One panel: a row of buttons (new, colours, group, tidy, fit) and the board itself.

    The buttons are on the slide, so they speak the session's language (``self.tr``,
    see RoomText); the notes take their colours from ``theme`` and follow it live.
    """

    def __init__(
        self,
        session: Session,
        panel_id: str,
        document: Document | None,
        parent=None,
        theme: Theme | None = None,
    ):
        super().__init__(parent)
        self.room_language = session.info.language
        self.theme = theme
        self.scene = PanelScene(session, panel_id, self)
        self.view = PanelView(self.scene)
        self.controller = PanelController(document, self.scene, self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tools = FlowLayout()
        layout.addLayout(self.tools)
        layout.addWidget(self.view, 1)
        actions = self.controller.actions
        self.buttons: list[QToolButton] = []
        self._button(self.tr("+ Note"), actions["new_note"])
        self.swatch_buttons: dict = {}
        self.colour_entries: dict = {}
        for n, color in enumerate(COLORS, 1):
            button = self._button(swatch_name(color, self.room_language), actions[f"color_{n}"])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.swatch_buttons[color] = button
        self.colour_button = self._colour_menu(actions)
        self._button(self.tr("Group"), actions["group"])
        self._button(self.tr("Tidy"), actions["tidy"])
        self._tools_shown = True
        self._compact()
        self.setFocusProxy(self.view)
        self.spotlight = Spotlight(self.view)
        self.hint = EmptyHint(
            self.view, self.tr("No notes yet.\nPress N for a new note, or double-click here.")
        )
        self.hint.place(self.view.unit)
        self.view.installEventFilter(self)
        self.controller.spotlight_asked.connect(self.show_spotlight)
        self.scene.changed.connect(self._follow_notes)
        self.scene.panel_changed.connect(self._follow_notes)
        self.scene.veil.changed.connect(self._follow_veil)
        self._follow_notes()
        self.destroyed.connect(lambda *_: self.scene.close())
        self._follow_theme()
        if theme is not None:
            theme.changed.connect(self._follow_theme)

    def _follow_theme(self) -> None:
        """The notes and the colour buttons in the theme's note colours."""
        colours = self.theme.palette if self.theme is not None else default_colours()
        self.scene.set_colours(colours)
        for color, button in self.swatch_buttons.items():
            button.setIcon(swatch_icon(color, colours=colours))
            self.colour_entries[color].setIcon(button.icon())
        self.hint.setStyleSheet(f"color: {colours.color('muted').name()}; background: transparent;")

    def _button(self, text: str, action) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setProperty("role", "chip")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the board keeps the keys
        keys = ", ".join(s.toString() for s in action.shortcuts())
        button.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
        button.clicked.connect(action.trigger)
        self.tools.addWidget(button)
        self.buttons.append(button)
        return button

    def _colour_menu(self, actions) -> QToolButton:
        """One "Colour" button with the colours in a menu, for a board too narrow for seven."""
        button = self._button(self.tr("Colour") + " ▾", actions["color_1"])
        button.clicked.disconnect()
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        button.setToolTip(self.tr("Colour the selection (Ctrl+1 … Ctrl+7)"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for n, color in enumerate(COLORS, 1):
            entry = menu.addAction(swatch_name(color, self.room_language))
            entry.triggered.connect(actions[f"color_{n}"].trigger)
            self.colour_entries[color] = entry
        button.setMenu(menu)
        return button

    def show_tools(self, shown: bool) -> None:
        """The row of buttons (and the empty board's hint): hidden on a projector that has
        a console beside it."""
        self._tools_shown = shown
        for button in self.buttons:
            button.setVisible(shown)
        self._compact()
        self._follow_notes()

    def _compact(self) -> None:
        """Keep the buttons on one row: the colours' names go first (their patterns and
        tooltips stay), then the colours move into one menu button."""
        if not self._tools_shown:
            return
        width = self.width() or (self.parentWidget().width() if self.parentWidget() else 0)
        gap = self.tools._spacing
        swatches = list(self.swatch_buttons.values())
        others = [b for b in self.buttons if b not in swatches and b is not self.colour_button]

        def row(buttons) -> int:
            return sum(b.sizeHint().width() for b in buttons) + gap * (len(buttons) - 1)

        for style in (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
            Qt.ToolButtonStyle.ToolButtonIconOnly,
        ):
            for button in swatches:
                button.setToolButtonStyle(style)
            if row(others + swatches) <= width:
                self.colour_button.hide()
                for button in swatches:
                    button.show()
                return
        for button in swatches:
            button.hide()
        self.colour_button.show()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._compact()

    # -- what lies over the board ---------------------------------------------------------
    def _follow_notes(self, *_) -> None:
        """The hint while the board is empty; the spotlight follows its note (or closes)."""
        tools = not self.buttons or not self.buttons[0].isHidden()
        self.hint.setVisible(tools and not self.scene.notes)
        note_id = self.spotlight.note_id
        if note_id is not None and self.sender() is not self.scene:
            if note_id in self.scene.notes:
                self.show_spotlight(note_id)
            else:
                self.spotlight.close_note()

    def show_spotlight(self, note_id: str | None = None) -> None:
        """Space: the selected note alone, large, over the board."""
        chosen = [note_id] if note_id else self.scene.selected_notes()
        notes = [n for n in self.scene.panel.notes if n.id in chosen]
        if not notes:
            return
        note = notes[-1]
        veil = self.scene.veil  # a phone note face down shows face down here too, until R
        if note.id in veil.notes:
            note = replace(note, text=self.tr("Face down until revealed"), votes=0)
        elif self.scene.panel_id in veil.badges:
            note = replace(note, votes=0)  # the dot counts are hidden until R
        votes = self.tr("Dot votes: %1").replace("%1", str(note.votes))
        self.spotlight.show_note(note, self.scene.colours, self.view.unit, votes)

    def _follow_veil(self) -> None:
        """R while a note is large: it turns over there too (or back)."""
        if self.spotlight.open:
            self.show_spotlight(self.spotlight.note_id)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Claim the keys a panel shares with the slides, while it has the focus and no
        text is being edited: Qt then sends them here as key presses, not as shortcuts."""
        kind = event.type()
        if (
            watched is self.view
            and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and self.controller.edit is None
        ):
            run = self._claimed(event)
            if run is not None:
                if kind == QEvent.Type.KeyPress:
                    run()
                event.accept()
                return True
        elif watched is self.view and kind == QEvent.Type.Resize:
            self.hint.place(self.view.unit)
            if self.spotlight.open:
                self.show_spotlight(self.spotlight.note_id)
        return super().eventFilter(watched, event)

    def _claimed(self, event: QKeyEvent):
        combined = event.keyCombination()
        key = combined.key()
        modifiers = combined.keyboardModifiers() & ~LOOSE
        if self.spotlight.open:
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Escape) and not modifiers:
                return self.spotlight.close_note
            return None
        name = CLAIMED.get(QKeyCombination(modifiers, key).toCombined())
        if name == "spotlight" and not self.scene.selected_notes():
            return None  # nothing to show: Space turns the slide
        return self.controller.actions[name].trigger if name else None

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.spotlight.close_note()  # the room has moved on
        super().hideEvent(event)

    def set_unit(self, unit: float) -> None:
        self.tools.set_gap(round(12 * unit))
        icon = round(30 * unit)
        for button in self.buttons:
            button.setIconSize(
                button.iconSize().scaled(icon, icon, Qt.AspectRatioMode.IgnoreAspectRatio)
            )
        self.view.set_unit(unit)
        self.hint.place(unit)
        self._compact()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """On screen: the board takes the panel keys, and a draft kept from a crash reopens."""
        super().showEvent(event)
        if self.controller.document is None:
            return  # a picture of the board (the console's view) never takes the keys
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.controller.edit is None:
            self.controller.restore_drafts()
