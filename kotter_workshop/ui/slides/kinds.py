"""Which slide class shows a slide key, and building one."""

from __future__ import annotations

from ...domain import agenda
from ...domain.model import Session
from ..document import Document
from ..theme import Theme
from ..voting.capture import VoteCapture
from .base import Slide
from .intro import TasksSlide, TitleSlide
from .panel import ParkingSlide
from .process import ProcessSlide
from .summary import ActionsSlide, SummarySlide

_KINDS: dict[str, type[Slide]] = {
    agenda.TITLE: TitleSlide,
    agenda.TASKS: TasksSlide,
    agenda.SUMMARY: SummarySlide,
    agenda.ACTIONS: ActionsSlide,
    agenda.PARKING: ParkingSlide,
}


def slide_kind(key: str) -> type[Slide]:
    """The class of the slide ``key``: what it shows, how many steps it has, if it reveals."""
    return ProcessSlide if agenda.slide_process(key) is not None else _KINDS[key]


def make_slide(
    key: str,
    session: Session,
    theme: Theme,
    capture: VoteCapture | None = None,
    document: Document | None = None,
) -> Slide:
    """The slide for ``key``; with a ``document`` its panels and actions take edits."""
    process = agenda.slide_process(key)
    if process is not None:
        return ProcessSlide(key, session, theme, process, capture, document=document)
    if key in (agenda.PARKING, agenda.ACTIONS):
        return _KINDS[key](key, session, theme, document=document)
    return _KINDS[key](key, session, theme)
