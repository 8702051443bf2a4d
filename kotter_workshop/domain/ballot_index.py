"""Ballots by process and round, kept beside the session's list of ballots.

Phone voting asks "which round is open?" and "did this phone vote already?" for
every ballot it receives; with thousands of ballots a scan of them all for each
question would cost the window milliseconds per phone. The index answers from
one process's ballots, and knows each process's rounds outright.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .model import Ballot


class BallotIndex:
    """The session's ballots grouped by process, in the order they were added."""

    def __init__(self) -> None:
        self._by_process: dict[str, dict[str, Ballot]] = {}
        self._rounds: dict[str, Counter[int]] = {}

    def copy(self) -> BallotIndex:
        copy = BallotIndex()
        copy._by_process = {p: dict(ballots) for p, ballots in self._by_process.items()}
        copy._rounds = {p: Counter(rounds) for p, rounds in self._rounds.items()}
        return copy

    def add(self, ballot: Ballot) -> None:
        self.add_all((ballot,))

    def add_all(self, ballots: Iterable[Ballot]) -> None:
        """``add`` each ballot in turn, without building a dict and a Counter per ballot.

        Opening a file adds 10,000 ballots at once; ``add``'s ``setdefault``
        builds its default every time, which made that ~12 ms instead of ~3.
        """
        by_process, rounds = self._by_process, self._rounds
        for ballot in ballots:
            if (process := ballot.process) not in by_process:
                by_process[process] = {}
            if process not in rounds:
                rounds[process] = Counter()
            by_process[process][ballot.id] = ballot
            rounds[process][ballot.round] += 1

    def remove(self, ballot: Ballot) -> None:
        del self._by_process[ballot.process][ballot.id]
        rounds = self._rounds[ballot.process]
        rounds[ballot.round] -= 1
        if not rounds[ballot.round]:
            del rounds[ballot.round]

    def of_process(self, process: str) -> Iterable[Ballot]:
        return self._by_process.get(process, {}).values()

    def rounds(self, process: str) -> list[int]:
        """The rounds that hold at least one ballot of ``process``, in order."""
        return sorted(self._rounds.get(process, ()))

    def last_round(self, process: str) -> int | None:
        rounds = self._rounds.get(process)
        return max(rounds) if rounds else None
