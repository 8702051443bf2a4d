"""Views of the deck: slides built when first shown, following where the room is.

:class:`SlideStack` shows any slide at any step; :class:`SlideDeck` is a stack
that follows a :class:`DeckNavigation`. The projector, the single window and
the console's "now" view are SlideDecks on one navigation; the console's
"next" preview is a SlideStack showing what comes next.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget

from ...domain.model import Session
from ..document import Document
from ..theme import Theme
from ..voting.capture import VoteCapture
from .base import Slide
from .kinds import make_slide, slide_kind
from .navigation import DeckNavigation

__all__ = ["SlideDeck", "SlideStack", "make_slide", "slide_kind"]


class SlideStack(QStackedWidget):
    """Shows one slide at one step; each slide is built once, when first shown."""

    def __init__(
        self,
        session: Session,
        theme: Theme,
        capture: VoteCapture | None = None,
        parent=None,
        document: Document | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document  # None: a view only (the console's preview of what is next)
        self.setObjectName("deck")
        self.session = session
        self.theme = theme
        self.capture = capture
        self._slides: dict[str, Slide] = {}
        self.shown_key: str | None = None
        self.controls_shown = True
        self.reserved = 0.0

    def slide(self, key: str | None = None) -> Slide:
        key = self.shown_key if key is None else key
        if key not in self._slides:
            slide = make_slide(key, self.session, self.theme, self.capture, self.document)
            slide.show_controls(self.controls_shown)
            slide.reserve_right(self.reserved)
            self._slides[key] = slide
            self.addWidget(slide)
        return self._slides[key]

    def show_slide(self, key: str, phase: int, revealed: bool) -> Slide:
        slide = self.slide(key)
        if slide.revealed != revealed:
            slide.set_revealed(revealed)
        slide.set_phase(phase)
        self.shown_key = key
        self.setCurrentWidget(slide)
        return slide

    def show_controls(self, shown: bool) -> None:
        """Show or hide the facilitator's buttons on every slide, built or to come."""
        self.controls_shown = shown
        for slide in self._slides.values():
            slide.show_controls(shown)

    def reserve_right(self, width: float) -> None:
        """Keep ``width`` 1080p pixels free at the right of every slide, built or to come."""
        self.reserved = width
        for slide in self._slides.values():
            slide.reserve_right(width)

    def forget(self, keep: list[str]) -> None:
        """Drop built slides whose keys left the agenda."""
        for key in [k for k in self._slides if k not in keep]:
            slide = self._slides.pop(key)
            self.removeWidget(slide)
            slide.deleteLater()


class SlideDeck(SlideStack):
    """The current slide of a :class:`DeckNavigation`: a view that keeps no position of its own."""

    def __init__(
        self,
        session: Session,
        theme: Theme,
        capture: VoteCapture | None = None,
        parent=None,
        navigation: DeckNavigation | None = None,
        document: Document | None = None,
    ) -> None:
        super().__init__(session, theme, capture, parent, document)
        self.navigation = navigation or DeckNavigation(session, parent=self)
        self.current_changed = self.navigation.moved  # the index, after every move
        self.navigation.moved.connect(self._follow)
        self.navigation.revealed_changed.connect(self._follow)
        self.navigation.keys_changed.connect(lambda: self.forget(self.navigation.keys))
        self._follow()

    # -- the navigation's words, so callers need not tell model from view ----------
    @property
    def keys(self) -> list[str]:
        return self.navigation.keys

    @property
    def index(self) -> int:
        return self.navigation.index

    @property
    def current_key(self) -> str:
        return self.navigation.current_key

    def slide(self, key: str | None = None) -> Slide:
        return super().slide(self.navigation.current_key if key is None else key)

    def go(self, index: int, phase: int = 0) -> bool:
        return self.navigation.go(index, phase)

    def next(self) -> bool:
        return self.navigation.next()

    def previous(self) -> bool:
        return self.navigation.previous()

    def toggle_reveal(self) -> bool:
        return self.navigation.toggle_reveal()

    def _follow(self, *_) -> None:
        nav = self.navigation
        if nav.index >= 0:
            key = nav.current_key
            self.show_slide(key, nav.phase, nav.is_revealed(key))
