"""Small builders for domain tests: sessions on a scale, with ballots per process."""

from __future__ import annotations

from kotter_workshop.domain.framework import builtin_framework
from kotter_workshop.domain.model import Ballot, Scale, Session, SessionInfo

SD = "setting-direction"
AP = "aligning-people"
MI = "motivating-inspiring"
PB = "planning-budgeting"
OS = "organizing-staffing"
CP = "controlling-problem-solving"
LEADERSHIP = (SD, AP, MI)
MANAGEMENT = (PB, OS, CP)


def session(scale: tuple[int, int] = (1, 5)) -> Session:
    """An empty session on the built-in framework and the given scale."""
    return Session(builtin_framework(), SessionInfo(title="Test", scale=Scale(*scale)))


def vote(
    s: Session,
    process: str,
    values: list[int | None],
    round_: int = 1,
    voters: list[str | None] | None = None,
) -> list[Ballot]:
    """Add one ballot per value; voters default to p1, p2, ... in order."""
    voters = voters if voters is not None else [f"p{i}" for i in range(1, len(values) + 1)]
    added = []
    for value, voter in zip(values, voters, strict=True):
        ballot = Ballot(process, value, voter=voter, round=round_)
        s.add_ballot(ballot)
        added.append(ballot)
    return added


def scored(scale: tuple[int, int] = (1, 5), **votes: list[int | None]) -> Session:
    """A session with round-1 ballots; keyword names are process ids with '_' for '-'."""
    s = session(scale)
    for key, values in votes.items():
        vote(s, key.replace("_", "-"), values)
    return s


def repeat(*runs: tuple[int, int]) -> list[int]:
    """[(3, 19), (2, 1)] -> nineteen 3s and one 2."""
    return [value for value, times in runs for _ in range(times)]
