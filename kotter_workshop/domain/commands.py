"""Undoable commands: one small command per gesture.

Each command only calls the session's setters, in ``apply`` and ``revert``.
The ui wraps them in a QUndoStack; the commands themselves need no Qt and are
tested on their own.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, replace

from .model import (
    Action,
    AgendaItem,
    Ballot,
    Cluster,
    DomainError,
    Note,
    Panel,
    Participant,
    Session,
    SessionInfo,
)
from .parts import shifted


class Command:
    """A reversible edit of a session, with the words the Edit menu shows."""

    text = "Edit"

    def apply(self, session: Session) -> None:
        raise NotImplementedError

    def revert(self, session: Session) -> None:
        raise NotImplementedError


@dataclass
class AddBallot(Command):
    ballot: Ballot
    text: str = "Add vote"

    def apply(self, session: Session) -> None:
        session.add_ballot(self.ballot)

    def revert(self, session: Session) -> None:
        session.remove_ballot(self.ballot.id)


@dataclass
class RemoveBallot(Command):
    ballot: Ballot
    text: str = "Remove vote"
    _removed: Ballot | None = field(default=None, init=False)

    def apply(self, session: Session) -> None:
        self._removed = session.remove_ballot(self.ballot.id)

    def revert(self, session: Session) -> None:
        session.add_ballot(self._removed or self.ballot)  # the ballot as it was in the session


@dataclass
class CastBallot(Command):
    """A voter's ballot for a process and round; a changed vote replaces the old one."""

    ballot: Ballot
    text: str = "Vote"
    _replaced: Ballot | None = field(default=None, init=False)

    def apply(self, session: Session) -> None:
        b = self.ballot
        self._replaced = (
            session.ballot_of(b.voter, b.process, b.round) if b.voter is not None else None
        )
        if self._replaced is not None:
            session.remove_ballot(self._replaced.id)
        try:
            session.add_ballot(b)
        except Exception:
            if self._replaced is not None:  # a refused vote must not lose the old one
                session.add_ballot(self._replaced)
            raise

    def revert(self, session: Session) -> None:
        session.remove_ballot(self.ballot.id)
        if self._replaced is not None:
            session.add_ballot(self._replaced)


@dataclass
class SetInfo(Command):
    new: SessionInfo
    old: SessionInfo | None = None
    text: str = "Edit session details"

    def apply(self, session: Session) -> None:
        if self.old is None:
            self.old = session.info
        session.set_info(self.new)

    def revert(self, session: Session) -> None:
        assert self.old is not None
        session.set_info(self.old)


@dataclass
class SetShownRound(Command):
    process: str
    round: int | None
    text: str = "Choose round"
    _old: int | None = field(default=None, init=False)

    def apply(self, session: Session) -> None:
        self._old = session.shown_round_choices.get(self.process)
        session.set_shown_round(self.process, self.round)

    def revert(self, session: Session) -> None:
        session.set_shown_round(self.process, self._old)


@dataclass
class StartRound(Command):
    """A re-vote after discussion: new ballots on this process go into a new round."""

    process: str
    text: str = "Start a re-vote"
    _old: int | None = field(default=None, init=False)

    def apply(self, session: Session) -> None:
        self._old = session.started_rounds.get(self.process)
        session.start_round(self.process)

    def revert(self, session: Session) -> None:
        session.set_started_round(self.process, self._old)


@dataclass
class PutNote(Command):
    """Add a note, or change one (text, colour, position, votes, cluster)."""

    panel: str
    note: Note
    text: str = "Edit note"
    _old: Note | None = field(default=None, init=False)
    _own: int | None = field(default=None, init=False)  # its own change of the note's dots

    def apply(self, session: Session) -> None:
        notes = session.panel(self.panel).notes
        self._old = next((n for n in notes if n.id == self.note.id), None)
        if self._own is None:  # the first time: as it is, and the change it makes
            self._own = self.note.votes - (self._old.votes if self._old else 0)
            session.put_note(self.panel, self.note)
        else:  # a redo: with the dots phones gave meanwhile
            session.put_note(self.panel, shifted(self.note, self._old, self._own))

    def revert(self, session: Session) -> None:
        if self._old is None:
            session.remove_note(self.panel, self.note.id)
        else:
            notes = session.panel(self.panel).notes
            current = next((n for n in notes if n.id == self.note.id), None)
            session.put_note(self.panel, shifted(self._old, current, -(self._own or 0)))


@dataclass
class RemoveNote(Command):
    panel: str
    note_id: str
    text: str = "Delete note"
    _removed: tuple[int, Note] | None = field(default=None, init=False)

    def apply(self, session: Session) -> None:
        self._removed = session.remove_note(self.panel, self.note_id)

    def revert(self, session: Session) -> None:
        assert self._removed is not None
        index, note = self._removed
        session.put_note(self.panel, note, index)


@dataclass
class PutCluster(Command):
    panel: str
    cluster: Cluster
    text: str = "Edit group"
    _old: Cluster | None = field(default=None, init=False)

    def apply(self, session: Session) -> None:
        clusters = session.panel(self.panel).clusters
        self._old = next((c for c in clusters if c.id == self.cluster.id), None)
        session.put_cluster(self.panel, self.cluster)

    def revert(self, session: Session) -> None:
        if self._old is None:
            session.remove_cluster(self.panel, self.cluster.id)
        else:
            session.put_cluster(self.panel, self._old)


@dataclass
class PutAction(Command):
    action: Action
    text: str = "Edit action"
    _old: Action | None = field(default=None, init=False)

    def apply(self, session: Session) -> None:
        self._old = next((a for a in session.actions if a.id == self.action.id), None)
        session.put_action(self.action)

    def revert(self, session: Session) -> None:
        if self._old is None:
            session.remove_action(self.action.id)
        else:
            session.put_action(self._old)


@dataclass
class RemoveAction(Command):
    action_id: str
    text: str = "Delete action"
    _removed: tuple[int, Action] | None = field(default=None, init=False)

    def apply(self, session: Session) -> None:
        self._removed = session.remove_action(self.action_id)

    def revert(self, session: Session) -> None:
        assert self._removed is not None
        index, action = self._removed
        session.put_action(action, index)


@dataclass
class SetSpeakerNotes(Command):
    slide: str
    notes: str
    text: str = "Edit speaker notes"
    _old: str = field(default="", init=False)

    def apply(self, session: Session) -> None:
        self._old = session.speaker_notes.get(self.slide, "")
        session.set_speaker_notes(self.slide, self.notes)

    def revert(self, session: Session) -> None:
        session.set_speaker_notes(self.slide, self._old)


@dataclass
class EditAgendaItem(Command):
    """A new title or planned duration for one agenda item.

    Only the fields given change, and undo puts back only those: the actual
    time the timer keeps recording meanwhile is never rolled back.
    """

    item_id: str
    title: str | None = None
    planned_seconds: int | None = None
    text: str = "Edit agenda item"
    _old: dict = field(default_factory=dict, init=False)

    def _changes(self) -> dict:
        changes = {"title": self.title, "planned_seconds": self.planned_seconds}
        return {k: v for k, v in changes.items() if v is not None}

    def apply(self, session: Session) -> None:
        item = session.agenda_item(self.item_id)
        changes = self._changes()
        if "planned_seconds" in changes and changes["planned_seconds"] < 0:
            raise DomainError("A planned duration cannot be negative.")
        self._old = {k: getattr(item, k) for k in changes}
        session.put_agenda_item(dataclasses.replace(item, **changes))

    def revert(self, session: Session) -> None:
        item = session.agenda_item(self.item_id)
        session.put_agenda_item(dataclasses.replace(item, **self._old))


@dataclass
class ArrangeAgenda(Command):
    """Agenda items moved, left out or added: the agenda becomes ``order`` (item ids).

    ``added`` holds the items new to the session. Undo puts back the order
    there was; every item keeps the actual time the timer recorded meanwhile.
    """

    order: list[str]
    added: list[AgendaItem] = field(default_factory=list)
    text: str = "Arrange the agenda"
    _before: list[str] = field(default_factory=list, init=False)
    _items: dict[str, AgendaItem] = field(default_factory=dict, init=False)

    def apply(self, session: Session) -> None:
        for item in self.added:
            self._items.setdefault(item.id, item)
        self._items.update((item.id, item) for item in session.agenda)
        if not self.order:
            raise DomainError("The agenda needs at least one item.")
        if len(set(self.order)) != len(self.order) or not set(self.order) <= self._items.keys():
            raise DomainError("The new agenda names an item twice, or one that does not exist.")
        self._before = [item.id for item in session.agenda]
        session.set_agenda([self._items[i] for i in self.order])

    def revert(self, session: Session) -> None:
        self._items.update((item.id, item) for item in session.agenda)
        session.set_agenda([self._items[i] for i in self._before])


@dataclass
class RecordActualTime(Command):
    """The presenting timer's measure of an agenda item.

    Applied as it is measured, not undoable: it is not a facilitator's gesture,
    and undoing a vote must not rewind the clock (phone ballots follow the same rule).
    """

    item_id: str
    seconds: int | None
    text: str = "Record time"
    _old: int | None = field(default=None, init=False)

    def apply(self, session: Session) -> None:
        item = session.agenda_item(self.item_id)
        self._old = item.actual_seconds
        if item.actual_seconds != self.seconds:
            session.put_agenda_item(dataclasses.replace(item, actual_seconds=self.seconds))

    def revert(self, session: Session) -> None:
        item = session.agenda_item(self.item_id)
        session.put_agenda_item(dataclasses.replace(item, actual_seconds=self._old))


@dataclass
class SetRoster(Command):
    """Replace the roster (names added, renamed or removed) as one step."""

    roster: list[Participant]
    text: str = "Edit participants"
    _old: list[Participant] = field(default_factory=list, init=False)

    def apply(self, session: Session) -> None:
        self._old = list(session.roster)
        session.set_roster(self.roster)

    def revert(self, session: Session) -> None:
        session.set_roster(self._old)


def roster_from_names(
    current: list[Participant], names: list[str], used: frozenset[str] = frozenset()
) -> list[Participant]:
    """A roster for these names, keeping the ids of names already on it.

    New names get fresh ids that no one on the roster and no ballot (``used``)
    holds, so a newcomer never inherits someone else's votes.
    """
    by_name: dict[str, list[str]] = {}
    for participant in current:
        by_name.setdefault(participant.name, []).append(participant.id)
    taken = {p.id for p in current} | set(used)
    roster, number = [], 1
    for name in (n.strip() for n in names):
        if not name:
            continue
        if by_name.get(name):
            roster.append(Participant(by_name[name].pop(0), name))
            continue
        while f"p{number}" in taken:
            number += 1
        taken.add(f"p{number}")
        roster.append(Participant(f"p{number}", name))
    return roster


@dataclass
class Batch(Command):
    """Several commands as one undo step (a multi-line paste, a tidy-up)."""

    commands: list[Command]
    text: str = "Edit"

    def apply(self, session: Session) -> None:
        """All of them or none: a refused command takes back those applied before it.

        Listeners (the views, the file) hear once, at the end, of what stands, so a
        refused batch never reaches the file.
        """
        applied: list[Command] = []
        with session.batch():
            try:
                for command in self.commands:
                    command.apply(session)
                    applied.append(command)
            except Exception:
                for command in reversed(applied):
                    command.revert(session)
                raise

    def revert(self, session: Session) -> None:
        with session.batch():
            for command in reversed(self.commands):
                command.revert(session)


@dataclass
class PutNotes(Command):
    """Change several notes of one panel as one step: a drag, a colour, a tidy-up.

    Each note replaces the note with the same id; a note not yet on the panel
    is added.
    """

    panel: str
    notes: list[Note]
    text: str = "Edit notes"
    _old: list[Note | None] = field(default_factory=list, init=False)
    _own: dict[str, int] | None = field(default=None, init=False)  # as PutNote's, by note

    def apply(self, session: Session) -> None:
        by_id = {n.id: n for n in session.panel(self.panel).notes}
        notes = self.notes
        if self._own is None:  # the first time: as they are, and the change they make
            self._own = {}
            for note in notes:
                old = by_id.get(note.id)
                self._own.setdefault(note.id, note.votes - (old.votes if old else 0))
        else:  # a redo: with the dots phones gave meanwhile
            notes = [shifted(n, by_id.get(n.id), self._own.get(n.id, 0)) for n in notes]
        self._old = session.put_notes(self.panel, notes)  # all or none, in one pass

    def revert(self, session: Session) -> None:
        pairs = list(zip(self.notes, self._old, strict=True))
        by_id = {n.id: n for n in session.panel(self.panel).notes}
        own = self._own or {}
        with session.batch():
            # Back to front, so that a note named twice goes back to the first one.
            olds = [old for _, old in reversed(pairs) if old is not None]
            olds = [shifted(old, by_id.get(old.id), -own.get(old.id, 0)) for old in olds]
            session.put_notes(self.panel, olds)
            added = [note.id for note, old in pairs if old is None]
            if added:
                session.remove_notes(self.panel, added)


@dataclass
class RemoveNotes(Command):
    """Delete several notes as one step; undo puts each back where it was."""

    panel: str
    note_ids: list[str]
    text: str = "Delete notes"
    _removed: list[tuple[int, Note]] = field(default_factory=list, init=False)

    def apply(self, session: Session) -> None:
        self._removed = session.remove_notes(self.panel, self.note_ids)  # all or none

    def revert(self, session: Session) -> None:
        session.restore_notes(self.panel, self._removed)


@dataclass
class RemoveCluster(Command):
    """Remove a group; its notes stay on the panel, ungrouped."""

    panel: str
    cluster_id: str
    text: str = "Ungroup"
    _cluster: Cluster | None = field(default=None, init=False)
    _members: list[Note] = field(default_factory=list, init=False)

    def apply(self, session: Session) -> None:
        panel = session.panel(self.panel)
        members = [n for n in panel.notes if n.cluster == self.cluster_id]
        self._cluster, self._members = None, []
        try:
            session.put_notes(self.panel, [replace(note, cluster=None) for note in members])
            self._members = members
            self._cluster = session.remove_cluster(self.panel, self.cluster_id)
        except Exception:  # all or none: the notes go back into their group
            self.revert(session)
            raise

    def revert(self, session: Session) -> None:
        if self._cluster is not None:
            session.put_cluster(self.panel, self._cluster)
        session.put_notes(self.panel, self._members)


def move_notes(panel: Panel, note_ids: list[str], dx: float, dy: float) -> PutNotes:
    """Move these notes by (dx, dy), as one step."""
    moved = [replace(n, x=n.x + dx, y=n.y + dy) for n in panel.notes if n.id in set(note_ids)]
    return PutNotes(panel.id, moved, text="Move notes")


def cluster_notes(panel: Panel, note_ids: list[str], title: str) -> Batch:
    """Group these notes under a new titled cluster, placed above the first of them."""
    chosen = [n for n in panel.notes if n.id in set(note_ids)]
    x = min((n.x for n in chosen), default=0.0)
    y = min((n.y for n in chosen), default=0.0)
    cluster = Cluster(title, x=x, y=y - 80)
    grouped = [replace(n, cluster=cluster.id) for n in chosen]
    return Batch([PutCluster(panel.id, cluster), PutNotes(panel.id, grouped)], text="Group notes")
