"""Capturing the room's ballots: a show of hands (tally) or person by person.

The controller turns gestures (a digit key, a + button, a click on a name)
into undoable domain commands on the open document. It keeps no ballots of
its own: the session is the truth, and views follow it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from ...domain.commands import AddBallot, CastBallot, RemoveBallot, SetShownRound, StartRound
from ...domain.model import Ballot, Session
from ..document import Document


class Mode(StrEnum):
    TALLY = "tally"
    BY_NAME = "by-name"


class VoteCapture(QObject):
    """Records votes for the process on screen, in the mode the facilitator chose."""

    mode_changed = Signal(str)
    selection_changed = Signal(object)  # the selected participant id, or None
    message = Signal(str)  # one sentence for the status bar

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.process: str | None = None
        self.mode = Mode.TALLY
        self.selected: str | None = None

    @property
    def session(self) -> Session:
        return self.document.session

    # -- what is on screen -------------------------------------------------------
    def set_process(self, process: str | None) -> None:
        self.process = process
        if self.mode is Mode.BY_NAME:
            self.select(self._next_without_vote(None))

    def set_mode(self, mode: Mode) -> None:
        self.mode = Mode(mode)
        self.mode_changed.emit(self.mode.value)
        self.select(self._next_without_vote(None) if self.mode is Mode.BY_NAME else None)

    def select(self, participant: str | None) -> None:
        self.selected = participant
        self.selection_changed.emit(participant)

    # -- gestures ------------------------------------------------------------------
    def key_value(self, digit: int) -> int | None:
        """The value a digit key means: 0 is 10 on a 1–10 scale."""
        scale = self.session.scale
        value = 10 if digit == 0 and scale.max == 10 else digit
        return value if scale.contains(value) else None

    def digit(self, digit: int) -> None:
        """A digit key on a process slide: a ballot of that value."""
        value = self.key_value(digit)
        if value is None:
            scale = self.session.scale
            self.message.emit(
                self.tr("%1 is not on this session's %2 scale.")
                .replace("%1", str(digit))
                .replace("%2", str(scale))
            )
            return
        self.vote(value)

    def abstain(self) -> None:
        self.vote(None)

    def vote(self, value: int | None) -> None:
        """Add a tally ballot, or set the selected person's ballot, for the process on screen."""
        if self.process is None:
            return
        round_ = self.session.latest_round(self.process)
        if self.mode is Mode.TALLY:
            self.document.do(AddBallot(Ballot(self.process, value, None, round_)))
            return
        if self.selected is None:
            self.message.emit(self.tr("Everyone on the roster has voted on this process."))
            return
        voter = self.selected
        self.document.do(CastBallot(Ballot(self.process, value, voter, round_)))
        self.select(self._next_without_vote(voter))

    def untally(self, value: int | None) -> None:
        """The − button: take back the latest tally ballot of that value in this round."""
        if self.process is None:
            return
        round_ = self.session.latest_round(self.process)
        tallies = [
            b
            for b in self.session.ballots_for(self.process, round_)
            if b.voter is None and b.value == value
        ]
        if tallies:
            self.document.do(RemoveBallot(tallies[-1]))

    def revote(self) -> None:
        """Start a new round on the process on screen, after discussion."""
        if self.process is None:
            return
        if not self.session.ballots_for(self.process, self.session.latest_round(self.process)):
            self.message.emit(self.tr("This round has no votes yet; there is nothing to re-vote."))
            return
        self.document.do(StartRound(self.process))
        self.message.emit(
            self.tr("Re-vote: round %1 is open.").replace(
                "%1", str(self.session.latest_round(self.process))
            )
        )
        if self.mode is Mode.BY_NAME:
            self.select(self._next_without_vote(None))

    def show_round(self, round_: int | None) -> None:
        """Choose the round the scores use; None follows the latest."""
        if self.process is not None:
            self.document.do(SetShownRound(self.process, round_))

    # -- helpers ---------------------------------------------------------------------
    def has_voted(self, participant: str) -> bool:
        if self.process is None:
            return False
        round_ = self.session.latest_round(self.process)
        return self.session.ballot_of(participant, self.process, round_) is not None

    def _next_without_vote(self, after: str | None) -> str | None:
        """The next person on the roster, after ``after``, who has not voted yet."""
        roster = [p.id for p in self.session.roster]
        if not roster:
            return None
        start = roster.index(after) + 1 if after in roster else 0
        for participant in roster[start:] + roster[:start]:
            if not self.has_voted(participant):
                return participant
        return None
