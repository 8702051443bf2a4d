"""The deck: the agenda's slides in order, built when first shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget

from ...domain import agenda
from ...domain.model import Aspect, Change, Session
from ..theme import Theme
from ..voting.capture import VoteCapture
from .base import Slide
from .intro import TasksSlide, TitleSlide
from .process import ProcessSlide
from .summary import ActionsSlide, SummarySlide


def make_slide(
    key: str, session: Session, theme: Theme, capture: VoteCapture | None = None
) -> Slide:
    process = agenda.slide_process(key)
    if process is not None:
        return ProcessSlide(key, session, theme, process, capture)
    kinds = {
        agenda.TITLE: TitleSlide,
        agenda.TASKS: TasksSlide,
        agenda.SUMMARY: SummarySlide,
        agenda.ACTIONS: ActionsSlide,
    }
    return kinds[key](key, session, theme)


class SlideDeck(QStackedWidget):
    """Shows one slide of the session's agenda; follows the agenda as it changes."""

    current_changed = Signal(int)

    def __init__(
        self, session: Session, theme: Theme, capture: VoteCapture | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deck")
        self.session = session
        self.theme = theme
        self.capture = capture
        self.keys: list[str] = agenda.slides_of(session.agenda)
        self._slides: dict[str, Slide] = {}
        self._revealed: set[str] = set()
        self._index = -1
        self._unsubscribe = session.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        if self.keys:
            self.go(0)

    @property
    def index(self) -> int:
        return self._index

    @property
    def current_key(self) -> str:
        return self.keys[self._index]

    def slide(self, key: str | None = None) -> Slide:
        key = self.current_key if key is None else key
        if key not in self._slides:
            slide = make_slide(key, self.session, self.theme, self.capture)
            slide.set_revealed(key in self._revealed)
            self._slides[key] = slide
            self.addWidget(slide)
        return self._slides[key]

    def go(self, index: int, phase: int = 0) -> bool:
        """Show the slide at ``index``, at step ``phase``; False when there is none."""
        if not 0 <= index < len(self.keys) or index == self._index:
            return False
        self._index = index
        slide = self.slide()
        slide.set_phase(phase if phase >= 0 else slide.phase_count - 1)
        self.setCurrentWidget(slide)
        if self.capture is not None:
            self.capture.set_process(agenda.slide_process(self.current_key))
        self.current_changed.emit(index)
        return True

    def next(self) -> bool:
        """The next step of this slide, or the next slide."""
        if self._index >= 0 and self.slide().advance():
            self.current_changed.emit(self._index)
            return True
        return self.go(self._index + 1)

    def previous(self) -> bool:
        """The previous step, or the previous slide fully built, as presentation software does."""
        if self._index >= 0 and self.slide().retreat():
            self.current_changed.emit(self._index)
            return True
        return self.go(self._index - 1, phase=-1)

    def toggle_reveal(self) -> bool:
        """Reveal or hide the results of this slide; False where it has none."""
        slide = self.slide()
        if not slide.can_reveal:
            return False
        revealed = self.current_key not in self._revealed
        (self._revealed.add if revealed else self._revealed.discard)(self.current_key)
        slide.set_revealed(revealed)
        return True

    def _on_change(self, change: Change) -> None:
        if change.aspect is not Aspect.AGENDA:
            return
        current = self.current_key if self.keys else None
        self.keys = agenda.slides_of(self.session.agenda)
        self._index = -1
        self.go(self.keys.index(current) if current in self.keys else 0)
