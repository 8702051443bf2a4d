"""The parts of a session: the scale, ballots, notes, clusters, panels, actions,
agenda items, the roster, and the session's facts.

Small values, most of them frozen: a change replaces a part rather than
editing it, through :class:`~kotter_workshop.domain.model.Session`, which
tells every view. ``model`` re-exports them all.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .errors import DomainError


def new_id() -> str:
    """A fresh opaque id for a note, panel, ballot and so on."""
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Scale:
    """The rating scale of a session. A higher value means stronger."""

    min: int = 1
    max: int = 5

    def __post_init__(self) -> None:
        if (self.min, self.max) not in SCALES:
            raise DomainError(
                "A scale of {min}–{max} is not supported; use 1–5, 1–7 or 1–10.",
                min=self.min,
                max=self.max,
            )

    @property
    def range(self) -> int:
        return self.max - self.min

    def contains(self, value: int) -> bool:
        return self.min <= value <= self.max

    def values(self) -> range:
        return range(self.min, self.max + 1)

    def __str__(self) -> str:
        return f"{self.min}–{self.max}"


SCALES = ((1, 5), (1, 7), (1, 10))


@dataclass(frozen=True)
class Ballot:
    """One person's rating of one process in one round; ``value=None`` abstains.

    ``voter`` is an opaque id (``p1``, a phone's random id) or ``None`` for a
    tally ballot counted from a show of hands.
    """

    process: str
    value: int | None
    voter: str | None = None
    round: int = 1
    id: str = field(default_factory=new_id)

    @property
    def is_abstention(self) -> bool:
        return self.value is None

    @classmethod
    def trusted(cls, process: str, value: int | None, voter: str | None, round: int, id: str):
        """``Ballot(...)`` for checked values (a file's row): no frozen ``__init__``, same ==."""
        f = (ballot := object.__new__(cls)).__dict__
        f["process"], f["value"], f["voter"], f["round"], f["id"] = process, value, voter, round, id
        return ballot


class NoteColor(StrEnum):
    """Sticky-note colours; each has a name so colour is never the only cue."""

    YELLOW = "yellow"
    ORANGE = "orange"
    BLUE = "blue"
    SKY = "sky"
    GREEN = "green"
    PINK = "pink"
    GREY = "grey"


@dataclass(frozen=True)
class Note:
    text: str
    color: NoteColor = NoteColor.YELLOW
    x: float = 0.0
    y: float = 0.0
    votes: int = 0
    cluster: str | None = None
    id: str = field(default_factory=new_id)

    @classmethod
    def trusted(cls, text, color, x, y, votes, cluster, id):
        """A note equal to ``Note(text, color, x, y, votes, cluster, id)``; see Ballot.trusted."""
        note = object.__new__(cls)
        note.__dict__.update(text=text, color=color, x=x, y=y, votes=votes, cluster=cluster, id=id)
        return note


def shifted(target: Note, current: Note | None, own: int) -> Note:
    """``target`` with ``current``'s dots shifted by a command's ``own`` change of them.

    Phones dot-vote outside the undo stack, so undo and redo of a note's edit take
    back or make again only that edit's own change of its dots, and keep the dots
    phones gave meanwhile (domain/commands.py PutNote and PutNotes)."""
    if current is None:
        return target
    votes = max(0, current.votes + own)
    return target if votes == target.votes else replace(target, votes=votes)


@dataclass(frozen=True)
class Cluster:
    """A titled group of notes on a panel."""

    title: str
    x: float = 0.0
    y: float = 0.0
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Panel:
    """A whiteboard of sticky notes, tied to a process or free (the parking lot).

    Like every part, a value: the session replaces a panel to change its notes.
    """

    title: str
    process: str | None = None
    notes: tuple[Note, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if type(self.notes) is not tuple:  # a loader's list becomes the panel's own tuple
            object.__setattr__(self, "notes", tuple(self.notes))
        if type(self.clusters) is not tuple:
            object.__setattr__(self, "clusters", tuple(self.clusters))

    def note(self, note_id: str) -> Note:
        for note in self.notes:
            if note.id == note_id:
                return note
        raise KeyError(note_id)

    def cluster(self, cluster_id: str) -> Cluster:
        for cluster in self.clusters:
            if cluster.id == cluster_id:
                return cluster
        raise KeyError(cluster_id)


@dataclass(frozen=True)
class Action:
    text: str
    owner: str = ""
    due: dt.date | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class AgendaItem:
    """A slide or a group of slides with a planned and, once run, an actual duration."""

    title: str
    slides: tuple[str, ...]
    planned_seconds: int = 0
    actual_seconds: int | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Participant:
    """A roster entry: a voter id and, when the session uses names, a name."""

    id: str
    name: str = ""


@dataclass(frozen=True)
class SessionInfo:
    """What the start screen and the cover show about a session."""

    title: str = "Untitled session"
    team: str = ""
    facilitator: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    language: str = "en"
    scale: Scale = field(default_factory=Scale)
    is_template: bool = False
