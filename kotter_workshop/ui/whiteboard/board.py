"""A panel on a slide: the palette row above the board, the board below.

Every button has a key (the tooltips say which), so the facilitator can
drive the board from the keyboard or a clicker and point with the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from ...domain.model import Session
from ..document import Document
from ..flow_layout import FlowLayout
from ..i18n import RoomText
from ..theme import Palette, Theme
from .controller import COLORS, PanelController
from .items import SWATCHES, default_colours, note_fill, swatch_name
from .scene import PanelScene
from .view import PanelView


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
        for n, color in enumerate(COLORS, 1):
            button = self._button(swatch_name(color, self.room_language), actions[f"color_{n}"])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.swatch_buttons[color] = button
        self._button(self.tr("Group"), actions["group"])
        self._button(self.tr("Tidy"), actions["tidy"])
        self.setFocusProxy(self.view)
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

    def show_tools(self, shown: bool) -> None:
        """The row of buttons: hidden on a projector that has a console beside it."""
        for button in self.buttons:
            button.setVisible(shown)

    def set_unit(self, unit: float) -> None:
        self.tools.set_gap(round(12 * unit))
        icon = round(30 * unit)
        for button in self.buttons:
            button.setIconSize(
                button.iconSize().scaled(icon, icon, Qt.AspectRatioMode.IgnoreAspectRatio)
            )
        self.view.set_unit(unit)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """On screen: the board takes the panel keys, and a draft kept from a crash reopens."""
        super().showEvent(event)
        if self.controller.document is None:
            return  # a picture of the board (the console's view) never takes the keys
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.controller.edit is None:
            self.controller.restore_drafts()
