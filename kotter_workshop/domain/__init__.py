"""The session, its processes, ballots, notes and scoring: pure Python, no Qt, no SQL."""

from .errors import DomainError, FrameworkError, KotterError
from .framework import Framework, Quadrant, Side, builtin_framework
from .model import (
    Action,
    AgendaItem,
    Ballot,
    Change,
    Cluster,
    Note,
    NoteColor,
    Panel,
    Participant,
    Scale,
    Session,
    SessionInfo,
)
from .session_factory import new_session

__all__ = [
    "Action",
    "AgendaItem",
    "Ballot",
    "Change",
    "Cluster",
    "DomainError",
    "Framework",
    "FrameworkError",
    "KotterError",
    "Note",
    "NoteColor",
    "Panel",
    "Participant",
    "Quadrant",
    "Scale",
    "Session",
    "SessionInfo",
    "Side",
    "builtin_framework",
    "new_session",
]
