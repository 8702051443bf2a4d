"""The session and everything in it, as plain Python objects.

Every mutation goes through a method of :class:`Session`, which tells its
subscribers what changed (a :class:`Change`). Views, the store and the live
server all follow the session through those events; none keeps a copy.
What a session holds it shows as tuples of frozen parts and read-only
mappings, so no code outside can change it behind the listeners' backs; a
loader hands everything to the one constructor.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType

from . import by_id, limits
from .ballot_index import BallotIndex
from .changes import Aspect, Change, Listener, Observed
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


class Session(Observed):
    """One workshop with one group: the live document every view follows."""

    def __init__(
        self,
        framework: Framework,
        info: SessionInfo | None = None,
        *,
        ballots: Iterable[Ballot] = (),
        started_rounds: Mapping[str, int] | None = None,
        shown_rounds: Mapping[str, int] | None = None,
        panels: Iterable[Panel] = (),
        actions: Iterable[Action] = (),
        agenda: Iterable[AgendaItem] = (),
        speaker_notes: Mapping[str, str] | None = None,
        roster: Iterable[Participant] = (),
    ) -> None:
        """The one way to build a session, empty or from a file, an import or a template.

        Ballots and rounds are checked as they go in; a loader checks the rest
        with ``limits.check_session`` (a file's rows are trusted for speed).
        """
        self.framework = framework
        self._info = info or SessionInfo()
        self._ballots: dict[str, Ballot] = {}
        self._index = BallotIndex(self._ballots)
        self._shown_rounds: dict[str, int] = {}
        self._started_rounds: dict[str, int] = {}
        self._panels: tuple[Panel, ...] = tuple(panels)
        self._actions: tuple[Action, ...] = tuple(actions)
        self._agenda: tuple[AgendaItem, ...] = tuple(agenda)
        self._speaker_notes: dict[str, str] = dict(speaker_notes or {})
        self._roster: tuple[Participant, ...] = tuple(roster)
        self._listeners: list[Listener] = []  # Observed's
        self.add_ballots(ballots)
        for process, round_ in (started_rounds or {}).items():
            self.set_started_round(process, round_)
        for process, round_ in (shown_rounds or {}).items():
            self.set_shown_round(process, round_)

    def snapshot(self) -> Session:
        """A copy of the session as it is now, with no listeners.

        Work off the UI thread (a PDF export) reads the snapshot while the
        room keeps voting into the live session. The parts are frozen and the
        lists tuples, so the copy shares them.
        """
        copy = Session(
            self.framework,
            self._info,
            panels=self._panels,
            actions=self._actions,
            agenda=self._agenda,
            speaker_notes=self._speaker_notes,
            roster=self._roster,
        )
        copy._ballots = dict(self._ballots)
        copy._index = BallotIndex(copy._ballots)
        copy._shown_rounds = dict(self._shown_rounds)
        copy._started_rounds = dict(self._started_rounds)
        return copy

    # -- what it holds, read-only --------------------------------------------
    @property
    def panels(self) -> tuple[Panel, ...]:
        return self._panels

    @property
    def actions(self) -> tuple[Action, ...]:
        return self._actions

    @property
    def agenda(self) -> tuple[AgendaItem, ...]:
        return self._agenda

    @property
    def speaker_notes(self) -> Mapping[str, str]:
        """Slide key to the facilitator's notes for it (a read-only view)."""
        return MappingProxyType(self._speaker_notes)

    @property
    def roster(self) -> tuple[Participant, ...]:
        return self._roster

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
    def ballots(self) -> tuple[Ballot, ...]:
        return tuple(self._ballots.values())

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
        return self._index.of_voter(voter, process, round_)

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
        for panel in self._panels:
            if panel.id == panel_id:
                return panel
        raise KeyError(panel_id)

    def panel_for(self, process: str) -> Panel | None:
        return next((p for p in self._panels if p.process == process), None)

    def _replace_panel(self, panel: Panel) -> None:
        at = by_id.index_of(self._panels, panel.id)
        assert at is not None
        self._panels = (*self._panels[:at], panel, *self._panels[at + 1 :])

    def add_panel(self, panel: Panel, index: int | None = None) -> None:
        limits.name(panel.title)
        clusters = {c.id for c in panel.clusters}
        for cluster in panel.clusters:
            limits.check_cluster(cluster)
        for note in panel.notes:
            limits.check_note(note, clusters)
        at = len(self._panels) if index is None else index
        self._panels = (*self._panels[:at], panel, *self._panels[at:])
        self._emit(Aspect.PANELS, panel.id)

    def remove_panel(self, panel_id: str) -> tuple[int, Panel]:
        panel = self.panel(panel_id)
        index = self._panels.index(panel)
        self._panels = by_id.without(self._panels, index)
        self._emit(Aspect.PANELS, panel_id)
        return index, panel

    def put_note(self, panel_id: str, note: Note, index: int | None = None) -> None:
        """Add a note, or replace the note with the same id in place."""
        panel = self.panel(panel_id)
        limits.check_note(note, (c.id for c in panel.clusters))
        self._replace_panel(replace(panel, notes=by_id.put(panel.notes, note, index)))
        self._emit(Aspect.NOTES, note.id)

    def put_notes(self, panel_id: str, notes: Iterable[Note]) -> list[Note | None]:
        """Put several notes as :meth:`put_note` would, one after the other, in one pass:
        all or none. Returns, for each, the note it replaced (None for a new one)."""
        panel, notes = self.panel(panel_id), list(notes)
        clusters = {c.id for c in panel.clusters}
        for note in notes:
            limits.check_note(note, clusters)
        changed, replaced = by_id.put_many(panel.notes, notes)
        self._replace_panel(replace(panel, notes=changed))
        if notes:
            self._emit(Aspect.NOTES, *(n.id for n in notes))
        return replaced

    def remove_note(self, panel_id: str, note_id: str) -> tuple[int, Note]:
        panel = self.panel(panel_id)
        note = panel.note(note_id)
        index = panel.notes.index(note)
        self._replace_panel(replace(panel, notes=by_id.without(panel.notes, index)))
        self._emit(Aspect.NOTES, note_id)
        return index, note

    def remove_notes(self, panel_id: str, note_ids: Iterable[str]) -> list[tuple[int, Note]]:
        """Remove several notes in one pass, all or none (KeyError for one not there).
        Returns each with the index it had, for :meth:`restore_notes`."""
        panel = self.panel(panel_id)
        remaining, removed = by_id.remove_many(panel.notes, note_ids)
        self._replace_panel(replace(panel, notes=remaining))
        if removed:
            self._emit(Aspect.NOTES, *(n.id for _, n in removed))
        return removed

    def restore_notes(self, panel_id: str, removed: Iterable[tuple[int, Note]]) -> None:
        """Put back what :meth:`remove_notes` removed, each note where it was."""
        panel, removed = self.panel(panel_id), list(removed)
        clusters = {c.id for c in panel.clusters}
        for _, note in removed:
            limits.check_note(note, clusters)
        self._replace_panel(replace(panel, notes=by_id.restore_many(panel.notes, removed)))
        if removed:
            self._emit(Aspect.NOTES, *(n.id for _, n in removed))

    def put_cluster(self, panel_id: str, cluster: Cluster) -> None:
        panel = self.panel(panel_id)
        limits.check_cluster(cluster)
        self._replace_panel(replace(panel, clusters=by_id.put(panel.clusters, cluster)))
        self._emit(Aspect.CLUSTERS, cluster.id)

    def remove_cluster(self, panel_id: str, cluster_id: str) -> Cluster:
        """Remove a group; notes still in it stay on the panel, ungrouped."""
        panel = self.panel(panel_id)
        cluster = panel.cluster(cluster_id)
        members = [n.id for n in panel.notes if n.cluster == cluster_id]
        notes = tuple(  # no note may point at a group that is gone
            replace(n, cluster=None) if n.cluster == cluster_id else n for n in panel.notes
        )
        clusters = tuple(c for c in panel.clusters if c.id != cluster_id)
        self._replace_panel(replace(panel, notes=notes, clusters=clusters))
        if members:
            self._emit(Aspect.NOTES, *members)
        self._emit(Aspect.CLUSTERS, cluster_id)
        return cluster

    # -- actions, agenda, speaker notes, roster ------------------------------
    def put_action(self, action: Action, index: int | None = None) -> None:
        limits.check_action(action)
        self._actions = by_id.put(self._actions, action, index)
        self._emit(Aspect.ACTIONS, action.id)

    def remove_action(self, action_id: str) -> tuple[int, Action]:
        index = next(i for i, a in enumerate(self._actions) if a.id == action_id)
        action = self._actions[index]
        self._actions = by_id.without(self._actions, index)
        self._emit(Aspect.ACTIONS, action_id)
        return index, action

    def set_agenda(self, agenda: Iterable[AgendaItem]) -> None:
        agenda = tuple(agenda)
        for item in agenda:
            limits.check_agenda_item(item)
        self._agenda = agenda
        self._emit(Aspect.AGENDA)

    def agenda_item(self, item_id: str) -> AgendaItem:
        return next(a for a in self._agenda if a.id == item_id)

    def put_agenda_item(self, item: AgendaItem) -> None:
        """Replace the agenda item with this id (KeyError if there is none)."""
        limits.check_agenda_item(item)
        if by_id.index_of(self._agenda, item.id) is None:
            raise KeyError(item.id)
        self._agenda = by_id.put(self._agenda, item)
        self._emit(Aspect.AGENDA, item.id)

    def set_speaker_notes(self, slide: str, text: str) -> None:
        limits.speaker_notes(text)
        if text:
            self._speaker_notes[slide] = text
        else:
            self._speaker_notes.pop(slide, None)
        self._emit(Aspect.SPEAKER_NOTES, slide)

    def put_participant(self, participant: Participant) -> None:
        limits.check_participant(participant)
        self._roster = by_id.put(self._roster, participant)
        self._emit(Aspect.ROSTER, participant.id)

    def set_roster(self, roster: Iterable[Participant]) -> None:
        roster = tuple(roster)
        ids = [p.id for p in roster]
        if len(set(ids)) != len(ids):
            raise DomainError("Two people on the roster share one id.")
        for participant in roster:
            limits.check_participant(participant)
        self._roster = roster
        self._emit(Aspect.ROSTER, *ids)

    def remove_participant(self, participant_id: str) -> Participant:
        index = next(i for i, p in enumerate(self._roster) if p.id == participant_id)
        participant = self._roster[index]
        self._roster = by_id.without(self._roster, index)
        self._emit(Aspect.ROSTER, participant_id)
        return participant

    def name_of(self, voter: str | None) -> str:
        """The roster name of a voter, or an empty string."""
        return next((p.name for p in self._roster if p.id == voter), "")


def side_processes(session: Session, side: Side) -> list[str]:
    return [p.id for p in session.framework.processes if p.side is side]
