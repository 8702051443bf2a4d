"""What a board shows over its notes: the spotlight on one note, and the hint on an empty board.

When a board holds more notes than fit at room size, fitting shrinks them; Space
on a selected note shows that note alone, large, over the board, until Space or
Esc. An empty board says how to add the first note, in large text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...domain.model import Note
from ..theme import Palette, room_px
from .items import SWATCHES, note_fill

LARGE = 1.5  # the spotlight starts at one and a half times slide text, and never goes below it


class Spotlight(QFrame):
    """One note, large, in its colour, over the board; keys stay with the board."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("spotlight")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # note text is text, never markup
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.votes = QLabel(self)
        self.votes.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.votes)
        self.note_id: str | None = None
        self.hide()

    @property
    def open(self) -> bool:
        return self.note_id is not None

    def show_note(self, note: Note, colours: Palette, unit: float, votes_text: str) -> None:
        """Cover the host with ``note``, its text as large as fits, never below slide text."""
        self.note_id = note.id
        swatch = SWATCHES[note.color]
        ink = colours.color("note_text").name()
        self.setStyleSheet(
            f"QFrame#spotlight {{ background: {note_fill(colours, note.color)};"
            f" border: {max(4, round(12 * unit))}px solid {QColor(swatch.strong).name()}; }}"
            f" QLabel {{ color: {ink}; background: transparent; }}"
        )
        self.text.setText(note.text)
        self.votes.setText(votes_text)
        self.votes.setVisible(note.votes > 0)
        host = self.parentWidget()
        self.setGeometry(host.rect())  # the whole board: no note peeks out beside it
        pad = round(48 * unit)
        self.layout().setContentsMargins(pad, pad, pad, pad)
        body = room_px("body", unit)
        self.votes.setFont(_font(body, bold=True))
        self._fit_text(body, round(body * LARGE), self.rect().adjusted(pad, pad, -pad, -pad))
        self.show()
        self.raise_()

    def _fit_text(self, smallest: int, largest: int, room: QRect) -> None:
        """The largest size from ``largest`` down to ``smallest`` at which the text fits."""
        height = room.height() - (self.votes.sizeHint().height() if self.votes.isVisible() else 0)
        px = largest
        while px > smallest:
            self.text.setFont(_font(px))
            if self.text.heightForWidth(room.width()) <= height:
                break
            px = max(smallest, round(px * 0.9))
        self.text.setFont(_font(px))

    def close_note(self) -> None:
        self.note_id = None
        self.hide()

    def text_px(self) -> int:
        return self.text.font().pixelSize()


class EmptyHint(QLabel):
    """On an empty board: how to add the first note, large and quiet; it goes with that note."""

    def __init__(self, host: QWidget, text: str) -> None:
        super().__init__(text, host)
        self.setObjectName("emptyBoardHint")
        self.setProperty("role", "muted")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # double-click passes
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def place(self, unit: float) -> None:
        """Centred on the host, in text a little larger than the slide's body."""
        self.setFont(_font(round(room_px("body", unit) * 1.1)))
        host = self.parentWidget().rect()
        margin = round(48 * unit)
        self.setGeometry(host.adjusted(margin, margin, -margin, -margin))


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return font
