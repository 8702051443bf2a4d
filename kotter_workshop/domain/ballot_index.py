"""Ballots by process and round, kept beside the session's list of ballots.

Phone voting asks "which round is open?" and "did this phone vote already?" for
every ballot it receives; with thousands of ballots a scan of them all for each
question would cost the window milliseconds per phone. The index answers from
one process's ballots, knows each process's rounds outright, and finds a
voter's ballot on a process in a round at once (a hall of 1,000 phones asks
that twice for each of its 6,000 ballots).

It is built from the session's ballots on the first question, not before:
opening a file with 10,000 ballots does not pay for it (about 3 ms), and a
session that is only read (an export, a comparison) never does. Once built,
it follows every ballot added or removed.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .model import Ballot


class BallotIndex:
    """The ballots of ``ballots`` (the session's own dict) grouped by process, in order."""

    def __init__(self, ballots: dict[str, Ballot]) -> None:
        self._ballots = ballots
        self._by_process: dict[str, dict[str, Ballot]] | None = None
        self._rounds: dict[str, Counter[int]] = {}
        self._by_voter: dict[tuple[str, str, int], Ballot] = {}  # (voter, process, round)

    def _built(self) -> dict[str, dict[str, Ballot]]:
        if self._by_process is None:
            self._by_process = {}
            self._group(self._ballots.values())
        return self._by_process

    def _group(self, ballots: Iterable[Ballot]) -> None:
        by_process, rounds, by_voter = self._by_process, self._rounds, self._by_voter
        for ballot in ballots:  # no setdefault: it would build a dict and a Counter each time
            if (process := ballot.process) not in by_process:
                by_process[process] = {}
                rounds[process] = Counter()
            by_process[process][ballot.id] = ballot
            rounds[process][ballot.round] += 1
            if ballot.voter is not None:
                by_voter[(ballot.voter, process, ballot.round)] = ballot

    def add(self, ballot: Ballot) -> None:
        self.add_all((ballot,))

    def add_all(self, ballots: Iterable[Ballot]) -> None:
        """The session has added these ballots to its dict; follow, if built."""
        if self._by_process is not None:
            self._group(ballots)

    def remove(self, ballot: Ballot) -> None:
        """The session has removed ``ballot`` from its dict; follow, if built."""
        if self._by_process is None:
            return
        del self._by_process[ballot.process][ballot.id]
        if ballot.voter is not None:
            key = (ballot.voter, ballot.process, ballot.round)
            if self._by_voter.get(key) is ballot:
                del self._by_voter[key]
        rounds = self._rounds[ballot.process]
        rounds[ballot.round] -= 1
        if not rounds[ballot.round]:
            del rounds[ballot.round]

    def of_process(self, process: str) -> Iterable[Ballot]:
        return self._built().get(process, {}).values()

    def of_voter(self, voter: str, process: str, round_: int) -> Ballot | None:
        """The ballot ``voter`` cast on ``process`` in ``round_`` (the session allows one)."""
        self._built()
        return self._by_voter.get((voter, process, round_))

    def rounds(self, process: str) -> list[int]:
        """The rounds that hold at least one ballot of ``process``, in order."""
        self._built()
        return sorted(self._rounds.get(process, ()))

    def last_round(self, process: str) -> int | None:
        self._built()
        rounds = self._rounds.get(process)
        return max(rounds) if rounds else None
