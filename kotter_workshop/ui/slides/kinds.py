"""The window's registry of slide widgets: which class draws each kind of slide.

Every kind that ``domain/slide_kinds.py`` describes has one entry in
:data:`SLIDES` (``tests/test_slide_kinds.py`` checks it). An entry says what
the widget needs beyond the session and the theme: the process its key
names, the vote capture, the document that takes its edits.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.agenda import slide_process
from ...domain.model import Session
from ...domain.slide_kinds import kind_of
from ..document import Document
from ..theme import Theme
from ..voting.capture import VoteCapture
from .base import Slide
from .intro import TasksSlide, TitleSlide
from .panel import ParkingSlide
from .process import ProcessSlide
from .summary import ActionsSlide, SummarySlide


@dataclass(frozen=True)
class SlideWidget:
    """How the window builds the slides of one kind."""

    widget: type[Slide]
    takes_process: bool = False  # its key names a process: ``process_id=``
    takes_capture: bool = False  # it counts votes: ``capture=``
    takes_document: bool = False  # its panel or list takes edits: ``document=``

    def make(self, key, session, theme, capture=None, document=None) -> Slide:
        extra: dict = {}
        if self.takes_process:
            extra["process_id"] = slide_process(key)
        if self.takes_capture:
            extra["capture"] = capture
        if self.takes_document:
            extra["document"] = document
        return self.widget(key, session, theme, **extra)


SLIDES: dict[str, SlideWidget] = {
    entry.widget.kind.key: entry
    for entry in (
        SlideWidget(TitleSlide),
        SlideWidget(TasksSlide),
        SlideWidget(ProcessSlide, takes_process=True, takes_capture=True, takes_document=True),
        SlideWidget(SummarySlide),
        SlideWidget(ParkingSlide, takes_document=True),
        SlideWidget(ActionsSlide, takes_document=True),
    )
}


def slide_kind(key: str) -> type[Slide]:
    """The class of the slide ``key``: what it shows, how many steps it has, if it reveals."""
    return SLIDES[kind_of(key).key].widget


def make_slide(
    key: str,
    session: Session,
    theme: Theme,
    capture: VoteCapture | None = None,
    document: Document | None = None,
) -> Slide:
    """The slide for ``key``; with a ``document`` its panels and actions take edits."""
    return SLIDES[kind_of(key).key].make(key, session, theme, capture, document)
