"""The projector: what the room sees, and the clean full-screen window it lives in.

:class:`ProjectorView` is the room's view: the current slide (a SlideDeck on
the shared navigation), or black when blanked, with the timer in a corner
when the facilitator shows it. With one screen it sits in the main window;
with two it moves into a :class:`ProjectorWindow`, frameless and full screen
on the projector. It is the same widget either way, so nothing is lost when
a projector comes or goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QStackedLayout, QVBoxLayout, QWidget

from .timer_view import TimerBadge

if TYPE_CHECKING:  # the window is built before the slides load: it paints first
    from ..slides.deck import SlideDeck
    from .timer import Timer
    from .timer_view import TimerBadge


class ProjectorView(QWidget):
    """The current slide or black, and the timer when shown: never the facilitator's controls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room")
        self.pages = QStackedLayout(self)
        self.pages.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QWidget()
        self.placeholder.setObjectName("deck")
        self.blank = QWidget()
        self.blank.setObjectName("blank")
        self.blank.setStyleSheet("background: black;")
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.blank)
        self.deck: SlideDeck | None = None
        self.badge: TimerBadge | None = None
        self._timer_shown = False
        self._clean = False
        self._reserved = 0.0

    # -- what it shows -------------------------------------------------------------
    def set_deck(self, deck: SlideDeck | None, timer: Timer | None) -> None:
        """Show ``deck`` (the session's slides) and follow ``timer``; None clears both."""
        if self.deck is not None:
            self.pages.removeWidget(self.deck)
            self.deck.deleteLater()
        if self.badge is not None:
            self.badge.deleteLater()
            self.badge = None
        self.deck = deck
        if deck is not None:
            deck.show_controls(not self._clean)
            deck.reserve_right(self._reserved)
            self.pages.insertWidget(0, deck)
        if timer is not None:
            self.badge = TimerBadge(timer, self)
        self.set_blanked(False)
        self.show_timer(self._timer_shown)

    def set_clean(self, clean: bool) -> None:
        """A clean room view (two screens): the slides without the facilitator's buttons."""
        self._clean = clean
        if self.deck is not None:
            self.deck.show_controls(not clean)

    def reserve_right(self, width: float) -> None:
        """Keep a column of ``width`` 1080p pixels free at the right of the slides, for a
        card beside them (the phones' join card): the card never covers the slide."""
        self._reserved = width
        if self.deck is not None:
            self.deck.reserve_right(width)

    @property
    def blanked(self) -> bool:
        return self.pages.currentWidget() is self.blank

    def set_blanked(self, blanked: bool) -> None:
        self.pages.setCurrentWidget(self.blank if blanked else (self.deck or self.placeholder))
        self._update_badge()

    @property
    def timer_shown(self) -> bool:
        return self._timer_shown

    def show_timer(self, shown: bool) -> None:
        self._timer_shown = shown
        self._update_badge()

    def _update_badge(self) -> None:
        if self.badge is not None:
            self.badge.setVisible(self._timer_shown and not self.blanked)
            if self.badge.isVisible():
                self.badge.place()


class ProjectorWindow(QWidget):
    """A window with no chrome, full screen on the projector, holding the room's view."""

    hidden = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # A child window of the console: it closes with it, and never keeps the app alive.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Kotter Workshop — projector"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view: ProjectorView | None = None

    def hold(self, view: ProjectorView) -> None:
        """Take the room's view in, from wherever it was."""
        if self.view is not view:
            self.layout().addWidget(view)
            self.view = view
        view.show()

    def release(self) -> ProjectorView | None:
        view, self.view = self.view, None
        if view is not None:
            self.layout().removeWidget(view)
        return view

    def place_on(self, screen: QScreen) -> None:
        """Fill ``screen``; set the geometry too, as a bare X server ignores full screen alone."""
        if self.windowHandle() is not None and self.screen() is not screen:
            self.hide()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.hidden.emit()
        super().closeEvent(event)
