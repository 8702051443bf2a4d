"""The session and everything in it, as plain Python objects.

Every mutation goes through a method of :class:`Session`, which tells its
subscribers what changed (a :class:`Change`). Views, the store and the live
server all follow the session through those events; none keeps a copy.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum

from . import limits
from .ballot_index import BallotIndex
from .errors import DomainError, FrameworkError
from .framework import Framework, Side
from .parts import (
    SCALES,
    Action,
    AgendaItem,
    Ballot,
    Cluster,
    Note,
    NoteColor,
    Panel,
    Participant,
    Scale,
    SessionInfo,
    new_id,
)

__all__ = [  # the parts, re-exported: a session and what it holds come from one place
    "SCALES",
    "Action",
    "AgendaItem",
    "Aspect",
    "Ballot",
    "Change",
    "Cluster",
    "DomainError",
    "Note",
    "NoteColor",
    "Panel",
    "Participant",
    "Scale",
    "Session",
    "SessionInfo",
    "new_id",
    "side_processes",
]


class Aspect(StrEnum):
    """What part of a session a change touched, so each view refreshes only that."""

    META = "meta"
    BALLOTS = "ballots"
    ROUNDS = "rounds"
    PANELS = "panels"
    NOTES = "notes"
    CLUSTERS = "clusters"
    ACTIONS = "actions"
    AGENDA = "agenda"
    SPEAKER_NOTES = "speaker_notes"
    ROSTER = "roster"


@dataclass(frozen=True)
class Change:
    """What one mutation changed: the aspect and the ids it touched."""

    aspect: Aspect
    ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, aspect: Aspect, *ids: str) -> Change:
        return cls(aspect, frozenset(ids))


Listener = Callable[[Change], None]


class Session:
    """One workshop with one group: the live document every view follows."""

    def __init__(self, framework: Framework, info: SessionInfo | None = None) -> None:
        self.framework = framework
        self._info = info or SessionInfo()
        self._ballots: dict[str, Ballot] = {}
        self._index = BallotIndex(self._ballots)
        self._shown_rounds: dict[str, int] = {}
        self._started_rounds: dict[str, int] = {}
        self.panels: list[Panel] = []
        self.actions: list[Action] = []
        self.agenda: list[AgendaItem] = []
        self.speaker_notes: dict[str, str] = {}
        self.roster: list[Participant] = []
        self._listeners: list[Listener] = []

    def snapshot(self) -> Session:
        """A copy of the session as it is now, with no listeners.

        Work off the UI thread (a PDF export) reads the snapshot while the
        room keeps voting into the live session.
        """
        copy = Session(self.framework, self._info)
        copy._ballots = dict(self._ballots)
        copy._index = BallotIndex(copy._ballots)
        copy._shown_rounds = dict(self._shown_rounds)
        copy._started_rounds = dict(self._started_rounds)
        copy.panels = [
            Panel(p.title, p.process, list(p.notes), list(p.clusters), p.id) for p in self.panels
        ]
        copy.actions = list(self.actions)
        copy.agenda = list(self.agenda)
        copy.speaker_notes = dict(self.speaker_notes)
        copy.roster = list(self.roster)
        return copy

    # -- observing ---------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, aspect: Aspect, *ids: str) -> None:
        if self._held is not None:
            # No ids means "all of it" (None here), and stays so whatever else comes.
            if not ids:
                self._held[aspect] = None
            elif aspect not in self._held or self._held[aspect] is not None:
                self._held.setdefault(aspect, set()).update(ids)
            return
        if not self._listeners:
            return
        self._tell(Change.of(aspect, *ids))

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Tell listeners once per aspect when the block ends, not once per change.

        For bursts (a batch of phone ballots): the views refresh once and the
        file writes once. Nested blocks tell at the end of the outermost.
        """
        if self._held is not None:
            yield
            return
        self._held = {}
        try:
            yield
        finally:
            held, self._held = self._held, None
            for aspect, ids in held.items():
                self._tell(Change(aspect, frozenset(ids or ())))

    _held: dict[Aspect, set[str] | None] | None = None

    # -- the session's own facts -------------------------------------------
    @property
    def info(self) -> SessionInfo:
        return self._info

    @property
    def title(self) -> str:
        return self._info.title

    @property
    def scale(self) -> Scale:
        return self._info.scale

    def set_info(self, info: SessionInfo) -> None:
        limits.check_info(info)
        if info.scale != self._info.scale and any(
            b.value is not None and not info.scale.contains(b.value) for b in self._ballots.values()
        ):
            raise DomainError("The scale cannot change while ballots lie outside the new scale.")
        self._info = info
        self._emit(Aspect.META)

    def update_info(self, **changes: object) -> None:
        self.set_info(replace(self._info, **changes))

    # -- ballots -------------------------------------------------------------
    def _check_process(self, process: str) -> None:
        """A request naming a process this session's framework lacks is a DomainError."""
        try:
            self.framework.process(process)
        except FrameworkError as exc:
            raise DomainError(str(exc)) from exc

    @property
    def ballots(self) -> list[Ballot]:
        return list(self._ballots.values())

    def ballot(self, ballot_id: str) -> Ballot:
        return self._ballots[ballot_id]

    def add_ballot(self, ballot: Ballot) -> None:
        self._check_process(ballot.process)
        if ballot.value is not None and not self.scale.contains(ballot.value):
            raise DomainError(
                "{value} is outside the scale {scale}.", value=ballot.value, scale=str(self.scale)
            )
        if ballot.round < 1:
            raise DomainError("Rounds start at 1.")
        if ballot.id in self._ballots:
            raise DomainError("Ballot {id} is already in the session.", id=ballot.id)
        limits.check_ballot_texts(ballot)
        if ballot.voter is not None and self.ballot_of(ballot.voter, ballot.process, ballot.round):
            raise limits.two_ballots(ballot)
        self._ballots[ballot.id] = ballot
        self._index.add(ballot)
        self._emit(Aspect.BALLOTS, ballot.id)

    def add_ballots(self, ballots: Iterable[Ballot]) -> None:
        """Add many ballots at once (opening a file, an import): one change for all."""
        known, scale, taken = {p.id for p in self.framework.processes}, self.scale, self._ballots
        allowed = {None, *scale.values()}  # one set lookup; off it, the exact test decides
        incoming: dict[str, Ballot] = {}
        for ballot in ballots:  # check them all first: all are added, or none
            if ballot.process not in known:
                self._check_process(ballot.process)
            if ballot.value not in allowed and not scale.contains(ballot.value):
                raise DomainError(
                    "{value} is outside the scale {scale}.", value=ballot.value, scale=str(scale)
                )
            if ballot.round < 1:
                raise DomainError("Rounds start at 1.")
            if (id_ := ballot.id) in taken or id_ in incoming:
                raise DomainError("Ballot {id} is already in the session.", id=id_)
            incoming[id_] = ballot
        self._check_new_ballots(incoming.values())
        self._ballots.update(incoming)
        self._index.add_all(incoming.values())
        if incoming:
            self._emit(Aspect.BALLOTS, *incoming)

    def _check_new_ballots(self, incoming: Collection[Ballot]) -> None:
        """The limits add_ballots leaves to whole-list tests (one pass each, for an open)."""
        if not incoming:
            return
        if max(b.round for b in incoming) > limits.MAX_ROUND:
            limits.round_number(max(b.round for b in incoming))
        voters = [b for b in incoming if b.voter is not None]
        longest = max((len(b.id) for b in incoming), default=0)
        if voters:
            longest = max(longest, max(len(b.voter) for b in voters))
        if longest > limits.MAX_ID:
            for ballot in incoming:
                limits.check_ballot_texts(ballot)
        cast = [
            (b.voter, b.process, b.round) for b in self._ballots.values() if b.voter is not None
        ]
        keys = cast + [(b.voter, b.process, b.round) for b in voters]
        if len(set(keys)) != len(keys):
            seen = set(cast)
            for ballot in voters:
                key = (ballot.voter, ballot.process, ballot.round)
                if key in seen:
                    raise limits.two_ballots(ballot)
                seen.add(key)

    def remove_ballot(self, ballot_id: str) -> Ballot:
        ballot = self._ballots.pop(ballot_id)
        self._index.remove(ballot)
        self._emit(Aspect.BALLOTS, ballot_id)
        return ballot

    def ballots_among(self, ids: Iterable[str]) -> list[Ballot]:
        """The ballots with these ids, in the order they were cast.

        A change's ballots are nearly always the newest, so the search runs
        from the end and stops once all are found: a burst of phone votes in a
        session of 10,000 ballots looks at a few, not at all of them.
        """
        wanted = set(ids).intersection(self._ballots)
        found: list[Ballot] = []
        for ballot in reversed(self._ballots.values()):
            if not wanted:
                break
            if ballot.id in wanted:
                wanted.discard(ballot.id)
                found.append(ballot)
        found.reverse()
        return found

    def ballot_of(self, voter: str, process: str, round_: int) -> Ballot | None:
        """The ballot this voter cast on this process in this round, if any."""
        for ballot in self._index.of_process(process):
            if ballot.voter == voter and ballot.round == round_:
                return ballot
        return None

    def ballots_for(self, process: str, round_: int | None = None) -> list[Ballot]:
        ballots = self._index.of_process(process)
        return [b for b in ballots if b.round == round_] if round_ is not None else list(ballots)

    def rounds_of(self, process: str) -> list[int]:
        return self._index.rounds(process)

    def latest_round(self, process: str) -> int:
        """The round new ballots go into: the last one started or voted in."""
        return max(self._index.last_round(process) or 1, self._started_rounds.get(process, 1))

    @property
    def started_rounds(self) -> dict[str, int]:
        """Re-votes started per process, even before their first ballot."""
        return dict(self._started_rounds)

    def start_round(self, process: str) -> int:
        """Start a re-vote: a new round after the latest one. Returns its number."""
        new = self.latest_round(process) + 1
        self.set_started_round(process, new)
        return new

    def set_started_round(self, process: str, round_: int | None) -> None:
        self._check_process(process)
        if round_ is None or round_ <= 1:
            self._started_rounds.pop(process, None)
        else:
            limits.round_number(round_)
            self._started_rounds[process] = round_
        self._emit(Aspect.ROUNDS, process)

    def shown_round(self, process: str) -> int:
        """The round the scores use: the facilitator's choice, else the latest."""
        return self._shown_rounds.get(process, self.latest_round(process))

    @property
    def shown_round_choices(self) -> dict[str, int]:
        return dict(self._shown_rounds)

    def set_shown_round(self, process: str, round_: int | None) -> None:
        """Pin the round a process's score uses; ``None`` goes back to the latest."""
        self._check_process(process)
        if round_ is None:
            self._shown_rounds.pop(process, None)
        else:
            limits.round_number(round_)
            self._shown_rounds[process] = round_
        self._emit(Aspect.ROUNDS, process)

    # -- panels and notes ----------------------------------------------------
    def panel(self, panel_id: str) -> Panel:
        for panel in self.panels:
            if panel.id == panel_id:
                return panel
        raise KeyError(panel_id)

    def panel_for(self, process: str) -> Panel | None:
        return next((p for p in self.panels if p.process == process), None)

    def add_panel(self, panel: Panel, index: int | None = None) -> None:
        limits.name(panel.title)
        clusters = {c.id for c in panel.clusters}
        for cluster in panel.clusters:
            limits.check_cluster(cluster)
        for note in panel.notes:
            limits.check_note(note, clusters)
        self.panels.insert(len(self.panels) if index is None else index, panel)
        self._emit(Aspect.PANELS, panel.id)

    def remove_panel(self, panel_id: str) -> tuple[int, Panel]:
        panel = self.panel(panel_id)
        index = self.panels.index(panel)
        del self.panels[index]
        self._emit(Aspect.PANELS, panel_id)
        return index, panel

    def put_note(self, panel_id: str, note: Note, index: int | None = None) -> None:
        """Add a note, or replace the note with the same id in place."""
        panel = self.panel(panel_id)
        limits.check_note(note, (c.id for c in panel.clusters))
        for i, existing in enumerate(panel.notes):
            if existing.id == note.id:
                panel.notes[i] = note
                break
        else:
            panel.notes.insert(len(panel.notes) if index is None else index, note)
        self._emit(Aspect.NOTES, note.id)

    def remove_note(self, panel_id: str, note_id: str) -> tuple[int, Note]:
        panel = self.panel(panel_id)
        note = panel.note(note_id)
        index = panel.notes.index(note)
        del panel.notes[index]
        self._emit(Aspect.NOTES, note_id)
        return index, note

    def put_cluster(self, panel_id: str, cluster: Cluster) -> None:
        panel = self.panel(panel_id)
        limits.check_cluster(cluster)
        for i, existing in enumerate(panel.clusters):
            if existing.id == cluster.id:
                panel.clusters[i] = cluster
                break
        else:
            panel.clusters.append(cluster)
        self._emit(Aspect.CLUSTERS, cluster.id)

    def remove_cluster(self, panel_id: str, cluster_id: str) -> Cluster:
        """Remove a group; notes still in it stay on the panel, ungrouped."""
        panel = self.panel(panel_id)
        cluster = panel.cluster(cluster_id)
        members = [i for i, n in enumerate(panel.notes) if n.cluster == cluster_id]
        for i in members:  # no note may point at a group that is gone
            panel.notes[i] = replace(panel.notes[i], cluster=None)
        if members:
            self._emit(Aspect.NOTES, *(panel.notes[i].id for i in members))
        panel.clusters.remove(cluster)
        self._emit(Aspect.CLUSTERS, cluster_id)
        return cluster

    # -- actions, agenda, speaker notes, roster ------------------------------
    def put_action(self, action: Action, index: int | None = None) -> None:
        limits.check_action(action)
        for i, existing in enumerate(self.actions):
            if existing.id == action.id:
                self.actions[i] = action
                break
        else:
            self.actions.insert(len(self.actions) if index is None else index, action)
        self._emit(Aspect.ACTIONS, action.id)

    def remove_action(self, action_id: str) -> tuple[int, Action]:
        index = next(i for i, a in enumerate(self.actions) if a.id == action_id)
        action = self.actions.pop(index)
        self._emit(Aspect.ACTIONS, action_id)
        return index, action

    def set_agenda(self, agenda: Iterable[AgendaItem]) -> None:
        agenda = list(agenda)
        for item in agenda:
            limits.check_agenda_item(item)
        self.agenda = agenda
        self._emit(Aspect.AGENDA)

    def agenda_item(self, item_id: str) -> AgendaItem:
        return next(a for a in self.agenda if a.id == item_id)

    def put_agenda_item(self, item: AgendaItem) -> None:
        limits.check_agenda_item(item)
        index = next(i for i, a in enumerate(self.agenda) if a.id == item.id)
        self.agenda[index] = item
        self._emit(Aspect.AGENDA, item.id)

    def set_speaker_notes(self, slide: str, text: str) -> None:
        limits.speaker_notes(text)
        if text:
            self.speaker_notes[slide] = text
        else:
            self.speaker_notes.pop(slide, None)
        self._emit(Aspect.SPEAKER_NOTES, slide)

    def put_participant(self, participant: Participant) -> None:
        limits.check_participant(participant)
        for i, existing in enumerate(self.roster):
            if existing.id == participant.id:
                self.roster[i] = participant
                break
        else:
            self.roster.append(participant)
        self._emit(Aspect.ROSTER, participant.id)

    def set_roster(self, roster: Iterable[Participant]) -> None:
        roster = list(roster)
        ids = [p.id for p in roster]
        if len(set(ids)) != len(ids):
            raise DomainError("Two people on the roster share one id.")
        for participant in roster:
            limits.check_participant(participant)
        self.roster = roster
        self._emit(Aspect.ROSTER, *ids)

    def remove_participant(self, participant_id: str) -> Participant:
        participant = next(p for p in self.roster if p.id == participant_id)
        self.roster.remove(participant)
        self._emit(Aspect.ROSTER, participant_id)
        return participant

    def name_of(self, voter: str | None) -> str:
        """The roster name of a voter, or an empty string."""
        return next((p.name for p in self.roster if p.id == voter), "")


def side_processes(session: Session, side: Side) -> list[str]:
    return [p.id for p in session.framework.processes if p.side is side]
