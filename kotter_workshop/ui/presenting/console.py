"""The facilitator's console: the agenda, the timer, now and next, speaker notes, controls.

With two screens it fills the main window while the room sees the projector.
Everything here follows the same navigation, timer and document as the
projector; it keeps no state of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Session
from ..document import Document
from ..slides.deck import SlideDeck, SlideStack
from ..slides.navigation import DeckNavigation
from ..theme import REFERENCE_HEIGHT, REFERENCE_WIDTH, Theme
from ..voting.capture import VoteCapture
from ..whiteboard.veil import veil_for
from .agenda_editor import AgendaEditor
from .speaker_notes import SpeakerNotesEditor
from .timer import Timer
from .timer_view import TimerPanel

CONTROLS = (
    ("previous", "next", "reveal", "blank", "go_to"),
    ("timer", "projector_timer"),
    ("by_name", "participants", "revote"),
)


class SlidePicture(QLabel):
    """A slide laid out at projector size, off screen, and shown scaled: the room's view in small.

    Laying the slide out small instead would shrink its text below any
    floor and clip it; a picture of the full-size slide looks like the room's.
    """

    def __init__(self, stack: SlideStack, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slidePicture")
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(160, 90)
        self.stack = stack
        stack.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        stack.resize(REFERENCE_WIDTH, REFERENCE_HEIGHT)
        stack.show()
        self._picture = QPixmap()
        self.empty = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(60)  # one redraw for a burst of changes
        self._pending.timeout.connect(self.redraw)
        unsubscribe = session.subscribe(lambda _change: self.schedule())
        veil_for(session).changed.connect(self.schedule)  # R turns phone notes over here too
        self.destroyed.connect(lambda *_: (unsubscribe(), stack.deleteLater()))

    def schedule(self, *_) -> None:
        self._pending.start()

    def redraw(self) -> None:
        empty = self.stack.currentWidget() is None or self.empty
        self._picture = QPixmap() if empty else self.stack.grab()
        self._scale()

    def set_empty(self, empty: bool) -> None:
        """Show nothing (past the end of the agenda), or the stack's slide again."""
        self.empty = empty
        self.schedule()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._scale()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.window().setFocus()  # a click on the slide ends an edit: the slide keys work again

    def _scale(self) -> None:
        if self._picture.isNull():
            self.clear()
            return
        self.setPixmap(
            self._picture.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


def heading(text: str) -> QLabel:
    widget = QLabel(text)
    widget.setProperty("console", "heading")
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


class Console(QWidget):
    """What only the facilitator sees."""

    def __init__(
        self,
        document: Document,
        navigation: DeckNavigation,
        timer: Timer,
        theme: Theme,
        capture: VoteCapture,
        actions: dict[str, QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.navigation = navigation
        self.timer_panel = TimerPanel(timer)
        self.agenda = AgendaEditor(document, navigation, timer)
        session = document.session
        self.now = SlideDeck(session, theme, capture, navigation=navigation)
        self.next = SlideStack(session, theme)
        self.now_picture = SlidePicture(self.now, session)
        self.next_picture = SlidePicture(self.next, session)
        self.next_label = QLabel()
        self.notes = SpeakerNotesEditor(document, navigation)
        self.buttons: dict[str, QToolButton] = {}

        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(heading(self.tr("Timer")))
        column.addWidget(self.timer_panel)
        column.addWidget(heading(self.tr("Agenda")))
        column.addWidget(self.agenda, 1)
        column.addWidget(self.agenda.tools())

        slides = QWidget()
        row = QHBoxLayout(slides)
        for title, picture, stretch in (
            (self.tr("Now, on the projector"), self.now_picture, 3),
            (self.tr("Next"), self.next_picture, 2),
        ):
            box = QVBoxLayout()
            box.addWidget(heading(title))
            box.addWidget(picture, 1)
            if picture is self.next_picture:
                box.addWidget(self.next_label)
            row.addLayout(box, stretch)

        notes = QWidget()
        notes_box = QVBoxLayout(notes)
        notes_box.addWidget(heading(self.tr("Speaker notes for this slide")))
        notes_box.addWidget(self.notes, 1)
        notes_box.addLayout(self._controls(actions))

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(slides)
        right.addWidget(notes)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        self.split, self.right = split, right
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)

        navigation.moved.connect(self._show_next)
        navigation.revealed_changed.connect(self._show_next)
        for signal in (navigation.moved, navigation.revealed_changed, theme.changed):
            signal.connect(self.now_picture.schedule)
        capture.mode_changed.connect(self.now_picture.schedule)
        capture.selection_changed.connect(self.now_picture.schedule)
        self._show_next()
        self.now_picture.schedule()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._sized:  # the agenda needs room for its titles; the slides take the rest
            self._sized = True
            width = max(self.width(), 800)
            self.split.setSizes([round(width * 0.3), round(width * 0.7)])
            height = max(self.height(), 600)
            self.right.setSizes([round(height * 0.6), round(height * 0.4)])

    def _controls(self, actions: dict[str, QAction]) -> QHBoxLayout:
        """Buttons for the menu actions the facilitator reaches for most, with their keys."""
        bar = QHBoxLayout()
        for group in CONTROLS:
            for name in group:
                action = actions.get(name)
                if action is None:
                    continue
                button = QToolButton()
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the slides
                self.buttons[name] = button
                bar.addWidget(button)
            bar.addSpacing(16)
        bar.addStretch(1)
        return bar

    def _show_next(self, *_) -> None:
        upcoming = self.navigation.upcoming()
        if upcoming is None:
            self.next_picture.set_empty(True)
            self.next_label.setText(self.tr("The end of the agenda"))
            return
        key, phase = upcoming
        self.next.show_slide(key, phase, self.navigation.is_revealed(key))
        self.next_picture.set_empty(False)
        same = key == self.navigation.current_key
        self.next_label.setText(self.tr("The next step of this slide") if same else "")
